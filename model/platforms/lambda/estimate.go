package lambda

import (
	"fmt"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/demand"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// lambdaUsage turns the workload into Lambda's billed quantities for a month, or the reasons
// Lambda cannot run it. The requests, duration and storage are what AWS's rules give for the
// file's figures; the INIT of cold starts and the requests throttled above the concurrency
// limit are model estimates, kept in fields of their own (pricing bills them on their own
// lines).
func lambdaUsage(w model.Workload, hourly model.Hourly, peak *demand.PeakWindow, detail bool) (pricing.LambdaUsage, model.Capacity, *model.ColdStarts, *model.Throttling, []string) {
	series := hourly.Requests
	f, l := w.Function, configOf(w)
	if reasons := model.LambdaLimits("function.", f.MemoryMB, f.DurationMs); len(reasons) > 0 {
		return pricing.LambdaUsage{}, model.Capacity{}, nil, nil, reasons
	}

	billedMs := pricing.LambdaBilledMs(f.DurationMs)
	ms := billedMs.IntPart()
	pc := provisionedSeries(l, hourly)
	classes := demand.ClassesOf(hourly.Classes, series)
	peak.Seen = classes
	c := lambdaCounts(w, series, classes, pc, ms)
	// Since August 2025 AWS bills the INIT phase of every cold start as duration.
	cold := coldStarts(w, series, classes, pc, billedMs, !detail)
	if !l.OmitColdStarts && cold.BilledInitMs.IsPositive() && cold.Total > 0 {
		c.ColdStarts, c.InitMs = cold.Total, cold.BilledInitMs.IntPart()
	}
	// With the quota raised every request is billed, and the estimate of those above the
	// limit changes no amount: a pricing that shows no detail (an analysis's probe, priced
	// with the quota raised) leaves it out.
	throttling := model.Throttling{Limit: concurrencyLimit(l.ConcurrencyLimit)}
	if detail || !l.QuotaRaised {
		throttling = lambdaThrottling(series, classes, ms, l.ConcurrencyLimit, peak)
	}
	if throttling.Requests > 0 && !l.QuotaRaised {
		// Throttled requests are not invocations: AWS bills none of them. They are on-demand
		// requests (provisioned environments serve what they can first).
		c.Throttled = min(throttling.Requests, c.OnDemand)
		throttling.Unbilled = c.Throttled
	}
	return c.Usage(w.Region, string(l.Architecture), f.MemoryMB), lambdaConcurrency(series, classes, ms), &cold, &throttling, nil
}

// lambdaCounts is the function's month in counts before its cold starts and throttling:
// its requests (the hours grouped by count in classes), those served by the pc provisioned
// environments of each hour (nil: none) and on demand, each billed ms. The requests,
// duration and storage are what AWS's rules give for the file's figures.
func lambdaCounts(w model.Workload, series []int64, classes *demand.HourClasses, pc []int64, ms int64) pricing.LambdaCounts {
	l := configOf(w)
	total := classes.Total()
	served := provisionedServed(series, pc, ms)
	c := pricing.LambdaCounts{
		Requests: total, OnDemand: total - served, OnProvisioned: served, BilledMs: ms,
		ExtraStorageMB: max(l.EphemeralStorageMB-pricing.LambdaFreeStorageMB, 0),
		// AWS's Provisioned Concurrency example 1 gives such a function the free tier for its
		// requests and its on-demand duration (see pricing.LambdaUsage.FreeTierEligible).
		FreeTierEligible: l.FreeTier,
	}
	if pc != nil {
		c.ProvisionedSeconds = provisionedSeconds(pc)
	}
	return c
}

// coldStarts estimates the workload's cold starts over the month's hours (grouped in classes,
// or nil), with pc provisioned environments each hour (nil: none).
func coldStarts(w model.Workload, series []int64, classes *demand.HourClasses, pc []int64, billedMs decimal.Decimal, totalOnly bool) model.ColdStarts {
	cfg := configOf(w).ColdStart
	cfg.MemoryMB = w.Function.MemoryMB
	cfg.Architecture = configOf(w).Architecture
	return EstimateColdStarts(ColdStartInput{Requests: series, BilledMs: billedMs, Provisioned: pc, classes: classes, totalOnly: totalOnly}, cfg)
}

// provisionedSeries is the provisioned concurrency enabled in each hour, by its schedule; nil
// when there is none.
func provisionedSeries(l model.LambdaConfig, hourly model.Hourly) []int64 {
	if l.ProvisionedConcurrency == 0 {
		return nil
	}
	s := l.ProvisionedSchedule
	pc := make([]int64, len(hourly.Requests))
	for h := range pc {
		on := true
		switch s.Kind {
		case model.Weekly:
			on = demand.InWindow(int(hourly.WeekHour[h]), s.Days, s.StartHour, s.EndHour)
		case model.Bursts:
			on = hourly.InBurst[h]
		}
		if on {
			pc[h] = l.ProvisionedConcurrency
		}
	}
	return pc
}

// provisionedSeconds is the month's provisioned environment-seconds: each stretch of hours at
// one level is enabled time billed in whole 5-minute blocks (whole hours always are).
func provisionedSeconds(pc []int64) int64 {
	var total int64
	for _, n := range pc {
		total += n * pricing.ProvisionedSeconds(model.SecondsPerHour)
	}
	return total
}

// provisionedServed counts the requests served by provisioned environments: in each hour,
// up to what pc environments can process back to back (pc x 3,600,000 ms / billed ms), the
// rest spilling to on-demand.
func provisionedServed(series, pc []int64, ms int64) int64 {
	if pc == nil {
		return 0
	}
	served := int64(0)
	for h, r := range series {
		if pc[h] > 0 {
			served += min(r, pc[h]*model.MsPerHour/ms)
		}
	}
	return served
}

// lambdaConcurrency is the mean concurrency in each hour by Little's law (arrival rate x
// duration), rounded up to whole environments.
func lambdaConcurrency(series []int64, classes *demand.HourClasses, billedMs int64) model.Capacity {
	return model.CapacityOver(series, classes, concurrentExecutions, func(requests int64) int64 {
		return model.CeilMulDiv(requests, billedMs, model.MsPerHour)
	})
}

// concurrentExecutions are what Lambda's capacity counts: the environments running at once,
// said by the busiest hour's peak (Lambda bills GB-seconds, not environment-hours).
var concurrentExecutions = model.CapacityUnit{Name: "concurrent executions", Label: "Concurrency",
	Noun: "concurrent execution", Concurrency: true}

func lambdaSummary(w model.Workload) string {
	s := fmt.Sprintf("%s %s, %s billed", humanize.Megabytes(w.Function.MemoryMB), configOf(w).Architecture, humanize.Milliseconds(pricing.LambdaBilledMs(w.Function.DurationMs)))
	if l := configOf(w); l.ProvisionedConcurrency > 0 {
		s += ", " + humanize.Count(l.ProvisionedConcurrency) + " provisioned"
		switch l.ProvisionedSchedule.Kind {
		case model.Weekly:
			s += fmt.Sprintf(" %d:00-%d:00 on %s a week", l.ProvisionedSchedule.StartHour, l.ProvisionedSchedule.EndHour, humanize.Plural(int64(len(l.ProvisionedSchedule.Days)), "day", "days"))
		case model.Bursts:
			s += " in bursts"
		}
	}
	if configOf(w).EphemeralStorageMB > pricing.LambdaFreeStorageMB {
		s += ", " + humanize.Megabytes(configOf(w).EphemeralStorageMB) + " /tmp"
	}
	if configOf(w).FreeTier {
		s += ", free tier"
	}
	return s
}

// lambdaEstimate prices the service of d on Lambda, billing the flow's steps and the
// schedules' usages (scheduled) with it as one account, whose usages are its account part;
// with d.Detail, the warmer.
func lambdaEstimate(d *model.Demand, scheduled []pricing.LambdaUsage) model.Estimate {
	w, hourly, cat := d.Workload, d.Entry(), d.Catalog
	e := model.Estimate{Platform: model.PlatformLambda, Summary: lambdaSummary(w)}
	u, capacity, cold, throttling, reasons := lambdaUsage(w, hourly, d.PeakWindow(), d.Detail)
	steps, stepReasons := d.FlowLambdaUsages()
	if reasons = append(reasons, stepReasons...); len(reasons) > 0 {
		return model.Infeasible(e, reasons...)
	}
	usages := append(append([]pricing.LambdaUsage{u}, steps...), scheduled...)
	bill, err := cat.LambdaBill(usages, false)
	if err != nil {
		return model.Infeasible(e, err.Error())
	}
	e.Capacity = capacity
	extra := &model.LambdaDetail{ColdStarts: cold, Throttling: throttling}
	e.Detail = extra
	e.Unpriced = bill.Unpriced
	e.Account = &model.LambdaAccount{Usages: usages, Bill: bill.Total()}
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
	return model.Priced(e, bill.Items)
}

// warmer prices a scheduled warmer keeping one environment of the function warm, as the
// cheap alternative to provisioned concurrency people reach for; nil if it cannot be priced.
func warmer(w model.Workload, hours int, cat *pricing.Catalog) *model.Warmer {
	cost := EstimateWarmer(WarmerConfig{MemoryMB: w.Function.MemoryMB}, int64(hours))
	bill, err := cat.LambdaBill([]pricing.LambdaUsage{{Region: w.Region, Architecture: string(configOf(w).Architecture),
		Requests: decimal.NewFromInt(cost.Invocations), DurationGBSeconds: cost.GBSeconds}}, false)
	if err != nil || !bill.Complete() {
		return nil
	}
	return &model.Warmer{WarmerCost: cost, MonthlyCost: bill.Total()}
}
