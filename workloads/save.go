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

// permBits are the mode bits a saved file keeps from the one it replaces.
const permBits = fs.ModePerm | fs.ModeSetuid | fs.ModeSetgid | fs.ModeSticky

// newFileMode is the mode of a file that did not exist before. The umask does not reduce it:
// the temporary file is created 0600 and then given this mode.
const newFileMode fs.FileMode = 0o644

// renameFile is os.Rename; tests replace it to make the last step fail.
var renameFile = os.Rename

// SaveFile writes data to path atomically: a temporary file in the same directory, synced,
// given the original's permission bits, then renamed over path (a symbolic link is followed:
// its target is replaced, the link stays). Unless force, it first checks the file still
// matches stamp and returns ErrChangedOnDisk (wrapped, naming the file) if not. It returns the
// new stamp. On any error the original file is untouched and no temporary file is left behind.
//
// The check and the rename are two steps: a write by another program between them (a window
// of microseconds) is lost. The owner of the file is not kept, as only root could keep it.
func SaveFile(path string, data []byte, stamp FileStamp, force bool) (FileStamp, error) {
	target := path
	if resolved, err := filepath.EvalSymlinks(path); err == nil {
		target = resolved
	}
	current, err := os.ReadFile(target)
	exists := err == nil
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return FileStamp{}, err
	}
	if !force && (exists != stamp.Exists || (exists && sha256.Sum256(current) != stamp.Sum)) {
		return FileStamp{}, fmt.Errorf("%s: %w", path, ErrChangedOnDisk)
	}
	mode := newFileMode
	if info, err := os.Stat(target); err == nil {
		if !info.Mode().IsRegular() {
			return FileStamp{}, fmt.Errorf("%s: not a regular file", path)
		}
		mode = info.Mode() & permBits
	} else if stamp.Exists {
		mode = stamp.Mode & permBits
	}
	if err := writeReplace(target, data, mode); err != nil {
		return FileStamp{}, fmt.Errorf("saving %s: %w", path, err)
	}
	return StampOf(target, data)
}

// writeReplace writes data to a temporary file beside target and renames it over target.
func writeReplace(target string, data []byte, mode fs.FileMode) (err error) {
	dir, base := filepath.Split(target)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".*.tmp")
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
	if err = f.Chmod(mode); err != nil {
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
