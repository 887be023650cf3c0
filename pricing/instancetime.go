package pricing

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// SharedInstanceSeconds is the instance time a provider bills for requests that share
// instances, each instance serving up to concurrency requests at once (Cloud Run, Azure Flex
// Consumption): each request's duration is raised to minimumMs and rounded up to a multiple
// of stepMs; the requests' total is divided by concurrency and rounded up to stepMs again,
// the instance time a fully packed fleet is busy. With concurrency 1 that is exact, the sum of
// the requests' billed durations. Above 1 it is an estimate: it assumes every busy instance
// serves concurrency requests at once, the least instance time the requests can take; the
// caller says so on the line (the bills' Estimate). The rules it applies are the providers':
// Cloud Run "charges you only for the resources you use, rounded up to the nearest 100
// millisecond" (minimumMs 0, stepMs 100); Flex Consumption's "minimum billable execution
// period ... is 1,000 ms. Past that, the billable activity period is rounded up to the nearest
// 100 ms" (minimumMs 1000, stepMs 100). Exact: integers of milliseconds throughout.
//
// Hand-worked: 1,000,000 requests of 120 ms at concurrency 1 bill 200 ms each (100 ms steps),
// 200,000 s; at concurrency 80, 200,000,000 ms / 80 = 2,500,000 ms = 2,500 s. On Flex
// Consumption the same 120 ms requests bill the 1,000 ms minimum each: 1,000,000 s at
// concurrency 1.
func SharedInstanceSeconds(requests int64, durationMs decimal.Decimal, concurrency, minimumMs, stepMs int64) (decimal.Decimal, error) {
	switch {
	case requests < 0:
		return decimal.Zero, fmt.Errorf("requests %d is negative", requests)
	case durationMs.IsNegative():
		return decimal.Zero, fmt.Errorf("duration %s ms is negative", durationMs)
	case concurrency < 1:
		return decimal.Zero, fmt.Errorf("concurrency %d: expected at least 1 request per instance", concurrency)
	case stepMs < 1 || minimumMs < 0:
		return decimal.Zero, fmt.Errorf("step %d ms, minimum %d ms: expected a step of at least 1 ms and a minimum of at least 0", stepMs, minimumMs)
	}
	step := decimal.NewFromInt(stepMs)
	each := decimal.Max(durationMs, decimal.NewFromInt(minimumMs))
	each = ceilTo(each, step)
	total := each.Mul(decimal.NewFromInt(requests))
	shared := ceilTo(ceilDiv(total, decimal.NewFromInt(concurrency)), step)
	return shared.Shift(-3), nil // ms to s: exact
}

// ceilTo rounds x up to a multiple of step (both non-negative, step positive).
func ceilTo(x, step decimal.Decimal) decimal.Decimal {
	return ceilDiv(x, step).Mul(step)
}

// ceilDiv is x / d rounded up to a whole number, exactly (QuoRem at precision 0 gives the
// integer quotient and the remainder).
func ceilDiv(x, d decimal.Decimal) decimal.Decimal {
	q, r := x.QuoRem(d, 0)
	if r.IsPositive() {
		q = q.Add(decimal.NewFromInt(1))
	}
	return q
}

// SharingEstimate is what a line of instance time rests on when SharedInstanceSeconds shares
// requests among instances ("" at concurrency 1, where the time is exact), for a bill's
// Estimate.
func SharingEstimate(concurrency int64) string {
	if concurrency <= 1 {
		return ""
	}
	return fmt.Sprintf("estimate: instance time of requests packed %d to an instance (the least they can take)", concurrency)
}
