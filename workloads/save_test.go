package workloads

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// writeStamped writes content to dir/name with mode and returns its path and stamp, as a
// caller that has just read it would have them.
func writeStamped(t *testing.T, dir, name, content string, mode fs.FileMode) (string, FileStamp) {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(content), mode); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, mode); err != nil { // WriteFile's mode goes through the umask
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	stamp, err := StampOf(path, data)
	if err != nil {
		t.Fatal(err)
	}
	return path, stamp
}

// checkFile fails unless path holds content with mode, and its directory holds only want.
func checkFile(t *testing.T, path, content string, mode fs.FileMode, want ...string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(data) != content {
		t.Errorf("%s holds %q, want %q", path, data, content)
	}
	if info, err := os.Stat(path); err != nil || info.Mode().Perm() != mode {
		t.Errorf("%s: mode %v (%v), want %v", path, info.Mode().Perm(), err, mode)
	}
	entries, err := os.ReadDir(filepath.Dir(path))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if strings.Join(names, " ") != strings.Join(want, " ") {
		t.Errorf("the directory holds %v, want %v (a temporary file left behind?)", names, want)
	}
}

func TestSaveFile(t *testing.T) {
	dir := t.TempDir()
	path, stamp := writeStamped(t, dir, "api.yaml", "a: 1 # one\n", 0o640)
	newStamp, err := SaveFile(path, []byte("a: 2 # one\n"), stamp, false)
	if err != nil {
		t.Fatal(err)
	}
	checkFile(t, path, "a: 2 # one\n", 0o640, "api.yaml")
	again, _ := StampOf(path, []byte("a: 2 # one\n"))
	if newStamp != again {
		t.Errorf("returned stamp %+v, want %+v", newStamp, again)
	}
	// The returned stamp is good for the next save.
	if _, err := SaveFile(path, []byte("a: 3\n"), newStamp, false); err != nil {
		t.Fatal(err)
	}
	checkFile(t, path, "a: 3\n", 0o640, "api.yaml")
}

func TestSaveFileKeepsPermissions(t *testing.T) {
	for _, mode := range []fs.FileMode{0o600, 0o640, 0o644, 0o755} {
		dir := t.TempDir()
		path, stamp := writeStamped(t, dir, "w.yaml", "a: 1\n", mode)
		if _, err := SaveFile(path, []byte("a: 2\n"), stamp, false); err != nil {
			t.Fatal(err)
		}
		checkFile(t, path, "a: 2\n", mode, "w.yaml")
	}
}

func TestSaveFileChangedOnDisk(t *testing.T) {
	dir := t.TempDir()
	path, stamp := writeStamped(t, dir, "w.yaml", "a: 1\n", 0o640)
	if err := os.WriteFile(path, []byte("a: 9 # someone else\n"), 0o640); err != nil {
		t.Fatal(err)
	}
	_, err := SaveFile(path, []byte("a: 2\n"), stamp, false)
	if !errors.Is(err, ErrChangedOnDisk) || err.Error() != path+": changed on disk since it was read" {
		t.Fatalf("error %v, want %s: %v", err, path, ErrChangedOnDisk)
	}
	checkFile(t, path, "a: 9 # someone else\n", 0o640, "w.yaml")
	// The user chose to overwrite.
	if _, err := SaveFile(path, []byte("a: 2\n"), stamp, true); err != nil {
		t.Fatal(err)
	}
	checkFile(t, path, "a: 2\n", 0o640, "w.yaml")
}

// A file touched, or written again with the same bytes, has not changed.
func TestSaveFileTouchedIsNotChanged(t *testing.T) {
	dir := t.TempDir()
	path, stamp := writeStamped(t, dir, "w.yaml", "a: 1\n", 0o644)
	later := time.Now().Add(time.Hour)
	if err := os.Chtimes(path, later, later); err != nil {
		t.Fatal(err)
	}
	if _, err := SaveFile(path, []byte("a: 2\n"), stamp, false); err != nil {
		t.Fatal(err)
	}
	checkFile(t, path, "a: 2\n", 0o644, "w.yaml")
}

func TestSaveFileDeletedOrNew(t *testing.T) {
	dir := t.TempDir()
	path, stamp := writeStamped(t, dir, "w.yaml", "a: 1\n", 0o600)
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if _, err := SaveFile(path, []byte("a: 2\n"), stamp, false); !errors.Is(err, ErrChangedOnDisk) {
		t.Fatalf("deleted since read: error %v", err)
	}
	checkFile := func(want ...string) {
		t.Helper()
		entries, _ := os.ReadDir(dir)
		if len(entries) != len(want) {
			t.Errorf("the directory holds %d files, want %v", len(entries), want)
		}
	}
	checkFile()
	// Forced, the file is written again with the mode it had.
	if _, err := SaveFile(path, []byte("a: 2\n"), stamp, true); err != nil {
		t.Fatal(err)
	}
	if info, err := os.Stat(path); err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("recreated with %v (%v), want 0600", info.Mode().Perm(), err)
	}
	// A new file: the zero stamp. It is created 0644; once it exists, the zero stamp is stale.
	fresh := filepath.Join(dir, "new.yaml")
	if _, err := SaveFile(fresh, []byte("b: 1\n"), FileStamp{}, false); err != nil {
		t.Fatal(err)
	}
	if info, err := os.Stat(fresh); err != nil || info.Mode().Perm() != 0o644 {
		t.Errorf("created with %v (%v), want 0644", info.Mode().Perm(), err)
	}
	if _, err := SaveFile(fresh, []byte("b: 2\n"), FileStamp{}, false); !errors.Is(err, ErrChangedOnDisk) {
		t.Errorf("a file appeared since: error %v", err)
	}
	checkFile("new.yaml", "w.yaml")
}

// A failure at the last step (the rename) leaves the original as it was and no temporary
// file. Unlike a read-only directory, this fails for root too.
func TestSaveFileRenameFails(t *testing.T) {
	dir := t.TempDir()
	path, stamp := writeStamped(t, dir, "w.yaml", "a: 1\n", 0o640)
	renameFile = func(string, string) error { return errors.New("disk on fire") }
	defer func() { renameFile = os.Rename }()
	_, err := SaveFile(path, []byte("a: 2\n"), stamp, false)
	if err == nil || err.Error() != "saving "+path+": disk on fire" {
		t.Fatalf("error %v", err)
	}
	checkFile(t, path, "a: 1\n", 0o640, "w.yaml")
}

// A directory the user may not write stops the save cleanly, naming the file; root may write
// any directory, and saves.
func TestSaveFileReadOnlyDirectory(t *testing.T) {
	dir := t.TempDir()
	path, stamp := writeStamped(t, dir, "w.yaml", "a: 1\n", 0o640)
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o755) // so that the test's cleanup can remove it
	_, err := SaveFile(path, []byte("a: 2\n"), stamp, false)
	if os.Geteuid() == 0 {
		if err != nil {
			t.Fatalf("root: %v", err)
		}
		checkFile(t, path, "a: 2\n", 0o640, "w.yaml")
		return
	}
	if !errors.Is(err, fs.ErrPermission) || !strings.Contains(err.Error(), path) {
		t.Fatalf("error %v, want a permission error naming %s", err, path)
	}
	checkFile(t, path, "a: 1\n", 0o640, "w.yaml")
}

// Saving through a symbolic link replaces the file it points to and keeps the link.
func TestSaveFileFollowsLinks(t *testing.T) {
	dir := t.TempDir()
	target, stamp := writeStamped(t, dir, "real.yaml", "a: 1\n", 0o640)
	link := filepath.Join(dir, "link.yaml")
	if err := os.Symlink("real.yaml", link); err != nil {
		t.Fatal(err)
	}
	if _, err := SaveFile(link, []byte("a: 2\n"), stamp, false); err != nil {
		t.Fatal(err)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&fs.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v %v", info.Mode(), err)
	}
	checkFile(t, target, "a: 2\n", 0o640, "link.yaml", "real.yaml")
}

// A read-only file (no write bit for anyone) is refused, even when the user chose to
// overwrite a changed file, and even for root, who could write it: the reason says how to
// make it writable.
func TestSaveFileRefusesReadOnly(t *testing.T) {
	dir := t.TempDir()
	path, stamp := writeStamped(t, dir, "w.yaml", "a: 1\n", 0o444)
	for _, force := range []bool{false, true} {
		_, err := SaveFile(path, []byte("a: 2\n"), stamp, force)
		want := path + " is read-only (mode 0444); make it writable (chmod u+w) to save it"
		if !errors.Is(err, ErrReadOnly) || err.Error() != want {
			t.Errorf("force %v: error %v, want %s", force, err, want)
		}
		checkFile(t, path, "a: 1\n", 0o444, "w.yaml")
	}
}

// A file with a write bit, but not for this user (owner r--, group rw-): root may write it
// and saves, keeping the mode; another user is refused, as the system would refuse him.
func TestSaveFileNotWritableForThisUser(t *testing.T) {
	dir := t.TempDir()
	path, stamp := writeStamped(t, dir, "w.yaml", "a: 1\n", 0o464)
	_, err := SaveFile(path, []byte("a: 2\n"), stamp, false)
	if os.Geteuid() == 0 {
		if err != nil {
			t.Fatalf("root: %v", err)
		}
		checkFile(t, path, "a: 2\n", 0o464, "w.yaml")
		return
	}
	if want := path + " is read-only for you (mode 0464: the system refuses you write access)"; !errors.Is(err, ErrReadOnly) || err.Error() != want {
		t.Errorf("error %v, want %s", err, want)
	}
	checkFile(t, path, "a: 1\n", 0o464, "w.yaml")
}

// Setuid and setgid are dropped, as editors do; the other permission bits stay.
func TestSaveFileDropsSetuidAndSetgid(t *testing.T) {
	dir := t.TempDir()
	path, stamp := writeStamped(t, dir, "w.yaml", "a: 1\n", 0o755|fs.ModeSetuid|fs.ModeSetgid)
	if info, err := os.Stat(path); err != nil || info.Mode()&(fs.ModeSetuid|fs.ModeSetgid) == 0 {
		t.Fatalf("setup: mode %v, %v", info.Mode(), err)
	}
	if _, err := SaveFile(path, []byte("a: 2\n"), stamp, false); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(path)
	if err != nil || info.Mode() != 0o755 {
		t.Errorf("mode after save %v (%v), want -rwxr-xr-x", info.Mode(), err)
	}
	checkFile(t, path, "a: 2\n", 0o755, "w.yaml")
}

// A file with another hard link is written in place: both names show the new text and are
// still one file; a shorter text leaves nothing of the old one behind it.
func TestSaveFileKeepsHardLinks(t *testing.T) {
	dir := t.TempDir()
	path, stamp := writeStamped(t, dir, "w.yaml", "a: 1 # a long comment that the new text drops\n", 0o640)
	other := filepath.Join(dir, "other.yaml")
	if err := os.Link(path, other); err != nil {
		t.Fatal(err)
	}
	if _, err := SaveFile(path, []byte("a: 2\n"), stamp, false); err != nil {
		t.Fatal(err)
	}
	checkFile(t, path, "a: 2\n", 0o640, "other.yaml", "w.yaml")
	checkFile(t, other, "a: 2\n", 0o640, "other.yaml", "w.yaml")
	a, errA := os.Stat(path)
	b, errB := os.Stat(other)
	if errA != nil || errB != nil || !os.SameFile(a, b) {
		t.Errorf("the link is broken: %v %v", errA, errB)
	}
}

// When the new file cannot be given the old one's owner and group (the system refuses, as it
// does to a user saving a file he may write but does not own), the file is written in place,
// so that they stay; it is the same file afterwards.
func TestSaveFileInPlaceWhenTheOwnerCannotBeKept(t *testing.T) {
	dir := t.TempDir()
	path, stamp := writeStamped(t, dir, "w.yaml", "a: 1\n", 0o640)
	chownFile = func(*os.File, int, int) error { return fs.ErrPermission }
	defer func() { chownFile = (*os.File).Chown }()
	before, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := SaveFile(path, []byte("a: 22\n"), stamp, false); err != nil {
		t.Fatal(err)
	}
	checkFile(t, path, "a: 22\n", 0o640, "w.yaml")
	if after, err := os.Stat(path); err != nil || !os.SameFile(before, after) {
		t.Errorf("the file was replaced, not written in place: %v", err)
	}
}

// A save replaces the file by rename (a new file), from a temporary file in the same
// directory named for the cleanup at the next start: .breakeven-save-PID-*.tmp.
func TestSaveFileTemporaryName(t *testing.T) {
	dir := t.TempDir()
	path, stamp := writeStamped(t, dir, "w.yaml", "a: 1\n", 0o640)
	var tmp string
	renameFile = func(from, to string) error { tmp = from; return errors.New("stop here") }
	defer func() { renameFile = os.Rename }()
	if _, err := SaveFile(path, []byte("a: 2\n"), stamp, false); err == nil {
		t.Fatal("the rename was not called")
	}
	prefix := fmt.Sprintf(".breakeven-save-%d-", os.Getpid())
	if filepath.Dir(tmp) != dir || !strings.HasPrefix(filepath.Base(tmp), prefix) || !strings.HasSuffix(tmp, ".tmp") {
		t.Errorf("temporary file %s, want %s/%s*.tmp", tmp, dir, prefix)
	}
	checkFile(t, path, "a: 1\n", 0o640, "w.yaml") // and the temporary file is gone
}

// RemoveStaleTemps removes temporary files older than an hour, whatever their process id,
// and leaves a running save's, other names and what is not a regular file.
func TestRemoveStaleTempsByAge(t *testing.T) {
	dir := t.TempDir()
	mine := fmt.Sprintf(".breakeven-save-%d-", os.Getpid())
	files := map[string]time.Duration{
		mine + "1.tmp":           0,              // a save running now: kept
		mine + "2.tmp":           2 * time.Hour,  // too old to be a save running now
		".breakeven-save-x.tmp":  2 * time.Hour,  // not a name TempFile gives
		"w.yaml":                 48 * time.Hour, // the user's
		"breakeven-save-1-1.tmp": 2 * time.Hour,  // not hidden: not ours
	}
	for name, age := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
		when := time.Now().Add(-age)
		if err := os.Chtimes(p, when, when); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, mine+"3.tmp"), 0o700); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-2 * time.Hour)
	if err := os.Chtimes(filepath.Join(dir, mine+"3.tmp"), old, old); err != nil {
		t.Fatal(err)
	}
	removed := RemoveStaleTemps(dir, filepath.Join(dir, "missing"))
	if len(removed) != 1 || removed[0] != filepath.Join(dir, mine+"2.tmp") {
		t.Errorf("removed %v, want only %s", removed, mine+"2.tmp")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 5 {
		t.Errorf("%d entries left, want 5", len(entries))
	}
}

// WriteFile replaces a regular file atomically and refuses a symbolic link planted in its
// place, leaving the link's target as it was.
func TestWriteFileRefusesALink(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "breakeven-x-compare.md")
	if err := WriteFile(path, []byte("one\n")); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(path, []byte("two\n")); err != nil {
		t.Fatal(err)
	}
	checkFile(t, path, "two\n", 0o644, "breakeven-x-compare.md")
	victim, _ := writeStamped(t, dir, "victim", "precious\n", 0o600)
	link := filepath.Join(dir, "breakeven-y-compare.md")
	if err := os.Symlink(victim, link); err != nil {
		t.Fatal(err)
	}
	err := WriteFile(link, []byte("overwritten\n"))
	if want := link + " is a symbolic link: not writing through it; remove it or rename it to write there"; err == nil || err.Error() != want {
		t.Errorf("error %v, want %s", err, want)
	}
	checkFile(t, victim, "precious\n", 0o600, "breakeven-x-compare.md", "breakeven-y-compare.md", "victim")
}
