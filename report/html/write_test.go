package html

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/breakeven/breakeven/internal/spool"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/analysis"
	"github.com/breakeven/breakeven/pricing"
	"github.com/breakeven/breakeven/workloads"
)

// TestWriterSpillsTheSectionsUnchanged: a report whose sections wait in a temporary file is
// the same document, byte for byte, as one whose sections wait in memory, with the summary
// (which names every workload) before the first section and the file gone after Close.
func TestWriterSpillsTheSectionsUnchanged(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	cat, err := pricing.Load()
	if err != nil {
		t.Fatal(err)
	}
	var set []model.Workload
	for _, w := range workloads.Examples() {
		if w.Name == "video-transcode" || w.Name == "ml-inference" || w.Name == "cleanup-cron" {
			set = append(set, w)
		}
	}
	res := analysis.Compare(set, cat, analysis.CompareOptions{GrowthMonths: 3})
	portfolio := model.Price(set, cat, model.Options{}).Portfolio
	head := Head{Provenance: res.Provenance, Version: "test"}
	write := func(limit int) (string, bool) {
		w := NewWriter(head)
		w.sections = spool.New(limit)
		for _, c := range res.Comparisons {
			if err := w.Add(c); err != nil {
				t.Fatal(err)
			}
		}
		spilled := w.sections.Spilled()
		var out bytes.Buffer
		if err := w.Close(&out, res.Commitment, portfolio); err != nil {
			t.Fatal(err)
		}
		return out.String(), spilled
	}
	inMemory, spilled := write(1 << 30)
	if spilled {
		t.Fatal("the sections spilled with room for them all")
	}
	inFile, spilled := write(0)
	if !spilled {
		t.Fatal("the sections stayed in memory with no room")
	}
	if inFile != inMemory {
		t.Errorf("the report differs when its sections wait in a file (%d bytes, %d in memory)", len(inFile), len(inMemory))
	}
	summary, first := strings.Index(inMemory, `id="summary"`), strings.Index(inMemory, `id="w1"`)
	if summary < 0 || first < summary {
		t.Errorf("the summary (at %d) is not before the first section (at %d)", summary, first)
	}
	for _, w := range set {
		if !strings.Contains(inMemory[summary:first], w.Name) {
			t.Errorf("the summary does not name %s", w.Name)
		}
	}
	if left, _ := os.ReadDir(tmp); len(left) > 0 {
		t.Errorf("%s left behind", left[0].Name())
	}
}
