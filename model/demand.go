package model

import (
	"github.com/breakeven/breakeven/pricing"
)

// Demand is what a platform bills a workload's month from: the workload (defaults resolved),
// the month, the catalog, the user requests hour by hour and the schedules priced alone. The
// engine works out the flow, what surrounds the function and the peaks once, for every
// platform that needs them.
type Demand struct {
	Workload Workload
	Month    Month
	Catalog  *pricing.Catalog
	// Requests are the month's user requests hour by hour (nil for a workload that is only
	// its schedules).
	Requests []int64
	// Schedules are the workload's schedules, each priced alone on every platform.
	Schedules []ScheduleResult
	// Detail asks for the statistical extras that change no amount (Lambda's throttling
	// check, the warmer): analyses that need only the bills leave them out.
	Detail bool

	// plan is the flow's plan; entry the requests reaching the function hour by hour, with
	// the entry's retries; peak the window fleets and environments are sized over.
	plan  flowPlan
	entry Hourly
	peak  *peakWindow
	// lambda is the flow and what surrounds the function on Lambda; containers the same
	// behind the containers' front door (nil until asked for, see containerAround).
	lambda     around
	containers *around
	// work is the containers' work hour by hour, in entry-request equivalents, and peaks its
	// peak counts (nil until asked for, see containerWorkPeaks).
	work  []int64
	peaks *hourPeaks
	// scheduled are the schedules' Lambda usages, billed with the service as one account.
	scheduled []pricing.LambdaUsage
	// lambdaUsage is the Lambda usage the Lambda estimate billed, for the portfolio and the
	// flow's breakdown.
	lambdaUsage []pricing.LambdaUsage
}

// containerAround is the flow and what surrounds the function behind the containers' front
// door, worked out once.
func (d *Demand) containerAround() around {
	if d.containers == nil {
		a := newAroundPlanned(d.Workload, PlatformFargate, d.Requests, d.Month.Hours, d.plan, &d.lambda)
		d.containers = &a
	}
	return *d.containers
}

// containerWorkPeaks is the containers' work hour by hour and its peak counts, worked out once
// for every fleet sized from them.
func (d *Demand) containerWorkPeaks() ([]int64, hourPeaks) {
	if d.peaks == nil {
		c := d.containerAround()
		d.work = scaleSeries(d.Requests, c.entry.Mul(containerWork(d.Workload, c.plan)))
		peaks := d.peak.counts(d.work)
		d.peaks = &peaks
	}
	return d.work, *d.peaks
}

// surround adds to a platform's estimate of the service what every platform bills beside it:
// the database's RDS Proxy (with a warning when the peakUnits environments, tasks or
// instances, each opening perUnit(db) connections, open more than the database takes), the
// flow and the services around the function, and the schedules. A service behindContainers
// sits behind the containers' front door and bills each schedule's line items; otherwise it
// is Lambda's function, whose account bills the schedules' usage with the service's.
func (d *Demand) surround(e Estimate, behindContainers bool, peakUnits int64, perUnit func(*Database) int64) Estimate {
	a := d.lambda
	if behindContainers {
		a = d.containerAround()
		e.behindContainers = true
	}
	e = withDatabase(e, d.Workload, d.Month.Hours, d.Catalog, peakUnits, perUnit)
	e = withAround(e, a, d.Schedules, d.Catalog)
	return withSchedules(e, d.Schedules, behindContainers)
}

// ScheduledJob is one schedule of a workload (defaults resolved) to bill alone on a platform,
// with its runs in the month counted.
type ScheduledJob struct {
	Workload Workload
	Schedule Schedule
	Month    Month
	Catalog  *pricing.Catalog

	runs scheduleRuns
	jobs jobRuns
	// userType is the ec2.instance_type the user wrote ("" if the engine chose it).
	userType string
	// lambdaUsage is the job's Lambda usage when Lambda can run it, for the account's bill;
	// fargate and fargateSize the job's Fargate estimate and task, for the event-driven
	// comparison.
	lambdaUsage *pricing.LambdaUsage
	fargate     Estimate
	fargateSize pricing.FargateSize
}
