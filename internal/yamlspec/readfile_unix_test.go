//go:build unix

package yamlspec

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// notBlocked fails the test if f does not return within ten seconds (reading a pipe or an
// endless device would not).
func notBlocked(t *testing.T, what string, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { f(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatalf("%s: still reading after 10 s", what)
	}
}

// A named pipe is refused without being opened: opening it would wait for a writer.
func TestReadFileRefusesANamedPipe(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "pipe.yaml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	// Should the reader block in open, a writer opening without waiting releases it.
	t.Cleanup(func() {
		if w, err := os.OpenFile(fifo, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
			w.Close()
		}
	})
	notBlocked(t, "a named pipe", func() {
		if got := readProblem(t, fifo, testLimit); got != "is a named pipe (FIFO), not a regular file: not read" {
			t.Errorf("a named pipe: %q", got)
		}
	})
}

// /dev/zero never ends: it is refused at once, as a device, and so is a link to it.
func TestReadFileRefusesDevZero(t *testing.T) {
	notBlocked(t, "/dev/zero", func() {
		if got := readProblem(t, "/dev/zero", testLimit); got != "is a device, not a regular file: not read" {
			t.Errorf("/dev/zero: %q", got)
		}
		link := filepath.Join(t.TempDir(), "zero.yaml")
		if err := os.Symlink("/dev/zero", link); err != nil {
			t.Fatal(err)
		}
		if got := readProblem(t, link, testLimit); got != "is a device, not a regular file: not read" {
			t.Errorf("a link to /dev/zero: %q", got)
		}
	})
}

// openNoWait opens a named pipe at once (a plain open would wait for a writer), so a pipe put
// in place of a file between the stat and the open cannot hang the reader either.
func TestOpenNoWaitOnANamedPipe(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "pipe")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	notBlocked(t, "opening a named pipe", func() {
		f, err := openNoWait(fifo)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		info, err := f.Stat()
		if err != nil || notRegular(info.Mode()) != "is a named pipe (FIFO)" {
			t.Errorf("opened %v, %v", info.Mode(), err)
		}
	})
}
