package analysis

import (
	"fmt"
	"sort"
	"strings"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/model"
	"github.com/shopspring/decimal"
)

// Finding names what a recommendation changes.
type Finding string

// The findings breakeven looks for.
const (
	FindPlatform     Finding = "platform"
	FindMemory       Finding = "memory"
	FindArm64        Finding = "arm64"
	FindHybrid       Finding = "hybrid"
	FindProvisioned  Finding = "provisioned-concurrency"
	FindMerge        Finding = "merge-steps"
	FindEventDriven  Finding = "event-driven"
	FindPurchase     Finding = "purchase"
	FindCommitment   Finding = "commitment"
	FindFargateSize  Finding = "fargate-size"
	FindInstanceType Finding = "instance-type"
)

// Recommendation is one change worth making, with what it saves a month and the figures
// behind it, each traceable to a section of the comparison.
type Recommendation struct {
	Finding Finding
	// Action says what to change, in a line.
	Action string
	// Platform is the platform the change applies to.
	Platform model.Platform
	// Conditional says the change applies to a platform other than the cheapest: it saves
	// money only if the workload stays there.
	Conditional   bool
	MonthlySaving decimal.Decimal
	// DurationNowMs and DurationAfterMs are the function's modelled average duration before
	// and after the change, for the changes that move it (memory, arm64); zero for the rest.
	DurationNowMs, DurationAfterMs decimal.Decimal
	// Evidence are the figures behind it, each naming where it comes from.
	Evidence []string
}

// slowdownPlaces is the precision of a change of duration stated in percent: 0.01%.
const slowdownPlaces = 2

// withinSlowdown says whether after is at most maxPercent longer than now, exactly:
// after x 100 <= now x (100 + maxPercent).
func withinSlowdown(now, after, maxPercent decimal.Decimal) bool {
	hundred := decimal.NewFromInt(100)
	return after.Mul(hundred).LessThanOrEqual(now.Mul(hundred.Add(maxPercent)))
}

// durationChange says what a change does to the average duration, to a tenth of a
// millisecond and the percent to slowdownPlaces: "274.9 ms instead of 250 ms, 9.97% slower",
// "250 ms as now".
func durationChange(now, after decimal.Decimal) string {
	if after.Equal(now) {
		return humanize.Milliseconds(now) + " as now"
	}
	pct := after.Sub(now).Mul(decimal.NewFromInt(100)).DivRound(now, slowdownPlaces)
	way := "slower"
	if pct.IsNegative() {
		pct, way = pct.Neg(), "faster"
	}
	return fmt.Sprintf("%s instead of %s, %s%% %s", humanize.Milliseconds(after), humanize.Milliseconds(now), pct, way)
}

// recommend collects the findings of a comparison that save money: first those for the
// cheapest platform (and the choice of platform itself), then those that apply only if the
// workload stays on another, each group largest saving first (ties by finding, then action,
// so the order is stable).
func recommend(c Comparison) []Recommendation {
	var out []Recommendation
	add := func(r Recommendation, ok bool) {
		if ok && r.MonthlySaving.IsPositive() {
			out = append(out, r)
		}
	}
	add(platformFinding(c))
	add(memoryFinding(c))
	add(arm64Finding(c))
	add(hybridFinding(c))
	add(provisionedFinding(c))
	for _, r := range mergeFindings(c) {
		add(r, true)
	}
	for _, r := range eventDrivenFindings(c) {
		add(r, true)
	}
	add(sizingFinding(c.RightSizing.Fargate, FindFargateSize))
	add(sizingFinding(c.RightSizing.EC2, FindInstanceType))
	add(purchaseFinding(c))
	add(commitmentFinding(c.Commitment))
	for i := range out {
		markConditional(&out[i], c.Base)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Conditional != out[j].Conditional {
			return !out[i].Conditional
		}
		if d := out[i].MonthlySaving.Cmp(out[j].MonthlySaving); d != 0 {
			return d > 0
		}
		if out[i].Finding != out[j].Finding {
			return out[i].Finding < out[j].Finding
		}
		return out[i].Action < out[j].Action
	})
	return out
}

// markConditional marks a finding for a platform other than the cheapest as conditional,
// unless applying it makes that platform the cheapest, which it then says.
func markConditional(r *Recommendation, base model.WorkloadResult) {
	if r.Finding == FindPlatform || r.Finding == FindHybrid || r.Platform == base.Cheapest || base.Cheapest == "" {
		return
	}
	cheapest := base.Estimate(base.Cheapest).MonthlyCost
	after := base.Estimate(r.Platform).MonthlyCost.Sub(r.MonthlySaving)
	if after.GreaterThanOrEqual(cheapest) {
		r.Conditional = true
		return
	}
	r.Evidence = append(r.Evidence, fmt.Sprintf("then %s costs %s, below %s %s: it becomes the cheapest platform",
		r.Platform.Name(), humanize.Money(after), humanize.Possessive(base.Cheapest.Name()), humanize.Money(cheapest)))
}

// platformFinding: run on the cheapest platform; the saving is over the next cheapest, with
// where the choice would flip. The cheapest is one that serves every request and prices
// every quantity when any does (model's cheapest), so the runner-up is the next cheapest of
// those alike: a bill that leaves out what its platform does not price (another provider
// beside the AWS services the file describes) or the requests it cannot serve costs less
// for it, and saves nothing.
func platformFinding(c Comparison) (Recommendation, bool) {
	best := c.Base.Cheapest
	if best == "" {
		return Recommendation{}, false
	}
	cheapest := c.Base.Estimate(best)
	var runnerUp *model.Estimate
	for _, e := range c.Base.Estimates {
		if comparableBill(cheapest, e) && (runnerUp == nil || e.MonthlyCost.LessThan(runnerUp.MonthlyCost)) {
			runnerUp = &e
		}
	}
	if runnerUp == nil {
		return Recommendation{}, false
	}
	r := Recommendation{Finding: FindPlatform, Platform: best, MonthlySaving: runnerUp.MonthlyCost.Sub(cheapest.MonthlyCost),
		Action: fmt.Sprintf("Run on %s, the cheapest platform at this traffic", best.Name())}
	for _, e := range c.Base.Estimates {
		if e.Feasible && e.Platform != best {
			r.Evidence = append(r.Evidence, fmt.Sprintf("price: %s %s a month against %s %s%s", best.Name(), humanize.Money(cheapest.MonthlyCost), e.Platform.Name(), humanize.Money(e.MonthlyCost), leftOutText(cheapest, e)))
		}
	}
	for _, b := range c.BreakEvens {
		if b.Variable != VaryTraffic || (b.A != best && b.B != best) {
			continue
		}
		other := b.A
		if other == best {
			other = b.B
		}
		if other != runnerUp.Platform {
			continue
		}
		if n := len(b.Crossings); n > 0 {
			x := b.Crossings[0]
			text := fmt.Sprintf("break-even: %s is no dearer than %s from %s requests a month (%s a second)",
				x.Above.Name(), x.Below.Name(), humanize.Rounded(x.At, 0), humanize.Quantity(x.PerSecond))
			if n > 1 {
				last := b.Crossings[n-1]
				text += fmt.Sprintf(", and they trade places %s times up to %s (%s a second), %s cheaper from there", humanize.Count(int64(n)), humanize.Rounded(last.At, 0), humanize.Quantity(last.PerSecond), last.Above.Name())
			}
			r.Evidence = append(r.Evidence, text+"; traffic now "+humanize.Rounded(b.Base, 0))
		}
		if len(b.Crossings) == 0 && b.CheaperAtFrom != "" && b.CheaperAtFrom == b.CheaperAtTo {
			r.Evidence = append(r.Evidence, fmt.Sprintf("break-even: none; %s stays cheaper than %s from %s to %s requests a month",
				b.CheaperAtFrom.Name(), other.Name(), humanize.Rounded(b.From, 0), humanize.Rounded(b.To, 0)))
		}
	}
	for _, f := range c.Growth.Flips {
		r.Evidence = append(r.Evidence, fmt.Sprintf("growth: %s becomes cheapest in month %d (%s)", f.To.Name(), f.Index, f.Name))
	}
	return r, true
}

// comparableBill says e is another platform's bill that weighs against best's: it runs the
// workload, and serves every request and prices every quantity where best does.
func comparableBill(best, e model.Estimate) bool {
	return e.Feasible && e.Platform != best.Platform && (!best.Serves() || e.Serves()) && (!best.Complete() || e.Complete())
}

// leftOutText says why e's bill does not weigh against best's (comparableBill), or nothing.
func leftOutText(best, e model.Estimate) string {
	switch {
	case best.Serves() && !e.Serves():
		return " (leaving out the requests it cannot serve)"
	case best.Complete() && !e.Complete():
		return " (leaving out what it does not price)"
	}
	return ""
}

// memoryFinding: the cheapest memory size on the workload's own architecture that runs at
// most tuning.max_slowdown_percent slower than now, so that the advice never trades a large
// slowdown for cents. The sweep's cost-optimal size, when the bound leaves it out, is given
// as information.
func memoryFinding(c Comparison) (Recommendation, bool) {
	s := c.Sweep
	if s == nil || !s.Current.Feasible {
		return Recommendation{}, false
	}
	arch := s.Current.Architecture
	best, ok := boundedCheapestRow(s, arch)
	if !ok || best.MemoryMB == s.Current.MemoryMB {
		return Recommendation{}, false
	}
	now := s.Current.DurationMs
	r := Recommendation{Finding: FindMemory, Platform: model.PlatformLambda, MonthlySaving: s.Current.MonthlyCost.Sub(best.MonthlyCost),
		DurationNowMs: now, DurationAfterMs: best.DurationMs,
		Action: fmt.Sprintf("Set Lambda memory to %s (now %s; %s)", humanize.Megabytes(best.MemoryMB), humanize.Megabytes(s.Current.MemoryMB), durationChange(now, best.DurationMs)),
		Evidence: []string{
			fmt.Sprintf("sweep: %s %s runs %s (billed %s) for %s a month", humanize.Megabytes(s.Current.MemoryMB), arch, humanize.Milliseconds(now), humanize.Count(s.Current.BilledMs), humanize.Money(s.Current.MonthlyCost)),
			fmt.Sprintf("sweep: %s %s runs %s (billed %s) for %s a month, the cheapest size from %s at most %s%% slower than now (tuning.max_slowdown_percent)",
				humanize.Megabytes(best.MemoryMB), arch, humanize.Milliseconds(best.DurationMs), humanize.Count(best.BilledMs), humanize.Money(best.MonthlyCost), humanize.Megabytes(s.MinMemoryMB), s.MaxSlowdownPercent),
		}}
	if cost, ok := cheapestRow(s, arch); ok && cost.MemoryMB != best.MemoryMB {
		r.Evidence = append(r.Evidence, fmt.Sprintf("sweep: the cost-optimal size, %s, would cost %s a month but runs %s: left out, beyond %s%% slower",
			humanize.Megabytes(cost.MemoryMB), humanize.Money(cost.MonthlyCost), durationChange(now, cost.DurationMs), s.MaxSlowdownPercent))
	}
	t := c.Base.Workload.Tuning
	if !t.CPUBoundPercent.Valid && len(t.Measured) == 0 {
		r.Evidence = append(r.Evidence, fmt.Sprintf("assumed: %d%% of the duration is CPU work (tuning.cpu_bound_percent not given): measure it, or run Power Tuning, before acting", model.DefaultCPUBoundPercent))
	}
	if t.MinMemoryMB == 0 {
		r.Evidence = append(r.Evidence, fmt.Sprintf("assumed: the code fits in %s (tuning.min_memory_mb not given): check its logs' Max Memory Used", humanize.Megabytes(best.MemoryMB)))
	}
	return r, true
}

// arm64Finding: the same memory on arm64, when the function runs on x86_64 and arm64 runs it
// at most tuning.max_slowdown_percent slower.
func arm64Finding(c Comparison) (Recommendation, bool) {
	s := c.Sweep
	if s == nil || !s.Current.Feasible || s.Current.Architecture != model.X86_64 {
		return Recommendation{}, false
	}
	arm, ok := s.Row(model.ARM64, s.Current.MemoryMB)
	now := s.Current.DurationMs
	if !ok || !arm.Feasible || !withinSlowdown(now, arm.DurationMs, s.MaxSlowdownPercent) {
		return Recommendation{}, false
	}
	return Recommendation{Finding: FindArm64, Platform: model.PlatformLambda, MonthlySaving: s.Current.MonthlyCost.Sub(arm.MonthlyCost),
		DurationNowMs: now, DurationAfterMs: arm.DurationMs,
		Action: fmt.Sprintf("Run the function on arm64 at %s (needs an arm64 build; %s)", humanize.Megabytes(arm.MemoryMB), durationChange(now, arm.DurationMs)),
		Evidence: []string{fmt.Sprintf("sweep: x86_64 %s, arm64 %s a month at %s (arm64 duration %s, at most %s%% slower than now: tuning.max_slowdown_percent)",
			humanize.Money(s.Current.MonthlyCost), humanize.Money(arm.MonthlyCost), humanize.Megabytes(arm.MemoryMB), humanize.Milliseconds(arm.DurationMs), s.MaxSlowdownPercent)}}, true
}

// boundedCheapestRow is the cheapest candidate size on arch (from the sweep's least memory)
// whose duration is at most s.MaxSlowdownPercent longer than the current one; at equal cost
// the faster, then the smaller.
func boundedCheapestRow(s *model.SweepResult, arch model.Architecture) (model.SweepRow, bool) {
	var best *model.SweepRow
	for _, a := range s.Architectures {
		if a.Architecture != arch {
			continue
		}
		for i, r := range a.Rows {
			if !r.Feasible || r.MemoryMB < s.MinMemoryMB || !withinSlowdown(s.Current.DurationMs, r.DurationMs, s.MaxSlowdownPercent) {
				continue
			}
			if best == nil || r.MonthlyCost.LessThan(best.MonthlyCost) || r.MonthlyCost.Equal(best.MonthlyCost) && r.DurationMs.LessThan(best.DurationMs) {
				best = &a.Rows[i]
			}
		}
	}
	if best == nil {
		return model.SweepRow{}, false
	}
	return *best, true
}

// cheapestRow is the sweep's cost-optimal size on arch (ties go as the sweep breaks them).
func cheapestRow(s *model.SweepResult, arch model.Architecture) (model.SweepRow, bool) {
	for _, a := range s.Architectures {
		if a.Architecture != arch {
			continue
		}
		for _, p := range a.Optima {
			if p.Strategy == model.StrategyCost {
				return p.Row, true
			}
		}
	}
	return model.SweepRow{}, false
}

// hybridFinding: a baseline with Lambda for the overflow, when it beats every platform alone.
func hybridFinding(c Comparison) (Recommendation, bool) {
	h := c.Hybrid
	if h == nil || h.Units == 0 || h.OverflowRequests == 0 {
		return Recommendation{}, false
	}
	var least *model.PlatformCost
	for i, p := range h.Pure {
		if p.Feasible && (least == nil || p.MonthlyCost.LessThan(least.MonthlyCost)) {
			least = &h.Pure[i]
		}
	}
	if least == nil {
		return Recommendation{}, false
	}
	return Recommendation{Finding: FindHybrid, Platform: h.Baseline, MonthlySaving: least.MonthlyCost.Sub(h.MonthlyCost),
		Action: fmt.Sprintf("Serve a baseline of %s and send the overflow to Lambda", humanize.Plural(h.Units, h.Baseline.Name()+" unit", h.Baseline.Name()+" units")),
		Evidence: []string{fmt.Sprintf("hybrid: %s baseline + %s Lambda overflow (%s requests in %s) = %s of compute, against %s alone %s",
			humanize.Money(h.BaselineCost), humanize.Money(h.OverflowCost), humanize.Count(h.OverflowRequests), humanize.Plural(h.OverflowHours, "hour", "hours"),
			humanize.Money(h.MonthlyCost), least.Platform.Name(), humanize.Money(least.MonthlyCost))}}, true
}

// provisionedFinding: provisioned concurrency above the busiest hour's peak concurrency
// keeps environments no request needs; lowering it to the peak removes no cold start.
func provisionedFinding(c Comparison) (Recommendation, bool) {
	p := c.Provisioned
	if p == nil || !p.Priced {
		return Recommendation{}, false
	}
	return Recommendation{Finding: FindProvisioned, Platform: model.PlatformLambda, MonthlySaving: p.Saving,
		Action: fmt.Sprintf("Lower provisioned concurrency to %s (now %s): the busiest hour's peak", humanize.Count(p.Peak), humanize.Count(p.Current)),
		Evidence: []string{fmt.Sprintf("provisioned: Lambda %s a month with %s, %s with %s, the busiest hour's peak concurrency at the traffic's peak percentile",
			humanize.Money(p.CurrentCost), humanize.Count(p.Current), humanize.Money(p.PeakCost), humanize.Count(p.Peak))}}, true
}

// mergeFindings: steps of the flow that always run together, merged.
func mergeFindings(c Comparison) []Recommendation {
	if c.Base.Flow == nil {
		return nil
	}
	var out []Recommendation
	for _, m := range c.Base.Flow.Merges {
		out = append(out, Recommendation{Finding: FindMerge, Platform: model.PlatformLambda, MonthlySaving: m.Saving,
			Action:   fmt.Sprintf("Merge flow step %s into %s", m.Step, m.Into),
			Evidence: []string{fmt.Sprintf("flow: %s invocations a month saved; gives up: %s", humanize.Rounded(m.RequestsSaved, 0), m.GivesUp)}})
	}
	return out
}

// eventDrivenFindings: schedules that would cost less run once per work item.
func eventDrivenFindings(c Comparison) []Recommendation {
	var out []Recommendation
	for _, s := range c.Base.Schedules {
		ed := s.EventDriven
		if ed == nil {
			continue
		}
		for _, t := range ed.Triggers {
			if !t.Feasible {
				continue
			}
			out = append(out, Recommendation{Finding: FindEventDriven, Platform: t.Platform, MonthlySaving: t.Saving,
				Action: fmt.Sprintf("Trigger %s once per work item instead of on its schedule (%s)", s.Name, t.Platform.Name()),
				Evidence: []string{fmt.Sprintf("schedule %s: %s runs a month cost %s; %s work items event-driven cost %s",
					s.Name, humanize.Quantity(s.RunsPerMonth), humanize.Money(t.Schedule), humanize.Count(ed.WorkItems), humanize.Money(t.EventDriven))}})
		}
	}
	return out
}

// sizingFinding: the cheapest Fargate task size or EC2 instance type.
func sizingFinding(p PlatformSizing, f Finding) (Recommendation, bool) {
	best, ok := p.Best()
	if !ok || !p.Compared || best.Name == p.Current.Name {
		return Recommendation{}, false
	}
	what := "task size"
	if f == FindInstanceType {
		what = "instance type"
	}
	r := Recommendation{Finding: f, Platform: p.Platform, MonthlySaving: p.Saving,
		Action: fmt.Sprintf("Use %s %s on %s (now %s)", what, best.Name, p.Platform.Name(), p.Current.Name),
		Evidence: []string{fmt.Sprintf("right-sizing: %s %s a month (%s to %s units) against %s %s",
			best.Name, humanize.Money(best.MonthlyCost), humanize.Count(best.MinUnits), humanize.Count(best.MaxUnits), p.Current.Name, humanize.Money(p.Current.MonthlyCost))}}
	r.Evidence = append(r.Evidence, best.Notes...)
	return r, true
}

// purchaseFinding: the cheapest priced way to buy the current EC2 capacity.
func purchaseFinding(c Comparison) (Recommendation, bool) {
	var best *PurchaseOption
	for i, o := range c.RightSizing.Purchases {
		if o.Platform == model.PlatformEC2 && o.Current && o.Priced && o.Compared && (best == nil || o.Saving.GreaterThan(best.Saving)) {
			best = &c.RightSizing.Purchases[i]
		}
	}
	if best == nil {
		return Recommendation{}, false
	}
	r := Recommendation{Finding: FindPurchase, Platform: model.PlatformEC2, MonthlySaving: best.Saving,
		Action:   fmt.Sprintf("Buy the %s capacity as %s", best.InstanceType, best.Purchase),
		Evidence: []string{fmt.Sprintf("purchase: %s a month at %s an instance-hour", humanize.Money(best.MonthlyCost), humanize.UnitPrice(best.HourlyRate))}}
	if best.TermMonths > 0 {
		r.Evidence = append(r.Evidence, fmt.Sprintf("purchase: a %d-month commitment; %s over the term", best.TermMonths, humanize.Money(best.TermSaving)))
	}
	return r, true
}

// commitmentFinding: commit the workload's optimum dollars an hour to a Compute Savings Plan
// (breakeven commit's plan of the workload alone), with what it saves and its risk: what the
// commitment loses, and what the month then costs against on demand, if traffic falls to the
// workload's lowest scenario.
func commitmentFinding(p CommitPlan) (Recommendation, bool) {
	o := p.Optimum
	if !o.Commitment.IsPositive() || len(p.Usages) == 0 || !p.Usages[0].Covered {
		return Recommendation{}, false
	}
	_, years, _ := p.Purchase.Commitment()
	r := Recommendation{Finding: FindCommitment, Platform: p.Usages[0].Platform, MonthlySaving: o.Saving,
		Action: fmt.Sprintf("Commit %s an hour to a %d-year Compute Savings Plan (no upfront)", humanize.UnitPrice(o.Commitment.Round(4)), years),
		Evidence: []string{fmt.Sprintf("commitment: the usage it covers bills %s a month against %s on demand, at %s%% utilisation and %s%% coverage; %s over the term",
			humanize.Money(o.Bill), humanize.Money(p.OnDemand), o.Utilisation.Round(1), o.Coverage.Round(1), humanize.Money(o.Saving.Mul(decimal.NewFromInt(12*years))))}}
	if k := p.Risk; k != nil {
		r.Evidence = append(r.Evidence, commitmentRisk(k))
	} else {
		r.Evidence = append(r.Evidence, "commitment: no scenario below today's traffic to weigh its risk (scenarios: with a traffic_multiplier below 1)")
	}
	return r, true
}

// commitmentRisk says what a commitment loses at the low scenario: the commitment left
// unused a month, and the bill against on demand then (its loss, when dearer).
func commitmentRisk(k *CommitRisk) string {
	then := fmt.Sprintf("the bill is %s against %s on demand", humanize.Money(k.AtOptimum.Bill), humanize.Money(k.OnDemand))
	if loss := k.AtOptimum.Bill.Sub(k.OnDemand); loss.IsPositive() {
		then += fmt.Sprintf(", %s a month more than buying nothing", humanize.Money(loss))
	} else {
		then += fmt.Sprintf(", still %s a month less", humanize.Money(loss.Neg()))
	}
	return fmt.Sprintf("risk: if traffic falls to %s, %s of the commitment a month goes unused and %s",
		strings.Join(k.Scenarios, ", "), humanize.Money(k.Unused), then)
}
