package model

import (
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// The sweep's fast path. A workload's Lambda estimate is its Lambda bill (the account's
// usages: the function, the flow's function steps, the callers' waits, the schedules) plus
// line items that do not depend on the function's memory or duration (the front door, queues,
// logs, an RDS Proxy, ...). Of the usages, only the function's own and the waits of the calls
// it makes depend on its memory, and GB-seconds are linear in memory. So, per architecture:
//
//   - the workload is priced twice by priceAlone, at 1,024 and 2,048 MB (1 ms, any valid
//     duration): "other" is its Lambda estimate less its Lambda bill, and the usages beyond
//     the function's give their part of the bill as K0 + K1 x memory (K1 their difference per
//     1,024 MB, exact in decimal since 1/1,024 is);
//   - the function's usage is worked out once per billed duration, at 1,024 MB (requests,
//     provisioned spill-over and cold starts depend on the billed duration, not on memory),
//     and scaled to each memory;
//   - each size is billed by pricing.LambdaRates.Total, which adds up LambdaBill's line items
//     without building them.
//
// TestSweepMatchesBruteForce prices every size through priceAlone and finds the same decimals.

// sweepVec is a pricing.LambdaSum's decimal parts as an array, for adding and scaling all of
// them at once: first the GB-seconds that scale with the function's memory, then the parts
// memory does not change (requests and ephemeral storage).
type sweepVec [sumParts]decimal.Decimal

const (
	sumParts    = 15
	scaledParts = 8 // the first scaledParts of a sweepVec are GB-seconds of memory
)

// partsOf points at the decimal parts of s in sweepVec order. ColdStarts and InitMs only
// word the lines' text, so the totals do not need them.
func partsOf(s *pricing.LambdaSum) [sumParts]*decimal.Decimal {
	return [sumParts]*decimal.Decimal{
		&s.Duration, &s.EligibleDuration, &s.Provisioned, &s.ProvisionedDuration,
		&s.Init, &s.EligibleInit, &s.ThrottledDuration, &s.EligibleThrottledDuration,
		&s.Requests, &s.EligibleRequests, &s.ThrottledRequests, &s.EligibleThrottledRequests,
		&s.Ephemeral, &s.InitEphemeral, &s.ThrottledEphemeral,
	}
}

func vecOf(s pricing.LambdaSum) sweepVec {
	var v sweepVec
	for i, p := range partsOf(&s) {
		v[i] = *p
	}
	return v
}

func (v sweepVec) sum() pricing.LambdaSum {
	var s pricing.LambdaSum
	for i, p := range partsOf(&s) {
		*p = v[i]
	}
	return s
}

// scaled keeps the parts that scale with memory; fixed the others.
func (v sweepVec) scaled() sweepVec {
	var out sweepVec
	copy(out[:scaledParts], v[:scaledParts])
	return out
}

func (v sweepVec) fixed() sweepVec {
	var out sweepVec
	copy(out[scaledParts:], v[scaledParts:])
	return out
}

func (v sweepVec) plus(o sweepVec) sweepVec {
	for i := range v {
		if !o[i].IsZero() {
			v[i] = v[i].Add(o[i])
		}
	}
	return v
}

func (v sweepVec) times(k decimal.Decimal) sweepVec {
	for i := range v {
		if !v[i].IsZero() {
			v[i] = v[i].Mul(k)
		}
	}
	return v
}

func sumOf(usages []pricing.LambdaUsage) sweepVec {
	var s pricing.LambdaSum
	for _, u := range usages {
		s.Add(u)
	}
	return vecOf(s)
}

// oneMBInGB is 1/1,024, exactly.
var oneMBInGB = decimal.RequireFromString("0.0009765625")

// archSweep is one architecture's rows and the month's user requests.
type archSweep struct {
	rows  []SweepRow
	users decimal.Decimal
}

// billedParts is, for one billed duration, the month's Lambda usage as z + c x memory.
type billedParts struct {
	z, c sweepVec
	// fixed is other plus the bill's parts that do not depend on memory (requests,
	// ephemeral storage): z's cost alone.
	fixed   decimal.Decimal
	reasons []string
}

// sweepArchitecture prices every size on architecture a.
func sweepArchitecture(w Workload, a Architecture, dm durationModel, cat *pricing.Catalog, month Month) archSweep {
	rows := make([]SweepRow, pricing.LambdaMaxMemoryMB-pricing.LambdaMinMemoryMB+1)
	flat := dm.constantFrom(a)
	for i := range rows {
		m := int64(pricing.LambdaMinMemoryMB + i)
		if m > flat && i > 0 {
			rows[i] = rows[i-1]
			rows[i].MemoryMB = m
			continue
		}
		d := dm.at(m, a)
		rows[i] = SweepRow{Architecture: a, MemoryMB: m, DurationMs: d, BilledMs: billedMs(d)}
	}
	wa := w
	wa.Lambda.Architecture = a
	probe := func(mb int64) WorkloadResult {
		v := wa
		v.Function.MemoryMB, v.Function.DurationMs = mb, decimal.NewFromInt(1)
		return priceAlone(v, cat, month)
	}
	ra, rb := probe(1024), probe(2048)
	out := archSweep{rows: rows, users: decimal.NewFromInt(totalRequests(ra.Requests))}
	ea := ra.Estimate(PlatformLambda)
	rates, err := cat.LambdaRates(wa.Region, string(a))
	if err != nil || !ea.Feasible || len(ra.lambdaUsage) == 0 {
		why := ea.Reasons
		if err != nil {
			why = []string{err.Error()}
		}
		for i := range rows {
			rows[i].Reasons = append(lambdaLimits("function.", rows[i].MemoryMB, rows[i].DurationMs), why...)
		}
		return out
	}
	// What the catalog cannot price (a missing ephemeral-storage or provisioned rate) is
	// missing at every size alike: the Lambda estimate says so.
	billed, _ := rates.Total(sumOf(ra.lambdaUsage).sum())
	other := ea.MonthlyCost.Sub(billed)
	restA, restB := sumOf(ra.lambdaUsage[1:]), sumOf(rb.lambdaUsage[1:])
	slope := restB.plus(restA.times(decimal.NewFromInt(-1))) // per 1,024 MB
	k0 := restA.plus(slope.times(decimal.NewFromInt(-1)))    // at 0 MB
	k1 := slope.times(oneMBInGB)                             // per MB

	// The function's requests as lambdaEstimate sees them (priceAlone's first steps).
	wr := ra.Workload
	hourly, err := wr.Traffic.Expand(month)
	if err != nil {
		return out // cannot happen: the probe priced it
	}
	around := newAround(wr, PlatformLambda, hourly.Requests, month.Hours)
	entry := hourly
	entry.Requests = scaleSeries(hourly.Requests, around.entry.Mul(around.plan.EntryAttempts))

	cache := map[int64]*billedParts{}
	parts := func(ms int64) *billedParts {
		if p, ok := cache[ms]; ok {
			return p
		}
		u, reasons := entryUsage(wr, entry, ms)
		p := &billedParts{reasons: reasons}
		if len(reasons) == 0 {
			// At 1,024 MB a GB-second figure is its value per GB: scaled by memory x 1/1,024.
			v := sumOf([]pricing.LambdaUsage{u})
			p.c = k1.plus(v.scaled().times(oneMBInGB))
			z := k0.plus(v.fixed())
			// The bill's lines are separate sums: requests and ephemeral storage priced
			// once here, the GB-seconds (duration, INIT, throttled, provisioned) at each size.
			p.z = z.scaled()
			fixedCost, _ := rates.Total(z.fixed().sum())
			p.fixed = other.Add(fixedCost)
		}
		cache[ms] = p
		return p
	}
	for i := range rows {
		r := &rows[i]
		if r.MemoryMB > flat && i > 0 {
			r.Reasons = rows[i-1].Reasons // the same duration
		} else {
			r.Reasons = lambdaLimits("function.", r.MemoryMB, r.DurationMs)
		}
		if len(r.Reasons) > 0 {
			continue
		}
		p := parts(r.BilledMs)
		if len(p.reasons) > 0 {
			r.Reasons = p.reasons
			continue
		}
		total, _ := rates.Total(p.z.plus(p.c.times(decimal.NewFromInt(r.MemoryMB))).sum())
		r.Feasible, r.MonthlyCost = true, p.fixed.Add(total)
	}
	return out
}

// entryUsage is lambdaUsage's usage of the function at 1,024 MB for a billed duration of ms:
// requests, provisioned spill-over, cold starts and throttling depend on the billed duration,
// not on memory, so every size's usage is this one scaled.
func entryUsage(w Workload, hourly Hourly, ms int64) (pricing.LambdaUsage, []string) {
	billed := decimal.NewFromInt(ms)
	w.Function.MemoryMB, w.Function.DurationMs = 1024, billed
	u, _, _, _, reasons := lambdaUsage(w, hourly, newPeakWindow(w.Traffic.PeakPercentile, ms))
	return u, reasons
}
