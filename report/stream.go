package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/breakeven/breakeven/internal/spool"
	"github.com/breakeven/breakeven/model"
)

// Writer writes a priced set in one format a workload at a time, in order, so that a set of
// any size is written as it is priced and no more of it is held than the format needs. JSON
// and CSV go out as each workload is added. The table and markdown begin with a summary of
// every workload, so they keep each workload's summary row (some 100 bytes) until Close, and
// hold its rendered text (~10 KB) in a spool, in memory up to spoolMemory and in a temporary
// file beyond, written after the summary.
//
// Render, safe to call from any goroutine, turns a workload's result into the Part that Add
// takes; Write is NewWriter, Render and Add for each workload, then Close.
type Writer struct {
	out    *bufio.Writer
	format Format
	head   model.Result
	count  int
	rows   [][]string // table and markdown: each workload's summary row
	// details are the table's and markdown's rendered workloads, in order, until Close.
	details *spool.Spool
}

// Part is one workload as Render renders it in a format, for Writer.Add.
type Part struct {
	row []string
	// kept is the table's and markdown's rendered text, kept as it is until Close; text is
	// the other formats', written at once.
	kept string
	text []byte
	// buffer, when not nil, is where text lives, to be reused once Add has written it.
	buffer *[]byte
}

// partBuffers recycles the buffers JSON parts are rendered into, tens of KB each.
var partBuffers = sync.Pool{New: func() any { return new([]byte) }}

// NewWriter returns a Writer of format f to w for a set priced as head says (its catalog,
// month and projection; its Workloads and Portfolio are not read). JSON's opening and CSV's
// header row are written at once.
func NewWriter(w io.Writer, f Format, head model.Result) (*Writer, error) {
	sw := &Writer{out: bufio.NewWriterSize(w, 64<<10), format: f, head: head, details: spool.New(spoolMemory)}
	switch f {
	case Table, Markdown:
		return sw, nil
	case JSON:
		j := documentJSON([]byte("{\n  \"pricing\": "), 1)
		pricingJSON(j, head)
		_, err := sw.out.Write(append(j.buf, ",\n  \"workloads\": ["...))
		return sw, err
	case CSV:
		rows, err := csvText([][]string{csvHeader})
		if err != nil {
			return nil, err
		}
		_, err = sw.out.Write(rows)
		return sw, err
	}
	return nil, fmt.Errorf("unknown format %q", f)
}

// Render renders one workload's result in format f, for a month of monthHours hours.
func Render(f Format, result model.WorkloadResult, monthHours int64) (Part, error) {
	r := newShownResult(result)
	var b strings.Builder
	switch f {
	case Table:
		b.Grow(tableWorkloadSize)
		tableWorkload(&b, r, monthHours)
		return Part{row: summaryRow(r), kept: b.String()}, nil
	case Markdown:
		markdownWorkload(&b, r, monthHours)
		return Part{row: summaryRow(r), kept: b.String()}, nil
	case JSON:
		buffer := partBuffers.Get().(*[]byte)
		j := documentJSON((*buffer)[:0], 2)
		workloadJSON(j, r, monthHours)
		return Part{text: j.buf, buffer: buffer}, nil
	case CSV:
		text, err := csvText(csvRows(r))
		return Part{text: text}, err
	}
	return Part{}, fmt.Errorf("unknown format %q", f)
}

// tableWorkloadSize is room for a workload's table text from the start, rather than the
// Builder's doublings to it: the examples' are 5-18 KB, 9.4 KB on average.
const tableWorkloadSize = 12 << 10

// Add writes the next workload, or keeps it for Close (table and markdown).
func (sw *Writer) Add(p Part) error {
	sw.count++
	switch sw.format {
	case Table:
		sw.rows = append(sw.rows, p.row)
		if sw.count > 1 {
			if err := sw.details.WriteString("\n"); err != nil {
				return err
			}
		}
		return sw.details.WriteString(p.kept)
	case Markdown:
		sw.rows = append(sw.rows, p.row)
		return sw.details.WriteString(p.kept)
	case JSON:
		sep := ",\n    "
		if sw.count == 1 {
			sep = "\n    "
		}
		if _, err := sw.out.WriteString(sep); err != nil {
			return err
		}
	}
	_, err := sw.out.Write(p.text)
	if p.buffer != nil {
		*p.buffer = p.text[:0]
		partBuffers.Put(p.buffer)
	}
	return err
}

// ShowsPortfolio says Close writes the portfolio of the workloads added so far, so that a
// caller need not bill the account for nothing: JSON always does, the table and markdown
// for more than one workload, CSV never.
func (sw *Writer) ShowsPortfolio() bool {
	switch sw.format {
	case JSON:
		return true
	case Table, Markdown:
		return sw.count > 1
	}
	return false
}

// Close writes what comes after the workloads, the portfolio p of every workload added
// among it (table and markdown: everything), and flushes. p is read only when ShowsPortfolio
// says so.
func (sw *Writer) Close(p model.Portfolio) error {
	defer sw.details.Close()
	var err error
	switch sw.format {
	case Table:
		err = writeTable(sw.out, sw.head, sw.rows, sw.details, p)
	case Markdown:
		err = writeMarkdown(sw.out, sw.head, sw.rows, sw.details, p)
	case JSON:
		end := "\n  ]"
		if sw.count == 0 {
			end = "]"
		}
		j := documentJSON([]byte(end+",\n  \"portfolio\": "), 1)
		portfolioJSON(j, p)
		_, err = sw.out.Write(append(j.buf, "\n}\n"...))
	}
	sw.rows = nil
	if err != nil {
		return err
	}
	return sw.out.Flush()
}
