package workers

import (
	"fmt"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// cronMaxDurationMs is the longest a Cron Trigger invocation may run, wall time: "15 min Cron
// Trigger" (Cloudflare docs, Workers limits, Worker limits table, Duration, Standard).
const cronMaxDurationMs = 15 * 60 * 1000

// schedule bills one scheduled job as a Cron Trigger: Cloudflare runs the Worker's scheduled
// handler on the cron, each invocation billed as a request and its CPU time (Cloudflare docs,
// Workers pricing, example 3: "A Worker that runs on a Cron Trigger once an hour", 720
// requests a month at 180,000 ms of CPU each). Each of a run's parallel invocations is one
// request. A schedule states a duration, not CPU time: its CPU time is the section's
// cpu_percent_of_duration of duration_ms (early exits of early_exit_ms). A Cron Trigger
// invocation may use up to 15 minutes of CPU time (WorkersScheduledCPULimitMs) and run 15
// minutes of wall time (cronMaxDurationMs). The job is
// billed alone in the account, the $5 minimum and its included usage with it; its use is the
// estimate's account part, billed with the service's.
func schedule(j *model.ScheduledJob) model.Estimate {
	w, s := j.Workload, j.Schedule
	c := ConfigOf(w)
	work, exits := j.Runs()
	workCPU, exitCPU := cpuShare(s.DurationMs, c), cpuShare(s.EarlyExitMs, c)
	e := model.Estimate{Platform: ID, Summary: fmt.Sprintf("Cron Trigger, %s CPU per run with work (%s%% of duration_ms), %s a run, billed as if alone in the account",
		humanize.Milliseconds(workCPU), humanize.Quantity(c.CPUPercentOfDuration), humanize.Plural(model.ParallelTasks(s), "invocation", "invocations"))}
	reasons := cpuLimits(workCPU, pricing.WorkersScheduledCPULimitMs, true)
	if s.DurationMs.GreaterThan(decimal.NewFromInt(cronMaxDurationMs)) {
		reasons = append(reasons, fmt.Sprintf("duration of a Cron Trigger invocation: duration_ms %s is above the 15 minutes (%s ms) a Cron Trigger may run (Cloudflare docs, Workers limits, Duration: %s)",
			humanize.Quantity(s.DurationMs), humanize.Count(cronMaxDurationMs), limitsPage))
	}
	if len(reasons) > 0 {
		return model.Infeasible(e, reasons...)
	}
	e.Warnings = memoryWarnings("memory_mb", s.MemoryMB)
	use := pricing.WorkersUse{
		// A month's averaged runs can be a fraction of a request: billed whole, rounded up.
		Requests: j.PerMonth(j.Invocations(), 1).Ceil().IntPart(),
		CPUMs:    j.PerMonth(work.Mul(workCPU).Add(exits.Mul(exitCPU)), 1),
	}
	b, err := bill(j.Catalog, []pricing.WorkersUse{use})
	if err != nil {
		return model.Infeasible(e, err.Error())
	}
	e.Unpriced = b.Unpriced
	e.Account = &Account{Uses: []pricing.WorkersUse{use}, Bill: b.Total()}
	return model.Priced(e, model.ScheduledItems(b.Items, "workers.", s.Name))
}

// schedulesOnly bills a workload of schedules alone: every schedule's Cron Triggers as one
// account, the $5 minimum once.
func schedulesOnly(d *model.Demand) model.Estimate {
	e := model.SchedulesBilled(model.Priced(model.Estimate{Platform: ID}, nil))
	uses := scheduledUses(d.Schedules)
	if len(uses) == 0 {
		return e
	}
	b, err := bill(d.Catalog, uses)
	if err != nil {
		return model.Infeasible(e, err.Error())
	}
	e.Account = &Account{Uses: uses, Bill: b.Total()}
	e.Unpriced = b.Unpriced
	return model.Priced(e, b.Items)
}
