package model_test

import (
	"reflect"
	"slices"
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

// TestShownEstimatesShared: the lists of a workload shown and priced on every platform may be
// its own estimates, and appending to one copies it: two lists appended to apart keep what
// each was given, even when the result's estimates have room to spare; the platforms shown
// are those of the shown estimates.
func TestShownEstimatesShared(t *testing.T) {
	cat, err := pricing.Load()
	if err != nil {
		t.Fatal(err)
	}
	month := model.StandardMonth()
	every := 0
	for _, w := range exampletest.ExampleWorkloads(t) {
		r := model.Price([]model.Workload{w}, cat, model.Options{Month: month}).Workloads[0]
		r.Estimates = append(make([]model.Estimate, 0, len(r.Estimates)+1), r.Estimates...) // room to spare
		if len(r.ShownEstimates()) == len(model.Platforms) {
			every++
		}
		for name, list := range map[string]func() []model.Estimate{"shown": r.ShownEstimates, "priced": r.PricedEstimates} {
			a := append(list(), model.Estimate{Platform: "a"})
			b := append(list(), model.Estimate{Platform: "b"})
			if a[len(a)-1].Platform != "a" || b[len(b)-1].Platform != "b" {
				t.Errorf("%s: two %s lists appended to apart share what was appended: %s, %s", w.Name, name, a[len(a)-1].Platform, b[len(b)-1].Platform)
			}
		}
		var platforms []model.Platform
		for _, e := range r.ShownEstimates() {
			platforms = append(platforms, e.Platform)
		}
		if !slices.Equal(platforms, r.Shown()) {
			t.Errorf("%s: shown on %v, its shown estimates' platforms are %v", w.Name, r.Shown(), platforms)
		}
	}
	if every == 0 {
		t.Fatal("no example is shown on every platform: the shared list went unchecked")
	}
}
