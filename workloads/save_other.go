//go:build !unix

package workloads

import "io/fs"

// fileOwner is the owner and group of a file, which this system does not expose.
type fileOwner struct{ uid, gid int }

// ownerOf reports that the owner is unknown here: a saved file gets the system's default.
func ownerOf(fs.FileInfo) (*fileOwner, bool) { return nil, false }

// linkCount is 1: hard links are not counted here, and a save replaces the file.
func linkCount(fs.FileInfo) uint64 { return 1 }

// processAlive cannot tell here; a temporary file is then stale only once it is old.
func processAlive(int) bool { return true }
