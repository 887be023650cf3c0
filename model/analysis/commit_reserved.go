package analysis

import (
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// ReservedAdvice is how many instances of an EC2 workload's type a Standard Reserved
// Instance (no upfront) pays for: a reservation costs its rate every hour of the term, used
// or not, and saves the on-demand rate in each hour the fleet runs at least that many
// instances, so the n-th instance pays when the fleet runs n or more in at least the
// break-even share of the hours, the reserved rate over the on-demand rate.
//
// Fargate has no Reserved Instances (AWS sells Fargate capacity on demand, as Spot and under
// Savings Plans: https://aws.amazon.com/fargate/pricing/): a Fargate workload's advice
// (Platform fargate, NoReservations) says so, and what share of its baseline the Compute
// Savings Plan's optimum commitment covers instead.
type ReservedAdvice struct {
	Workload string
	Platform model.Platform
	// NoReservations says the platform has no Reserved Instances (Fargate): PlanCovered and
	// PlanCoverage are then the month's on-demand cost of its usage the optimum Compute
	// Savings Plan commitment covers, and its share of the usage's OnDemandMonth (percent),
	// PlanCovers saying the plan covers the usage at all (else Reason says why not).
	NoReservations bool
	PlanCovers     bool
	PlanCovered    decimal.Decimal
	PlanCoverage   decimal.Decimal
	OnDemandMonth  decimal.Decimal
	InstanceType   string
	Purchase       model.Purchase
	// Priced says a reserved rate was had (published or the buyer's); Reason and StateWith
	// say why not and how to state one.
	Priced    bool
	Reason    string
	StateWith string
	Rate      OptionRate
	OnDemand  decimal.Decimal
	// BreakEvenPercent is the reserved rate over the on-demand rate, in percent: the share
	// of hours an instance must run for its reservation to pay.
	BreakEvenPercent decimal.Decimal
	// Count is the instances to reserve: the most n whose fleet runs n or more instances in
	// at least BreakEvenPercent of the hours; Saving is the month's saving against all on
	// demand at that count.
	Count  int64
	Saving decimal.Decimal
}

// reservedAdvice plans the reservations of each workload on EC2 with its instances on
// demand, and says of each Fargate service that it has none, with the plan's coverage of it.
func reservedAdvice(usages []CommitUsage, workloads []model.Workload, cat *pricing.Catalog, years int64) []ReservedAdvice {
	p := model.PurchaseOf(model.OfferStandardReserved, years, model.NoUpfront)
	var out []ReservedAdvice
	for i, u := range usages {
		if u.Platform == model.PlatformFargate && len(u.perHour) > 0 {
			out = append(out, ReservedAdvice{Workload: u.Workload, Platform: u.Platform, NoReservations: true, PlanCovers: u.Covered,
				PlanCovered: u.PlanCovered, PlanCoverage: u.Coverage, OnDemandMonth: u.OnDemand, Reason: u.Reason, StateWith: u.StateWith})
			continue
		}
		if u.Platform != model.PlatformEC2 || len(u.counts) == 0 {
			continue
		}
		a := ReservedAdvice{Workload: u.Workload, Platform: u.Platform, InstanceType: u.instanceType, Purchase: p, OnDemand: u.OnDemandRate}
		key := "ec2." + u.instanceType + "." + string(p)
		r, ok := statedRate(workloads[i], cat, model.PlatformEC2, p, key, u.OnDemandRate)
		if !ok {
			o := notPriced(PurchaseOption{Platform: model.PlatformEC2, Purchase: p}, key)
			a.Reason, a.StateWith = o.Reason, o.StateWith
			out = append(out, a)
			continue
		}
		a.Priced, a.Rate = true, r
		a.BreakEvenPercent = r.Price.Mul(decimal.NewFromInt(100)).DivRound(u.OnDemandRate, percentPlaces)
		a.Count, a.Saving = reservedCount(u.counts, u.OnDemandRate, r.Price)
		out = append(out, a)
	}
	return out
}

// reservedCount is the most instances n whose every reservation pays, n or more running
// in at least reserved/onDemand of the hours (hours x onDemand >= all hours x reserved,
// exact), and the month's saving with n reserved: each hour min(count, n) instances at
// on-demand saved, n reservations paid.
func reservedCount(counts []int64, onDemand, reserved decimal.Decimal) (int64, decimal.Decimal) {
	all := decimal.NewFromInt(int64(len(counts)))
	var peak int64
	for _, c := range counts {
		peak = max(peak, c)
	}
	var n int64
	for k := int64(1); k <= peak; k++ {
		var at int64
		for _, c := range counts {
			if c >= k {
				at++
			}
		}
		if decimal.NewFromInt(at).Mul(onDemand).LessThan(all.Mul(reserved)) {
			break
		}
		n = k
	}
	var used int64
	for _, c := range counts {
		used += min(c, n)
	}
	saving := decimal.NewFromInt(used).Mul(onDemand).Sub(decimal.NewFromInt(n).Mul(all).Mul(reserved))
	return n, saving
}
