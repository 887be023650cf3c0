package model

import (
	"fmt"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// lambdaPlatform is AWS Lambda: the function billed per request and GB-second, with the flow's
// steps, the schedules and the free tier billed once for the account.
type lambdaPlatform struct{}

func (lambdaPlatform) ID() Platform { return PlatformLambda }

func (lambdaPlatform) Name() string { return "Lambda" }

// Resolve leaves the workload as it is: every Lambda setting has a fixed default, applied
// when the file is read.
func (lambdaPlatform) Resolve(*Workload, *pricing.Catalog) {}

func (lambdaPlatform) Estimate(d *Demand) Estimate {
	e := lambdaEstimate(d, scheduledUsages(d.Schedules))
	var peak int64
	if th := LambdaDetailOf(e).Throttling; th != nil {
		peak = th.PeakConcurrency
	}
	return d.SurroundFunction(SchedulesBilled(e), peak)
}

// BillAccount bills every estimate's Lambda usages as one account: the tiers and the free
// tier once, across regions.
func (lambdaPlatform) BillAccount(parts []AccountPart, cat *pricing.Catalog) (decimal.Decimal, []pricing.LineItem, error) {
	var usages []pricing.LambdaUsage
	for _, p := range parts {
		usages = append(usages, p.(*LambdaAccount).Usages...)
	}
	bill, err := cat.LambdaBill(usages, true)
	if err != nil {
		return decimal.Zero, nil, err
	}
	return bill.Total(), bill.Items, nil
}

func (lambdaPlatform) Schedule(j *ScheduledJob) Estimate {
	return scheduleLambda(j)
}

// EventDriven prices the job run once per work item against its schedule, each billed alone
// without the free tier, from the schedule's Lambda usage (its estimate's account part; none:
// Lambda cannot run it).
func (lambdaPlatform) EventDriven(j *ScheduledJob, scheduled Estimate) TriggerComparison {
	usages := LambdaUsagesOf(scheduled)
	if len(usages) == 0 {
		return TriggerComparison{Reasons: []string{"Lambda cannot run the job"}}
	}
	w, s, cat := j.Workload, j.Schedule, j.Catalog
	items := decimal.NewFromInt(s.WorkItemsPerMonth)
	billedMs := pricing.LambdaBilledMs(s.DurationMs)
	event := pricing.LambdaUsage{Region: w.Region, Architecture: usages[0].Architecture, Requests: items,
		DurationGBSeconds: pricing.GBSeconds(items, billedMs, s.MemoryMB)}
	if extra := w.Lambda.EphemeralStorageMB - pricing.LambdaFreeStorageMB; extra > 0 {
		event.EphemeralGBSeconds = pricing.GBSeconds(items, billedMs, extra)
	}
	alone := usages[0]
	alone.FreeTierEligible = false
	return CompareTriggers(
		func() ([]pricing.LineItem, error) { return lambdaItems(cat, alone) },
		func() ([]pricing.LineItem, error) { return lambdaItems(cat, event) })
}

// scheduledUsages is the Lambda usage of each schedule Lambda can run, in their order: what
// Lambda bills with the service's as one account.
func scheduledUsages(schedules []ScheduleResult) []pricing.LambdaUsage {
	var usages []pricing.LambdaUsage
	for _, s := range schedules {
		usages = append(usages, LambdaUsagesOf(s.Estimate(PlatformLambda))...)
	}
	return usages
}

// SchedulesOnly bills the schedules' invocations as one account.
func (lambdaPlatform) SchedulesOnly(d *Demand) Estimate {
	e := SchedulesBilled(Priced(Estimate{Platform: PlatformLambda}, nil))
	scheduled := scheduledUsages(d.Schedules)
	if len(scheduled) == 0 {
		return e
	}
	bill, err := d.Catalog.LambdaBill(scheduled, false)
	if err != nil {
		return Infeasible(e, err.Error())
	}
	e.Account = &LambdaAccount{Usages: scheduled, Bill: bill.Total()}
	e.Unpriced = bill.Unpriced
	return Priced(e, bill.Items)
}

// lambdaEstimate prices the service of d on Lambda, billing the flow's steps and the
// schedules' usages (scheduled) with it as one account, whose usages are its account part;
// with d.Detail, the warmer.
func lambdaEstimate(d *Demand, scheduled []pricing.LambdaUsage) Estimate {
	w, hourly, cat := d.Workload, d.Entry(), d.Catalog
	e := Estimate{Platform: PlatformLambda, Summary: lambdaSummary(w)}
	u, capacity, cold, throttling, reasons := lambdaUsage(w, hourly, d.PeakWindow())
	steps, stepReasons := d.FlowLambdaUsages()
	if reasons = append(reasons, stepReasons...); len(reasons) > 0 {
		return Infeasible(e, reasons...)
	}
	usages := append(append([]pricing.LambdaUsage{u}, steps...), scheduled...)
	bill, err := cat.LambdaBill(usages, false)
	if err != nil {
		return Infeasible(e, err.Error())
	}
	e.Capacity = capacity
	extra := &LambdaDetail{ColdStarts: cold, Throttling: throttling}
	e.Detail = extra
	e.Unpriced = bill.Unpriced
	e.Account = &LambdaAccount{Usages: usages, Bill: bill.Total()}
	if throttling.Unbilled > 0 {
		e.Warnings = append(e.Warnings, fmt.Sprintf("the concurrency limit throttles about %s requests a month: this bill serves fewer requests than the other platforms, so Lambda is not called the cheapest while another serves them all (lambda.quota_raised: true prices it serving every request)",
			humanize.Count(throttling.Unbilled)))
	}
	if throttling.Unbilled == 0 && throttling.Requests > 0 {
		e.Warnings = append(e.Warnings, fmt.Sprintf("the %s requests above the concurrency limit are billed: lambda.quota_raised says the limit will be raised to at least %s",
			humanize.Count(throttling.Requests), humanize.Count(throttling.PeakConcurrency)))
	}
	if d.Detail {
		extra.Warmer = warmer(w, len(hourly.Requests), cat)
	}
	return Priced(e, bill.Items)
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

// scheduleLambda bills the schedule's invocations alone (with the free tier when the workload
// asks for it), its usage the estimate's account part, to be billed with the service's as
// one account.
//
// Each invocation is billed its duration rounded up to the millisecond: work runs at
// DurationMs, early exits at EarlyExitMs.
func scheduleLambda(j *ScheduledJob) Estimate {
	w, s, cat := j.Workload, j.Schedule, j.Catalog
	work, exits := j.Runs()
	workMs, exitMs := pricing.LambdaBilledMs(s.DurationMs), pricing.LambdaBilledMs(s.EarlyExitMs)
	e := Estimate{Platform: PlatformLambda, Summary: fmt.Sprintf("%s %s, %s billed per run with work, %s a run", humanize.Megabytes(s.MemoryMB), w.Lambda.Architecture, humanize.Milliseconds(workMs), humanize.Plural(ParallelTasks(s), "invocation", "invocations"))}
	if exits.IsPositive() {
		e.Summary += ", " + humanize.Milliseconds(exitMs) + " per early exit"
	}
	if reasons := LambdaLimits("", s.MemoryMB, s.DurationMs); len(reasons) > 0 {
		return Infeasible(e, reasons...)
	}
	gbs := func(mb int64) decimal.Decimal {
		return j.PerMonth(pricing.GBSeconds(work, workMs, mb).Add(pricing.GBSeconds(exits, exitMs, mb)), 1)
	}
	u := pricing.LambdaUsage{
		Region:            w.Region,
		Architecture:      string(w.Lambda.Architecture),
		Requests:          j.PerMonth(j.Invocations(), 1),
		DurationGBSeconds: gbs(s.MemoryMB),
		FreeTierEligible:  w.Lambda.FreeTier,
	}
	if extra := w.Lambda.EphemeralStorageMB - pricing.LambdaFreeStorageMB; extra > 0 {
		u.EphemeralGBSeconds = gbs(extra)
	}
	bill, err := cat.LambdaBill([]pricing.LambdaUsage{u}, false)
	if err != nil {
		return Infeasible(e, err.Error())
	}
	if u.FreeTierEligible {
		e.Summary += ", free tier as if alone in the account"
	}
	e.Unpriced = bill.Unpriced
	e.Account = &LambdaAccount{Usages: []pricing.LambdaUsage{u}, Bill: bill.Total()}
	return Priced(e, ScheduledItems(bill.Items, "lambda.", s.Name))
}

// lambdaItems bills usage u alone; a part the catalog cannot price is an error here, where
// two bills are compared.
func lambdaItems(cat *pricing.Catalog, u pricing.LambdaUsage) ([]pricing.LineItem, error) {
	bill, err := cat.LambdaBill([]pricing.LambdaUsage{u}, false)
	if err == nil && !bill.Complete() {
		err = fmt.Errorf("%s", bill.Unpriced[0])
	}
	return bill.Items, err
}
