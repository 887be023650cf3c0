package model

import "github.com/breakeven/breakeven/pricing"

// fargatePlatform is ECS or EKS on AWS Fargate: tasks of a size AWS offers, billed per
// vCPU-hour and GB-hour, sized hour by hour.
type fargatePlatform struct{}

func (fargatePlatform) ID() Platform { return PlatformFargate }

func (fargatePlatform) Name() string { return "Fargate" }

// Resolve chooses the task size and the throughput per task the file left out.
func (fargatePlatform) Resolve(w *Workload, _ *pricing.Catalog) { resolveFargate(w) }

func (fargatePlatform) Estimate(d *Demand) Estimate {
	_, peaks := d.ContainerWorkPeaks()
	e := fargateEstimate(d.Workload, peaks, d.PeakWindowMs(), d.Catalog)
	return d.surround(e, fargateSeat, e.Capacity.Max, connectionsPerTask)
}

// fargateSeat is where tasks sit: behind the containers' front door, each holding a public
// IPv4 address without NAT.
var fargateSeat = seat{fleet: true, unit: "tasks"}

// connectionsPerTask is what one task opens to the database.
func connectionsPerTask(db *Database) int64 { return db.ConnectionsPerTask }

func (fargatePlatform) Schedule(j *ScheduledJob) Estimate {
	j.fargate, j.fargateSize = scheduleFargate(j.Workload, j.Schedule, j.runs, j.jobs, j.Catalog)
	return j.fargate
}

// SchedulesOnly bills nothing before each schedule's own line items (its tasks).
func (fargatePlatform) SchedulesOnly(*Demand) Estimate {
	return Priced(Estimate{Platform: PlatformFargate}, nil)
}
