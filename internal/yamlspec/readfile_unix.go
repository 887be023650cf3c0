//go:build unix

package yamlspec

import (
	"os"
	"syscall"
)

// openNoWait opens path for reading without waiting: a named pipe put in place of a checked
// file opens at once (and is then refused) instead of blocking until a writer comes.
func openNoWait(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}
