// Package spool holds text to be written later, in memory up to a limit and in a temporary
// file beyond: a document whose head needs every part (a summary of every workload) keeps
// the parts here until the head is written, in bounded memory whatever their number.
package spool

import (
	"bufio"
	"bytes"
	"io"
	"os"
)

// Spool holds text to be written later, in memory up to its limit in bytes and in a
// temporary file beyond: WriteOut writes the same bytes in the order they were added. The
// file is removed as soon as it is made where the system allows (it lives on, unnamed, until
// closed), or else by Close.
type Spool struct {
	limit   int
	mem     bytes.Buffer
	file    *os.File
	buf     *bufio.Writer
	removed bool
}

// New is an empty spool that keeps up to limit bytes in memory.
func New(limit int) *Spool { return &Spool{limit: limit} }

// WriteString adds text to the spool.
func (s *Spool) WriteString(text string) error {
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

// Spilled says the spool's text is in its temporary file.
func (s *Spool) Spilled() bool { return s.file != nil }

// toFile moves what the spool holds to a new temporary file, where the rest will go.
func (s *Spool) toFile() error {
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

// WriteOut writes what the spool holds to w, in order.
func (s *Spool) WriteOut(w io.Writer) error {
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

// Close lets go of what the spool holds, its temporary file too.
func (s *Spool) Close() {
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
