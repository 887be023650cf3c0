package ec2

import (
	"fmt"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// scheduleEC2 prices the schedule on EC2 at the workload's purchase option.
//
// Dedicated: one instance kept running all month (hours), of the type the user wrote
// (userInstanceType) or else the cheapest non-burstable type with Lambda's CPU share at
// MemoryMB that holds MemoryMB.
//
// Service: the runs take capacity from the service's instances: each task is taken to occupy
// one instance for its run, so the hours added are runs x parallel x run seconds / 3,600 (work
// runs at DurationMs, early exits at EarlyExitMs, unrounded: the instances are already running)
// at the service type's rate.
func schedule(j *model.ScheduledJob) model.Estimate {
	w, s, hours, cat := j.Workload, j.Schedule, j.Month.Hours, j.Catalog
	e := model.Estimate{Platform: model.PlatformEC2}
	if hostOf(j) == model.ServiceInstances {
		return scheduleOnService(j, e)
	}
	typ := userInstanceType(w)
	if typ == "" {
		var ok bool
		if typ, ok = defaultInstance(w, cat, model.CPUShare(s.MemoryMB), model.MBToGB(s.MemoryMB)); !ok {
			return model.Infeasible(e, fmt.Sprintf("no non-burstable %s instance type in the catalog has %s", model.FunctionSettingsOf(w).Architecture, humanize.Megabytes(s.MemoryMB)))
		}
	}
	e.Summary = fmt.Sprintf("a dedicated %s %s, running all %d hours", typ, configOf(w).Purchase, hours)
	it, ok := cat.InstanceTypes[typ]
	if !ok {
		return model.Infeasible(e, unknownInstance(typ, cat))
	}
	if warning := parallelWarning(s, it); warning != "" {
		e.Warnings = append(e.Warnings, warning)
	}
	items, err := cat.EC2Bill(ec2Usage(w, typ, decimal.NewFromInt(hours)))
	if err != nil {
		return model.Infeasible(e, err.Error())
	}
	return model.Priced(e, renameEC2(items, "ec2.scheduled."+s.Name+".instances", fmt.Sprintf("Schedule %s: dedicated %s, kept all month", s.Name, items[0].Name)))
}

func scheduleOnService(j *model.ScheduledJob, e model.Estimate) model.Estimate {
	w, s, cat := j.Workload, j.Schedule, j.Catalog
	typ := configOf(w).InstanceType
	e.Summary = fmt.Sprintf("on the service's %s %s instances: the capacity the runs take from the fleet, each task holding an instance for its run", typ, configOf(w).Purchase)
	if w.SchedulesOnly {
		return model.Infeasible(e, "the workload has no service whose instances the schedule could share: use ec2: dedicated")
	}
	it, ok := cat.InstanceTypes[typ]
	if !ok {
		return model.Infeasible(e, unknownInstance(typ, cat))
	}
	if warning := parallelWarning(s, it); warning != "" {
		e.Warnings = append(e.Warnings, warning)
	}
	work, exits := j.Runs()
	ms := work.Mul(s.DurationMs).Add(exits.Mul(s.EarlyExitMs))
	items, err := cat.EC2Bill(ec2Usage(w, typ, j.PerMonth(ms, msPerHour)))
	if err != nil {
		return model.Infeasible(e, err.Error())
	}
	return model.Priced(e, renameEC2(items, "ec2.scheduled."+s.Name+".instance_hours", fmt.Sprintf("Schedule %s: capacity taken from the service's %s", s.Name, items[0].Name)))
}

func ec2Usage(w model.Workload, typ string, hours decimal.Decimal) pricing.EC2Usage {
	return pricing.EC2Usage{Region: w.Region, InstanceType: typ, Purchase: string(configOf(w).Purchase),
		SpotDiscountPercent: configOf(w).SpotDiscountPercent, InstanceHours: hours}
}

// renameEC2 gives EC2Bill's single line item the schedule's id and name; as the schedule's,
// not the service's fleet, it has no Kind (see model.ScheduledItems).
func renameEC2(items []pricing.LineItem, id, name string) []pricing.LineItem {
	items[0].ID, items[0].Name, items[0].Kind = id, name, ""
	return items
}

// parallelWarning says when one instance cannot hold a run's parallel tasks in memory.
func parallelWarning(s model.Schedule, it pricing.InstanceType) string {
	need := model.MBToGB(s.MemoryMB * model.ParallelTasks(s))
	if !need.GreaterThan(it.MemoryGiB) {
		return ""
	}
	n := model.ParallelTasks(s)
	return fmt.Sprintf("%s of %s %s %s GB, more than one %s holds (%s GiB): a run needs several instances at once, or its tasks run in turn and take longer",
		humanize.Plural(n, "parallel task", "parallel tasks"), humanize.Megabytes(s.MemoryMB), humanize.Noun(n, "needs", "need"), humanize.Quantity(need), it.Name, humanize.Quantity(it.MemoryGiB))
}

// msPerHour is the milliseconds in an hour.
const msPerHour = 3_600_000
