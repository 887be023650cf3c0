//go:build !unix

package yamlspec

import "os"

// openNoWait opens path for reading. Without unix's O_NONBLOCK, the stat before it is what
// keeps a named pipe from being opened.
func openNoWait(path string) (*os.File, error) { return os.Open(path) }
