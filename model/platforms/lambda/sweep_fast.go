package lambda

import (
	"slices"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// The sweep's fast path. A workload's Lambda estimate is its Lambda bill (the account's
// usages: the function, the flow's function steps, the callers' waits, the schedules) plus
// line items that do not depend on the function's memory or duration (the front door, queues,
// logs, an RDS Proxy, ...). Of the usages, only the function's own and the waits of the calls
// it makes depend on its memory, and GB-seconds are linear in memory. So, per architecture:
//
//   - the workload is priced twice by model.Price (its bills alone, on Lambda only), at 1,024
//     and 2,048 MB (1 ms, any valid
//     duration): "other" is its Lambda estimate less its Lambda bill, and the usages beyond
//     the function's are, as a function of memory, around + perMB x memory (perMB their
//     difference per 1,024 MB, exact in decimal since 1/1,024 is);
//   - the function's month is counted once per billed duration (sweepMonth: requests,
//     provisioned spill-over, cold starts and throttling depend on the billed duration, not
//     on memory), and pricing.LambdaScale bills those counts at each memory size in 128-bit
//     fixed point, Total's figure exactly; a size whose figures do not fit is billed by Total.
//
// TestSweepMatchesBruteForce prices every size through model.Price and finds the same decimals.

// oneMBInGB is 1/1,024, exactly.
var oneMBInGB = decimal.RequireFromString("0.0009765625")

// archSweep is one architecture's rows, their costs and durations in fixed point (keys) and
// the month's user requests.
type archSweep struct {
	rows  []model.SweepRow
	keys  []sweepKey
	users decimal.Decimal
	// exp is the exponent of the keys' costs; exact says every feasible row has its key (a
	// row's figures too large for 128 bits have none).
	exp   int32
	exact bool
}

// sweepKey is a row's monthly cost in units of 10^exp dollars and its duration in
// millionths of a millisecond, for picking without decimals.
type sweepKey struct {
	cost, micros pricing.Fixed
}

// sweepArchitecture prices every size on architecture a.
func sweepArchitecture(w model.Workload, a model.Architecture, dm durationModel, cat *pricing.Catalog, month model.Month) archSweep {
	n := pricing.LambdaMaxMemoryMB - pricing.LambdaMinMemoryMB + 1
	out := archSweep{rows: make([]model.SweepRow, n), keys: make([]sweepKey, n), exact: true}
	// Beyond flat MB every size has flat's duration.
	durations := sweepDurations(dm, a, dm.constantFrom(a))
	var reasons []string
	row := func(i int) *model.SweepRow {
		j := min(i, len(durations)-1)
		d := durations[j]
		r := &out.rows[i]
		r.Architecture, r.MemoryMB, r.DurationMs, r.BilledMs = a, int64(pricing.LambdaMinMemoryMB+i), d.ms, d.billedMs
		out.keys[i].micros = d.micros
		if j == i {
			reasons = nil
			if k := d.micros; !k.Valid() || k.Cmp(maxDurationMicros) > 0 {
				reasons = model.LambdaLimits("function.", r.MemoryMB, r.DurationMs)
			}
		}
		r.Reasons = reasons
		return r
	}
	wa := w
	model.EditSettings(&wa, model.PlatformLambda, func(c *model.LambdaConfig) { c.Architecture = a })
	probe := func(mb int64) model.WorkloadResult {
		v := wa
		v.Function.MemoryMB, v.Function.DurationMs = mb, decimal.NewFromInt(1)
		return model.Price([]model.Workload{v}, cat, model.Options{Month: month, BillsOnly: true, Only: model.SetOf(model.PlatformLambda)}).Workloads[0]
	}
	ra := probe(1024)
	out.users = decimal.NewFromInt(sumRequests(ra.Requests))
	ea := ra.Estimate(model.PlatformLambda)
	rates, err := cat.LambdaRates(wa.Region, string(a))
	if err != nil || !ea.Feasible || len(model.LambdaUsagesOf(ea)) == 0 {
		why := ea.Reasons
		if err != nil {
			why = []string{err.Error()}
		}
		for i := range out.rows {
			r := row(i)
			r.Reasons = append(slices.Clip(r.Reasons), why...)
		}
		return out
	}
	// What the catalog cannot price (a missing ephemeral-storage or provisioned rate) is
	// missing at every size alike: the Lambda estimate says so.
	billed, _ := rates.Total(sumOf(model.LambdaUsagesOf(ea)))
	other := ea.MonthlyCost.Sub(billed)
	restA, restB := sumOf(model.LambdaUsagesOf(ea)[1:]), pricing.LambdaSum{}
	if len(model.LambdaUsagesOf(ea)) > 1 { // usages beside the function's: priced again at 2,048 MB
		restB = sumOf(model.LambdaUsagesOf(probe(2048).Estimate(model.PlatformLambda))[1:])
	}
	around := restA.Plus(restA, decimal.NewFromInt(1)).Plus(restB, decimal.NewFromInt(-1)) // at 0 MB
	perMB := pricing.LambdaSum{}.Plus(restB, oneMBInGB).Plus(restA, oneMBInGB.Neg())
	scale := rates.Scale(around, perMB, other)
	out.exp = scale.Exponent()

	// The function's requests as lambdaEstimate sees them (the Demand's Entry).
	wr := ra.Workload
	entry, err := model.EntryOf(wr, month)
	if err != nil {
		return out // cannot happen: the probe priced it
	}
	fm := newSweepMonth(wr, entry)

	var decimals pricing.FixedDecimals
	bills := map[int64]*pricing.ScaledBill{}
	var last *pricing.ScaledBill
	lastMs := int64(-1)
	for i := range out.rows {
		r := row(i)
		if len(r.Reasons) > 0 {
			continue
		}
		if r.BilledMs != lastMs {
			last, lastMs = bills[r.BilledMs], r.BilledMs
			if last == nil {
				b := scale.Function(fm.counts(r.BilledMs))
				last = &b
				bills[r.BilledMs] = last
			}
		}
		r.Feasible = true
		if cost := last.At(r.MemoryMB); cost.Valid() {
			out.keys[i].cost = cost
			r.MonthlyCost = decimals.Of(cost, out.exp)
			continue
		}
		r.MonthlyCost, out.exact = last.Total(r.MemoryMB), false
	}
	return out
}

// maxDurationMicros is Lambda's 15-minute timeout in millionths of a millisecond.
var maxDurationMicros = pricing.FixedProduct(pricing.LambdaMaxDurationMs, 1000000)

// sumRequests is the requests of every hour of series.
func sumRequests(series []int64) int64 {
	var n int64
	for _, r := range series {
		n += r
	}
	return n
}

// sumOf is usages summed as LambdaBill sums one architecture's.
func sumOf(usages []pricing.LambdaUsage) pricing.LambdaSum {
	var s pricing.LambdaSum
	for _, u := range usages {
		s.Add(u)
	}
	return s
}
