package yamlspec

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var testLimit = Limit{What: "a test file", Bytes: 1 << 20}

// readProblem reads path and returns its one problem's message, failing unless there is
// exactly one problem and it names path.
func readProblem(t *testing.T, path string, limit Limit) string {
	t.Helper()
	data, errs := ReadFile(path, limit)
	if len(errs) != 1 || data != nil {
		t.Fatalf("ReadFile(%s) = %d bytes, %v; want one problem", path, len(data), errs)
	}
	if errs[0].File != path || errs[0].Line != 0 {
		t.Errorf("the problem is placed at %s:%d, want %s", errs[0].File, errs[0].Line, path)
	}
	return errs[0].Message
}

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "w.yaml")
	if err := os.WriteFile(path, []byte("name: w\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	data, errs := ReadFile(path, testLimit)
	if errs != nil || string(data) != "name: w\n" {
		t.Fatalf("ReadFile = %q, %v", data, errs)
	}
	if got := readProblem(t, filepath.Join(dir, "missing.yaml"), testLimit); got != "no such file or directory" {
		t.Errorf("missing: %q", got)
	}
	if got := readProblem(t, dir, testLimit); got != "is a directory, not a regular file: not read" {
		t.Errorf("a directory: %q", got)
	}
}

// The limit is exact: a file of limit bytes is read, one byte more is refused before it is
// read, with the size and the limit in the message.
func TestReadFileSizeLimit(t *testing.T) {
	dir := t.TempDir()
	limit := Limit{What: "a workload file", Bytes: 1 << 20}
	at := filepath.Join(dir, "at.yaml")
	over := filepath.Join(dir, "over.yaml")
	if err := os.WriteFile(at, bytes.Repeat([]byte("#"), 1<<20), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(over, bytes.Repeat([]byte("#"), 1<<20+1), 0o644); err != nil {
		t.Fatal(err)
	}
	if data, errs := ReadFile(at, limit); errs != nil || len(data) != 1<<20 {
		t.Errorf("a file at the limit: %d bytes, %v", len(data), errs)
	}
	want := "is 1048577 bytes; a workload file may be at most 1 MiB (1048576 bytes)"
	if got := readProblem(t, over, limit); got != want {
		t.Errorf("over the limit: %q, want %q", got, want)
	}
}

// endless gives zeros for ever, as /dev/zero does, and counts what it gave.
type endless struct{ given int64 }

func (e *endless) Read(p []byte) (int, error) {
	clear(p)
	e.given += int64(len(p))
	return len(p), nil
}

// A file that grows past the limit after its size was checked is caught while reading, and
// no more than limit + 1 bytes are read from it.
func TestReadAtMostStopsPastTheLimit(t *testing.T) {
	for _, size := range []int64{0, 10, 1000, 5000} { // the size it had when opened
		src := &endless{}
		if _, err := readAtMost(src, 1000, size); !errors.Is(err, errTooLarge) {
			t.Fatalf("an endless reader: %v, want errTooLarge", err)
		}
		if src.given > 1001 {
			t.Errorf("read %d bytes of an endless reader, want at most 1001", src.given)
		}
		data, err := readAtMost(strings.NewReader(strings.Repeat("x", 1000)), 1000, size)
		if err != nil || len(data) != 1000 {
			t.Errorf("exactly the limit, opened at %d bytes: %d bytes, %v", size, len(data), err)
		}
		data, err = readAtMost(strings.NewReader(strings.Repeat("x", 700)), 1000, size)
		if err != nil || string(data) != strings.Repeat("x", 700) {
			t.Errorf("700 bytes, opened at %d bytes: %d bytes, %v", size, len(data), err)
		}
	}
}

func TestReadFileSymbolicLinks(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real.yaml")
	if err := os.WriteFile(real, []byte("name: r\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := func(target, name string) string {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.Symlink(target, p); err != nil {
			t.Fatal(err)
		}
		return p
	}
	if data, errs := ReadFile(link("real.yaml", "good.yaml"), testLimit); errs != nil || string(data) != "name: r\n" {
		t.Errorf("a link to a file: %q, %v", data, errs)
	}
	dangling := link("gone.yaml", "dangling.yaml")
	if got := readProblem(t, dangling, testLimit); got != "is a symbolic link to gone.yaml, which does not exist" {
		t.Errorf("a dangling link: %q", got)
	}
	link("loop-b.yaml", "loop-a.yaml")
	loop := link("loop-a.yaml", "loop-b.yaml")
	if got := readProblem(t, loop, testLimit); got != "is a loop of symbolic links (too many levels of symbolic links)" {
		t.Errorf("a loop: %q", got)
	}
}
