package managedinstances

import (
	"fmt"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// schedule bills one scheduled job on the instances. An EventBridge Scheduler target invokes a
// function (the engine bills the Scheduler's invocations); on Lambda Managed Instances the
// function is one of the capacity provider's, run in execution environments on the instances
// the service keeps. The rule here: each run's invocations are billed as requests ($0.20 per
// million), and the job adds no instance-hours, its environments fitting on the minimum
// instances (min_instances, running all month). A job whose environments do not fit there
// (ceil(parallel / concurrency) environments of max(memory_mb, 2 GB) at the section's ratio,
// packed onto min_instances instances of the type) is one the platform cannot run without
// more instances: it says so, rather than guess when Lambda would add them.
func schedule(j *model.ScheduledJob) model.Estimate {
	w, s := j.Workload, j.Schedule
	c := ConfigOf(w)
	e := model.Estimate{Platform: ID, Summary: fmt.Sprintf("%s a run on the minimum instances, requests only", humanize.Plural(model.ParallelTasks(s), "invocation", "invocations"))}
	if reasons := limits(s.DurationMs, ""); len(reasons) > 0 {
		return model.Infeasible(e, reasons...)
	}
	job := w
	job.Function = model.Function{DurationMs: s.DurationMs, MemoryMB: s.MemoryMB}
	jc := c
	jc.MemoryGB, jc.Concurrency = decimal.Zero, 0
	if c.InstanceType == "" {
		service, reasons := sizingOf(w, j.Catalog)
		if len(reasons) > 0 {
			return model.Infeasible(e, reasons...)
		}
		jc.InstanceType = service.Instance.Name
	}
	job.SetSettings(ID, jc)
	size, reasons := sizingOf(job, j.Catalog)
	if len(reasons) > 0 {
		return model.Infeasible(e, reasons...)
	}
	need := model.CeilMulDiv(model.ParallelTasks(s), 1, size.Concurrency)
	if room := c.MinInstances * size.PerInstance; need > room {
		return model.Infeasible(e, fmt.Sprintf("the job's %s of %s GB do not fit on the %s of %s (%s): raise managed_instances.min_instances",
			humanize.Plural(need, "environment", "environments"), size.MemoryGB, humanize.Plural(c.MinInstances, "minimum instance", "minimum instances"),
			size.Instance.Name, humanize.Plural(room, "environment", "environments")))
	}
	invocations := j.PerMonth(j.Invocations(), 1).Ceil().IntPart()
	b, err := bill(j.Catalog, pricing.ManagedInstancesUse{Region: c.Region, Requests: invocations, InstanceType: size.Instance.Name})
	if err != nil {
		return model.Infeasible(e, err.Error())
	}
	e.Unpriced = b.Unpriced
	return model.Priced(e, model.ScheduledItems(b.Items, "lambda.managed_instances.", s.Name))
}

// schedulesOnly bills a workload of schedules alone: the minimum instances run all month, with
// the management fee, for the jobs to be invoked on (their requests are each schedule's own
// lines). The instance is the section's, or the cheapest that holds an environment of the
// function's memory (the engine bills no function traffic).
func schedulesOnly(d *model.Demand) model.Estimate {
	w, c := d.Workload, ConfigOf(d.Workload)
	e := model.Estimate{Platform: ID}
	s, reasons := sizingOf(w, d.Catalog)
	if len(reasons) > 0 {
		return model.Infeasible(e, reasons...)
	}
	hours := decimal.NewFromInt(c.MinInstances * d.Month.Hours)
	b, err := bill(d.Catalog, pricing.ManagedInstancesUse{Region: c.Region, InstanceType: s.Instance.Name, InstanceHours: hours, Purchase: string(c.Purchase)})
	if err != nil {
		return model.Infeasible(e, err.Error())
	}
	e.Unpriced = b.Unpriced
	return model.Priced(e, b.Items)
}
