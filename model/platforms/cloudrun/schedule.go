package cloudrun

import (
	"fmt"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// schedule bills the schedule as a Cloud Run job run by Cloud Scheduler: each run starts
// Parallel tasks, each task an instance billed for its run at the instance-based rates, the
// row "Services with CPU always allocated, Jobs" of cloud.google.com/run/pricing, rounded up
// to 100 ms, with no request fee; jobs draw on the instance-based free tier ("Instance-based
// billing & jobs free tier", pricing/data/cloudrun.yaml). A task's size is the fewest vCPUs
// that allow memory_mb and memory_mb in GiB (as for the service, defaultSize). Billed alone
// here, without the free tier: the workload's estimate bills its jobs with the service as one
// billing account (the account part). Cloud Scheduler starts it: one Cloud Scheduler job a
// month ($0.10, three free per billing account: https://cloud.google.com/scheduler/pricing),
// billed on the job's use, so that the free jobs are the account's too.
func schedule(j *model.ScheduledJob) model.Estimate {
	s := j.Schedule
	c := ConfigOf(j.Workload)
	vcpu, mem, ok := defaultSize(decimal.Zero, decimal.Zero, s.MemoryMB)
	e := model.Estimate{Platform: ID, Summary: fmt.Sprintf("Cloud Run job, %s vCPU / %s GiB, %s a run, %s ms billed per task with work",
		vcpu, mem, humanize.Plural(model.ParallelTasks(s), "task", "tasks"), humanize.Quantity(billedMs(s.DurationMs)))}
	if !ok {
		e.Summary = "no Cloud Run job task holds " + humanize.Megabytes(s.MemoryMB)
		return model.Infeasible(e, fmt.Sprintf("no Cloud Run job task holds memory_mb %s: the largest is 8 vCPU / 32 GiB (%s)", humanize.Count(s.MemoryMB), sizesSource))
	}
	work, exits := j.Runs()
	ms := work.Mul(billedMs(s.DurationMs)).Add(exits.Mul(billedMs(s.EarlyExitMs)))
	use := pricing.CloudRunUse{Region: c.Region, InstanceBased: true, VCPU: vcpu, MemoryGiB: mem,
		InstanceSeconds: j.PerMonth(ms, 1000), SchedulerJobs: 1} // ms to seconds
	pc, err := j.Catalog.Provider(provider)
	if err != nil {
		return model.Infeasible(e, err.Error())
	}
	bill, err := pc.CloudRunBill([]pricing.CloudRunUse{use})
	if err != nil {
		return model.Infeasible(e, err.Error())
	}
	use.Free = c.FreeTier
	e.Account = &account{parts: []part{{use: use, schedule: s.Name}}, bill: bill.Total()}
	e.Unpriced = bill.Unpriced
	return model.Priced(e, model.ScheduledItems(bill.Items, provider+".", s.Name))
}

// billedMs is what one task of ms milliseconds bills, rounded up to 100 ms.
func billedMs(ms decimal.Decimal) decimal.Decimal {
	return pricing.BilledPeriodMs(ms, 0, pricing.CloudRunStepMs)
}

// jobParts are the schedules' Cloud Run jobs, from each schedule's estimate on Cloud Run (none
// where it cannot run: the engine then makes the workload infeasible on Cloud Run).
func jobParts(schedules []model.ScheduleResult) []part {
	var parts []part
	for _, s := range schedules {
		if a, ok := s.Estimate(ID).Account.(*account); ok {
			parts = append(parts, a.parts...)
		}
	}
	return parts
}
