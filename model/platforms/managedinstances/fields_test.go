package managedinstances

import (
	"testing"

	"github.com/breakeven/breakeven/model"
)

// TestEditFields: the explorer's inputs show the values priced, the engine's choices among
// them, and a nudge moves each one step: the next x86_64 C, M or R type of the catalog,
// concurrency 64 up ten percent to 70, the minimum from 3 to 2.
func TestEditFields(t *testing.T) {
	cat := catalog(t)
	w := model.Price([]model.Workload{parse(t, apiHead)}, cat, model.Options{}).Workloads[0].Workload
	fields := Platform{}.EditFields(w)
	want := []struct{ value, nudged string }{{"c6i.large", "c6i.xlarge"}, {"64", "70"}, {"3", "2"}}
	dirs := []int{1, 1, -1}
	for i, f := range fields {
		if got := f.Value(w); got != want[i].value {
			t.Errorf("%s shows %q, want %q", f.Label, got, want[i].value)
		}
		if edits := f.Nudge(w, dirs[i], cat); len(edits) != 1 || edits[0].Key != f.Key || edits[0].Value != want[i].nudged {
			t.Errorf("%s nudged to %+v, want %s", f.Label, edits, want[i].nudged)
		}
	}
}
