package yamlspec

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"
)

// Limit is how large one kind of user file may be, and what that kind is called in messages
// ("a workload file").
type Limit struct {
	What  string
	Bytes int64
}

// String writes the limit as "1 MiB (1048576 bytes)".
func (l Limit) String() string {
	if l.Bytes >= 1<<20 && l.Bytes%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB (%d bytes)", l.Bytes>>20, l.Bytes)
	}
	return fmt.Sprintf("%d bytes", l.Bytes)
}

// ReadFile reads the user's file at path whole, as every command reads the files it is given.
// It refuses, before reading anything, what is not a regular file (a directory, a named pipe,
// a device, a socket) and a file larger than limit: reading /dev/zero or a pipe would never
// end, and decoding a huge file takes gigabytes. The path is examined with stat, which does
// not block, before it is opened (opening a named pipe waits for a writer); the file is then
// opened without waiting (where the system allows it) and checked again, and read through
// the limit plus one byte, so a file that grows meanwhile is refused too. A symbolic link is
// followed; a dangling one or a loop is reported as such. The problem, if any, is the one
// Error of the list, naming the file.
func ReadFile(path string, limit Limit) ([]byte, ErrorList) {
	fail := func(format string, args ...any) ([]byte, ErrorList) {
		return nil, ErrorList{{File: path, Message: fmt.Sprintf(format, args...)}}
	}
	info, err := os.Stat(path)
	if err != nil {
		return fail("%s", statProblem(path, err))
	}
	if what := notRegular(info.Mode()); what != "" {
		return fail("%s, not a regular file: not read", what)
	}
	if info.Size() > limit.Bytes {
		return fail("is %d bytes; %s may be at most %s", info.Size(), limit.What, limit)
	}
	f, err := openNoWait(path)
	if err != nil {
		return fail("%s", openProblem(err))
	}
	defer f.Close()
	opened, err := f.Stat()
	if err != nil {
		return fail("%s", openProblem(err))
	} else if what := notRegular(opened.Mode()); what != "" {
		return fail("%s, not a regular file: not read", what) // replaced since the stat above
	}
	data, err := readAtMost(f, limit.Bytes, opened.Size())
	switch {
	case errors.Is(err, errTooLarge):
		return fail("grew past %s while being read; %s may be at most that", limit, limit.What)
	case err != nil:
		return fail("%s", openProblem(err))
	}
	return data, nil
}

// errTooLarge says a reader had more than the limit.
var errTooLarge = errors.New("larger than the limit")

// readAtMost reads r to its end, or returns errTooLarge as soon as it has given more than
// limit bytes: at most limit + 1 bytes are read. size is what r is expected to hold (a
// file's size when opened): the space is taken once for it and one byte more, so that a file
// that has not changed is read in one call and its end found in a second.
func readAtMost(r io.Reader, limit, size int64) ([]byte, error) {
	data := make([]byte, 0, min(max(size, 0), limit)+1)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)] // room for more: the file grew
		}
		room := min(int64(cap(data)), limit+1) - int64(len(data))
		n, err := r.Read(data[len(data) : int64(len(data))+room])
		data = data[:len(data)+n]
		switch {
		case int64(len(data)) > limit:
			return nil, errTooLarge
		case err == io.EOF:
			return data, nil
		case err != nil:
			return nil, err
		}
	}
}

// notRegular names what a file of mode m is when it is not a regular file, or returns "".
func notRegular(m fs.FileMode) string {
	switch {
	case m.IsRegular():
		return ""
	case m.IsDir():
		return "is a directory"
	case m&fs.ModeNamedPipe != 0:
		return "is a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		return "is a socket"
	case m&(fs.ModeDevice|fs.ModeCharDevice) != 0:
		return "is a device"
	}
	return "is not a file"
}

// statProblem says why path cannot be examined, without repeating its name: it does not
// exist, it is a symbolic link to nothing or a loop of links, or the system's reason.
func statProblem(path string, err error) string {
	switch {
	case errors.Is(err, syscall.ELOOP):
		return "is a loop of symbolic links (too many levels of symbolic links)"
	case errors.Is(err, fs.ErrNotExist):
		if target, lerr := os.Readlink(path); lerr == nil {
			return fmt.Sprintf("is a symbolic link to %s, which does not exist", target)
		}
		return "no such file or directory"
	}
	return openProblem(err)
}

// openProblem is the system's reason an operation on a file failed, without the file's name.
func openProblem(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Sprintf("cannot %s: %v", pe.Op, pe.Err)
	}
	return err.Error()
}
