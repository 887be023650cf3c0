// Package managedinstances is the AWS Lambda Managed Instances platform: the function run on
// EC2 instances Lambda manages in the account (a capacity provider), each execution
// environment serving many requests at once, billed per request, per instance-hour at the
// instance's EC2 rate (on demand, or the buyer's Savings Plan or Reserved Instance rate) and a
// management fee of 15% of the on-demand rate (pricing.ManagedInstancesBill). The instances
// follow the workload's concurrency hour by hour, never fewer than the minimum; the function
// sits where Lambda's does (its front door, its logs), in the VPC of the capacity provider.
// Package platforms registers it.
package managedinstances

import (
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// ID is the platform's id, "managedinstances".
const ID model.Platform = "managedinstances"

// Platform is Lambda Managed Instances behind model.PlatformPricer.
type Platform struct{}

// ID is "managedinstances".
func (Platform) ID() model.Platform { return ID }

// Name is "Lambda MI", short for a table's column.
func (Platform) Name() string { return "Lambda MI" }

// Resolve records the sizing the file left out (memory_gb, concurrency, instance_type) in the
// workload's Defaults; the settings keep them unset, worked out again from the function each
// time it is priced (sizingOf).
func (Platform) Resolve(w *model.Workload, cat *pricing.Catalog) {
	s, _ := sizingOf(*w, cat)
	for _, d := range s.Chosen() {
		w.Note(sectionKey+"."+d.Key, d.Value, d.Why)
	}
}

// Estimate bills the function on the instances with what surrounds it, as Lambda's: the same
// front door, flow and logs (Lambda Managed Instances keeps Lambda's event sources and
// CloudWatch logging), in the capacity provider's VPC, each environment at the peak opening
// a connection to the database.
func (Platform) Estimate(d *model.Demand) model.Estimate {
	e := estimate(d)
	var peak int64
	if det, ok := e.Detail.(*Detail); ok {
		peak = det.PeakEnvironments
	}
	return d.SurroundFunction(e, peak, model.FunctionSeat{PlatformLogKB: platformLogKB, VPC: true})
}

// platformLogKB is what Lambda writes to the function's log group for every invocation beside
// the function's own lines: taken as Lambda's START, END and REPORT lines, about 0.35 KB (the
// lines of AWS's example in the Lambda developer guide, "Monitoring and troubleshooting:
// CloudWatch Logs"); AWS publishes no separate figure for Managed Instances.
var platformLogKB = decimal.RequireFromString("0.35")

// Schedule bills one scheduled job as invocations on the instances (see schedule).
func (Platform) Schedule(j *model.ScheduledJob) model.Estimate { return schedule(j) }

// SchedulesOnly bills the minimum instances a workload of schedules alone keeps running all
// month for its jobs to be invoked on.
func (Platform) SchedulesOnly(d *model.Demand) model.Estimate { return schedulesOnly(d) }
