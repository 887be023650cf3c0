//go:build unix

package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// /dev/zero and a named pipe, as a workload, a pricing file or a Power Tuning output, are
// refused at once with exit 2, nothing on stdout and a message naming them; they used to
// exhaust the memory or hang for ever.
func TestRefusesWhatIsNotARegularFile(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "pipe.yaml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"price", "/dev/zero"}, "/dev/zero: is a device, not a regular file: not read\n"},
		{[]string{"validate", fifo}, fifo + ": is a named pipe (FIFO), not a regular file: not read\n"},
		{[]string{"price", "--pricing", "/dev/zero", "testdata/mobile-backend.yaml"}, "/dev/zero: is a device, not a regular file: not read\n"},
		{[]string{"pricing", "--pricing", fifo}, fifo + ": is a named pipe (FIFO), not a regular file: not read\n"},
		{[]string{"sweep", "--power-tuning", "/dev/zero", "testdata/mobile-backend.yaml"}, "/dev/zero: is a device, not a regular file: not read"},
	} {
		done := make(chan struct{})
		var code int
		var stdout, stderr string
		go func() {
			code, stdout, stderr = run(t, c.args...)
			close(done)
		}()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("%v: still running after 10 s", c.args)
		}
		if code != exitUsage || stdout != "" || !strings.HasPrefix(stderr, c.want) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q, want it to start %q", c.args, code, stdout, stderr, c.want)
		}
	}
}

// The explorer's loader removes the temporary file a save killed midway left beside a
// workload (its process is gone), and only that.
func TestExploreSourcesRemovesStaleTemps(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile(filepath.Join("..", "testdata", "mobile-backend.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "w.yaml")
	stale := filepath.Join(dir, fmt.Sprintf(".breakeven-save-%d-1.tmp", 1<<30)) // no such process
	for p, data := range map[string][]byte{path: src, stale: []byte("partial")} {
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	sources, err := exploreSources([]string{dir}, io.Discard)
	if err != nil || len(sources) != 1 || sources[0].Path != path {
		t.Fatalf("exploreSources = %v, %v", sources, err)
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Errorf("the stale temporary file is still there: %v", err)
	}
}
