package ec2

import (
	"fmt"
	"strings"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/demand"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// estimate sizes instances hour by hour like tasks and prices the instance-hours at the
// purchase option's rate; a burstable type's fleet also keeps its CPU credit ledger over work,
// each hour's requests in entry-request equivalents (see withCredits).
func estimate(w model.Workload, work []int64, peaks demand.HourPeaks, windowMs int64, cat *pricing.Catalog) model.Estimate {
	c := configOf(w)
	it, ok := cat.InstanceTypes[c.InstanceType]
	e := model.Estimate{Platform: model.PlatformEC2, Summary: ec2Summary(c, it)}
	if c.InstanceType == "" {
		e.Summary = fmt.Sprintf("no instance type holds %s, %s", humanize.Megabytes(w.Function.MemoryMB), c.Purchase)
		return model.Infeasible(e, noFit(w, cat))
	}
	if !ok {
		return model.Infeasible(e, unknownInstance(c.InstanceType, cat))
	}
	fleet := c.Fleet
	fleet.RequestsPerSecondPerUnit = c.SizingThroughput(it)
	e.Capacity = model.SizeFleet(peaks, windowMs, fleet, instances)
	if why, over := model.FleetTooLarge(e.Capacity, "ec2.requests_per_second_per_instance", fleet); over {
		return model.Infeasible(e, why)
	}
	usage := pricing.EC2Usage{
		Region:              w.Region,
		InstanceType:        c.InstanceType,
		Purchase:            string(c.Purchase),
		SpotDiscountPercent: c.SpotDiscountPercent,
		InstanceHours:       e.Capacity.BilledHours,
	}
	e, usage = withCredits(e, usage, c, it, work, peaks.Classes)
	items, err := cat.EC2Bill(usage)
	if err != nil {
		return model.Infeasible(e, err.Error())
	}
	return model.Priced(e, items)
}

// unknownInstance says an instance type is not in the catalog, naming the sizes of its family
// that are.
func unknownInstance(name string, cat *pricing.Catalog) string {
	family, _, _ := strings.Cut(name, ".")
	var same []string
	for _, n := range cat.InstanceTypeNames() {
		if strings.HasPrefix(n, family+".") {
			same = append(same, n)
		}
	}
	msg := fmt.Sprintf("ec2.instance_type %s is not in the price catalog", name)
	if len(same) > 0 {
		msg += " (it has " + strings.Join(same, ", ") + ")"
	}
	return msg + "; `breakeven pricing` lists every type, and --pricing adds one"
}

// noFit says why no instance type was chosen for the workload: what was looked for (a
// non-burstable type of the Lambda architecture, on demand in the region, with Lambda's CPU
// share and the function's memory) and the most memory such a type has.
func noFit(w model.Workload, cat *pricing.Catalog) string {
	share := model.CPUShare(w.Function.MemoryMB)
	arch := string(model.FunctionSettingsOf(w).Architecture)
	most, largest := decimal.Zero, ""
	for _, name := range cat.InstanceTypeNames() {
		it := cat.InstanceTypes[name]
		if it.Burstable || it.Architecture != arch || decimal.NewFromInt(it.VCPU).LessThan(share) {
			continue
		}
		if _, err := cat.Rate(w.Region, fmt.Sprintf("ec2.%s.%s", name, model.OnDemand)); err != nil {
			continue
		}
		if it.MemoryGiB.GreaterThan(most) {
			most, largest = it.MemoryGiB, name
		}
	}
	msg := fmt.Sprintf("no non-burstable %s instance type priced on demand in %s holds function.memory_mb %s (%s GiB)",
		arch, w.Region, humanize.Count(w.Function.MemoryMB), humanize.Quantity(model.MBToGB(w.Function.MemoryMB)))
	if largest != "" {
		msg += fmt.Sprintf(": the largest, %s, has %s GiB", largest, humanize.Quantity(most))
	}
	return msg + "; name one with ec2.instance_type, or add one with --pricing"
}

// unlimited says a burstable type runs in unlimited mode (the default for t3, t3a, t4g).
func unlimited(c model.EC2Config) bool { return c.CPUCredits != model.CreditsStandard }

// ec2Summary describes the EC2 configuration priced.
func ec2Summary(c model.EC2Config, it pricing.InstanceType) string {
	if !it.Burstable {
		return fmt.Sprintf("%s %s, %s rps per instance", c.InstanceType, c.Purchase, humanize.Quantity(c.Fleet.RequestsPerSecondPerUnit))
	}
	mode := "unlimited"
	if !unlimited(c) {
		mode = "standard"
	}
	if sized := c.SizingThroughput(it); !sized.Equal(c.Fleet.RequestsPerSecondPerUnit) {
		return fmt.Sprintf("%s %s, %s rps per instance (its %s%% baseline of %s at full CPU), %s CPU credits",
			c.InstanceType, c.Purchase, humanize.Quantity(sized), it.Credits.BaselinePercent, humanize.Quantity(c.Fleet.RequestsPerSecondPerUnit), mode)
	}
	return fmt.Sprintf("%s %s, %s rps per instance at full CPU, %s CPU credits", c.InstanceType, c.Purchase, humanize.Quantity(c.Fleet.RequestsPerSecondPerUnit), mode)
}

// withCredits keeps the credit ledger of a burstable fleet: in unlimited mode the surplus
// credits to bill, in standard mode a warning when the baseline and the balance fall short.
// work is each hour's requests in entry-request equivalents, as the fleet was sized for
// (grouped in classes, or nil).
func withCredits(e model.Estimate, u pricing.EC2Usage, c model.EC2Config, it pricing.InstanceType, work []int64, classes *demand.HourClasses) (model.Estimate, pricing.EC2Usage) {
	if !it.Burstable {
		if c.CPUCredits != "" {
			e.Warnings = append(e.Warnings, fmt.Sprintf("ec2.cpu_credits applies to burstable types (t3, t3a, t4g) only: %s has no CPU credits", it.Name))
		}
		return e, u
	}
	rps := c.Fleet.RequestsPerSecondPerUnit
	fleet := newCreditFleet(it, e.Capacity, c.Fleet, unlimited(c))
	classes = demand.ClassesOf(classes, work)
	use := fleet.run(classes, cpuDemand(classes.Counts, it.VCPU, rps))
	if !unlimited(c) {
		if use.Short.IsPositive() {
			e.Warnings = append(e.Warnings, fmt.Sprintf("standard CPU credits: in %s the instances wanted %s vCPU-hours more than their %s%% baseline and banked credits gave, and were held at their baseline (requests queue): size for more, or use unlimited credits (estimate: %s)",
				humanize.Plural(use.ShortHours, "instance-hour", "instance-hours"), humanize.Quantity(use.Short.DivRound(decimal.NewFromInt(60), 3)), it.Credits.BaselinePercent, creditBasis(it, rps)))
		}
		return e, u
	}
	u.Surplus = &pricing.SurplusCredits{
		VCPUHours: use.Charged.DivRound(decimal.NewFromInt(60), model.HourPlaces), // 60 credits a vCPU-hour
		Estimate:  "estimate: " + creditBasis(it, rps),
	}
	return e, u
}

// creditBasis says what the CPU use of the credit ledger rests on.
func creditBasis(it pricing.InstanceType, rps decimal.Decimal) string {
	perRequest := decimal.NewFromInt(it.VCPU).DivRound(rps, 6)
	return fmt.Sprintf("each request takes %s vCPU-seconds (%s / %s rps at full CPU), hour by hour against %s's %s credits an hour (%s%% of each vCPU), at most %s banked or owed",
		humanize.Quantity(perRequest), humanize.Plural(it.VCPU, "vCPU", "vCPUs"), humanize.Quantity(rps), it.Name, humanize.Quantity(it.Credits.PerHour), it.Credits.BaselinePercent, humanize.Quantity(it.Credits.Max))
}

// cpuDemand is the CPU use in micro-credits of an hour of each count of work requests, each
// taking vcpus / rps vCPU-seconds (one instance serves rps a second at full CPU), so work x
// vcpus x 10^6 / (60 x rps) micro-credits, rounded. rps has at most model.ThroughputPlaces
// (six) decimal places.
func cpuDemand(work []int64, vcpus int64, rps decimal.Decimal) []int64 {
	out := make([]int64, len(work))
	micro := rps.Shift(model.ThroughputPlaces).IntPart()
	if micro <= 0 {
		return out
	}
	// vcpus x 10^6 / (60 x micro / 10^6) = vcpus x 5 x 10^10 / (3 x micro)
	num, den := vcpus*50_000_000_000, 3*micro
	for k, r := range work {
		out[k] = mulDivRound(r, num, den)
	}
	return out
}
