package report

import (
	"bufio"
	"bytes"
	"io"
	"os"
)

// spoolMemory is how much of the table's and markdown's rendered details a Writer keeps in
// memory before it moves them to a temporary file: 1 MB, some 100 workloads of the table's
// ~10 KB. The details come after the summary, which needs every workload, so they wait until
// Close; a set of 10,000 would otherwise hold ~100 MB of text (issue 12: at most 200 MB of
// RSS; it measured 329 MB, and 194-205 MB with the spool).
const spoolMemory = 1 << 20

// spool holds text to be written later, in memory up to limit bytes and in a temporary file
// beyond: writeTo writes the same bytes in the order they were added. The file is removed as
// soon as it is made where the system allows (it lives on, unnamed, until closed), or else
// by close.
type spool struct {
	limit   int
	mem     bytes.Buffer
	file    *os.File
	buf     *bufio.Writer
	removed bool
}

// WriteString adds text to the spool.
func (s *spool) WriteString(text string) error {
	if s.file == nil && s.mem.Len()+len(text) > s.limit {
		if err := s.toFile(); err != nil {
			return err
		}
	}
	if s.file == nil {
		s.mem.WriteString(text)
		return nil
	}
	_, err := s.buf.WriteString(text)
	return err
}

// toFile moves what the spool holds to a new temporary file, where the rest will go.
func (s *spool) toFile() error {
	f, err := os.CreateTemp("", "breakeven-spool-*")
	if err != nil {
		return err
	}
	s.file, s.buf = f, bufio.NewWriterSize(f, 64<<10)
	s.removed = os.Remove(f.Name()) == nil
	_, err = s.mem.WriteTo(s.buf)
	s.mem = bytes.Buffer{}
	return err
}

// writeTo writes what the spool holds to w, in order.
func (s *spool) writeTo(w io.Writer) error {
	if s.file == nil {
		_, err := s.mem.WriteTo(w)
		return err
	}
	if err := s.buf.Flush(); err != nil {
		return err
	}
	if _, err := s.file.Seek(0, io.SeekStart); err != nil {
		return err
	}
	_, err := io.Copy(w, s.file)
	return err
}

// close lets go of what the spool holds, its temporary file too.
func (s *spool) close() {
	s.mem = bytes.Buffer{}
	if s.file == nil {
		return
	}
	s.file.Close()
	if !s.removed {
		os.Remove(s.file.Name())
	}
	s.file, s.buf = nil, nil
}
