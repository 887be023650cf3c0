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
	_, peaks := d.containerWorkPeaks()
	e := fargateEstimate(d.Workload, peaks, d.peak.WindowMs, d.Catalog)
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
	return priced(Estimate{Platform: PlatformFargate}, nil)
}

// ec2Platform is EC2 instances of one type, bought on demand, reserved, under a Savings Plan or
// on spot, sized hour by hour like tasks.
type ec2Platform struct{}

func (ec2Platform) ID() Platform { return PlatformEC2 }

func (ec2Platform) Name() string { return "EC2" }

// Resolve chooses the instance type, its throughput and a burstable type's credit mode the
// file left out.
func (ec2Platform) Resolve(w *Workload, cat *pricing.Catalog) { resolveEC2(w, cat) }

func (ec2Platform) Estimate(d *Demand) Estimate {
	work, peaks := d.containerWorkPeaks()
	e := ec2Estimate(d.Workload, work, peaks, d.peak.WindowMs, d.Catalog)
	return d.surround(e, seat{fleet: true, unit: "instances", ebsGB: d.Workload.EC2.EBSGB}, e.Capacity.Max, connectionsPerInstance)
}

// connectionsPerInstance is what one instance opens to the database.
func connectionsPerInstance(db *Database) int64 { return db.ConnectionsPerInstance }

func (ec2Platform) Schedule(j *ScheduledJob) Estimate {
	return scheduleEC2(j.Workload, j.Schedule, j.runs, j.jobs, j.Month.Hours, j.Catalog, j.userType)
}

// SchedulesOnly bills nothing before each schedule's own line items (its tasks or instances).
func (ec2Platform) SchedulesOnly(*Demand) Estimate {
	return priced(Estimate{Platform: PlatformEC2}, nil)
}
