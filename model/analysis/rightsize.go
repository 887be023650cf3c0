package analysis

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// RightSizing is the cheapest Fargate task size and EC2 instance type for the workload's
// traffic, and the purchase options compared.
type RightSizing struct {
	// Skipped says why nothing was sized ("" when it was): a workload of schedules alone has
	// no service, a region the catalog lacks has no prices.
	Skipped string
	// Fargate is every task size worth pricing on the workload's Fargate architecture.
	Fargate PlatformSizing
	// EC2 is every instance type of the catalog worth pricing, at on-demand rates.
	EC2 PlatformSizing
	// Purchases are the ways to buy EC2 capacity for the current and the cheapest instance
	// type, then Compute Savings Plans for Lambda and Fargate (listed, not priced).
	Purchases []PurchaseOption
	// Assumptions say how the options were chosen and sized, for the output.
	Assumptions []string
}

// PlatformSizing is the right-sizing of one platform: the configuration priced now, and
// the alternatives ranked.
type PlatformSizing struct {
	Platform model.Platform
	// Current is the configuration the workload is priced with: the file's, with what it
	// left out chosen by the default rules.
	Current SizeOption
	// Ranked are the feasible options, best first: fewer warnings (such as a database's
	// connections exceeded), then lower monthly cost, then fewer vCPU, less memory, name.
	Ranked []SizeOption
	// Infeasible are the options priced that cannot run the workload, with their reasons.
	Infeasible []SizeOption
	// Excluded are the options left out before pricing, with why.
	Excluded []Exclusion
	// Throughput says how each option's per-unit throughput was found.
	Throughput string
	// Compared says Current and the best option are both feasible; Saving is then Current's
	// monthly cost less the best's (negative when the best costs more, e.g. when the current
	// type is burstable or bought with a discount).
	Compared bool
	Saving   decimal.Decimal
}

// Best returns the best option, if any is feasible.
func (p PlatformSizing) Best() (SizeOption, bool) {
	if len(p.Ranked) == 0 {
		return SizeOption{}, false
	}
	return p.Ranked[0], true
}

// SizeOption is one Fargate task size or EC2 instance type priced for the whole workload.
type SizeOption struct {
	// Name is "1 vCPU / 2 GB" for a Fargate size, the instance type for EC2.
	Name         string
	VCPU         decimal.Decimal
	MemoryGB     decimal.Decimal
	Architecture model.Architecture
	// RequestsPerSecondPerUnit is what one task or instance is taken to sustain: the figure
	// its fleet is sized on.
	RequestsPerSecondPerUnit decimal.Decimal
	// SizedByBaseline says a burstable type is sized by its baseline: RequestsPerSecondPerUnit
	// is then what the baseline sustains of FullCPURequestsPerSecond, what one sustains at full
	// CPU (the basis of its CPU credits). For any other option the two are the same.
	SizedByBaseline          bool
	FullCPURequestsPerSecond decimal.Decimal
	// Purchase is how the EC2 capacity is bought ("" for Fargate).
	Purchase model.Purchase
	Feasible bool
	Reasons  []string
	Warnings []string
	// Notes say what choosing the option implies: an arm64 build, less CPU per request
	// than Lambda gives.
	Notes []string
	// MinUnits and MaxUnits are the fewest and most tasks or instances in any hour;
	// BilledHours the task- or instance-hours billed.
	MinUnits, MaxUnits int64
	BilledHours        decimal.Decimal
	// MonthlyCost is the workload's whole bill on the platform with this option.
	MonthlyCost decimal.Decimal
}

// Exclusion is an option left out before pricing.
type Exclusion struct {
	Name   string
	Reason string
}

// mbPerGB converts MB to GB (1/1024, exact).
var mbPerGB = decimal.RequireFromString("0.0009765625")

// RightSize prices every Fargate task size and EC2 instance type worth considering for w
// and ranks them, then compares the ways to buy EC2 capacity. w is the workload as loaded
// (defaults unresolved): each option is priced through model.Price (its bills alone) with
// only its size (and throughput) set, so everything else is chosen as for the workload itself.
func RightSize(w model.Workload, cat *pricing.Catalog, month model.Month) RightSizing {
	if month.Hours == 0 {
		month = model.StandardMonth()
	}
	if w.SchedulesOnly {
		return RightSizing{Skipped: "the workload is only its schedules: there is no service to size"}
	}
	if _, ok := cat.Regions[w.Region]; !ok {
		return RightSizing{Skipped: fmt.Sprintf("the catalog has no prices for region %s", w.Region)}
	}
	base := bills(w, cat, month)
	var rs RightSizing // a platform the workload did not choose is not sized (its Platform is "")
	if w.PricedOn(model.PlatformFargate) {
		rs.Fargate = rightSizeFargate(w, base, cat, month)
	}
	if w.PricedOn(model.PlatformEC2) {
		rs.EC2 = rightSizeEC2(w, base, cat, month)
	}
	rs.Purchases = purchaseOptions(w, base, rs.EC2, cat, month)
	rs.Assumptions = rightSizeAssumptions
	return rs
}

// rightSizeAssumptions are the rules behind every right-sizing, as the output states them.
var rightSizeAssumptions = []string{
	"Fargate: each vCPU's smallest memory holding function.memory_mb (more memory costs more and serves no more).",
	"EC2: every type with an on-demand rate in the region and function.memory_mb, ranked on demand. Burstable types (t3, t3a, t4g) are sized by their baseline, the share of each vCPU they sustain on the credits they earn, and billed any surplus credits.",
	"Throughput scales with vCPU count.",
	"Purchase options: a commitment's or spot rate applies to every billed instance-hour, task-hour or GB-second the option covers, as if the commitment matched the usage exactly (breakeven commit sizes a Savings Plan hour by hour).",
}

// option reads a priced platform estimate into a size option.
func option(o SizeOption, e model.Estimate) SizeOption {
	o.Feasible = e.Feasible
	o.Reasons = e.Reasons
	o.Warnings = e.Warnings
	if e.Feasible {
		o.MinUnits, o.MaxUnits = e.Capacity.Min, e.Capacity.Max
		o.BilledHours = e.Capacity.BilledHours
		o.MonthlyCost = e.MonthlyCost
	}
	return o
}

// rank sorts feasible options into Ranked and the rest into Infeasible, and works out the
// saving of the best over the current.
func (p *PlatformSizing) rank(options []SizeOption) {
	for _, o := range options {
		if o.Feasible {
			p.Ranked = append(p.Ranked, o)
		} else {
			p.Infeasible = append(p.Infeasible, o)
		}
	}
	slices.SortStableFunc(p.Ranked, func(a, b SizeOption) int {
		return cmp.Or(
			cmp.Compare(len(a.Warnings), len(b.Warnings)),
			a.MonthlyCost.Cmp(b.MonthlyCost),
			a.VCPU.Cmp(b.VCPU),
			a.MemoryGB.Cmp(b.MemoryGB),
			cmp.Compare(a.Name, b.Name),
		)
	})
	if best, ok := p.Best(); ok && p.Current.Feasible {
		p.Compared = true
		p.Saving = p.Current.MonthlyCost.Sub(best.MonthlyCost)
	}
}

// scaledThroughput is what a unit of vcpus sustains when one of givenVCPU sustains given:
// given x vcpus / givenVCPU, truncated to model.ThroughputPlaces (the precision fleets are
// sized with) and never below model.MinThroughput.
func scaledThroughput(given, givenVCPU, vcpus decimal.Decimal) decimal.Decimal {
	rps, _ := given.Mul(vcpus).QuoRem(givenVCPU, model.ThroughputPlaces)
	return decimal.Max(rps, model.MinThroughput)
}

// throughputFrom says how per-unit throughput is found: scaled from the file's figure for
// its own size, or the model's default.
func throughputFrom(given decimal.Decimal, unit, size string) string {
	if given.IsPositive() {
		return fmt.Sprintf("the file's %s rps per %s for %s, scaled by vCPU count", humanize.Quantity(given), unit, size)
	}
	return "the model's default: requests assumed CPU-bound, vCPUs / (duration x Lambda's CPU share) at full load; measure yours"
}
