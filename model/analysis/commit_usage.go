package analysis

import (
	"strings"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// CommitUsage is one workload's usage on the platform it runs on, as a Compute Savings
// Plan sees it: its unit, its on-demand and plan rates, the month's on-demand cost of it,
// and whether the plan covers it (Reason and StateWith say why not and how to price it).
type CommitUsage struct {
	Workload string
	Platform model.Platform
	// Unit is what is counted each hour: "m7g.large instance-hours", "task-hours" or
	// "GB-seconds".
	Unit         string
	OnDemandRate decimal.Decimal
	PlanRate     OptionRate
	OnDemand     decimal.Decimal
	Covered      bool
	Reason       string
	StateWith    string
	// PlanCovered is the month's on-demand cost of the usage the optimum commitment covers,
	// Coverage its share of OnDemand in percent (both zero when not Covered).
	PlanCovered, Coverage decimal.Decimal
	// Allocated says the hour-by-hour units are the month's spread over the hours by their
	// requests (Lambda's duration: an allocation, the month's GB-seconds being billed as a
	// whole); the other platforms' are their fleets' hour-by-hour counts.
	Allocated bool
	// perHour is the units in each hour of the month; instanceType and counts (EC2) are for
	// reserved-instance planning.
	perHour      []decimal.Decimal
	instanceType string
	counts       []int64
}

// gbsPlaces is the precision of a GB-second figure allocated to an hour.
const gbsPlaces = 9

// commitUsages gathers every workload's usage on its cheapest platform, priced with opt, for
// a Compute Savings Plan of plan (savings-plan-1y or -3y). Each workload is priced and read in
// turn, as Price would price it in the set, so that no more than one priced result is held
// at a time (a set of 1,000 held 57 MB of them at once; its usages keep 15 MB).
func commitUsages(workloads []model.Workload, cat *pricing.Catalog, opt model.Options, plan model.Purchase) []CommitUsage {
	out := make([]CommitUsage, 0, len(workloads))
	for _, w := range workloads {
		out = append(out, commitUsageOf(model.Price([]model.Workload{w}, cat, opt).Workloads[0], w, cat, plan))
	}
	return out
}

// commitUsageOf is the usage of w, priced as r, on its cheapest platform.
func commitUsageOf(r model.WorkloadResult, w model.Workload, cat *pricing.Catalog, plan model.Purchase) CommitUsage {
	e := r.Estimate(r.Cheapest)
	u := CommitUsage{Workload: w.Name, Platform: r.Cheapest}
	switch {
	case r.Cheapest == "":
		u.Reason = "no platform runs it"
	case r.Cheapest == model.PlatformEC2:
		u = ec2Usage(u, w, e, cat, plan)
	case r.Cheapest == model.PlatformFargate:
		u = fargateUsage(u, w, e, cat, plan)
	case r.Cheapest == model.PlatformLambda:
		u = lambdaUsage(u, w, r, e, cat, plan)
	default:
		u.Reason = "a Compute Savings Plan covers EC2, Fargate and Lambda only"
	}
	return u
}

// ec2Usage is a workload's instance-hours, hour by hour, at the type's on-demand rate and
// its plan rate. Instances bought otherwise than on demand are not the plan's: a Reserved
// Instance applies before any Savings Plan ("Savings Plans apply to your usage after the
// Amazon EC2 Reserved Instances (RI) are applied", Savings Plans User Guide,
// https://docs.aws.amazon.com/savingsplans/latest/userguide/sp-applying.html), and spot
// is not covered.
func ec2Usage(u CommitUsage, w model.Workload, e model.Estimate, cat *pricing.Catalog, plan model.Purchase) CommitUsage {
	typ := ""
	for _, it := range e.LineItems {
		if it.Kind == pricing.KindEC2Instances {
			typ = strings.TrimPrefix(it.RateKey, "ec2.")
			typ = typ[:strings.LastIndex(typ, ".")]
		}
	}
	od, err := cat.Rate(w.Region, "ec2."+typ+"."+string(model.OnDemand))
	u.Unit, u.instanceType = typ+" instance-hours", typ
	if err != nil || typ == "" {
		u.Reason = "no on-demand rate for its instances"
		return u
	}
	if bought := ec2Instance(w).Purchase; bought != "" && bought != model.OnDemand {
		u.Reason = "its instances are bought " + string(bought) + ", not on demand"
		return u
	}
	u.OnDemandRate = od.UnitPrice()
	u.counts = e.Capacity.PerHour.Values()
	for _, n := range u.counts {
		u.perHour = append(u.perHour, decimal.NewFromInt(n))
	}
	return planned(u, w, cat, model.PlatformEC2, plan, "ec2."+typ+"."+string(plan))
}

// fargateUsage is a workload's task-hours, hour by hour, a task-hour priced as its vCPU and
// memory (the month's vCPU- and GB-hours over its billed task-hours).
func fargateUsage(u CommitUsage, w model.Workload, e model.Estimate, cat *pricing.Catalog, plan model.Purchase) CommitUsage {
	u.Unit = "task-hours"
	billed := e.Capacity.BilledHours
	if !billed.IsPositive() {
		u.Reason = "no service task-hours (scheduled tasks are not planned)"
		return u
	}
	var odRate, planRate decimal.Decimal
	var rates []OptionRate
	var missing []string
	for _, it := range e.LineItems {
		if it.ID != "fargate.vcpu" && it.ID != "fargate.memory" {
			continue
		}
		perTask := it.Quantity.DivRound(billed, gbsPlaces)
		odRate = odRate.Add(perTask.Mul(it.UnitPrice))
		key := it.RateKey + "." + string(plan)
		r, ok := statedRate(w, cat, model.PlatformFargate, plan, key, it.UnitPrice)
		if !ok {
			missing = append(missing, key)
			continue
		}
		rates = append(rates, r)
		planRate = planRate.Add(perTask.Mul(r.Price))
	}
	u.OnDemandRate = odRate
	for _, n := range e.Capacity.PerHour.Values() {
		u.perHour = append(u.perHour, decimal.NewFromInt(n))
	}
	if len(missing) > 0 || len(rates) == 0 {
		return unplanned(u, model.PlatformFargate, plan, missing)
	}
	u.PlanRate = OptionRate{Key: rates[0].Key, Unit: "task-hours", Price: planRate, AsOf: rates[0].AsOf, How: rates[0].How}
	for _, r := range rates {
		u.PlanRate.Yours = u.PlanRate.Yours || r.Yours
	}
	return covered(u)
}

// lambdaUsage is a workload's duration, the month's billed GB-seconds (after the free
// tier's credit) spread over the hours by their requests: Lambda bills the month's duration
// as a whole, so the hour-by-hour figure is an allocation. Only the first duration tier has
// a published plan rate.
func lambdaUsage(u CommitUsage, w model.Workload, r model.WorkloadResult, e model.Estimate, cat *pricing.Catalog, plan model.Purchase) CommitUsage {
	u.Unit, u.Allocated = "GB-seconds", true
	if beyondFirstTier(w, e, cat) {
		u.Reason = noDurationTierRate
		u.StateWith = "purchase.discounts." + discountKey(model.PlatformLambda, plan)
		return u
	}
	gbs, key := decimal.Zero, ""
	for _, it := range e.LineItems {
		if strings.HasPrefix(it.RateKey, lambdaDurationKey) {
			gbs = gbs.Add(it.Quantity)
			key, u.OnDemandRate = it.RateKey, it.UnitPrice
		}
	}
	var requests int64
	for _, n := range r.Requests {
		requests += n
	}
	if key == "" || requests == 0 || !gbs.IsPositive() {
		u.Reason = "no duration billed"
		return u
	}
	perRequest := gbs.DivRound(decimal.NewFromInt(requests), gbsPlaces)
	for _, n := range r.Requests {
		u.perHour = append(u.perHour, perRequest.Mul(decimal.NewFromInt(n)))
	}
	return planned(u, w, cat, model.PlatformLambda, plan, key+"."+string(plan))
}

// planned sets the usage's plan rate from key, or says it has none.
func planned(u CommitUsage, w model.Workload, cat *pricing.Catalog, platform model.Platform, plan model.Purchase, key string) CommitUsage {
	r, ok := statedRate(w, cat, platform, plan, key, u.OnDemandRate)
	if !ok {
		return unplanned(u, platform, plan, []string{key})
	}
	u.PlanRate = r
	return covered(u)
}

// unplanned says the usage has no plan rate, and how to state one.
func unplanned(u CommitUsage, platform model.Platform, plan model.Purchase, keys []string) CommitUsage {
	o := notPriced(PurchaseOption{Platform: platform, Purchase: plan}, keys...)
	u.Reason, u.StateWith = o.Reason, o.StateWith
	return u
}

// covered marks the usage as the plan's, with its month's on-demand cost.
func covered(u CommitUsage) CommitUsage {
	u.Covered = true
	for _, q := range u.perHour {
		u.OnDemand = u.OnDemand.Add(q.Mul(u.OnDemandRate))
	}
	return u
}
