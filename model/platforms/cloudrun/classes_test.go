package cloudrun

import (
	"math"
	"slices"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/breakeven/breakeven/workloads/exampletest"
	"github.com/shopspring/decimal"
)

// TestClassesAsHourByHour: the service's month summed class by class (sumHours) and its cold
// starts followed by class (coldStartsWith) are what the hour-by-hour sums of each hour worked
// out alone give (the way serviceMonth and coldStartsWith worked before the classes), on
// every built-in example over a month and a year, at concurrency 1 and 80, with and without
// minimum instances.
func TestClassesAsHourByHour(t *testing.T) {
	for _, ex := range exampletest.ExampleMonths(t, catalog(t)) {
		w, entry := ex.Workload, ex.Entry
		for _, concurrency := range []int64{1, 80} {
			hm := newHourModel(w.Function.DurationMs, concurrency)
			for _, classes := range []bool{true, false} {
				given := entry.Classes
				if !classes {
					given = nil
				}
				mh := hm.over(entry.Requests, given)
				for _, m := range []int64{0, 3} {
					of := memo(hm)
					got, want := sumHours(mh, m, 100), naiveSums(entry.Requests, of, m, 100)
					perHour := model.ClassSeries(mh.classes.Of, got.perClass).Values()
					if got.busyMs != want.busyMs || got.idleMs != want.idleMs || got.aliveMs != want.aliveMs || got.total != want.total ||
						got.peak != want.peak || got.over != want.over || !slices.Equal(perHour, want.perClass) {
						t.Errorf("%s (%d hours), concurrency %d, min %d: by class %+v, hour by hour %+v", w.Name, len(entry.Requests), concurrency, m, got, want)
					}
					gotPer, wantPer := make([]int64, len(entry.Requests)), make([]int64, len(entry.Requests))
					a, b, c, d := coldStartsWith(mh, m, gotPer)
					e, f, g, h := naiveColdStarts(entry.Requests, of, m, wantPer)
					if a != e || b != f || c != g || d != h || !slices.Equal(gotPer, wantPer) {
						t.Errorf("%s (%d hours), concurrency %d, min %d: cold starts %d %d %d %d, hour by hour %d %d %d %d", w.Name, len(entry.Requests), concurrency, m, a, b, c, d, e, f, g, h)
					}
					if startsFitAByte(mh) { // kept a byte an hour: the same counts, none past a byte
						small := make([]uint8, len(entry.Requests))
						coldStartsWith(mh, m, small)
						if !slices.Equal(model.ByteSeries(small).Values(), wantPer) || slices.Max(append(wantPer, 0)) > math.MaxUint8 {
							t.Errorf("%s (%d hours), concurrency %d, min %d: cold starts a byte an hour differ", w.Name, len(entry.Requests), concurrency, m)
						}
					}
				}
			}
		}
	}
}

// memo is hm.of remembered by count, as the hour-by-hour loops looked hours up before.
func memo(hm *hourModel) func(int64) hour {
	seen := map[int64]hour{}
	return func(n int64) hour {
		h, ok := seen[n]
		if !ok {
			h = hm.of(n)
			seen[n] = h
		}
		return h
	}
}

// naiveSums is sumHours hour by hour, each hour looked up alone.
func naiveSums(requests []int64, of func(int64) hour, m, maxInstances int64) monthSums {
	const hourMs = int64(msPerHour)
	var s monthSums
	for _, n := range requests {
		h := of(n)
		s.perClass = append(s.perClass, max(m, h.needed))
		s.total += n
		s.peak = max(s.peak, h.needed)
		if h.needed > maxInstances {
			s.over++
		}
		s.busyMs += h.busyMs
		s.idleMs += max(0, m*hourMs-h.busyMs)
		alive := m * hourMs
		if n > 0 {
			alive = max(alive, h.needed*min(hourMs, n*idleMinutes*60*1000), h.busyMs)
		}
		s.aliveMs += alive
	}
	return s
}

// naiveColdStarts is coldStartsWith hour by hour, each hour looked up alone.
func naiveColdStarts(requests []int64, of func(int64) hour, minInstances int64, perHour []int64) (scaleUps, idleRecycles, total, peak int64) {
	alive := minInstances
	var idleSum float64
	for i, n := range requests {
		if n == 0 {
			alive = minInstances
			continue
		}
		h := of(n)
		peak = max(peak, h.needed)
		up := max(0, h.needed-alive)
		var recycled float64
		if minInstances == 0 && h.needed == 1 {
			recycled = float64(n-up) * math.Exp(-float64(n)*idleMinutes/60)
		}
		scaleUps += up
		idleSum += recycled
		perHour[i] = up + int64(math.Round(recycled))
		alive = max(minInstances, h.needed)
		if n < sparseRequests {
			alive = minInstances
		}
	}
	idleRecycles = int64(math.Round(idleSum))
	return scaleUps, idleRecycles, scaleUps + idleRecycles, peak
}

// TestSharedMsAsPricing: the busy time sharedMs works out in integers is
// pricing.SharedInstanceSeconds's, for durations that are and are not whole steps, alone and
// shared, from no requests to the most 64 bits hold.
func TestSharedMsAsPricing(t *testing.T) {
	for _, ms := range []string{"0", "1", "99.5", "100", "120", "2500.01", "3600000"} {
		for _, concurrency := range []int64{1, 80, 1000} {
			hm := newHourModel(dec(ms), concurrency)
			for _, n := range []int64{0, 1, 79, 80, 81, 3600, 123456789, 1 << 40, 1 << 41} {
				want, err := pricing.SharedInstanceSeconds(n, dec(ms), concurrency, 0, pricing.CloudRunStepMs)
				if err != nil {
					t.Fatal(err)
				}
				if got := hm.sharedMs(n, concurrency); !decimal.NewFromInt(got).Equal(want.Shift(3)) {
					t.Errorf("%d requests of %s ms, %d at a time: %d ms, want %s", n, ms, concurrency, got, want.Shift(3))
				}
			}
		}
	}
}

// TestBillsOnlyWithoutColdStarts: priced for the bills alone, Cloud Run leaves its cold
// starts out (an extra that bills nothing) and bills every example month the same.
func TestBillsOnlyWithoutColdStarts(t *testing.T) {
	cat := catalog(t)
	for _, w := range exampletest.ExampleWorkloads(t) {
		for _, month := range []model.Month{model.StandardMonth(), exampletest.Year} {
			full := cloudRun(model.Price([]model.Workload{w}, cat, model.Options{Month: month}))
			bills := cloudRun(model.Price([]model.Workload{w}, cat, model.Options{Month: month, BillsOnly: true}))
			if !full.MonthlyCost.Equal(bills.MonthlyCost) || full.Feasible != bills.Feasible || len(full.LineItems) != len(bills.LineItems) {
				t.Errorf("%s over %d hours: %s with the extras, %s without", w.Name, month.Hours, full.MonthlyCost, bills.MonthlyCost)
			}
			if full.Feasible && !w.SchedulesOnly && (model.ColdStartsOf(full) == nil || bills.Detail != nil) {
				t.Errorf("%s: cold starts %v with the extras, detail %v without", w.Name, model.ColdStartsOf(full), bills.Detail)
			}
		}
	}
}
