package analysis

import (
	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// Merges finds the function steps of r's flow that run every time their caller runs and
// prices the flow with each merged into its caller, on the platform the flow is priced on
// (the function's, WorkloadResult.FunctionEstimate): what merging saves, the invocations it
// saves and what it gives up. r is a workload priced by model.Price with its flow (Flow not
// nil); month is the month it was priced in. None when the function's platform cannot run r.
func Merges(r model.WorkloadResult, cat *pricing.Catalog, month model.Month) []model.Merge {
	fn, ok := r.FunctionEstimate()
	if r.Flow == nil || !ok || !fn.Feasible {
		return nil
	}
	var out []model.Merge
	w := r.Workload
	base := fn.MonthlyCost
	for i, s := range w.Flow {
		callerKind, callerMB := model.StepFunction, w.Function.MemoryMB
		for _, p := range w.Flow[:i] {
			if p.Name == s.From {
				callerKind, callerMB = p.Kind, p.MemoryMB
			}
		}
		if s.Kind != model.StepFunction || callerKind != model.StepFunction || s.PerParent.LessThan(decimal.NewFromInt(1)) {
			continue
		}
		merged := mergeStep(w, i)
		// the flow is priced on the function's platform alone: the others' bills are not read
		got := model.Price([]model.Workload{merged}, cat, model.Options{Month: month, Only: model.SetOf(fn.Platform)}).Workloads[0]
		e, ok := got.FunctionEstimate()
		if !ok || !e.Feasible {
			continue
		}
		m := model.Merge{Step: s.Name, Into: s.From, Saving: base.Sub(e.MonthlyCost)}
		m.RequestsSaved = r.Flow.Invocations.Sub(got.Flow.Invocations)
		m.GivesUp = givesUp(s, callerMB)
		out = append(out, m)
	}
	return out
}

// mergeStep returns w with flow step i folded into its caller: the caller runs the step's
// work itself (per_parent times its duration, at the larger memory), and the step's
// children hang from the caller.
func mergeStep(w model.Workload, i int) model.Workload {
	s := w.Flow[i]
	extra := s.DurationMs.Mul(s.PerParent)
	flow := make([]model.Step, 0, len(w.Flow)-1)
	for j, p := range w.Flow {
		switch {
		case j == i:
			continue
		case p.Name == s.From:
			p.DurationMs = p.DurationMs.Add(extra)
			p.MemoryMB = max(p.MemoryMB, s.MemoryMB)
		case p.From == s.Name:
			p.From = s.From
			p.PerParent = p.PerParent.Mul(s.PerParent)
		}
		flow = append(flow, p)
	}
	w.Flow = flow
	if s.From == model.EntryStep {
		w.Function.DurationMs = w.Function.DurationMs.Add(extra)
		w.Function.MemoryMB = max(w.Function.MemoryMB, s.MemoryMB)
	}
	return w
}

// givesUp says what merging a step into its caller costs in design terms.
func givesUp(s model.Step, callerMB int64) string {
	why := "its own memory size, scaling, timeout and retries (a failure now fails the caller)"
	if s.MemoryMB != callerMB {
		why += "; the merged function runs at " + humanize.Megabytes(max(s.MemoryMB, callerMB))
	}
	if s.Invoke == model.Async {
		why += "; the caller now waits for work it handed off (latency)"
	}
	return why
}

// WithMerges is r with its flow's steps worth merging (Merges) in r.Flow.Merges, for the
// outputs that show them: price's, compare's base and the explorer's exports. r's Flow is
// copied, not changed.
func WithMerges(r model.WorkloadResult, cat *pricing.Catalog, month model.Month) model.WorkloadResult {
	if merges := Merges(r, cat, month); merges != nil {
		f := *r.Flow
		f.Merges = merges
		r.Flow = &f
	}
	return r
}
