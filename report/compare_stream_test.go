package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/analysis"
	"github.com/breakeven/breakeven/pricing"
	"github.com/breakeven/breakeven/workloads"
)

// TestComparisonWriterWritesEachAtOnce: each workload's analyses reach the writer when they
// are added, before the next is, and the document ends with the commitment at Close: a set
// of any size is written as it is compared, and a reader sees each workload as it is done.
func TestComparisonWriterWritesEachAtOnce(t *testing.T) {
	cat, err := pricing.Load()
	if err != nil {
		t.Fatal(err)
	}
	var set []model.Workload
	for _, w := range workloads.Examples() {
		if w.Name == "video-transcode" || w.Name == "ml-inference" {
			set = append(set, w)
		}
	}
	res := analysis.Compare(set, cat, analysis.CompareOptions{GrowthMonths: 3})
	first, second := res.Comparisons[0].Base.Workload.Name, res.Comparisons[1].Base.Workload.Name
	for _, f := range []Format{Table, Markdown, CSV, JSON} {
		var out bytes.Buffer
		cw, err := NewComparisonWriter(&out, f, res.Provenance)
		if err != nil {
			t.Fatal(err)
		}
		for k, c := range res.Comparisons {
			if err := cw.Add(c); err != nil {
				t.Fatal(err)
			}
			written := out.String()
			if !strings.Contains(written, c.Base.Workload.Name) {
				t.Errorf("%s: workload %d (%s) not written when added", f, k, c.Base.Workload.Name)
			}
			if k == 0 && strings.Contains(written, second) {
				t.Errorf("%s: %s written before it was added", f, second)
			}
		}
		commitment := map[Format]string{Table: "Commitment of the 2 workloads together", Markdown: "## Commitment of the 2 workloads together",
			CSV: commitmentOwner, JSON: "\n  \"commitment\": {"}[f]
		if strings.Contains(out.String(), commitment) {
			t.Errorf("%s: the commitment written before Close", f)
		}
		if err := cw.Close(res.Commitment); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out.String(), commitment) {
			t.Errorf("%s: no commitment after Close", f)
		}
		if strings.Index(out.String(), first) > strings.Index(out.String(), second) {
			t.Errorf("%s: %s written after %s", f, first, second)
		}
	}
}

// TestComparisonWriterUnknownFormat: a format compare does not write is an error, with
// nothing written.
func TestComparisonWriterUnknownFormat(t *testing.T) {
	var out bytes.Buffer
	if _, err := NewComparisonWriter(&out, Format("yaml"), model.Provenance{}); err == nil || out.Len() > 0 {
		t.Errorf("format yaml: error %v, %d bytes written; want an error and nothing", err, out.Len())
	}
}
