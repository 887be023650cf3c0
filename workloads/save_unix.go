//go:build unix

package workloads

import (
	"errors"
	"io/fs"
	"syscall"
)

// fileOwner is the owner and group of a file.
type fileOwner struct{ uid, gid int }

// ownerOf returns the owner and group of the file info describes.
func ownerOf(info fs.FileInfo) (*fileOwner, bool) {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return nil, false
	}
	return &fileOwner{uid: int(st.Uid), gid: int(st.Gid)}, true
}

// linkCount is the number of hard links to the file info describes.
func linkCount(info fs.FileInfo) uint64 {
	if st, ok := info.Sys().(*syscall.Stat_t); ok {
		return uint64(st.Nlink)
	}
	return 1
}

// processAlive says a process with id pid runs (perhaps another user's: the system then
// refuses the signal, but the process exists).
func processAlive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
