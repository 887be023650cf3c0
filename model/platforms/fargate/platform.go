// Package fargate is the Fargate platform: ECS or EKS tasks of a size AWS offers, billed per
// vCPU-hour and GB-hour, sized hour by hour; the task size and throughput chosen when the file
// leaves them out; and the schedules as scheduled tasks, compared with one task per work item.
// Package platforms registers it.
package fargate

import (
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
)

// Platform is Fargate behind model.PlatformPricer (and model.TriggerPricer).
type Platform struct{}

// ID is model.PlatformFargate.
func (Platform) ID() model.Platform { return model.PlatformFargate }

// Name is "Fargate".
func (Platform) Name() string { return "Fargate" }

// Resolve chooses the task size and the throughput per task the file left out.
func (Platform) Resolve(w *model.Workload, _ *pricing.Catalog) { resolve(w) }

// Estimate sizes the tasks from the containers' work and bills them with what surrounds them.
func (Platform) Estimate(d *model.Demand) model.Estimate {
	_, peaks := d.ContainerWorkPeaks()
	e := estimate(d.Workload, peaks, d.PeakWindowMs(), d.Catalog)
	return d.SurroundFleet(e, "tasks", 0, e.Capacity.Max, connectionsPerTask)
}

// tasks are what Fargate's capacity counts.
var tasks = model.CapacityUnit{Name: "tasks", Label: "Tasks", Noun: "task"}

// connectionsPerTask is what one task opens to the database.
func connectionsPerTask(db *model.Database) int64 { return db.ConnectionsPerTask }

// Schedule bills one scheduled job as scheduled tasks.
func (Platform) Schedule(j *model.ScheduledJob) model.Estimate { return schedule(j) }

// EventDriven compares the job's scheduled tasks with one task per work item.
func (Platform) EventDriven(j *model.ScheduledJob, scheduled model.Estimate) model.TriggerComparison {
	return eventDriven(j, scheduled)
}

// SchedulesOnly bills nothing before each schedule's own line items (its tasks).
func (Platform) SchedulesOnly(*model.Demand) model.Estimate {
	return model.Priced(model.Estimate{Platform: model.PlatformFargate}, nil)
}
