package report

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"strings"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/analysis"
)

// ComparisonWriter writes the decision analyses of `breakeven compare` in one format a
// workload at a time, in order, so that a set of any size is written as it is compared and
// no comparison is held once written: the header first, each workload's analyses as Add
// takes them, the account's commitment at Close. Every format's document reads the same as
// when written whole (WriteComparison).
type ComparisonWriter struct {
	out    *bufio.Writer
	format Format
	count  int
	// csv writes the CSV's rows; json is the JSON document's writer, its buffer written out
	// and emptied after each part.
	csv  *csv.Writer
	json *jsonWriter
}

// NewComparisonWriter returns a ComparisonWriter of format f to w for analyses priced as
// head says (its catalog and month), and writes the document's opening.
func NewComparisonWriter(w io.Writer, f Format, head model.Provenance) (*ComparisonWriter, error) {
	cw := &ComparisonWriter{out: bufio.NewWriterSize(w, 64<<10), format: f}
	switch f {
	case Table:
		_, err := cw.out.WriteString(wrap(header(head, 0), "", itemsWidth) + "\n")
		return cw, err
	case Markdown:
		_, err := cw.out.WriteString("# breakeven compare\n\n" + header(head, 0) + "\n")
		return cw, err
	case CSV:
		cw.csv = csv.NewWriter(cw.out)
		return cw, cw.csv.Write([]string{"workload", "section", "item", "platform", "metric", "value"})
	case JSON:
		j := marshalJSON()
		j.open('{')
		j.string("catalog", head.Catalog)
		j.string("as_of", head.AsOf)
		j.string("month", head.Month.Name)
		j.int("month_hours", head.MonthHours)
		j.array("comparisons")
		cw.json = j
		return cw, cw.flushJSON()
	}
	return nil, fmt.Errorf("unknown format %q", f)
}

// Add writes the next workload's analyses, at once: each takes a tenth of a second or more
// to work out, and a reader of the output sees it as it comes.
func (cw *ComparisonWriter) Add(c analysis.Comparison) error {
	cw.count++
	var err error
	switch cw.format {
	case Table, Markdown:
		var b strings.Builder
		if cw.format == Markdown {
			markdownComparison(&b, c)
		} else {
			if cw.count > 1 {
				b.WriteString("\n")
			}
			tableComparison(&b, c)
		}
		_, err = cw.out.WriteString(b.String())
	case CSV:
		err = cw.csv.WriteAll(comparisonCSV(c))
	case JSON:
		cw.json.element()
		comparisonJSON(cw.json, c)
		err = cw.flushJSON()
	}
	if err != nil {
		return err
	}
	return cw.out.Flush()
}

// Close writes the commitment of the workloads together, plan, ends the document and
// flushes.
func (cw *ComparisonWriter) Close(plan analysis.CommitPlan) error {
	var b strings.Builder
	switch cw.format {
	case Table:
		b.WriteString("\n" + wrap(commitSectionTitle(plan), "  ", itemsWidth))
		commitBody(&b, plan, false)
	case Markdown:
		fmt.Fprintf(&b, "\n## %s\n\n", commitSectionTitle(plan))
		commitBody(&b, plan, true)
	case CSV:
		if err := cw.csv.WriteAll(commitmentCSV(plan)); err != nil {
			return err
		}
	case JSON:
		j := cw.json
		j.close(']')
		j.object("commitment")
		commitMembersJSON(j, plan)
		j.close('}')
		j.close('}')
		j.buf = append(j.buf, '\n')
		if err := cw.flushJSON(); err != nil {
			return err
		}
	}
	if _, err := cw.out.WriteString(b.String()); err != nil {
		return err
	}
	return cw.out.Flush()
}

// flushJSON writes out what the JSON writer holds and empties it, keeping its place in the
// document.
func (cw *ComparisonWriter) flushJSON() error {
	_, err := cw.out.Write(cw.json.buf)
	cw.json.buf = cw.json.buf[:0]
	return err
}

// WriteComparison renders the decision analyses of `breakeven compare` in format f, whole.
func WriteComparison(w io.Writer, res analysis.CompareResult, f Format) error {
	cw, err := NewComparisonWriter(w, f, res.Provenance)
	if err != nil {
		return err
	}
	for _, c := range res.Comparisons {
		if err := cw.Add(c); err != nil {
			return err
		}
	}
	return cw.Close(res.Commitment)
}
