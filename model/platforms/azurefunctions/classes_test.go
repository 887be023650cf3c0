package azurefunctions

import (
	"math"
	"slices"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/demand"
	"github.com/breakeven/breakeven/workloads/exampletest"
	"github.com/shopspring/decimal"
)

// TestClassesAsHourByHour: Flex's instance time billed once per class of hours (flexHours)
// and the cold starts followed by class (coldStarts) are what billing each distinct count and
// following the hours one by one give (the way both worked before the classes), on every
// built-in example over a month and a year, on Consumption and on Flex with and without always
// ready instances, the hours' classes given and not.
func TestClassesAsHourByHour(t *testing.T) {
	plans := []Config{{Plan: Consumption}, {Plan: FlexConsumption, InstanceMemoryMB: 2048}, {Plan: FlexConsumption, InstanceMemoryMB: 2048, AlwaysReady: 2}}
	for _, ex := range exampletest.ExampleMonths(t, catalog(t)) {
		requests, ms := ex.Entry.Requests, ex.Workload.Function.DurationMs
		for _, given := range []bool{true, false} {
			classes := ex.Entry.Classes
			if !given {
				classes = nil
			}
			for _, c := range plans {
				got, err := flexHours(requests, classes, ms, c.FlexConcurrency(), c.AlwaysReady)
				want, perHour, werr := naiveFlexHours(requests, ms, c.FlexConcurrency(), c.AlwaysReady)
				if (err == nil) != (werr == nil) {
					t.Fatalf("%s: errors %v and %v", ex.Workload.Name, err, werr)
				}
				if err != nil {
					continue
				}
				grouped := model.ClassSeries(demand.ClassesOf(classes, requests).Of, got.perClass).Values()
				if !got.onDemandSeconds.Equal(want.onDemandSeconds) || !got.readySeconds.Equal(want.readySeconds) || got.onDemandExecutions != want.onDemandExecutions ||
					got.readyExec != want.readyExec || !slices.Equal(grouped, perHour) || got.most != slices.Max(append([]int64{0}, perHour...)) {
					t.Errorf("%s (%d hours), %+v: by class %+v, hour by hour %+v", ex.Workload.Name, len(requests), c, got, want)
				}
				var flex, perClass []int64 // Consumption's instances scale by its own rules
				if c.Plan == FlexConsumption {
					flex, perClass = perHour, got.perClass
				}
				gcs, wcs := coldStarts(c, demand.ClassesOf(classes, requests), perClass), naiveColdStarts(c, requests, flex)
				if gcs.ScaleUps != wcs.ScaleUps || gcs.IdleRecycles != wcs.IdleRecycles || gcs.Total != wcs.Total || gcs.Requests != wcs.Requests ||
					gcs.PeakEnvironments != wcs.PeakEnvironments || gcs.Share != wcs.Share || !slices.Equal(gcs.PerHour.Values(), wcs.PerHour.Values()) {
					t.Errorf("%s (%d hours), %+v: cold starts by class %+v, hour by hour %+v", ex.Workload.Name, len(requests), c, gcs, wcs)
				}
			}
		}
	}
}

// naiveFlexHours is flexHours as it was: each distinct count billed once through maps, the
// instances hour by hour.
func naiveFlexHours(requests []int64, durationMs decimal.Decimal, concurrency, ready int64) (flexTime, []int64, error) {
	var t flexTime
	perHour := make([]int64, len(requests))
	hours := map[int64]int64{}
	var order []int64
	for _, n := range requests {
		if hours[n] == 0 {
			order = append(order, n)
		}
		hours[n]++
	}
	of := map[int64]flexHour{}
	for _, n := range order {
		fh, err := flexHourOf(n, durationMs, concurrency, ready)
		if err != nil {
			return flexTime{}, nil, err
		}
		of[n] = fh
		k := decimal.NewFromInt(hours[n])
		t.onDemandSeconds = t.onDemandSeconds.Add(fh.onDemand.Mul(k))
		t.readySeconds = t.readySeconds.Add(fh.ready.Mul(k))
		t.onDemandExecutions += fh.onDemandExec * hours[n]
		t.readyExec += fh.readyExec * hours[n]
	}
	for h, n := range requests {
		perHour[h] = of[n].instances
	}
	return t, perHour, nil
}

// naiveColdStarts is coldStarts as it was, hour by hour.
func naiveColdStarts(c Config, requests, perHour []int64) *model.ColdStarts {
	perHourStarts := make([]int64, len(requests))
	cs := &model.ColdStarts{PerHour: model.HourlySeries(perHourStarts)}
	var prev int64
	for h, n := range requests {
		var starts int64
		if n > 0 && (c.Plan == Consumption || c.AlwaysReady == 0) {
			x := float64(n)
			idle := int64(math.Round(x * math.Exp(-x*idleMinutes/60)))
			starts += idle
			cs.IdleRecycles += idle
		}
		if perHour != nil {
			up := max(perHour[h]-max(prev, c.AlwaysReady, 1), 0)
			starts += up
			cs.ScaleUps += up
			prev = perHour[h]
		}
		perHourStarts[h] = starts
		cs.Total += starts
		cs.Requests += n
		if perHour != nil {
			cs.PeakEnvironments = max(cs.PeakEnvironments, perHour[h])
		}
	}
	if cs.Requests > 0 {
		cs.Share = float64(cs.Total) / float64(cs.Requests)
	}
	return cs
}
