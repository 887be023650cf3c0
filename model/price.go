package model

import (
	"fmt"
	"strings"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/model/demand"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// Options say how to price.
type Options struct {
	// Month is the month priced; the zero Month means StandardMonth.
	Month Month
	// MonthsAhead projects each workload's traffic that many months forward at its growth.
	MonthsAhead int64
	// BillsOnly prices the bills alone, for analyses that price many variants: the same
	// estimates and costs, without the statistical extras that change no amount (Lambda's
	// throttling check, the warmer, the flow's breakdown and the steps worth merging) and
	// without the portfolio.
	BillsOnly bool
	// Only, when not empty, is the platforms priced: the others' estimates are empty (an
	// analysis that needs one or two of the bills does not pay for the rest). A pricing of
	// only some platforms has no portfolio: it would bill an account of part of them.
	Only PlatformSet
	// Shared works out what each estimate's bill has alike with the others' (Estimate.Shared).
	Shared bool
	// Prepared is what the variants of one workload have alike, worked out once (Prepare).
	Prepared *Prepared
}

// Price prices each workload alone on every platform, then all of them together as one
// account (the portfolio). It is the engine's entry: the analyses price through it.
func Price(workloads []Workload, cat *pricing.Catalog, opt Options) Result {
	month := opt.Month
	if month.Hours == 0 {
		month = StandardMonth()
	}
	res := Result{Provenance: ProvenanceOf(cat, month)}
	res.MonthsAhead = opt.MonthsAhead
	res.Workloads = make([]WorkloadResult, 0, len(workloads))
	for _, w := range workloads {
		w.Traffic = w.Traffic.Grown(opt.MonthsAhead)
		if opt.BillsOnly {
			res.Workloads = append(res.Workloads, pricePlatforms(w, cat, month, opt.mode()))
			continue
		}
		if opt.Only != 0 {
			res.Workloads = append(res.Workloads, pricePlatforms(w, cat, month, pricingMode{detail: true, skip: AllPlatforms() &^ opt.Only}))
			continue
		}
		res.Workloads = append(res.Workloads, priceAlone(w, cat, month))
	}
	if !opt.BillsOnly && opt.Only == 0 {
		res.Portfolio = portfolio(sharesOf(res.Workloads), cat)
	}
	return res
}

// mode is how pricePlatforms prices the bills opt asks for.
func (opt Options) mode() pricingMode {
	mode := pricingMode{shared: opt.Shared}
	if opt.Only != 0 {
		mode.skip = AllPlatforms() &^ opt.Only
	}
	if p := opt.Prepared; p != nil {
		mode.shape, mode.plan, mode.resolved, mode.schedules = p.shape, p.plan, p.resolved, p.schedules
	}
	return mode
}

// Prepared is what pricing many variants of one workload works out once: the traffic's shape
// spread over the month and the flow's plan, which no variant of the traffic, the duration or
// the memory moves, and, when the variants move only the traffic, the defaults and the
// schedules' prices (a schedule's runs bill nothing that follows the traffic).
type Prepared struct {
	shape    *demand.HourWeights
	plan     *flowPlan
	resolved bool
	// schedules are the schedules priced in month, once for every variant (with resolved).
	schedules *preparedSchedules
}

// preparedSchedules are a workload's schedules priced in month: read only, shared by the
// variants priced side by side.
type preparedSchedules struct {
	month   Month
	results []ScheduleResult
}

// PreparedSpread is a Prepared holding only the traffic spread over the month's hours by sw
// (demand.HourWeights.Reweighted gives sw an analysis's own hourly series, with the month's
// local hours and bursts kept), for an analysis that prices hourly series of its own (the
// hybrid's overflow): each variant's requests are spread by sw's weights, and its defaults
// and flow are worked out as without it.
func PreparedSpread(sw *demand.HourWeights) *Prepared { return &Prepared{shape: sw} }

// Prepare works out what the variants of w priced in month have alike (an error spreading the
// shape is left to each variant's pricing to report). With resolve, the variants move none of
// what the defaults depend on (the function, the platforms' sizes): w is returned with its
// defaults resolved, and the variants are not resolved again.
func Prepare(w Workload, cat *pricing.Catalog, month Month, resolve bool) (Workload, *Prepared) {
	p := &Prepared{}
	if w.SchedulesOnly {
		return w, p
	}
	if sw, err := w.Traffic.Shape.SpreadOver(month); err == nil {
		p.shape = sw
	}
	plan := planFlow(w)
	p.plan = &plan
	if resolve {
		w, p.resolved = resolveDefaults(w, cat, 0), true
		p.schedules = &preparedSchedules{month: month, results: priceSchedules(w, month, cat)}
	}
	return w, p
}

// priceAlone prices one workload on every platform.
func priceAlone(w Workload, cat *pricing.Catalog, month Month) WorkloadResult {
	return pricePlatforms(w, cat, month, pricingMode{detail: true})
}

// pricingMode says how pricePlatforms works: with the extras (detail) or not, and with the
// traffic's shape already spread over the month (shape, nil: spread it), which analyses that
// move only the month's requests work out once.
type pricingMode struct {
	detail bool
	shape  *demand.HourWeights
	// shared works out each estimate's sharedCost, for the break-even search's bound.
	shared bool
	// plan is the flow's plan worked out once (nil: plan it), for analyses that move neither
	// the flow nor the retries.
	plan *flowPlan
	// resolved says the workload's defaults are already resolved (resolveDefaults), for
	// analyses that move none of what they depend on (the function, the platforms' sizes).
	resolved bool
	// schedules, when not nil, are the workload's schedules priced once (Prepare), used when
	// the month priced is theirs.
	schedules *preparedSchedules
	// skip lists the platforms left unpriced (their estimates are empty): analyses that need
	// one or two of the platforms' bills do not pay for the others.
	skip PlatformSet
}

// pricePlatforms prices one workload on every registered platform it chose (model/shown.go):
// the others' estimates are empty.
func pricePlatforms(w Workload, cat *pricing.Catalog, month Month, mode pricingMode) WorkloadResult {
	if _, ok := cat.Regions[w.Region]; !ok {
		return onlyChosen(unpriced(WorkloadResult{Workload: w}, fmt.Sprintf("the catalog has no prices for region %s (it has %s); add them with --pricing", w.Region, strings.Join(cat.RegionCodes(), ", "))))
	}
	if w.SchedulesOnly {
		return onlyChosen(priceSchedulesOnly(w, cat, month))
	}
	if !mode.resolved {
		w = resolveDefaults(w, cat, mode.skip) // the platforms left out of Options.Only
	}
	mode.skip |= AllPlatforms() &^ w.chosen()
	r := WorkloadResult{Workload: w}
	plan := mode.plan
	if plan == nil {
		p := planFlow(w)
		plan = &p
	}
	if why := beyondBounds(w, w.Traffic.MonthlyRequests(month.Hours), *plan); why != "" {
		return onlyChosen(unpriced(r, why))
	}
	if why := expressLimits(w.Flow); why != "" {
		return onlyChosen(unpriced(r, why))
	}
	hourly, err := mode.expand(w.Traffic, month)
	if err != nil {
		return onlyChosen(unpriced(r, err.Error()))
	}
	series := hourly.Requests
	r.Requests = series
	d := Demand{Workload: w, Month: month, Catalog: cat, Requests: series, Detail: mode.detail, plan: *plan}
	if ps := mode.schedules; ps != nil && ps.month == month {
		r.Schedules = ps.results
	} else {
		r.Schedules = priceSchedules(w, month, cat)
	}
	d.Schedules = r.Schedules
	d.function = newAroundPlanned(w, functionSeat, series, month.Hours, *plan, nil)
	d.entry = hourly
	d.entry.Requests = scaleSeriesOf(series, d.function.users, d.function.entry.Mul(d.function.plan.EntryAttempts))
	d.entry.Classes = demand.ClassesOf(hourly.Classes, d.entry.Requests) // grouped once, for every platform
	d.peak = NewPeakWindow(w.Traffic.PeakPercentile, pricing.LambdaBilledMs(w.Function.DurationMs).IntPart())
	r.Estimates = make([]Estimate, len(pricers))
	for i, p := range pricers {
		if mode.skip.Has(i) {
			r.Estimates[i] = Estimate{Platform: p.ID()}
			continue
		}
		e := p.Estimate(&d)
		r.Estimates[i] = withSchedules(e, r.Schedules, !e.schedulesBilled)
	}
	if e, ok := functionEstimate(r.Estimates); mode.detail && ok {
		r.Flow = d.function.result(e, LambdaUsagesOf(e))
	}
	if mode.shared {
		withShared(r.Estimates, w, &d, r.Schedules, month.Hours, cat)
	}
	r.Cheapest = cheapest(r.Estimates)
	return r
}

// withShared sets what each estimate's bill has alike with the other platforms', for the
// break-even search's bound: sharedCost with every platform (the flow's queues, topics, buses
// and state machines, the schedules' Scheduler invocations, an RDS Proxy), and on Fargate and
// EC2 containerShared with each other (also the front door, logs, data transfer and NAT they
// both bill the same; not what follows the fleet: addresses, volumes, the schedules' tasks).
// The flow's services are alike on Lambda and the containers only when both flows carry the
// same requests (a REST cache in front of one alone makes them differ: then only the
// containers share anything). Nothing is billed for it when no estimate priced carries the
// surroundings (another provider's alone), nor the containers' part when none is behind
// their front door.
func withShared(estimates []Estimate, w Workload, d *Demand, schedules []ScheduleResult, hours int64, cat *pricing.Catalog) {
	surrounded, behindContainers := false, false
	for i := range estimates {
		if e := &estimates[i]; e.Feasible && e.services != nil {
			surrounded = true
			behindContainers = behindContainers || e.behindContainers
		}
	}
	if !surrounded {
		return
	}
	function, containers := d.function, d.containerAround()
	runs := schedulerInvocations(schedules)
	proxy := decimal.Zero
	if items, err := rdsProxyItems(w, hours, cat); err == nil {
		proxy = pricing.Total(items)
	}
	shared := decimal.Zero
	if function.entry.Equal(containers.entry) {
		flow := pricing.Services{Region: w.Region, Free: FunctionSettingsOf(w).FreeTier, SchedulerInvocations: runs}
		function.flowServices(&flow)
		if bill, err := cat.ServicesBill([]pricing.Services{flow}); err == nil {
			shared = bill.Total().Add(proxy)
		}
	}
	containerShared := shared
	if behindContainers {
		both := containers.services(fargateSeat, decimal.Zero) // no fleet: nothing that follows it
		both.SchedulerInvocations = runs
		if bill, err := cat.ServicesBill([]pricing.Services{both}); err == nil {
			containerShared = bill.Total().Add(proxy)
		}
	}
	for i := range estimates {
		e := &estimates[i]
		if !e.Feasible || e.services == nil { // a platform that bills none of the surroundings shares nothing
			continue
		}
		e.sharedCost, e.containerShared = shared, shared
		if e.behindContainers {
			e.containerShared = containerShared
		}
	}
}

// expand spreads the month's requests over its hours, by the shape worked out before if any.
func (mode pricingMode) expand(t Traffic, month Month) (Hourly, error) {
	if mode.shape == nil {
		return t.Expand(month)
	}
	return mode.shape.Spread(t.MonthlyRequests(month.Hours)), nil
}

// withAround adds the flow's services (for a service seated at st), what surrounds the
// function and the schedules' Scheduler invocations to a feasible estimate, and the cost per
// thousand requests.
func withAround(e Estimate, a around, st seat, schedules []ScheduleResult, cat *pricing.Catalog) Estimate {
	if !e.Feasible {
		return e
	}
	svc := a.services(st, e.Capacity.BilledHours)
	svc.SchedulerInvocations = schedulerInvocations(schedules)
	e = withServices(e, svc, cat)
	if a.users.IsPositive() && e.Feasible {
		e.CostPerThousandRequests = e.MonthlyCost.Shift(3).DivRound(a.users, CostPlaces)
	}
	return e
}

// withServices bills svc, what the services around the function use, on a feasible estimate.
// The usage is kept for the portfolio, which bills every workload's as one account.
func withServices(e Estimate, svc pricing.Services, cat *pricing.Catalog) Estimate {
	if !e.Feasible {
		return e
	}
	bill, err := cat.ServicesBill([]pricing.Services{svc})
	if err != nil {
		return Infeasible(e, err.Error())
	}
	e.services, e.servicesCost = &svc, bill.Total()
	e.Unpriced = append(e.Unpriced, bill.Unpriced...)
	return Priced(e, append(e.LineItems, bill.Items...))
}

// schedulerInvocations is what EventBridge Scheduler invokes for the schedules in a month: one
// invocation of its target per run (a run's parallel tasks or invocations are that target's
// to start: ECS RunTask's count, a fan-out), so the month's runs.
func schedulerInvocations(schedules []ScheduleResult) decimal.Decimal {
	runs := decimal.Zero
	for _, s := range schedules {
		runs = runs.Add(s.RunsPerMonth)
	}
	return runs
}

// scaleSeries spreads total (rounded to whole requests) over the hours in proportion to
// series, leaving series as it is.
func scaleSeries(series []int64, total decimal.Decimal) []int64 {
	return scaleSeriesOf(series, decimal.NewFromInt(totalRequests(series)), total)
}

// scaleSeriesOf is scaleSeries of a series whose requests sum to sum, known already.
func scaleSeriesOf(series []int64, sum, total decimal.Decimal) []int64 {
	if total.Equal(sum) {
		return series
	}
	return demand.Distribute(total.Round(0).IntPart(), append([]int64(nil), series...))
}

// withDatabase checks a feasible estimate's database connections and adds the RDS Proxy.
// peakUnits are the platform's environments, tasks or instances at its peak, each opening
// perUnit(db) connections.
func withDatabase(e Estimate, w Workload, hours int64, cat *pricing.Catalog, peakUnits int64, perUnit func(*Database) int64) Estimate {
	db := w.Database
	if !e.Feasible || db == nil {
		return e
	}
	if warning := connectionWarning(db, e.Platform.Name(), peakUnits, perUnit(db)); warning != "" {
		e.Warnings = append(e.Warnings, warning)
	}
	items, err := rdsProxyItems(w, hours, cat)
	if err != nil {
		e.Warnings = append(e.Warnings, "RDS Proxy is not priced: "+err.Error())
		return e
	}
	return Priced(e, append(e.LineItems, items...))
}

// expressLimits says why no platform can run the flow's Express workflows: an Express
// execution runs at most five minutes ("Express Workflows can run for up to five minutes",
// AWS Step Functions developer guide, "Choosing workflow type"), so a longer one needs a
// standard workflow. "" when every one fits.
func expressLimits(flow []Step) string {
	var long []string
	for _, s := range flow {
		if s.Kind == StepStateMachine && s.Workflow == Express && s.DurationMs.GreaterThan(decimal.NewFromInt(pricing.ExpressMaxDurationMs)) {
			long = append(long, fmt.Sprintf("flow step %s runs %s", s.Name, humanize.Milliseconds(s.DurationMs)))
		}
	}
	if len(long) == 0 {
		return ""
	}
	return strings.Join(long, "; ") + ": an Express workflow runs at most 5 minutes (300,000 ms); make it a standard workflow"
}

// unpriced reports every platform unable to price the workload, for why.
func unpriced(r WorkloadResult, why string) WorkloadResult {
	for _, p := range Platforms {
		r.Estimates = append(r.Estimates, Estimate{Platform: p, Reasons: []string{why}})
	}
	return r
}

// cheapest is the feasible platform with the lowest bill, among those that serve every
// request when any does: a Lambda that throttles requests costs less for serving fewer, so it
// is the cheapest only when no platform serves them all. Among those, a complete bill is
// preferred to an incomplete one: a bill that leaves out what it could not price (another
// provider's, without the AWS services the file describes around the function) costs less
// for leaving it out, so it is the cheapest only when no bill is complete.
func cheapest(estimates []Estimate) Platform {
	for _, serving := range []bool{true, false} {
		for _, complete := range []bool{true, false} {
			var best *Estimate
			for i := range estimates {
				e := &estimates[i]
				if e.Feasible && (!serving || e.Serves()) && (!complete || e.Complete()) && (best == nil || e.MonthlyCost.LessThan(best.MonthlyCost)) {
					best = e
				}
			}
			if best != nil {
				return best.Platform
			}
		}
	}
	return ""
}
