package model_test

import (
	"reflect"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/demand"
	"github.com/breakeven/breakeven/pricing"
	"github.com/breakeven/breakeven/workloads"
)

// TestStreamIsPrice: the built-in examples (every platform, flows, schedules, free tiers,
// unpriced lines, a workload no platform runs alone) priced one at a time by a Stream give
// Price's results, and the portfolio billed from the little Add keeps of each is Price's to
// the last field, in the standard month and in a calendar month with growth projected.
func TestStreamIsPrice(t *testing.T) {
	cat, err := pricing.Load()
	if err != nil {
		t.Fatal(err)
	}
	nov, err := demand.ParseMonth("2026-11")
	if err != nil {
		t.Fatal(err)
	}
	set := workloads.Examples()
	for _, opt := range []model.Options{{}, {Month: nov, MonthsAhead: 6}} {
		want := model.Price(set, cat, opt)
		s := model.NewStream(cat, opt)
		got := s.Head()
		for i, w := range set {
			r := s.Price(w)
			if !reflect.DeepEqual(r, want.Workloads[i]) {
				t.Errorf("%s, %s: the stream's result differs from Price's", opt.Month.Name, w.Name)
			}
			s.Add(r)
		}
		got.Workloads, got.Portfolio = want.Workloads, s.Portfolio()
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the stream's portfolio or head differs from Price's:\n got %+v\nwant %+v", opt.Month.Name, got.Portfolio, want.Portfolio)
		}
	}
}
