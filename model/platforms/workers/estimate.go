package workers

import (
	"fmt"
	"strings"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/demand"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// Sources of the rules the platform applies beyond the catalog's rates, for the reasons and
// notes it writes.
const (
	pricingPage = "https://developers.cloudflare.com/workers/platform/pricing/"
	limitsPage  = "https://developers.cloudflare.com/workers/platform/limits/"
)

// isolateMemoryMB is the memory of a Worker's isolate, fixed: "Each Workers instance can
// consume up to 128 MB of memory" (Cloudflare docs, Workers limits, "Memory"); there is no
// memory setting to price.
const isolateMemoryMB = 128

// estimate bills the month's requests on Workers (Standard usage model): the requests that
// run the Worker's code and their CPU time, the static-asset requests free, with the flow's
// function steps as Workers (flowUses) and the schedules' Cron Triggers as one account (the
// $5 minimum and its included usage once), and what the file describes around the function
// listed as not priced (SurroundElsewhere), but the data transfer out, which Cloudflare does
// not bill.
func estimate(d *model.Demand) model.Estimate {
	w := d.Workload
	c := ConfigOf(w)
	cpu := cpuPerRequest(w)
	e := model.Estimate{Platform: ID, Summary: summary(w, c, cpu)}
	if reasons := cpuLimits(cpu, c.CPULimitMs, false); len(reasons) > 0 {
		return model.Infeasible(e, reasons...)
	}
	e.Warnings = memoryWarnings("function.memory_mb", w.Function.MemoryMB)
	flow, reasons, warnings, unpriced := flowUses(d, c)
	if len(reasons) > 0 {
		return model.Infeasible(e, reasons...)
	}
	e.Summary += flowSummary(flow)
	e.Warnings = append(e.Warnings, warnings...)
	hourly := d.Entry()
	classes := demand.ClassesOf(hourly.Classes, hourly.Requests)
	requests := classes.Total()
	use := serviceUse(requests, c.StaticAssetPercent, cpu)
	uses := append(append([]pricing.WorkersUse{use}, flow...), scheduledUses(d.Schedules)...)
	b, err := bill(d.Catalog, uses)
	if err != nil {
		return model.Infeasible(e, err.Error())
	}
	e.Unpriced = append(b.Unpriced, unpriced...)
	e.Account = &Account{Uses: uses, Bill: b.Total()}
	e.Capacity = inFlight(hourly.Requests, classes, w.Function.DurationMs)
	e.Detail = &Detail{ColdStarts: noColdStarts(requests, w.Function.DurationMs)}
	e = d.SurroundElsewhere(model.SchedulesBilled(model.Priced(e, b.Items)), providerName)
	return freeEgress(e)
}

// serviceUse is the month's requests on the Worker: the static_asset_percent share served as
// static assets (free and unlimited; rounded down, so the billed requests are never fewer than
// the file's share leaves), the rest running the Worker's code for cpu ms each.
func serviceUse(requests int64, staticPercent, cpu decimal.Decimal) pricing.WorkersUse {
	static := decimal.NewFromInt(requests).Mul(staticPercent).Shift(-2).Floor().IntPart()
	worker := requests - static
	return pricing.WorkersUse{Requests: worker, StaticAssetRequests: static, CPUMs: cpu.Mul(decimal.NewFromInt(worker))}
}

// summary is "5 ms CPU a request (cpu_ms), 20% static assets (free), global (Cloudflare's
// edge)".
func summary(w model.Workload, c Config, cpu decimal.Decimal) string {
	s := humanize.Milliseconds(cpu) + " CPU a request"
	if c.CPUMs.IsPositive() {
		s += " (cpu_ms)"
	} else {
		s += fmt.Sprintf(" (%s%% of function.duration_ms)", humanize.Quantity(c.CPUPercentOfDuration))
	}
	if c.StaticAssetPercent.IsPositive() {
		s += fmt.Sprintf(", %s%% static assets (free)", humanize.Quantity(c.StaticAssetPercent))
	}
	return s + ", " + c.Region + " (Cloudflare's edge)"
}

// cpuLimits are the reasons an invocation of cpu ms breaks the Worker's CPU limit limitMs
// (a Cron Trigger's when scheduled), each naming the limit and its source.
func cpuLimits(cpu decimal.Decimal, limitMs int64, scheduled bool) []string {
	var reasons []string
	for _, p := range pricing.WorkersCPULimits(cpu, limitMs, scheduled) {
		reasons = append(reasons, p.Limit+": "+p.Message+" (Cloudflare docs, Workers limits: "+limitsPage+")")
	}
	return reasons
}

// memoryWarnings warns when key's memoryMB is above the isolate's 128 MB: the Lambda memory
// setting is what the function was given, not what it uses, so this is a warning to check,
// not a limit broken (a Worker over 128 MB has requests cancelled).
func memoryWarnings(key string, memoryMB int64) []string {
	if memoryMB <= isolateMemoryMB {
		return nil
	}
	return []string{fmt.Sprintf("%s is %s, above the %s of a Worker's isolate (Cloudflare docs, Workers limits: %s): the memory setting is not the memory used; check the code fits in %s",
		key, humanize.Megabytes(memoryMB), humanize.Megabytes(isolateMemoryMB), limitsPage, humanize.Megabytes(isolateMemoryMB))}
}

// requestsInFlight are what Workers' capacity counts: requests running at once, said by the
// busiest hour's peak (Workers bill requests and CPU time, not instances).
var requestsInFlight = model.CapacityUnit{Name: "requests in flight", Label: "Concurrency",
	Noun: "request in flight", Concurrency: true}

// inFlight is the requests in flight each hour: the hour's requests x their duration (the
// wall time, rounded up to the millisecond) / an hour, rounded up (Little's law). Workers
// publish no concurrency limit ("no general limit to the number of requests per second
// Workers can handle", Cloudflare docs, Workers limits), so it limits nothing.
func inFlight(series []int64, classes *demand.HourClasses, durationMs decimal.Decimal) model.Capacity {
	ms := durationMs.Ceil().IntPart()
	return model.CapacityOver(series, classes, requestsInFlight, func(requests int64) int64 {
		return model.CeilMulDiv(requests, ms, model.MsPerHour)
	})
}

// freeEgress takes the data transfer out that SurroundElsewhere lists off e's unpriced
// quantities and says in the summary that it costs nothing: "There are no additional charges
// for data transfer (egress) or throughput (bandwidth)" (Cloudflare docs, Workers pricing).
func freeEgress(e model.Estimate) model.Estimate {
	kept := e.Unpriced[:0:0]
	egress := false
	for _, u := range e.Unpriced {
		if strings.HasPrefix(u.Key, "data_transfer.") {
			egress = true
			continue
		}
		kept = append(kept, u)
	}
	e.Unpriced = kept
	if egress {
		e.Summary += ", data transfer out $0 (Cloudflare bills no egress)"
	}
	return e
}
