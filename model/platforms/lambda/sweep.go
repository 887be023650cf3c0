package lambda

import (
	"fmt"
	"slices"
	"sync"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// DefaultSweepSizes are the memory sizes a sweep shows when not told: Power Tuning's usual
// ones, 1,769 MB (one full vCPU) and Lambda's largest. The current size and the optima are
// always shown too.
var DefaultSweepSizes = []int64{128, 256, 512, 768, 1024, 1536, 1769, 2048, 3008, 4096, 5120, 6144, 8192, 10240}

// sweepLambda prices the workload w (as loaded) on Lambda at every memory size from 128 to
// 10,240 MB on each architecture, the duration at each size from the workload's Tuning,
// and picks the cost-optimal, fastest and balanced sizes over the candidates (at least
// tuning.min_memory_mb) as AWS Lambda Power Tuning does, but on the month's whole bill.
//
// Each row's cost is exactly what model.Price gives for w with Function.MemoryMB and
// Function.DurationMs set to the row's and Lambda.Architecture to its architecture. It is
// computed without pricing 20,000 workloads: what does not depend on the function's memory
// is priced once per architecture, the function's own usage once per billed duration.
func sweepLambda(w model.Workload, cat *pricing.Catalog, opt model.SweepOptions) model.SweepResult {
	month := opt.Month
	res := model.SweepResult{Workload: w, Provenance: model.ProvenanceOf(cat, month)}
	if w.SchedulesOnly {
		res.Skipped = "nothing to sweep: the workload is only schedules, it has no function"
		return res
	}
	archs := opt.Architectures
	if len(archs) == 0 {
		archs = []model.Architecture{model.X86_64, model.ARM64}
	}
	dm := newDurationModel(w)
	res.Assumptions = dm.assumptions
	res.MinMemoryMB = max(w.Tuning.MinMemoryMB, pricing.LambdaMinMemoryMB)
	res.BalancedWeight = decimal.RequireFromString(model.DefaultBalancedWeight)
	if w.Tuning.BalancedWeight.Valid {
		res.BalancedWeight = w.Tuning.BalancedWeight.Decimal
	}
	res.MaxSlowdownPercent = decimal.NewFromInt(model.DefaultMaxSlowdownPercent)
	if w.Tuning.MaxSlowdownPercent.Valid {
		res.MaxSlowdownPercent = w.Tuning.MaxSlowdownPercent.Decimal
	}
	// The architectures are independent: each is swept on its own goroutine.
	swept := make([]archSweep, len(archs))
	var wg sync.WaitGroup
	for i, a := range archs {
		wg.Go(func() { swept[i] = sweepArchitecture(w, a, dm, cat, month) })
	}
	wg.Wait()
	archOptima, optima := optimaOf(swept, res.MinMemoryMB, res.BalancedWeight)
	for i, a := range archs {
		res.Requests = swept[i].users
		res.Architectures = append(res.Architectures, model.ArchitectureSweep{Architecture: a, Rows: swept[i].rows, Optima: archOptima[i]})
	}
	res.Optima = optima
	res.Current = currentRow(w, res)
	for _, list := range append(archOptima, res.Optima) {
		for i := range list {
			if res.Current.Feasible {
				list[i].MonthlySaving = res.Current.MonthlyCost.Sub(list[i].Row.MonthlyCost)
			}
		}
	}
	res.Shown = shownSizes(w, opt, res)
	perThousand(&res)
	res.Assumptions = append(res.Assumptions, sweepAssumptions(w, res)...)
	return res
}

// perThousand works out the cost per 1,000 requests of the rows shown (a division each, so
// not of all 20,226), and gives the optima and the current configuration theirs.
func perThousand(r *model.SweepResult) {
	if !r.Requests.IsPositive() {
		return
	}
	for _, s := range r.Architectures {
		for _, m := range r.Shown {
			x := &s.Rows[m-pricing.LambdaMinMemoryMB]
			if x.Feasible {
				x.CostPerThousandRequests = x.MonthlyCost.Shift(3).DivRound(r.Requests, model.CostPlaces)
			}
		}
	}
	refresh := func(picks []model.SweepPick) {
		for i := range picks {
			picks[i].Row, _ = r.Row(picks[i].Row.Architecture, picks[i].Row.MemoryMB)
		}
	}
	refresh(r.Optima)
	for _, s := range r.Architectures {
		refresh(s.Optima)
	}
	if row, ok := r.Row(r.Current.Architecture, r.Current.MemoryMB); ok {
		r.Current = row
	}
}

// currentRow is the configuration the file gives: its row when swept, else priced alone.
func currentRow(w model.Workload, res model.SweepResult) model.SweepRow {
	a := configOf(w).Architecture
	if a == "" {
		a = model.X86_64
	}
	if row, ok := res.Row(a, w.Function.MemoryMB); ok {
		return row
	}
	row := model.SweepRow{Architecture: a, MemoryMB: w.Function.MemoryMB, DurationMs: w.Function.DurationMs, BilledMs: billedMs(w.Function.DurationMs)}
	row.Reasons = model.LambdaLimits("function.", w.Function.MemoryMB, w.Function.DurationMs)
	if len(row.Reasons) == 0 {
		row.Reasons = []string{"not swept: --arch leaves out " + string(a)}
	}
	return row
}

// optimaOf picks the optima of each architecture swept and of all of them, over the
// candidates of at least minMB: on the rows' keys when every feasible row has one
// (keyedPicks), else on their decimals (picks), each architecture on a goroutine.
func optimaOf(swept []archSweep, minMB int64, weight decimal.Decimal) ([][]model.SweepPick, []model.SweepPick) {
	if alignKeys(swept) {
		if perArch, all, ok := keyedPicks(swept, minMB, weight); ok {
			return perArch, all
		}
	}
	perArch := make([][]model.SweepPick, len(swept))
	cands := make([][]model.SweepRow, len(swept))
	var wg sync.WaitGroup
	for i := range swept {
		wg.Go(func() {
			cands[i] = candidates(swept[i].rows, minMB)
			perArch[i] = picks([][]model.SweepRow{cands[i]}, weight)
		})
	}
	wg.Wait()
	return perArch, picks(cands, weight)
}

// alignKeys puts the keys of every architecture swept at one exponent, the finest, and
// reports whether every feasible row has an exact key.
func alignKeys(swept []archSweep) bool {
	exp := int32(0)
	for _, s := range swept {
		if !s.exact {
			return false
		}
		exp = min(exp, s.exp)
	}
	for i := range swept {
		s := &swept[i]
		for k := range s.keys {
			s.keys[k].cost = s.keys[k].cost.Scaled(s.exp - exp)
		}
		s.exp = exp
	}
	return true
}

// candidates are the feasible rows of at least minMB.
func candidates(rows []model.SweepRow, minMB int64) []model.SweepRow {
	out := make([]model.SweepRow, 0, len(rows))
	for _, r := range rows {
		if r.Feasible && r.MemoryMB >= minMB {
			out = append(out, r)
		}
	}
	return out
}

// picks applies Power Tuning's three strategies to rows (in sweep order), as
// lambda/analyzer.js of alexcasalboni/aws-lambda-power-tuning does to its stats
// (https://github.com/alexcasalboni/aws-lambda-power-tuning/blob/9b53a5264a5e433a3fbca5a3fa0d97a6b9dd8204/lambda/analyzer.js),
// with the month's cost in place of the average price per invocation:
//
//   - cost: the cheapest; at equal cost the fastest;
//   - speed: the fastest (shortest average duration); at equal duration the cheapest;
//   - balanced: the least weight x cost / maxCost + (1 - weight) x duration / maxDuration,
//     maxCost and maxDuration the largest among the rows.
//
// analyzer.js sorts with JavaScript's stable sort, so a tie left after that goes to the row
// listed first: the smaller size, x86_64 before arm64. The balanced values are compared
// exactly, multiplied through by maxCost x maxDuration.
//
// Two departures, for the month's bill, which analyzer.js never sees: its prices leave out
// the free tier, ours do not, so every size can cost $0.00. Then maxCost is 0 and cost /
// maxCost is 0/0: in analyzer.js every value is NaN, its sort sees every pair as equal and
// the first row wins (128 MB, the slowest), and multiplied through by maxCost every value
// here was 0, with the same result. No row costs more than another then, so the cost term
// is 0 for each and the duration decides. And at an equal balanced value (costs all equal
// with weight 1, say) the faster row wins, then the cheaper, then the first listed: a tie of
// the weighted sum never goes to a row that another beats on duration or cost at no loss on
// the other (analyzer.js leaves it to the sort's order).
//
// groups are the rows of each architecture, in sweep order; the balanced values of each
// group are worked out on a goroutine of their own. The savings are left to the caller.
func picks(groups [][]model.SweepRow, weight decimal.Decimal) []model.SweepPick {
	var cost, speed *model.SweepRow
	var maxCost, maxDuration decimal.Decimal
	for _, rows := range groups {
		for i := range rows {
			r := &rows[i]
			if cost == nil {
				cost, speed, maxCost, maxDuration = r, r, r.MonthlyCost, r.DurationMs
				continue
			}
			maxCost, maxDuration = decimal.Max(maxCost, r.MonthlyCost), decimal.Max(maxDuration, r.DurationMs)
			if c := r.MonthlyCost.Cmp(cost.MonthlyCost); c < 0 || c == 0 && r.DurationMs.LessThan(cost.DurationMs) {
				cost = r
			}
			if c := r.DurationMs.Cmp(speed.DurationMs); c < 0 || c == 0 && r.MonthlyCost.LessThan(speed.MonthlyCost) {
				speed = r
			}
		}
	}
	if cost == nil {
		return nil
	}
	costWeight, durationWeight := balancedWeights(weight, maxCost, maxDuration)
	bal := balancedPick(groups, costWeight, durationWeight)
	return []model.SweepPick{{Strategy: model.StrategyCost, Row: *cost}, {Strategy: model.StrategySpeed, Row: *speed}, {Strategy: model.StrategyBalanced, Row: *bal}}
}

// balancedWeights are the factors of cost and duration in the balanced value
// weight x cost / maxCost + (1 - weight) x duration / maxDuration multiplied through by
// maxCost x maxDuration: weight x maxDuration and (1 - weight) x maxCost. When maxCost is
// zero every cost is, and the cost term is taken as 0 for every row (see picks): the value,
// multiplied through by maxDuration alone, is (1 - weight) x duration.
func balancedWeights(weight, maxCost, maxDuration decimal.Decimal) (costWeight, durationWeight decimal.Decimal) {
	one := decimal.NewFromInt(1)
	if maxCost.IsZero() {
		return decimal.Zero, one.Sub(weight)
	}
	return weight.Mul(maxDuration), one.Sub(weight).Mul(maxCost)
}

// balancedPick is the row of least costWeight x cost + durationWeight x duration over the
// groups; at an equal value the faster, then the cheaper, then the first listed.
func balancedPick(groups [][]model.SweepRow, costWeight, durationWeight decimal.Decimal) *model.SweepRow {
	type pick struct {
		row   *model.SweepRow
		value decimal.Decimal
	}
	better := func(a, b pick) bool {
		if b.row == nil {
			return a.row != nil
		}
		if a.row == nil {
			return false
		}
		if c := a.value.Cmp(b.value); c != 0 {
			return c < 0
		}
		if c := a.row.DurationMs.Cmp(b.row.DurationMs); c != 0 {
			return c < 0
		}
		return a.row.MonthlyCost.LessThan(b.row.MonthlyCost)
	}
	best := make([]pick, len(groups))
	var wg sync.WaitGroup
	for g, rows := range groups {
		wg.Go(func() {
			for i := range rows {
				p := pick{&rows[i], costWeight.Mul(rows[i].MonthlyCost).Add(durationWeight.Mul(rows[i].DurationMs))}
				if better(p, best[g]) {
					best[g] = p
				}
			}
		})
	}
	wg.Wait()
	var bal pick
	for _, p := range best {
		if better(p, bal) {
			bal = p
		}
	}
	return bal.row
}

// shownSizes are the sizes to show: every size, or the list asked for (the file's, else the
// default), with the current size and the optima's, ascending.
func shownSizes(w model.Workload, opt model.SweepOptions, res model.SweepResult) []int64 {
	if opt.AllSizes {
		out := make([]int64, 0, pricing.LambdaMaxMemoryMB-pricing.LambdaMinMemoryMB+1)
		for m := int64(pricing.LambdaMinMemoryMB); m <= pricing.LambdaMaxMemoryMB; m++ {
			out = append(out, m)
		}
		return out
	}
	list := opt.Sizes
	if list == nil {
		list = w.Tuning.MemorySizes
	}
	if list == nil {
		list = DefaultSweepSizes
	}
	out := append([]int64(nil), list...)
	if m := w.Function.MemoryMB; m >= pricing.LambdaMinMemoryMB && m <= pricing.LambdaMaxMemoryMB {
		out = append(out, m)
	}
	for _, p := range res.Optima {
		out = append(out, p.Row.MemoryMB)
	}
	for _, s := range res.Architectures {
		for _, p := range s.Optima {
			out = append(out, p.Row.MemoryMB)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// sweepAssumptions states how the sweep prices and picks.
func sweepAssumptions(w model.Workload, res model.SweepResult) []string {
	out := []string{
		"Each size is priced as `breakeven price` prices the workload with the function at that size and duration: the month's whole Lambda bill (requests, duration billed in whole ms, cold-start INIT, provisioned concurrency, flow steps, schedules and the services around it).",
		fmt.Sprintf("Candidates are every size from %s (tuning.min_memory_mb) to 10,240 MB; the picks follow AWS Lambda Power Tuning's cost, speed and balanced strategies (balanced weight %s) on the monthly cost and the modelled average duration.", humanize.Megabytes(res.MinMemoryMB), res.BalancedWeight),
	}
	if w.Tuning.MinMemoryMB == 0 {
		out = append(out, "Any size from 128 MB is assumed to hold the code: give tuning.min_memory_mb, the least it needs.")
	}
	out = append(out, fmt.Sprintf("The picks are not bound by speed; a memory size or arm64 is recommended (breakeven compare) only if it runs at most %s%% slower than now (tuning.max_slowdown_percent%s).",
		res.MaxSlowdownPercent, givenOr(w.Tuning.MaxSlowdownPercent.Valid, "; the default")))
	return out
}
