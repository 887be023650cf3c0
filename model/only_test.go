package model_test

import (
	"reflect"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/breakeven/breakeven/workloads/exampletest"
)

// TestPriceOnlyWithDetail prices every example on each platform alone, with the detail
// (Options.Only without BillsOnly, as the steps worth merging are priced): that platform's
// bill, and on the function's platform the flow, are those of pricing every platform; the
// others' estimates are empty, and there is no portfolio. (A workload of schedules alone is
// priced on every platform whatever Only says, as with BillsOnly.)
func TestPriceOnlyWithDetail(t *testing.T) {
	cat, err := pricing.Load()
	if err != nil {
		t.Fatal(err)
	}
	month := model.StandardMonth()
	flows := 0
	for _, w := range exampletest.ExampleWorkloads(t) {
		if w.SchedulesOnly {
			continue
		}
		all := model.Price([]model.Workload{w}, cat, model.Options{Month: month}).Workloads[0]
		fn, hasFunction := all.FunctionEstimate()
		for _, p := range model.Platforms {
			res := model.Price([]model.Workload{w}, cat, model.Options{Month: month, Only: model.SetOf(p)})
			if len(res.Portfolio.Platforms) != 0 {
				t.Errorf("%s on %s alone: a portfolio of %d platforms, want none", w.Name, p, len(res.Portfolio.Platforms))
			}
			got, want := res.Workloads[0].Estimate(p), all.Estimate(p)
			if got.Feasible != want.Feasible || !got.MonthlyCost.Equal(want.MonthlyCost) || !reflect.DeepEqual(got.LineItems, want.LineItems) {
				t.Errorf("%s on %s alone: %v %s, want %v %s as when every platform is priced", w.Name, p, got.Feasible, got.MonthlyCost, want.Feasible, want.MonthlyCost)
			}
			if hasFunction && fn.Platform == p && all.Flow != nil {
				flows++
				if f := res.Workloads[0].Flow; f == nil || !f.Invocations.Equal(all.Flow.Invocations) {
					t.Errorf("%s on %s alone: the flow is %v, want %s invocations", w.Name, p, f, all.Flow.Invocations)
				}
			}
			for _, q := range model.Platforms {
				if q != p && res.Workloads[0].Estimate(q).Feasible {
					t.Errorf("%s on %s alone: %s was priced too", w.Name, p, q)
				}
			}
		}
	}
	if flows == 0 {
		t.Fatal("no example has a flow: the flow went unchecked")
	}
}
