package fargate

import (
	"fmt"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// taskSize is the Fargate task of one run: the schedule's TaskVCPU and TaskMemoryGB, or what
// the user left out chosen as for the service (the smallest size with Lambda's CPU share at
// MemoryMB that holds MemoryMB). ok is false when no size holds MemoryMB (see defaultSize).
func taskSize(s model.Schedule) (size pricing.FargateSize, ok bool) {
	t := scheduleOf(s)
	if t.TaskVCPU.IsPositive() && t.TaskMemoryGB.IsPositive() {
		return pricing.FargateSize{VCPU: t.TaskVCPU, MemoryGB: t.TaskMemoryGB}, true
	}
	return defaultSize(t.TaskVCPU, t.TaskMemoryGB, model.CPUShare(s.MemoryMB), model.MBToGB(s.MemoryMB))
}

// schedule bills the schedule as scheduled tasks (EventBridge Scheduler or ECS scheduled
// tasks starting Parallel tasks a run). Fargate bills each task per second, rounded up, with a
// one-minute minimum, from the start of the image pull to the task's end: a work run is billed
// FargateBilledSeconds(DurationMs), an early exit FargateBilledSeconds(EarlyExitMs).
func schedule(j *model.ScheduledJob) model.Estimate {
	w, s := j.Workload, j.Schedule
	size, fits := taskSize(s)
	work, exits := j.Runs()
	workS, exitS := taskSeconds(s.DurationMs), taskSeconds(s.EarlyExitMs)
	e := model.Estimate{Platform: model.PlatformFargate, Summary: fmt.Sprintf("%s vCPU / %s GB %s, %s a run, %s s billed per run with work (billing starts with the image pull: include it in duration_ms)",
		size.VCPU, size.MemoryGB, configOf(w).Architecture, humanize.Plural(model.ParallelTasks(s), "task", "tasks"), humanize.Quantity(workS))}
	if exits.IsPositive() {
		e.Summary += ", " + humanize.Quantity(exitS) + " s per early exit"
	}
	if !fits {
		e.Summary = "no task size holds " + humanize.Megabytes(s.MemoryMB)
		return model.Infeasible(e, noFit(scheduleOf(s).TaskVCPU, s.MemoryMB, "task_vcpu", "memory_mb"))
	}
	if err := pricing.CheckFargateSize(size.VCPU, size.MemoryGB); err != nil {
		return model.Infeasible(e, err.Error())
	}
	if size.MemoryGB.LessThan(model.MBToGB(s.MemoryMB)) {
		e.Warnings = append(e.Warnings, fmt.Sprintf("the task's %s GB is less than memory_mb %s", size.MemoryGB, humanize.Count(s.MemoryMB)))
	}
	items, err := j.Catalog.FargateBill(usage(w, size, j.PerMonth(work.Mul(workS).Add(exits.Mul(exitS)), secondsPerHour)))
	if err != nil {
		return model.Infeasible(e, err.Error())
	}
	return model.Priced(e, model.ScheduledItems(items, "fargate.", s.Name))
}

// eventDriven compares the job's scheduled tasks (scheduled, its estimate) with one task per
// work item, each billed at least a minute: work items x seconds / 3,600 task-hours.
func eventDriven(j *model.ScheduledJob, scheduled model.Estimate) model.TriggerComparison {
	if !scheduled.Feasible {
		return model.TriggerComparison{Reasons: scheduled.Reasons}
	}
	s := j.Schedule
	size, _ := taskSize(s)
	items := decimal.NewFromInt(s.WorkItemsPerMonth)
	taskHours := items.Mul(taskSeconds(s.DurationMs)).DivRound(decimal.NewFromInt(secondsPerHour), model.SchedulePlaces)
	return model.CompareTriggers(
		func() ([]pricing.LineItem, error) { return scheduled.LineItems, nil },
		func() ([]pricing.LineItem, error) { return j.Catalog.FargateBill(usage(j.Workload, size, taskHours)) })
}

// usage is the workload's tasks of size for taskHours.
func usage(w model.Workload, size pricing.FargateSize, taskHours decimal.Decimal) pricing.FargateUsage {
	return pricing.FargateUsage{Region: w.Region, Architecture: string(configOf(w).Architecture),
		VCPU: size.VCPU, MemoryGB: size.MemoryGB, StorageGB: configOf(w).EphemeralStorageGB, TaskHours: taskHours}
}

// taskSeconds is what Fargate bills for one task that runs ms milliseconds.
func taskSeconds(ms decimal.Decimal) decimal.Decimal {
	return pricing.FargateBilledSeconds(ms.Shift(-3)) // ms to seconds: exact
}

// secondsPerHour is the seconds in an hour.
const secondsPerHour = 3600
