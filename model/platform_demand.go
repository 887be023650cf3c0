package model

import (
	"github.com/breakeven/breakeven/model/demand"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
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
	peak  *demand.PeakWindow
	// function is the flow and what surrounds the function run as a function (Lambda's);
	// containers the same behind the containers' front door (once haveContainers, see
	// containerAround).
	function, containers around
	haveContainers       bool
	// work is the containers' work hour by hour, in entry-request equivalents, and peaks its
	// peak counts (once havePeaks, see containerWorkPeaks).
	work      []int64
	peaks     demand.HourPeaks
	havePeaks bool
}

// containerAround is the flow and what surrounds the function behind the containers' front
// door, worked out once.
func (d *Demand) containerAround() around {
	if !d.haveContainers {
		d.containers = newAroundPlanned(d.Workload, fargateSeat, d.Requests, d.Month.Hours, d.plan, &d.function)
		d.haveContainers = true
	}
	return d.containers
}

// fargateSeat is where tasks sit: behind the containers' front door, each holding a public
// IPv4 address without NAT. The containers' flow and surroundings are worked out once at it.
var fargateSeat = seat{fleet: true, unit: "tasks"}

// ContainerWorkPeaks is the containers' work hour by hour and its peak counts, worked out once
// for every fleet sized from them.
func (d *Demand) ContainerWorkPeaks() ([]int64, demand.HourPeaks) {
	if !d.havePeaks {
		c := d.containerAround()
		d.work = scaleSeriesOf(d.Requests, d.function.users, c.entry.Mul(containerWork(d.Workload, c.plan)))
		d.peaks, d.havePeaks = d.peak.Counts(d.work), true
	}
	return d.work, d.peaks
}

// surround adds to a platform's estimate of the service what every platform bills beside it:
// the database's RDS Proxy (with a warning when the peakUnits environments, tasks or
// instances, each opening perUnit(db) connections, open more than the database takes), the
// flow and the services around the function for a service seated at st (a fleet behind the
// containers' front door, or Lambda's function). The engine adds the schedules after
// (withSchedules).
func (d *Demand) surround(e Estimate, st seat, peakUnits int64, perUnit func(*Database) int64) Estimate {
	a := d.function
	if st.fleet {
		a = d.containerAround()
		e.behindContainers = true
	} else {
		e.function = true
	}
	e = withDatabase(e, d.Workload, d.Month.Hours, d.Catalog, peakUnits, perUnit)
	return withAround(e, a, st, d.Schedules, d.Catalog)
}

// Entry is the requests reaching the function hour by hour, with the entry's retries (and
// the hours' classes, weeks and bursts of the month's requests).
func (d *Demand) Entry() Hourly { return d.entry }

// PeakWindow is the window fleets and environments are sized over, with its percentile.
func (d *Demand) PeakWindow() *demand.PeakWindow { return d.peak }

// FlowLambdaUsages is the Lambda usage of the flow's function steps and of the callers
// waiting on them, or the reasons Lambda cannot run them.
func (d *Demand) FlowLambdaUsages() ([]pricing.LambdaUsage, []string) {
	return d.function.lambdaUsages()
}

// FunctionSeat is what a platform that runs the workload's function as a function (Lambda)
// says of how it sits in what surrounds it: behind the function's front door
// (front_door.lambda), its logs vended logs.
type FunctionSeat struct {
	// PlatformLogKB is what the platform itself writes to the function's log group for every
	// invocation, beside the function's own logs.kb_per_invocation.
	PlatformLogKB decimal.Decimal
	// VPC says the function is attached to a VPC: it reaches the internet through the NAT
	// gateways the file has (else it needs none).
	VPC bool
}

// SurroundFunction is surround for the workload's function run as a function (Lambda's),
// seated as fs says, each of its peakEnvironments opening one connection to the database: a
// platform's service estimate e with the database's proxy, the flow and the services around
// the function. The flow's breakdown (WorkloadResult.Flow) is priced on the estimate it
// returns.
func (d *Demand) SurroundFunction(e Estimate, peakEnvironments int64, fs FunctionSeat) Estimate {
	st := functionSeat
	st.platformLogKB, st.vpc = fs.PlatformLogKB, fs.VPC
	return d.surround(e, st, peakEnvironments, oneConnection)
}

// oneConnection is what one execution environment opens to the database.
func oneConnection(*Database) int64 { return 1 }

// PeakWindowMs is the window, in milliseconds, a fleet's peak is sized over (see SizeFleet).
func (d *Demand) PeakWindowMs() int64 { return d.peak.WindowMs }

// SurroundFleet is surround for a fleet of units ("instances") behind the containers' front
// door, each with an ebsGB gp3 volume (0: none): a platform's service estimate e with the
// database's proxy, the flow and the services around it.
func (d *Demand) SurroundFleet(e Estimate, unit string, ebsGB, peakUnits int64, perUnit func(*Database) int64) Estimate {
	return d.surround(e, seat{fleet: true, unit: unit, ebsGB: ebsGB}, peakUnits, perUnit)
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
}

// Runs is the job's runs of work and its early exits in the month's window (see PerMonth).
func (j *ScheduledJob) Runs() (work, earlyExits decimal.Decimal) { return j.jobs.work, j.jobs.exits }

// PerMonth scales x, counted over the month's window of runs, to the month, divided by per.
func (j *ScheduledJob) PerMonth(x decimal.Decimal, per int64) decimal.Decimal {
	return j.runs.perMonth(x, per)
}

// Invocations is the job's invocations in the month's window of runs (runs x parallel
// tasks): those that find work and the early exits (see Runs, PerMonth).
func (j *ScheduledJob) Invocations() decimal.Decimal { return j.jobs.invocations }

// EntryOf is the requests reaching w's function hour by hour in month, with the entry's
// retries, as the Demand the engine prices w from gives them (Demand.Entry): w's traffic
// spread over the month's hours, scaled by the flow's entry attempts. w is as the engine
// priced it (WorkloadResult.Workload: its defaults resolved). A platform that prices many
// variants of its own configuration (Lambda's memory sweep) reads it once.
func EntryOf(w Workload, month Month) (Hourly, error) {
	hourly, err := w.Traffic.Expand(month)
	if err != nil {
		return Hourly{}, err
	}
	a := newAround(w, functionSeat, hourly.Requests, month.Hours)
	hourly.Requests = scaleSeries(hourly.Requests, a.entry.Mul(a.plan.EntryAttempts))
	return hourly, nil
}
