package lambda

import (
	"math"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/demand"
)

// burstScalingPerTenSeconds is how fast one function can add concurrent executions: 1,000
// every 10 seconds (AWS Lambda developer guide, "Lambda scaling behavior", since November 2023).
const burstScalingPerTenSeconds = 1000

// lambdaThrottling checks each hour's peak concurrency against the limit; the hours grouped
// in classes (or nil) are worked out once for each.
func lambdaThrottling(series []int64, classes *demand.HourClasses, billedMs, limit int64, peak *demand.PeakWindow) model.Throttling {
	limit = concurrencyLimit(limit)
	t := model.Throttling{Limit: limit}
	classes = demand.ClassesOf(classes, series)
	// The offered load (mean concurrency) feeds statistical estimates only: the peak
	// quantile and Erlang's loss formula. No billed quantity or amount depends on it.
	load := func(r int64) float64 { return float64(r) * float64(billedMs) / model.MsPerHour }
	// An hour that serves a request runs at least one environment at its peak, however small
	// the quantile of its mean (at a mean of 0.01 the 99th percentile of the count is 0).
	concurrency := classes.Each(func(r int64) int64 {
		c := demand.PoissonQuantile(load(r), peak.P, peak.Z)
		if r > 0 {
			c = max(c, 1)
		}
		return c
	})
	var over []int
	var loads []float64 // the throttled classes' offered loads: the estimate's input, never an amount
	for k, c := range concurrency {
		hours := classes.Hours[k]
		if hours == 0 {
			continue
		}
		t.PeakConcurrency = max(t.PeakConcurrency, c)
		if c > limit {
			t.Hours += hours
			over, loads = append(over, k), append(loads, load(classes.Counts[k]))
		}
	}
	// an estimate of requests turned away (Throttling.Requests), billed nothing: turnedAway
	// of each throttled hour class, its Erlang B worked out side by side with the others'
	for i, b := range demand.ErlangBs(loads, limit) {
		k := over[i]
		t.Requests += classes.Hours[k] * int64(math.Round(float64(classes.Counts[k])*b)) // a statistical estimate, rounded to whole requests
	}
	if len(classes.Of) > 0 {
		prev := concurrency[classes.Of[0]]
		for _, k := range classes.Of[1:] {
			c := concurrency[k]
			t.LargestRise = max(t.LargestRise, c-prev)
			prev = c
		}
	}
	t.RampSeconds = model.CeilDiv(t.LargestRise, burstScalingPerTenSeconds) * 10
	return t
}

// concurrencyLimit is the limit the workload gives, or Lambda's default quota.
func concurrencyLimit(limit int64) int64 {
	if limit <= 0 {
		return model.DefaultConcurrencyLimit
	}
	return limit
}

// turnedAway estimates the requests of an hour with r requests and the offered load given
// that limit servers turn away: r x Erlang's loss formula, rounded to a whole count. A
// statistical estimate in floats; the bill shows it on the lambda.throttled lines labelled so.
func turnedAway(r int64, load float64, limit int64) int64 {
	return int64(math.Round(float64(r) * demand.ErlangB(load, limit)))
}
