package tui

import (
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/platformtest"
	"github.com/breakeven/breakeven/workloads"
)

// TestAFourthPlatformsInputs: a platform's inputs come from its own declaration
// (model.FieldsOwner), after Fargate's and EC2's, with no edit here: FlatRate's base shows
// its default $20 and a nudge up writes flatrate.base_usd 22 (20 x 1.1).
func TestAFourthPlatformsInputs(t *testing.T) {
	t.Cleanup(model.RegisterPlatform(platformtest.FlatRate{}))
	w, err := workloads.Parse("flat.yaml", []byte("name: flat\ntraffic: {requests_per_month: 1000}\nfunction: {duration_ms: 100, memory_mb: 128}\n"))
	if err != nil {
		t.Fatal(err)
	}
	var labels []string
	var base *field
	for _, f := range fields(w) {
		labels = append(labels, f.label)
		if f.label == "Flat base $" {
			base = &f
		}
	}
	if base == nil {
		t.Fatalf("no FlatRate input among %q", labels)
	}
	r := model.WorkloadResult{Workload: w}
	if got := base.value(r); got != "20" {
		t.Errorf("base shows %q, want 20", got)
	}
	if got := base.nudge(r, 1, nil); len(got) != 1 || got[0].Key != "flatrate.base_usd" || got[0].Value != "22" {
		t.Errorf("nudge up: %+v, want flatrate.base_usd 22", got)
	}
}
