package cli

import (
	"bytes"
	"io"
)

// output is stdout as a command writes to it: held until the command succeeds, so that
// invalid input leaves stdout empty. A command whose output can be large (price of thousands
// of files) checks all its input first, then calls streamOutput: from then on its writes go
// straight to stdout, and only a failure to write (a closed pipe) can still stop it.
type output struct {
	stdout io.Writer
	held   bytes.Buffer
	direct bool
}

func (o *output) Write(p []byte) (int, error) {
	if o.direct {
		return o.stdout.Write(p)
	}
	return o.held.Write(p)
}

// finish writes what is held to stdout: the command succeeded.
func (o *output) finish() error {
	_, err := o.stdout.Write(o.held.Bytes())
	o.held.Reset()
	return err
}

// streamOutput returns w such that what is written to it goes to stdout at once, what was
// held first: for a command that has checked every input. A w that is not a command's output
// (the explorer's terminal, a test's buffer) is returned as it is.
func streamOutput(w io.Writer) (io.Writer, error) {
	o, ok := w.(*output)
	if !ok || o.direct {
		return w, nil
	}
	if err := o.finish(); err != nil {
		return nil, err
	}
	o.direct = true
	return o, nil
}
