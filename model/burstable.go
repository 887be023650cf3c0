package model

import (
	"fmt"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/model/demand"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// SizingThroughput is what one instance of type it is sized on: for a burstable type sized
// by its baseline (standard mode, or a throughput the model worked out), what the baseline
// sustains of the full-CPU figure; otherwise the full-CPU figure itself.
func (c EC2Config) SizingThroughput(it pricing.InstanceType) decimal.Decimal {
	if it.Burstable && (c.SizedByBaseline || c.CPUCredits == CreditsStandard) {
		return BaselineThroughput(c.Fleet.RequestsPerSecondPerUnit, it)
	}
	return c.Fleet.RequestsPerSecondPerUnit
}

// BaselineThroughput is what a burstable type's baseline sustains when the type sustains full
// at 100% of its vCPUs: full x baseline %, truncated to 0.001 (the precision fleets are sized
// with) and never below it.
func BaselineThroughput(full decimal.Decimal, it pricing.InstanceType) decimal.Decimal {
	rps := full.Mul(it.Credits.BaselinePercent).Shift(-2).Truncate(3) // percent: exact
	return decimal.Max(rps, decimal.New(1, -3))
}

// unlimited says a burstable type runs in unlimited mode (the default for t3, t3a, t4g).
func (c EC2Config) unlimited() bool { return c.CPUCredits != CreditsStandard }

// ec2Summary describes the EC2 configuration priced.
func ec2Summary(c EC2Config, it pricing.InstanceType) string {
	if !it.Burstable {
		return fmt.Sprintf("%s %s, %s rps per instance", c.InstanceType, c.Purchase, humanize.Quantity(c.Fleet.RequestsPerSecondPerUnit))
	}
	mode := "unlimited"
	if !c.unlimited() {
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
func withCredits(e Estimate, u pricing.EC2Usage, c EC2Config, it pricing.InstanceType, work []int64, classes *demand.HourClasses) (Estimate, pricing.EC2Usage) {
	if !it.Burstable {
		if c.CPUCredits != "" {
			e.Warnings = append(e.Warnings, fmt.Sprintf("ec2.cpu_credits applies to burstable types (t3, t3a, t4g) only: %s has no CPU credits", it.Name))
		}
		return e, u
	}
	rps := c.Fleet.RequestsPerSecondPerUnit
	fleet := newCreditFleet(it, e.Capacity, c.Fleet, c.unlimited())
	classes = demand.ClassesOf(classes, work)
	use := fleet.run(classes, cpuDemand(classes.Counts, it.VCPU, rps))
	if !c.unlimited() {
		if use.Short.IsPositive() {
			e.Warnings = append(e.Warnings, fmt.Sprintf("standard CPU credits: in %s the instances wanted %s vCPU-hours more than their %s%% baseline and banked credits gave, and were held at their baseline (requests queue): size for more, or use unlimited credits (estimate: %s)",
				humanize.Plural(use.ShortHours, "instance-hour", "instance-hours"), humanize.Quantity(use.Short.DivRound(decimal.NewFromInt(60), 3)), it.Credits.BaselinePercent, creditBasis(it, rps)))
		}
		return e, u
	}
	u.Surplus = &pricing.SurplusCredits{
		VCPUHours: use.Charged.DivRound(decimal.NewFromInt(60), hourPlaces), // 60 credits a vCPU-hour
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
// vcpus x 10^6 / (60 x rps) micro-credits, rounded. rps has at most three decimal places.
func cpuDemand(work []int64, vcpus int64, rps decimal.Decimal) []int64 {
	out := make([]int64, len(work))
	milli := rps.Shift(3).IntPart()
	if milli <= 0 {
		return out
	}
	// vcpus x 10^6 / (60 x milli / 1000) = vcpus x 5 x 10^7 / (3 x milli)
	num, den := vcpus*50_000_000, 3*milli
	for k, r := range work {
		out[k] = mulDivRound(r, num, den)
	}
	return out
}
