package model

import (
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// Result is a set of workloads priced against one catalog.
type Result struct {
	Provenance
	// MonthsAhead is how many months of growth the traffic was projected forward.
	MonthsAhead int64
	Workloads   []WorkloadResult
	Portfolio   Portfolio
}

// WorkloadResult is one workload priced alone on every platform.
type WorkloadResult struct {
	Workload Workload
	// Requests is the month's requests hour by hour (empty when the traffic could not be
	// spread, e.g. an unknown time zone).
	Requests  []int64
	Estimates []Estimate // one per platform, in Platforms order
	// Schedules are the workload's scheduled jobs, each priced alone; their cost is also in
	// the Estimates (on Lambda billed with the service as one account).
	Schedules []ScheduleResult
	// Flow is the fan-out of the workload's requests and what each step costs (nil for a
	// workload of schedules alone).
	Flow *FlowResult
	// Cheapest is the feasible platform with the lowest monthly cost ("" if none is feasible),
	// among those that serve every request when any does (see Estimate.Serves); ties go to the
	// platform listed first.
	Cheapest Platform
}

// Estimate is the monthly bill of one workload on one platform.
type Estimate struct {
	Platform Platform
	Feasible bool
	// Reasons says why the platform cannot run the workload, when it is not feasible.
	Reasons []string
	// Warnings are problems the platform would run into, such as too many database
	// connections.
	Warnings []string
	// Summary describes the configuration priced, e.g. "1536 MB x86_64, 120 ms billed".
	Summary     string
	MonthlyCost decimal.Decimal
	// CostPerThousandRequests is MonthlyCost per 1,000 user requests (zero without traffic).
	CostPerThousandRequests decimal.Decimal
	LineItems               []pricing.LineItem
	// Unpriced lists what the estimate could not price for want of a rate: the estimate is
	// incomplete, and MonthlyCost leaves these out.
	Unpriced []pricing.Unpriced
	Capacity Capacity
	// Detail is what the platform reports beyond its bill, which no other platform's estimate
	// has (a *LambdaDetail on Lambda; nil where the platform has nothing more to say).
	Detail PlatformDetail
	// Account is the part of the bill the account pays once across its workloads (Lambda's
	// tiers and free tier), which the portfolio bills together by the platform's AccountBiller
	// (nil: none).
	Account AccountPart
	// services is what the services around the function use, for the portfolio's
	// account-level bill (nil: none); servicesCost is what their bill adds to MonthlyCost,
	// which the portfolio bills once for the account (the services' tiers and free
	// allowances are the account's).
	services     *pricing.Services
	servicesCost decimal.Decimal
	// sharedCost is what every platform's bill has alike, containerShared what Fargate's and
	// EC2's have (see withShared), worked out only for the break-even search.
	sharedCost, containerShared decimal.Decimal
	// behindContainers says the service sits behind the containers' front door and shares
	// their surroundings (see Demand.surround); function that it runs as the function, behind
	// the function's front door (Demand.SurroundFunction: the flow is priced on it);
	// schedulesBilled that the platform billed the schedules' usage with the service's
	// (Lambda's account), so that the engine adds none of their line items (withSchedules).
	behindContainers, function, schedulesBilled bool
}

// PlatformCost is one platform's monthly cost, or that it cannot run the workload.
type PlatformCost struct {
	Platform    Platform
	Feasible    bool
	MonthlyCost decimal.Decimal
}

// SharedCost is what an estimate's bill has alike with other platforms' (worked out only
// when priced with Options.Shared): what stays when the shared part is taken off two bills is
// their difference.
type SharedCost struct {
	// Every is what every platform's bill has alike: the flow's queues, topics, buses and
	// state machines, the schedules' Scheduler invocations, an RDS Proxy.
	Every decimal.Decimal
	// Containers is what the bills of platforms BehindContainers have alike with each other:
	// Every, and the front door, logs, data transfer and NAT they bill the same.
	Containers decimal.Decimal
	// BehindContainers says the service sits behind the containers' front door.
	BehindContainers bool
	// Surrounded says the bill carries the services around the function (the AWS
	// platforms'): Every is part of it. Another provider's bill lists them as not priced
	// instead (Demand.SurroundElsewhere), so no part of it is alike with an AWS bill's.
	Surrounded bool
}

// Shared is what the estimate's bill has alike with other platforms' (see SharedCost).
func (e Estimate) Shared() SharedCost {
	return SharedCost{Every: e.sharedCost, Containers: e.containerShared, BehindContainers: e.behindContainers, Surrounded: e.services != nil}
}

// Serves says the estimate serves every request: the platform turns none away that the bill
// leaves out (its Detail's Unserved: Lambda's concurrency limit).
func (e Estimate) Serves() bool {
	return e.Detail == nil || e.Detail.Unserved() == 0
}

// Complete says every quantity of the estimate was priced (nothing is in Unpriced).
func (e Estimate) Complete() bool { return len(e.Unpriced) == 0 }

// Capacity is how much of a platform's unit (tasks, instances, concurrent executions) the
// workload keeps busy over the month.
type Capacity struct {
	// Unit is what the platform counts (the zero unit: nothing to size).
	Unit      CapacityUnit
	Min, Max  int64 // fewest and most in any hour
	UnitHours int64 // sum over the month's hours
	// PerHour is the count in each hour of the month, for charts.
	PerHour HourSeries
	// BilledHours is the unit-hours billed: UnitHours less the minutes new units were not yet
	// running after a scale-out (tasks and instances only).
	BilledHours decimal.Decimal
	// LagHours counts the hours a scale-out left the fleet short for its first minutes.
	LagHours int64
}

// CapacityUnit is what a platform counts its capacity in, declared by the platform (Fargate's
// tasks, EC2's instances, Lambda's concurrent executions), so that the output says it
// without knowing the platform.
type CapacityUnit struct {
	// Name is the units in JSON, charts and messages: "tasks".
	Name string
	// Label heads the capacity line ("Tasks: 2-5 an hour"); Noun is one unit, as in its
	// billed unit-hours ("task-hours").
	Label, Noun string
	// Concurrency says the units are concurrent executions, said by the peak of the busiest
	// hour rather than billed by the unit-hour.
	Concurrency bool
}

// Estimate returns the estimate for platform p.
func (r WorkloadResult) Estimate(p Platform) Estimate { return estimateFor(r.Estimates, p) }

// FunctionEstimate is the estimate the workload's flow is priced on: that of the platform
// that runs its function as a function (it surrounded it with Demand.SurroundFunction:
// Lambda's). ok is false when no registered platform does, or it was not priced.
func (r WorkloadResult) FunctionEstimate() (e Estimate, ok bool) {
	return functionEstimate(r.Estimates)
}

// functionEstimate is the estimate of the platform that runs the workload's function as a
// function (it surrounded it with Demand.SurroundFunction: Lambda's): the flow is priced on
// it. ok is false when no registered platform does.
func functionEstimate(estimates []Estimate) (e Estimate, ok bool) {
	for _, x := range estimates {
		if x.function {
			return x, true
		}
	}
	return Estimate{}, false
}

// estimateFor returns the estimate for platform p among estimates (an empty, infeasible one
// if there is none).
func estimateFor(estimates []Estimate, p Platform) Estimate {
	for _, e := range estimates {
		if e.Platform == p {
			return e
		}
	}
	return Estimate{Platform: p}
}

// Portfolio is every workload priced together, as one AWS account is billed: Lambda's tiers
// and free tier, and the services' tiers and free allowances, apply once for the account
// rather than once per workload.
type Portfolio struct {
	Platforms []PortfolioTotal
	// Shown lists the platforms any workload is shown on (ShownOnAny), in the order of
	// Platforms: the portfolio's columns; the others' totals are of no workload shown there.
	// Priced lists those any workload was priced on (the shown and those that cannot run
	// one), whose totals JSON keeps.
	Shown, Priced []Platform
	// CheapestMix is the bill when each workload runs on its own cheapest platform, billed as
	// one account; CheapestMixUnpriced is what it lacks rates for.
	CheapestMix         decimal.Decimal
	CheapestMixUnpriced []pricing.Unpriced
}

// PortfolioTotal is what every feasible workload would cost on one platform.
type PortfolioTotal struct {
	Platform    Platform
	MonthlyCost decimal.Decimal
	// StandaloneSum is the sum of the per-workload estimates, each priced alone.
	StandaloneSum decimal.Decimal
	// Workloads counts the feasible workloads included; Excluded names the others.
	Workloads int
	Excluded  []string
	// LineItems is the account-level bill: Lambda's (on Lambda) and the services' around the
	// functions; what is billed per task, instance or resource is in the workloads' estimates.
	LineItems []pricing.LineItem
	// Unpriced is what any included estimate lacks a rate for: the total leaves it out.
	Unpriced []pricing.Unpriced
}

// Infeasible marks e as an estimate the platform cannot run, for reasons, and drops its
// capacity.
func Infeasible(e Estimate, reasons ...string) Estimate {
	e.Feasible = false
	e.Reasons = append(e.Reasons, reasons...)
	e.Capacity = Capacity{}
	return e
}

// Priced marks e as billed by items, its monthly cost their total.
func Priced(e Estimate, items []pricing.LineItem) Estimate {
	e.Feasible = true
	e.LineItems = items
	e.MonthlyCost = pricing.Total(items)
	return e
}

// SchedulesBilled is e saying the platform billed the schedules' usage with the service's
// (Lambda's account), so that the engine adds none of their line items to it (see
// withSchedules).
func SchedulesBilled(e Estimate) Estimate {
	e.schedulesBilled = true
	return e
}
