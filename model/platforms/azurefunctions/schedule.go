package azurefunctions

import (
	"fmt"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// schedule bills one scheduled job as a timer trigger of the function app: "A timer trigger
// lets you run a function on a schedule" (Timer trigger for Azure Functions,
// https://learn.microsoft.com/azure/azure-functions/functions-bindings-timer), each run one
// execution per parallel task on the plan, billed as the plan bills executions; there is no
// scheduler fee. Its runs that find work take duration_ms, its early exits early_exit_ms. On
// Consumption each execution is billed alone; on Flex the parallel executions of a run share
// instances concurrency at a time, each group one busy period. Executions are whole: a month's
// averaged count is rounded up. The free grants apply as if the job were alone in the
// subscription; the workload's estimate bills it with the service, the grants once.
func schedule(j *model.ScheduledJob) model.Estimate {
	w, s := j.Workload, j.Schedule
	c := ConfigOf(w)
	e := model.Estimate{Platform: ID, Summary: fmt.Sprintf("timer trigger on %s, %s a run, %s per execution with work",
		planName(c.Plan), humanize.Plural(model.ParallelTasks(s), "execution", "executions"), humanize.Milliseconds(s.DurationMs))}
	mb := s.MemoryMB
	reasons, warnings := limits(c, "", s.DurationMs, mb, false)
	e.Warnings = warnings
	if len(reasons) > 0 {
		return model.Infeasible(e, reasons...)
	}
	cat, err := catalogOf(j.Catalog)
	if err != nil {
		return model.Infeasible(e, err.Error())
	}
	work, exits := j.Runs() // invocations in the window counted
	parallel := model.ParallelTasks(s)
	var a Account
	for _, run := range []struct {
		window, ms decimal.Decimal
	}{{work, s.DurationMs}, {exits, s.EarlyExitMs}} {
		if !run.window.IsPositive() {
			continue
		}
		n := j.PerMonth(run.window, 1).Ceil().IntPart()
		switch c.Plan {
		case Consumption:
			a.Consumption = append(a.Consumption, pricing.ConsumptionUse{Region: c.Region, Executions: n, DurationMs: run.ms, MemoryMB: decimal.NewFromInt(mb), Free: c.FreeGrants, Schedule: s.Name})
		case FlexConsumption:
			a.Flex = append(a.Flex, pricing.FlexUse{Region: c.Region, InstanceMemoryMB: c.InstanceMemoryMB, OnDemandSeconds: timerSeconds(j.PerMonth(run.window, parallel), run.ms, parallel, c.FlexConcurrency()),
				OnDemandExecutions: n, Free: c.FreeGrants, Schedule: s.Name})
		}
	}
	return billed(e, cat, &a)
}

// timerSeconds is the Flex instance time of runs a month, each starting parallel executions
// of ms that share instances concurrency at a time: runs x the instances a run needs
// (parallel / concurrency, rounded up) x one busy period (at least 1,000 ms, then 100 ms
// steps).
func timerSeconds(runs, ms decimal.Decimal, parallel, concurrency int64) decimal.Decimal {
	perRun := (parallel + concurrency - 1) / concurrency
	period := pricing.BilledPeriodMs(ms, pricing.FlexMinimumMs, pricing.FlexStepMs).Shift(-3)
	return runs.Mul(decimal.NewFromInt(perRun)).Mul(period)
}

// schedulesOnly bills a workload of timer triggers alone: their uses as one subscription.
func schedulesOnly(d *model.Demand) model.Estimate {
	e := model.Estimate{Platform: ID}
	var a Account
	for _, s := range d.Schedules {
		if p, ok := s.Estimate(ID).Account.(*Account); ok {
			a.add(p)
		}
	}
	if len(a.Flex)+len(a.Consumption) == 0 {
		return model.SchedulesBilled(model.Priced(e, nil))
	}
	cat, err := catalogOf(d.Catalog)
	if err != nil {
		return model.Infeasible(e, err.Error())
	}
	return billed(e, cat, &a)
}

// planName is how the output names plan p.
func planName(p Plan) string {
	if p == FlexConsumption {
		return "Flex Consumption"
	}
	return "Consumption"
}
