package model_test

import (
	"reflect"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/breakeven/breakeven/workloads"
)

// TestPreparedIsPrice: a variant of a built-in example's traffic priced from what Prepare
// worked out once (the shape's spread, the flow's plan, the defaults and the schedules'
// prices) bills what it bills priced afresh, estimate for estimate and schedule for schedule,
// at traffic far below, at and far above the example's own.
func TestPreparedIsPrice(t *testing.T) {
	cat, err := pricing.Load()
	if err != nil {
		t.Fatal(err)
	}
	month := model.StandardMonth()
	// the bench's diurnal API with bursts, a flow and two schedules, beside the examples
	everything, err := workloads.LoadPaths([]string{"../scripts/bench/testdata/everything.yaml"})
	if err != nil {
		t.Fatal(err)
	}
	schedules := 0
	for _, w := range append(workloads.Examples(), everything...) {
		if w.SchedulesOnly {
			continue
		}
		schedules += len(w.Schedules)
		prepared, p := model.Prepare(w, cat, month, true)
		for _, x := range []int64{1000, w.Traffic.MonthlyRequests(month.Hours), 300_000_000} {
			fresh, variant := w, prepared
			fresh.Traffic.PerSecond, fresh.Traffic.RequestsPerMonth = false, x
			variant.Traffic.PerSecond, variant.Traffic.RequestsPerMonth = false, x
			opt := model.Options{Month: month, BillsOnly: true, Shared: true}
			want := model.Price([]model.Workload{fresh}, cat, opt).Workloads[0]
			opt.Prepared = p
			got := model.Price([]model.Workload{variant}, cat, opt).Workloads[0]
			if !reflect.DeepEqual(got.Estimates, want.Estimates) || !reflect.DeepEqual(got.Schedules, want.Schedules) {
				t.Errorf("%s at %d requests: prepared and fresh prices differ", w.Name, x)
			}
		}
	}
	if schedules == 0 {
		t.Fatal("no example with both traffic and schedules")
	}
}
