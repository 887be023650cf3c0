package analysis

import (
	"fmt"
	"slices"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/platformtest"
	"github.com/shopspring/decimal"
)

// pricedCounts searches every pair of platforms as v moves over w, one pair after another,
// and returns the break-evens and how many values the search priced each platform at.
func pricedCounts(t *testing.T, w model.Workload, v Variable) ([]BreakEven, map[model.Platform]int) {
	t.Helper()
	cat := catalog(t)
	month := model.StandardMonth()
	s := &breakEvenSearch{w: w, v: v, cat: cat, month: month, cache: map[int64]*probe{}, workers: 1, budget: maxProbes,
		opt: model.Options{Month: month, BillsOnly: true, Shared: true}}
	s.w, s.opt.Prepared = model.Prepare(w, cat, month, v == VaryTraffic)
	base, from, to := s.bounds()
	perDecade := otherPerDecade
	if v == VaryTraffic {
		perDecade = trafficPerDecade
	}
	points := scanPoints(from, to, base, perDecade)
	s.priceEvery(points)
	evens := s.pairs(points, base)
	counts := map[model.Platform]int{}
	for _, p := range s.cache {
		for k, id := range model.Platforms {
			if p.priced.Has(k) {
				counts[id]++
			}
		}
	}
	return evens, counts
}

// TestBreakEvenWithAFourthPlatform registers platformtest.FlatRate ($20 a month and $1 per
// million requests) beside Lambda, Fargate and EC2 and searches flatAPI's traffic, priced on
// those four alone (its platforms key names FlatRate before it is registered: a name not
// registered is priced on nothing). Every pair of registered platforms is searched; a pair
// with a platform the workload is not priced on has nothing to find.
//
// By hand: Fargate's one task costs $36.0401 and EC2's one c7g.large $52.925 over the range
// where FlatRate meets them (TestBreakEvenFlatTrafficByHand), so FlatRate, cheaper below,
// costs 20 + x/1,000,000 > 36.0401 from x = 16,040,101 (at 16,040,100 the two are equal and
// FlatRate is no dearer) and > 52.925 from x = 32,925,001. Against Lambda ($0.00000186667 a
// request) FlatRate is dearer below and no dearer from 20 / 0.00000086667 = 23,076,834
// requests, less a couple of thousand for the INIT of cold starts (~$0.0017 on Lambda's
// side): between 23,070,000 and 23,076,834. Lambda is cheaper again near 49 billion, where
// the requests above the concurrency limit are throttled and not billed. Every crossing of
// FlatRate is checked on both sides (at it and one request before) by pricing each platform
// alone.
//
// The three pairs of the first platforms are found exactly as without FlatRate, and the
// three new pairs price Lambda, Fargate and EC2 at no more values than one pair's search
// takes: the work grows by the new pairs' own searches, nothing is searched again. Measured
// (one pair after another): Fargate and EC2 3 values more each, Lambda 131 more: the search
// proves a stretch free of a change only by monotony (the dearer bill at its start above the
// cheaper one's at its end), so two bills as close and straight as Lambda's and FlatRate's
// on either side of their crossing take ~65 values each side. The bound of 150 catches a
// search that grows worse than that.
func TestBreakEvenWithAFourthPlatform(t *testing.T) {
	w := flatAPI()
	w.Platforms = append(slices.Clone(awsPlatforms), platformtest.ID)
	before, countsBefore := pricedCounts(t, w, VaryTraffic)
	t.Cleanup(model.RegisterPlatform(platformtest.FlatRate{}))
	after, countsAfter := pricedCounts(t, w, VaryTraffic)

	n := len(model.Platforms)
	if len(after) != n*(n-1)/2 {
		t.Fatalf("%d pairs, want %d (%d platforms)", len(after), n*(n-1)/2, n)
	}
	searched := 0
	for _, b := range after {
		if w.PricedOn(b.A) && w.PricedOn(b.B) {
			searched++
		} else if len(b.Crossings) != 0 {
			t.Errorf("%s-%s: crossings %v, but flat-api is not priced on both", b.A, b.B, b.Crossings)
		}
	}
	if searched != 6 {
		t.Errorf("%d pairs of the four platforms, want 6", searched)
	}
	old := map[string]string{}
	for _, b := range before {
		old[string(b.A)+"-"+string(b.B)] = fmt.Sprint(b)
	}
	want := map[model.Platform]string{model.PlatformFargate: "16040101", model.PlatformEC2: "32925001"}
	cat := catalog(t)
	for _, b := range after {
		key := string(b.A) + "-" + string(b.B)
		if !w.PricedOn(b.A) || !w.PricedOn(b.B) {
			continue
		}
		if b.B != platformtest.ID {
			if fmt.Sprint(b) != old[key] {
				t.Errorf("%s changed with a fourth platform:\n%v\nwas\n%s", key, b, old[key])
			}
			continue
		}
		if len(b.Crossings) == 0 || b.Stopped != "" {
			t.Fatalf("%s: crossings %v (stopped %q), want at least one", key, b.Crossings, b.Stopped)
		}
		first := b.Crossings[0]
		if at, ok := want[b.A]; ok {
			if len(b.Crossings) != 1 || first.At.String() != at || first.Below != platformtest.ID || first.Above != b.A {
				t.Errorf("%s: crossings %+v, want one, FlatRate below, %s above at %s", key, b.Crossings, b.A, at)
			}
		} else if x := first.At.IntPart(); x < 23070000 || x > 23076834 || first.Below != model.PlatformLambda {
			t.Errorf("%s: first crossing %+v, want Lambda below, between 23,070,000 and 23,076,834", key, first)
		}
		for _, c := range b.Crossings {
			x := c.At.IntPart()
			varied := func(n int64) model.Workload { v := w; v.Traffic.RequestsPerMonth = n; return v }
			below := func(n int64) (decimal.Decimal, decimal.Decimal) {
				return billOn(varied(n), cat, model.StandardMonth(), c.Below).MonthlyCost, billOn(varied(n), cat, model.StandardMonth(), c.Above).MonthlyCost
			}
			if lo, hi := below(x - 1); !lo.LessThanOrEqual(hi) {
				t.Errorf("%s at %d: %s $%s is dearer than %s $%s one request before the crossing", key, x-1, c.Below, lo, c.Above, hi)
			}
			if lo, hi := below(x); !hi.LessThanOrEqual(lo) {
				t.Errorf("%s at %d: %s $%s is dearer than %s $%s at the crossing", key, x, c.Above, hi, c.Below, lo)
			}
		}
	}
	for _, p := range []model.Platform{model.PlatformLambda, model.PlatformFargate, model.PlatformEC2} {
		if extra := countsAfter[p] - countsBefore[p]; extra < 0 || extra > 150 {
			t.Errorf("%s priced at %d values with FlatRate, %d without: the new pairs' searches take at most 150", p, countsAfter[p], countsBefore[p])
		}
	}
}
