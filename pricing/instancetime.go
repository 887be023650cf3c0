package pricing

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// How the providers that bill an instance's busy time count it (Cloud Run, Azure Flex
// Consumption): each busy period of an instance, from the start of a request to the end of
// the last one it overlaps, is raised to a minimum and rounded up to a step. Cloud Run
// "charges you only for the resources you use, rounded up to the nearest 100 millisecond"
// (minimum 0, step 100 ms); Flex Consumption's "minimum billable execution period ... is 1,000
// ms. Past that, the billable activity period is rounded up to the nearest 100 ms" (minimum
// 1,000 ms, step 100 ms).

// BilledPeriodMs is what one busy period of durationMs bills, in milliseconds: at least
// minimumMs, rounded up to a multiple of stepMs. Exact. Cloud Run: 120 ms bills 200 ms, 100
// ms bills 100 ms, 100.001 ms bills 200 ms; Flex Consumption: 120 ms bills 1,000 ms, 1,050 ms
// bills 1,100 ms.
func BilledPeriodMs(durationMs decimal.Decimal, minimumMs, stepMs int64) decimal.Decimal {
	each := decimal.Max(durationMs, decimal.NewFromInt(minimumMs))
	return ceilTo(each, decimal.NewFromInt(stepMs))
}

// SharedInstanceSeconds is the instance time billed for requests of durationMs served
// concurrency at a time: the requests fill ceil(requests / concurrency) busy periods, each
// billed BilledPeriodMs. With concurrency 1 every request is a busy period of its own, which
// is exact when no two overlap on an instance. Above 1 it assumes requests arrive concurrency
// at once, an estimate the caller says on the line (SharingEstimate); traffic that keeps an
// instance busy without a pause is billed by its wall time instead, one period, which the
// caller works out from the traffic and bills with BilledPeriodMs.
//
// Hand-worked (Cloud Run, step 100 ms): 1,000,000 requests of 120 ms alone bill 1,000,000 x
// 200 ms = 200,000 s; 80 at a time, 12,500 periods x 200 ms = 2,500 s; 81 requests 80 at a
// time fill 2 periods, 0.4 s.
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
	periods := ceilDiv(decimal.NewFromInt(requests), decimal.NewFromInt(concurrency))
	return periods.Mul(BilledPeriodMs(durationMs, minimumMs, stepMs)).Shift(-3), nil // ms to s: exact
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
