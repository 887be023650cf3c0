//go:build unix

package workloads

import (
	"path/filepath"
	"syscall"
	"testing"
)

// A named pipe among the workload files is reported, not waited on, and not passed over in
// silence; the other files are still read.
func TestLoadPathsNamedPipe(t *testing.T) {
	dir := writeFiles(t, map[string]string{"ok.yaml": named("ok")})
	fifo := filepath.Join(dir, "pipe.yaml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := LoadPaths([]string{dir})
	if want := fifo + ": is a named pipe (FIFO), not a regular file: not read"; err == nil || err.Error() != want {
		t.Errorf("LoadPaths: %v, want %s", err, want)
	}
	files, err := ExpandPaths([]string{dir})
	if err != nil || len(files) != 2 {
		t.Fatalf("ExpandPaths lists the pipe for its reader to refuse: %v, %v", files, err)
	}
	if _, errs := ReadFile(files[1]); len(errs) != 1 || errs[0].File != fifo {
		t.Errorf("ReadFile(pipe) = %v", errs)
	}
}

// The Power Tuning file goes through the same reader: /dev/zero is refused at once.
func TestReadPowerTuningRefusesDevZero(t *testing.T) {
	_, err := ReadPowerTuning("/dev/zero")
	if want := "/dev/zero: is a device, not a regular file: not read"; err == nil || err.Error() != want {
		t.Errorf("ReadPowerTuning(/dev/zero) = %v, want %s", err, want)
	}
}
