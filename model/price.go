package model

import (
	"fmt"
	"slices"
	"strings"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// Options say how to price.
type Options struct {
	// Month is the month priced; the zero Month means StandardMonth.
	Month Month
	// MonthsAhead projects each workload's traffic that many months forward at its growth.
	MonthsAhead int64
}

// Price prices each workload alone on every platform, then all of them together as one
// account (the portfolio).
func Price(workloads []Workload, cat *pricing.Catalog, opt Options) Result {
	month := opt.Month
	if month.Hours == 0 {
		month = StandardMonth()
	}
	res := Result{Catalog: cat.Name, AsOf: cat.AsOf, Overlays: cat.Overlays, Month: month, MonthHours: month.Hours}
	res.MonthsAhead = opt.MonthsAhead
	for _, w := range workloads {
		w.Traffic = w.Traffic.Grown(opt.MonthsAhead)
		res.Workloads = append(res.Workloads, priceWorkload(w, cat, month))
	}
	res.Portfolio = portfolio(res.Workloads, cat)
	return res
}

// PortfolioOf prices workloads already priced alone (by Price) together as one account, as
// Price does for its own: for a set whose members are re-priced one at a time.
func PortfolioOf(results []WorkloadResult, cat *pricing.Catalog) Portfolio {
	return portfolio(results, cat)
}

// priceWorkload prices one workload alone, with the steps of its flow worth merging.
func priceWorkload(w Workload, cat *pricing.Catalog, month Month) WorkloadResult {
	r := priceAlone(w, cat, month)
	if r.Flow != nil && len(r.Estimates) > 0 && r.Estimate(PlatformLambda).Feasible {
		r.Flow.Merges = merges(r, cat, month)
	}
	return r
}

// priceAlone prices one workload on every platform.
func priceAlone(w Workload, cat *pricing.Catalog, month Month) WorkloadResult {
	return pricePlatforms(w, cat, month, pricingMode{detail: true})
}

// priceCosts prices one workload on every platform for analyses that need only the bills:
// the same estimates and costs as priceAlone, without the statistical extras that change no
// amount (Lambda's throttling check, the warmer, the flow's breakdown).
func priceCosts(w Workload, cat *pricing.Catalog, month Month) WorkloadResult {
	return pricePlatforms(w, cat, month, pricingMode{})
}

// priceCostsOn is priceCosts's estimate on platform p alone: the other platforms are not
// priced.
func priceCostsOn(w Workload, cat *pricing.Catalog, month Month, p Platform) Estimate {
	return pricePlatforms(w, cat, month, pricingMode{skip: allPlatforms &^ platformSet(0).with(platformIndex(p))}).Estimate(p)
}

// pricingMode says how pricePlatforms works: with the extras (detail) or not, and with the
// traffic's shape already spread over the month (shape, nil: spread it), which analyses that
// move only the month's requests work out once.
type pricingMode struct {
	detail bool
	shape  *shapeWeights
	// shared works out each estimate's sharedCost, for the break-even search's bound.
	shared bool
	// plan is the flow's plan worked out once (nil: plan it), for analyses that move neither
	// the flow nor the retries.
	plan *flowPlan
	// resolved says the workload's defaults are already resolved (resolveDefaults), for
	// analyses that move none of what they depend on (the function, the platforms' sizes).
	resolved bool
	// skip lists the platforms left unpriced (their estimates are empty): analyses that need
	// one or two of the platforms' bills do not pay for the third.
	skip platformSet
}

// platformSet is a set of platforms, by their index in Platforms.
type platformSet uint8

// allPlatforms is the set of every platform.
const allPlatforms platformSet = 1<<3 - 1

// platformIndex is p's index in Platforms.
func platformIndex(p Platform) int {
	for i, q := range Platforms {
		if q == p {
			return i
		}
	}
	panic("model: unknown platform " + string(p))
}

// with is the set with platform i in it.
func (s platformSet) with(i int) platformSet { return s | 1<<i }

// has says platform i is in the set.
func (s platformSet) has(i int) bool { return s&(1<<i) != 0 }

// pricePlatforms prices one workload on every platform.
func pricePlatforms(w Workload, cat *pricing.Catalog, month Month, mode pricingMode) WorkloadResult {
	if _, ok := cat.Regions[w.Region]; !ok {
		return unpriced(WorkloadResult{Workload: w}, fmt.Sprintf("the catalog has no prices for region %s (it has %s); add them with --pricing", w.Region, strings.Join(cat.RegionCodes(), ", ")))
	}
	if w.SchedulesOnly {
		return priceSchedulesOnly(w, cat, month)
	}
	if !mode.resolved {
		w = resolveDefaults(w, cat)
	}
	r := WorkloadResult{Workload: w}
	plan := mode.plan
	if plan == nil {
		p := planFlow(w)
		plan = &p
	}
	if why := beyondBounds(w, w.Traffic.MonthlyRequests(month.Hours), *plan); why != "" {
		return unpriced(r, why)
	}
	if why := expressLimits(w.Flow); why != "" {
		return unpriced(r, why)
	}
	hourly, err := mode.expand(w.Traffic, month)
	if err != nil {
		return unpriced(r, err.Error())
	}
	series := hourly.Requests
	r.Requests = series
	var scheduled []pricing.LambdaUsage
	r.Schedules, scheduled = priceSchedules(w, month, cat)
	a := newAroundPlanned(w, PlatformLambda, series, month.Hours, *plan, nil)
	entry := hourly
	entry.Requests = scaleSeries(series, a.entry.Mul(a.plan.EntryAttempts))
	peak := newPeakWindow(w.Traffic.PeakPercentile, pricing.LambdaBilledMs(w.Function.DurationMs).IntPart())
	r.Estimates = []Estimate{{Platform: PlatformLambda}, {Platform: PlatformFargate}, {Platform: PlatformEC2}}
	if !mode.skip.has(0) {
		r.Estimates[0], r.lambdaUsage = lambdaEstimate(w, entry, peak, a, scheduled, cat, mode.detail)
	}
	containers := newAroundPlanned(w, PlatformFargate, series, month.Hours, *plan, &a)
	if !mode.skip.has(1) || !mode.skip.has(2) {
		work := scaleSeries(series, containers.entry.Mul(containerWork(w, containers.plan)))
		peaks := peak.counts(work)
		if !mode.skip.has(1) {
			r.Estimates[1] = fargateEstimate(w, peaks, peak.windowMs, cat)
		}
		if !mode.skip.has(2) {
			r.Estimates[2] = ec2Estimate(w, work, peaks, peak.windowMs, cat)
		}
	}
	for i := range r.Estimates {
		if mode.skip.has(i) {
			continue
		}
		e := withDatabase(r.Estimates[i], w, month.Hours, cat)
		if e.Platform == PlatformLambda {
			e = withAround(e, a, r.Schedules, cat)
		} else {
			e = withAround(e, containers, r.Schedules, cat)
		}
		r.Estimates[i] = withSchedules(e, r.Schedules)
	}
	if mode.detail {
		r.Flow = a.result(r.Estimate(PlatformLambda), r.lambdaUsage)
	}
	if mode.shared {
		withShared(r.Estimates, w, a, containers, r.Schedules, month.Hours, cat)
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
// containers share anything).
func withShared(estimates []Estimate, w Workload, lambda, containers around, schedules []ScheduleResult, hours int64, cat *pricing.Catalog) {
	runs := schedulerInvocations(schedules)
	proxy := decimal.Zero
	if items, err := rdsProxyItems(w, hours, cat); err == nil {
		proxy = pricing.Total(items)
	}
	shared := decimal.Zero
	if lambda.entry.Equal(containers.entry) {
		flow := pricing.Services{Region: w.Region, Free: w.Lambda.FreeTier, SchedulerInvocations: runs}
		lambda.flowServices(&flow)
		if bill, err := cat.ServicesBill([]pricing.Services{flow}); err == nil {
			shared = bill.Total().Add(proxy)
		}
	}
	both := containers.services(PlatformFargate, decimal.Zero) // no fleet: nothing that follows it
	both.SchedulerInvocations = runs
	containerShared := shared
	if bill, err := cat.ServicesBill([]pricing.Services{both}); err == nil {
		containerShared = bill.Total().Add(proxy)
	}
	for i := range estimates {
		e := &estimates[i]
		if !e.Feasible {
			continue
		}
		e.sharedCost, e.containerShared = shared, shared
		if e.Platform != PlatformLambda {
			e.containerShared = containerShared
		}
	}
}

// expand spreads the month's requests over its hours, by the shape worked out before if any.
func (mode pricingMode) expand(t Traffic, month Month) (Hourly, error) {
	if mode.shape == nil {
		return t.Expand(month)
	}
	return mode.shape.spread(t.MonthlyRequests(month.Hours)), nil
}

// withAround adds the flow's services, what surrounds the function and the schedules'
// Scheduler invocations to a feasible estimate, and the cost per thousand requests.
func withAround(e Estimate, a around, schedules []ScheduleResult, cat *pricing.Catalog) Estimate {
	if !e.Feasible {
		return e
	}
	svc := a.services(e.Platform, e.Capacity.BilledHours)
	svc.SchedulerInvocations = schedulerInvocations(schedules)
	e = withServices(e, svc, cat)
	if a.users.IsPositive() && e.Feasible {
		e.CostPerThousandRequests = e.MonthlyCost.Shift(3).DivRound(a.users, costPlaces)
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
		return infeasible(e, err.Error())
	}
	e.services, e.servicesCost = &svc, bill.Total()
	e.Unpriced = append(e.Unpriced, bill.Unpriced...)
	return priced(e, append(e.LineItems, bill.Items...))
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
	if total.Equal(decimal.NewFromInt(totalRequests(series))) {
		return series
	}
	return distribute(total.Round(0).IntPart(), append([]int64(nil), series...))
}

// withDatabase checks a feasible estimate's database connections and adds the RDS Proxy.
func withDatabase(e Estimate, w Workload, hours int64, cat *pricing.Catalog) Estimate {
	db := w.Database
	if !e.Feasible || db == nil {
		return e
	}
	var warning string
	switch e.Platform {
	case PlatformLambda:
		if e.Throttling != nil {
			warning = connectionWarning(db, "Lambda", e.Throttling.PeakConcurrency, 1)
		}
	case PlatformFargate:
		warning = connectionWarning(db, "Fargate", e.Capacity.Max, db.ConnectionsPerTask)
	case PlatformEC2:
		warning = connectionWarning(db, "EC2", e.Capacity.Max, db.ConnectionsPerInstance)
	}
	if warning != "" {
		e.Warnings = append(e.Warnings, warning)
	}
	items, err := rdsProxyItems(w, hours, cat)
	if err != nil {
		e.Warnings = append(e.Warnings, "RDS Proxy is not priced: "+err.Error())
		return e
	}
	return priced(e, append(e.LineItems, items...))
}

// warmer prices a scheduled warmer keeping one environment of the function warm, as the
// cheap alternative to provisioned concurrency people reach for; nil if it cannot be priced.
func warmer(w Workload, hours int, cat *pricing.Catalog) *Warmer {
	cost := EstimateWarmer(WarmerConfig{MemoryMB: w.Function.MemoryMB}, int64(hours))
	bill, err := cat.LambdaBill([]pricing.LambdaUsage{{Region: w.Region, Architecture: string(w.Lambda.Architecture),
		Requests: decimal.NewFromInt(cost.Invocations), DurationGBSeconds: cost.GBSeconds}}, false)
	if err != nil || !bill.Complete() {
		return nil
	}
	return &Warmer{WarmerCost: cost, MonthlyCost: bill.Total()}
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

// lambdaEstimate prices the service on Lambda, billing the flow's steps and the schedules'
// usages (scheduled) with it as one account; with detail, the warmer.
func lambdaEstimate(w Workload, hourly Hourly, peak *peakWindow, a around, scheduled []pricing.LambdaUsage, cat *pricing.Catalog, detail bool) (Estimate, []pricing.LambdaUsage) {
	e := Estimate{Platform: PlatformLambda, Summary: lambdaSummary(w)}
	u, capacity, cold, throttling, reasons := lambdaUsage(w, hourly, peak)
	steps, stepReasons := a.lambdaUsages()
	if reasons = append(reasons, stepReasons...); len(reasons) > 0 {
		return infeasible(e, reasons...), nil
	}
	usages := append(append([]pricing.LambdaUsage{u}, steps...), scheduled...)
	bill, err := cat.LambdaBill(usages, false)
	if err != nil {
		return infeasible(e, err.Error()), nil
	}
	e.Capacity = capacity
	e.ColdStarts = cold
	e.Throttling = throttling
	e.Unpriced = bill.Unpriced
	e.lambdaCost = bill.Total()
	if throttling.Unbilled > 0 {
		e.Warnings = append(e.Warnings, fmt.Sprintf("the concurrency limit throttles about %s requests a month: this bill serves fewer requests than the other platforms, so Lambda is not called the cheapest while another serves them all (lambda.quota_raised: true prices it serving every request)",
			humanize.Count(throttling.Unbilled)))
	}
	if throttling.Unbilled == 0 && throttling.Requests > 0 {
		e.Warnings = append(e.Warnings, fmt.Sprintf("the %s requests above the concurrency limit are billed: lambda.quota_raised says the limit will be raised to at least %s",
			humanize.Count(throttling.Requests), humanize.Count(throttling.PeakConcurrency)))
	}
	if detail {
		e.Warmer = warmer(w, len(hourly.Requests), cat)
	}
	return priced(e, bill.Items), usages
}

// cheapest is the feasible platform with the lowest bill, among those that serve every
// request when any does: a Lambda that throttles requests costs less for serving fewer, so it
// is the cheapest only when no platform serves them all.
func cheapest(estimates []Estimate) Platform {
	var best *Estimate
	for _, serving := range []bool{true, false} {
		for i := range estimates {
			e := &estimates[i]
			if e.Feasible && (!serving || e.Serves()) && (best == nil || e.MonthlyCost.LessThan(best.MonthlyCost)) {
				best = e
			}
		}
		if best != nil {
			return best.Platform
		}
	}
	return ""
}

// portfolio prices every workload together as one AWS account is billed: Lambda's tiers and
// free tier, the services' tiers and their free allowances, once for the account
// (accountBill). What is billed per resource (tasks, instances, load balancers, proxies) is the
// sum of the workloads'.
func portfolio(results []WorkloadResult, cat *pricing.Catalog) Portfolio {
	var p Portfolio
	for _, platform := range Platforms {
		t := PortfolioTotal{Platform: platform}
		var parts []accountPart
		for _, r := range results {
			e := r.Estimate(platform)
			if !e.Feasible {
				t.Excluded = append(t.Excluded, r.Workload.Name)
				continue
			}
			t.Workloads++
			t.StandaloneSum = t.StandaloneSum.Add(e.MonthlyCost)
			parts = append(parts, accountPart{e, r.lambdaUsage})
		}
		t.MonthlyCost, t.LineItems, t.Unpriced = accountBill(parts, cat)
		p.Platforms = append(p.Platforms, t)
	}
	var mix []accountPart
	for _, r := range results {
		if r.Cheapest != "" {
			mix = append(mix, accountPart{r.Estimate(r.Cheapest), r.lambdaUsage})
		}
	}
	p.CheapestMix, _, p.CheapestMixUnpriced = accountBill(mix, cat)
	return p
}

// accountPart is one workload's estimate on the platform it runs on in an account, with its
// Lambda usage (used when the estimate is Lambda's).
type accountPart struct {
	e      Estimate
	lambda []pricing.LambdaUsage
}

// accountBill bills parts as one account: each estimate's own lines but its Lambda bill and
// its services', and those two billed once for all of them. It returns the total, the
// account-level lines and what is unpriced anywhere in it.
func accountBill(parts []accountPart, cat *pricing.Catalog) (decimal.Decimal, []pricing.LineItem, []pricing.Unpriced) {
	total := decimal.Zero
	var usages []pricing.LambdaUsage
	var services []pricing.Services
	var unpriced []pricing.Unpriced
	for _, part := range parts {
		e := part.e
		total = total.Add(e.MonthlyCost.Sub(e.lambdaCost).Sub(e.servicesCost))
		if e.Platform == PlatformLambda {
			usages = append(usages, part.lambda...)
		}
		if e.services != nil {
			services = append(services, *e.services)
		}
		unpriced = appendNew(unpriced, e.Unpriced...)
	}
	var items []pricing.LineItem
	if len(usages) > 0 {
		bill, err := cat.LambdaBill(usages, true)
		if err != nil { // each usage was billed alone with the same rates: cannot happen
			return total, nil, unpriced
		}
		total, items = total.Add(bill.Total()), bill.Items
	}
	bill, err := cat.ServicesBill(services)
	if err != nil { // each was billed alone: cannot happen
		return total, items, unpriced
	}
	return total.Add(bill.Total()), append(items, bill.Items...), unpriced
}

// appendNew appends to list what of more it does not hold yet.
func appendNew(list []pricing.Unpriced, more ...pricing.Unpriced) []pricing.Unpriced {
	for _, u := range more {
		if !slices.Contains(list, u) {
			list = append(list, u)
		}
	}
	return list
}
