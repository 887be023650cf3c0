package workloads

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// FileStamp is what a file was when it was read, to tell whether it changed on disk since.
// The zero FileStamp stands for a file that did not exist: SaveFile then refuses to replace one
// that has appeared since.
type FileStamp struct {
	Exists  bool
	Size    int64
	ModTime time.Time
	Mode    fs.FileMode
	// Sum is the SHA-256 of the content. It alone decides whether the file changed: a file
	// touched, or saved unchanged by an editor, has not.
	Sum [sha256.Size]byte
}

// StampOf returns the stamp of the file at path, whose content data was just read from it.
func StampOf(path string, data []byte) (FileStamp, error) {
	info, err := os.Stat(path)
	if err != nil {
		return FileStamp{}, err
	}
	return FileStamp{Exists: true, Size: info.Size(), ModTime: info.ModTime(), Mode: info.Mode(),
		Sum: sha256.Sum256(data)}, nil
}

// ErrChangedOnDisk says the file is no longer what was read: the caller asks before
// overwriting (and then calls SaveFile with force).
var ErrChangedOnDisk = errors.New("changed on disk since it was read")

// ErrReadOnly says the file may not be written: it has no write permission for anyone, or
// none for this user. SaveFile refuses it whatever force says: making it writable is the
// user's decision (chmod u+w), not a side effect of saving.
var ErrReadOnly = errors.New("read-only")

// newFileMode is the mode of a file that did not exist before. The umask does not reduce it:
// the temporary file is created 0600 and then given this mode.
const newFileMode fs.FileMode = 0o644

// renameFile is os.Rename; tests replace it to make the last step fail or to stop there.
var renameFile = os.Rename

// chownFile is (*os.File).Chown; tests replace it to make it fail as it does for a user who
// may not give a file to another.
var chownFile = (*os.File).Chown

// SaveFile writes data to path (a symbolic link is followed: its target is written, the link
// stays) and returns the new stamp. Unless force, it first checks the file still matches
// stamp and returns ErrChangedOnDisk (wrapped, naming the file) if not. It refuses a file
// that is not regular and, even with force, one that is read-only (ErrReadOnly).
//
// The file is replaced atomically: the text goes to a temporary file beside it (see
// TempFile), synced, given the original's permission bits and its owner and group, then
// renamed over it. Setuid and setgid are dropped, as editors do: a saved file is new text that
// nobody vetted as a privileged program. Two cases are written in place instead, as editors
// do, since a rename would break what the file is: a file with other hard links (a new file
// would leave them holding the old text), and a file whose owner or group this user cannot
// give the new one (root may; another user saving a file he may write, but does not own, may
// not). See writeInPlace for what that costs. On any error before the last step the original
// is untouched, and no temporary file is left behind.
//
// The check and the write are two steps: a write by another program between them (a window
// of microseconds) is lost.
func SaveFile(path string, data []byte, stamp FileStamp, force bool) (FileStamp, error) {
	target := path
	if resolved, err := filepath.EvalSymlinks(path); err == nil {
		target = resolved
	}
	info, err := os.Stat(target)
	exists := err == nil
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return FileStamp{}, err
	}
	if exists {
		if err := checkWritable(path, target, info); err != nil {
			return FileStamp{}, err
		}
	}
	if !force {
		if err := checkUnchanged(path, target, exists, stamp); err != nil {
			return FileStamp{}, err
		}
	}
	switch {
	case exists:
		err = replaceExisting(target, data, info)
	case stamp.Exists:
		err = writeReplace(target, data, stamp.Mode.Perm(), nil)
	default:
		err = writeReplace(target, data, newFileMode, nil)
	}
	if err != nil {
		return FileStamp{}, fmt.Errorf("saving %s: %w", path, err)
	}
	return StampOf(target, data)
}

// checkWritable refuses what SaveFile must not write: not a regular file, or read-only.
func checkWritable(path, target string, info fs.FileInfo) error {
	if !info.Mode().IsRegular() {
		return fmt.Errorf("%s: not a regular file", path)
	}
	if info.Mode().Perm()&0o222 == 0 {
		return fmt.Errorf("%s is %w (mode %04o); make it writable (chmod u+w) to save it",
			path, ErrReadOnly, info.Mode().Perm())
	}
	// Opening for writing, without truncating, asks the system whether this user may write
	// it: a rename would replace a file he may not write, if he may write its directory.
	f, err := os.OpenFile(target, os.O_WRONLY, 0)
	if err != nil {
		if errors.Is(err, fs.ErrPermission) {
			return fmt.Errorf("%s is %w for you (mode %04o: the system refuses you write access)", path, ErrReadOnly, info.Mode().Perm())
		}
		return err
	}
	return f.Close()
}

// checkUnchanged returns ErrChangedOnDisk (wrapped) unless the file is still what stamp says.
func checkUnchanged(path, target string, exists bool, stamp FileStamp) error {
	if exists != stamp.Exists {
		return fmt.Errorf("%s: %w", path, ErrChangedOnDisk)
	}
	if !exists {
		return nil
	}
	current, errs := ReadFile(target)
	if errs != nil {
		return errs
	}
	if sha256.Sum256(current) != stamp.Sum {
		return fmt.Errorf("%s: %w", path, ErrChangedOnDisk)
	}
	return nil
}

// replaceExisting writes data over the existing regular file target, of info: by rename,
// keeping its permission bits (without setuid and setgid) and its owner and group; in place
// when it has other hard links or when its owner or group cannot be kept.
func replaceExisting(target string, data []byte, info fs.FileInfo) error {
	owner, _ := ownerOf(info)
	if linkCount(info) > 1 {
		return writeInPlace(target, data, info)
	}
	err := writeReplace(target, data, info.Mode().Perm(), owner)
	if errors.Is(err, errOwnerNotKept) {
		return writeInPlace(target, data, info)
	}
	return err
}

// errOwnerNotKept says the temporary file could not be given the original's owner and group.
var errOwnerNotKept = errors.New("cannot keep the owner")

// writeReplace writes data to a temporary file beside target and renames it over target.
// With owner, the temporary file is given that owner and group first, or errOwnerNotKept is
// returned (and nothing is changed).
func writeReplace(target string, data []byte, mode fs.FileMode, owner *fileOwner) (err error) {
	dir := filepath.Dir(target)
	f, err := TempFile(dir)
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if _, err = f.Write(data); err != nil {
		return err
	}
	if owner != nil {
		if err = keepOwner(f, *owner); err != nil {
			return err
		}
	}
	if err = f.Chmod(mode); err != nil { // after chown, which may clear some bits
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	if err = renameFile(tmp, target); err != nil {
		return err
	}
	syncDir(dir)
	return nil
}

// keepOwner gives f the owner and group of the file it replaces (a no-op when they are its
// own already, which every user may do); errOwnerNotKept if the system does not allow it.
func keepOwner(f *os.File, owner fileOwner) error {
	if err := chownFile(f, owner.uid, owner.gid); err != nil {
		return fmt.Errorf("%w: %v", errOwnerNotKept, err)
	}
	return nil
}

// writeInPlace overwrites target with data in the file itself, so that its other hard links,
// its owner and its group stay. The cost is atomicity: a program reading the file during the
// write may see part of the new text, and a power cut during it can leave the file torn (a
// rename never shows either). To keep it as safe as it can be, the whole text goes in one
// write, padded with spaces to the old length when shorter, then the file is cut to the new
// length and synced: a kill between the two steps leaves the new text and trailing blanks,
// which YAML ignores, never the old text's tail. Setuid and setgid are dropped here too.
func writeInPlace(target string, data []byte, info fs.FileInfo) error {
	f, err := os.OpenFile(target, os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	padded := data
	if old := info.Size(); int64(len(data)) < old {
		padded = append(append([]byte(nil), data...), make([]byte, old-int64(len(data)))...)
		for i := len(data); i < len(padded); i++ {
			padded[i] = ' '
		}
	}
	_, err = f.WriteAt(padded, 0)
	if err == nil {
		err = f.Truncate(int64(len(data)))
	}
	if err == nil && info.Mode()&(fs.ModeSetuid|fs.ModeSetgid) != 0 {
		err = f.Chmod(info.Mode().Perm())
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// WriteFile writes data to path as a file breakeven makes (an export): atomically, through a
// temporary file (TempFile) renamed over it, mode 0644. It refuses a path that exists and is
// not a regular file, a symbolic link above all: writing through a link someone planted
// would overwrite whatever it points to.
func WriteFile(path string, data []byte) error {
	if info, err := os.Lstat(path); err == nil && !info.Mode().IsRegular() {
		what := "not a regular file"
		if info.Mode()&fs.ModeSymlink != 0 {
			what = "a symbolic link"
		}
		return fmt.Errorf("%s is %s: not writing through it; remove it or rename it to write there", path, what)
	}
	return writeReplace(path, data, newFileMode, nil)
}

// tempPrefix starts the name of every temporary file breakeven writes (saves, exports, init):
// ".breakeven-save-PID-RANDOM.tmp", so that RemoveStaleTemps can tell them from the user's
// files and whether their writer still runs.
const tempPrefix = ".breakeven-save-"

// TempFile creates a temporary file in dir, named with tempPrefix and this process's id, for
// a file being written there. It exists only while the file is written; one left by a program
// killed meanwhile is removed by RemoveStaleTemps at the next start.
func TempFile(dir string) (*os.File, error) {
	return os.CreateTemp(dir, fmt.Sprintf("%s%d-*.tmp", tempPrefix, os.Getpid()))
}

// staleAfter is the age past which a temporary file is stale whatever its process id says (an
// id is reused once its process is gone). A save takes milliseconds.
const staleAfter = time.Hour

// RemoveStaleTemps removes, in each of dirs, the temporary files (TempFile) left by writes
// that never finished: those whose process is gone, and those older than an hour. It touches
// only regular files named by TempFile, and returns the ones it removed.
func RemoveStaleTemps(dirs ...string) []string {
	var removed []string
	for _, dir := range dirs {
		entries, err := os.ReadDir(dir)
		if err != nil {
			continue // nothing to clean where nothing can be listed
		}
		for _, e := range entries {
			var pid int
			var rest string
			if !e.Type().IsRegular() {
				continue
			}
			if n, _ := fmt.Sscanf(e.Name(), tempPrefix+"%d-%s", &pid, &rest); n != 2 || pid <= 0 {
				continue
			}
			info, err := e.Info()
			if err != nil {
				continue
			}
			if processAlive(pid) && time.Since(info.ModTime()) < staleAfter {
				continue
			}
			p := filepath.Join(dir, e.Name())
			if os.Remove(p) == nil {
				removed = append(removed, p)
			}
		}
	}
	return removed
}

// syncDir makes the rename durable where the system allows syncing a directory; where it does
// not (Windows), the rename is still atomic, only its durability on power loss is the
// system's.
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	_ = d.Sync() // best effort, see above
	d.Close()
}
