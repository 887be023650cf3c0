package lambda

import (
	"fmt"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// scheduleLambda bills the schedule's invocations alone (with the free tier when the workload
// asks for it), its usage the estimate's account part, to be billed with the service's as
// one account.
//
// Each invocation is billed its duration rounded up to the millisecond: work runs at
// DurationMs, early exits at EarlyExitMs.
func scheduleLambda(j *model.ScheduledJob) model.Estimate {
	w, s, cat := j.Workload, j.Schedule, j.Catalog
	work, exits := j.Runs()
	workMs, exitMs := pricing.LambdaBilledMs(s.DurationMs), pricing.LambdaBilledMs(s.EarlyExitMs)
	e := model.Estimate{Platform: model.PlatformLambda, Summary: fmt.Sprintf("%s %s, %s billed per run with work, %s a run", humanize.Megabytes(s.MemoryMB), configOf(w).Architecture, humanize.Milliseconds(workMs), humanize.Plural(model.ParallelTasks(s), "invocation", "invocations"))}
	if exits.IsPositive() {
		e.Summary += ", " + humanize.Milliseconds(exitMs) + " per early exit"
	}
	if reasons := model.LambdaLimits("", s.MemoryMB, s.DurationMs); len(reasons) > 0 {
		return model.Infeasible(e, reasons...)
	}
	gbs := func(mb int64) decimal.Decimal {
		return j.PerMonth(pricing.GBSeconds(work, workMs, mb).Add(pricing.GBSeconds(exits, exitMs, mb)), 1)
	}
	u := pricing.LambdaUsage{
		Region:            w.Region,
		Architecture:      string(configOf(w).Architecture),
		Requests:          j.PerMonth(j.Invocations(), 1),
		DurationGBSeconds: gbs(s.MemoryMB),
		FreeTierEligible:  configOf(w).FreeTier,
	}
	if extra := configOf(w).EphemeralStorageMB - pricing.LambdaFreeStorageMB; extra > 0 {
		u.EphemeralGBSeconds = gbs(extra)
	}
	bill, err := cat.LambdaBill([]pricing.LambdaUsage{u}, false)
	if err != nil {
		return model.Infeasible(e, err.Error())
	}
	if u.FreeTierEligible {
		e.Summary += ", free tier as if alone in the account"
	}
	e.Unpriced = bill.Unpriced
	e.Account = &model.LambdaAccount{Usages: []pricing.LambdaUsage{u}, Bill: bill.Total()}
	return model.Priced(e, model.ScheduledItems(bill.Items, "lambda.", s.Name))
}

// scheduledUsages is the Lambda usage of each schedule Lambda can run, in their order: what
// Lambda bills with the service's as one account.
func scheduledUsages(schedules []model.ScheduleResult) []pricing.LambdaUsage {
	var usages []pricing.LambdaUsage
	for _, s := range schedules {
		usages = append(usages, model.LambdaUsagesOf(s.Estimate(model.PlatformLambda))...)
	}
	return usages
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

// eventDriven prices the job run once per work item against its schedule, each billed alone
// without the free tier, from the schedule's Lambda usage (its estimate's account part; none:
// Lambda cannot run it).
func eventDriven(j *model.ScheduledJob, scheduled model.Estimate) model.TriggerComparison {
	usages := model.LambdaUsagesOf(scheduled)
	if len(usages) == 0 {
		return model.TriggerComparison{Reasons: []string{"Lambda cannot run the job"}}
	}
	w, s, cat := j.Workload, j.Schedule, j.Catalog
	items := decimal.NewFromInt(s.WorkItemsPerMonth)
	billedMs := pricing.LambdaBilledMs(s.DurationMs)
	event := pricing.LambdaUsage{Region: w.Region, Architecture: usages[0].Architecture, Requests: items,
		DurationGBSeconds: pricing.GBSeconds(items, billedMs, s.MemoryMB)}
	if extra := configOf(w).EphemeralStorageMB - pricing.LambdaFreeStorageMB; extra > 0 {
		event.EphemeralGBSeconds = pricing.GBSeconds(items, billedMs, extra)
	}
	alone := usages[0]
	alone.FreeTierEligible = false
	return model.CompareTriggers(
		func() ([]pricing.LineItem, error) { return lambdaItems(cat, alone) },
		func() ([]pricing.LineItem, error) { return lambdaItems(cat, event) })
}
