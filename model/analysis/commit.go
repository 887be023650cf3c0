package analysis

import (
	"fmt"
	"sort"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// CommitOptions are the choices of a commitment plan.
type CommitOptions struct {
	// Month is the month priced (zero: StandardMonth).
	Month model.Month
	// Years is the Compute Savings Plan's term: 1 or 3 (zero: 1). The plan is bought with
	// no upfront payment, whose rates the catalog has.
	Years int64
	// GrowthMonths, when above zero, also plans the month that many months ahead, at each
	// workload's growth.
	GrowthMonths int64
	// DefaultScenarios weighs the risk of a workload that gives no scenarios at the low one
	// of model.DefaultScenarios, as compare prices its scenarios.
	DefaultScenarios bool
}

// CommitPlan is how many dollars an hour of Compute Savings Plan to commit across a
// portfolio, and how many EC2 instances to reserve, from its hour-by-hour usage.
type CommitPlan struct {
	model.Provenance
	// Purchase is the plan priced: savings-plan-1y or savings-plan-3y (no upfront).
	Purchase model.Purchase
	// Usages are each workload's usage on its cheapest platform, covered by the plan or not.
	Usages []CommitUsage
	// OnDemand is the month's on-demand cost of the usage the plan covers; the rest of the
	// portfolio's bill does not change with the commitment.
	OnDemand decimal.Decimal
	// Optimum is the commitment that makes the month's bill least (ties: the smaller).
	Optimum CommitPoint
	// Curve is the bill at a few commitments, the optimum among them, smallest first.
	Curve []CommitPoint
	// Reserved is, for each workload on EC2, how many instances a Standard Reserved
	// Instance of the same term pays for.
	Reserved []ReservedAdvice
	// Growth is the plan months ahead, when asked for.
	Growth *CommitGrowth
	// Risk is what the optimum loses if traffic falls to the workloads' low scenarios (nil
	// when no file gives scenarios).
	Risk *CommitRisk
	// Advice names the commitment with its saving and its risk.
	Advice []string
	// Assumptions are the rules behind the plan, as the output states them.
	Assumptions []string
}

// CommitGrowth is the plan for the month Months ahead: its own optimum, and the bill then
// at today's optimum commitment.
type CommitGrowth struct {
	Months  int64
	Optimum CommitPoint
	AtToday CommitPoint
}

// CommitRisk is the optimum commitment's month when each workload's traffic falls to its
// lowest scenario below its expected traffic (Scenarios names them): the bill then, the
// on-demand cost then, and the commitment left unused.
type CommitRisk struct {
	Scenarios []string
	AtOptimum CommitPoint
	OnDemand  decimal.Decimal
	Unused    decimal.Decimal
}

// PlanCommitment works out the Compute Savings Plan commitment that minimises the
// portfolio's month, as AWS applies a plan: each hour, to the eligible usage at the plan's
// rates, the largest discount first (EC2, then Fargate, then Lambda as their rates have
// it), the commitment left unused that hour lost, the rest billed on demand (Savings Plans
// User Guide, https://docs.aws.amazon.com/savingsplans/latest/userguide/sp-applying.html).
// Each workload runs on its cheapest platform.
func PlanCommitment(workloads []model.Workload, cat *pricing.Catalog, opt CommitOptions) CommitPlan {
	if opt.Month.Hours == 0 {
		opt.Month = model.StandardMonth()
	}
	if opt.Years == 0 {
		opt.Years = 1
	}
	plan := model.PurchaseOf(model.OfferComputeSavingsPlan, opt.Years, model.NoUpfront)
	p := CommitPlan{Provenance: model.ProvenanceOf(cat, opt.Month), Purchase: plan, Assumptions: commitAssumptions}
	p.Usages = commitUsages(workloads, cat, model.Options{Month: opt.Month, BillsOnly: true}, plan)
	rates, hours, order := commitMatrix(p.Usages)
	p.OnDemand = onDemandOf(rates, hours)
	p.Optimum = optimumCommitment(rates, hours)
	p.Curve = commitCurve(rates, hours, p.Optimum)
	withCoverage(p.Usages, order, coverageBy(rates, hours, p.Optimum.Commitment))
	p.Reserved = reservedAdvice(p.Usages, workloads, cat, opt.Years)
	if opt.GrowthMonths > 0 {
		r, h, _ := commitMatrix(commitUsages(workloads, cat, model.Options{Month: opt.Month, MonthsAhead: opt.GrowthMonths, BillsOnly: true}, plan))
		p.Growth = &CommitGrowth{Months: opt.GrowthMonths, Optimum: optimumCommitment(r, h),
			AtToday: monthAt(r, h, p.Optimum.Commitment, onDemandOf(r, h))}
	}
	p.Risk = commitRisk(workloads, cat, opt, plan, p.Optimum.Commitment)
	p.Advice = commitAdvice(p)
	return p
}

// commitAssumptions are the rules behind every commitment plan, as the output states them.
var commitAssumptions = []string{
	"Each workload runs on its cheapest platform; its usage is what a Compute Savings Plan covers: EC2 instance-hours bought on demand, Fargate vCPU and memory, Lambda duration (requests, storage and the services around stay on demand, and are left out of the bill shown).",
	"Hour by hour, the commitment buys the usage with the largest discount first at its plan rate; what an hour leaves unused is lost; the rest is billed on demand.",
	"EC2's and Fargate's hours are their fleets' hour-by-hour counts; Lambda's duration is the month's billed GB-seconds (after any free tier) spread over the hours by their requests, an allocation.",
	"The commitment is bought with no upfront payment; Reserved Instances, which AWS applies before Savings Plans, are planned apart, each against on demand.",
}

// commitMatrix is the covered usages' rates in discount order and the month's hours grouped
// into classes of like usage; order[i] is the index in usages of the i-th rate.
func commitMatrix(usages []CommitUsage) ([]commitRate, []commitHour, []int) {
	var rates []commitRate
	var cols [][]decimal.Decimal
	var which []int
	for i, u := range usages {
		if u.Covered {
			rates = append(rates, commitRate{onDemand: u.OnDemandRate, plan: u.PlanRate.Price})
			cols = append(cols, u.perHour)
			which = append(which, i)
		}
	}
	n := 0
	for _, c := range cols {
		n = max(n, len(c))
	}
	perHour := make([][]decimal.Decimal, n)
	for h := range perHour {
		perHour[h] = make([]decimal.Decimal, len(cols))
		for i, c := range cols {
			if h < len(c) {
				perHour[h][i] = c[h]
			}
		}
	}
	rates, hours, order := orderedRates(rates, classesOf(perHour))
	for i, j := range order {
		order[i] = which[j]
	}
	return rates, hours, order
}

// withCoverage sets each covered usage's on-demand cost the commitment covers (covered[i],
// of the usage order[i] names) and its share of the usage's.
func withCoverage(usages []CommitUsage, order []int, covered []decimal.Decimal) {
	for i, v := range covered {
		u := &usages[order[i]]
		u.PlanCovered = v
		if u.OnDemand.IsPositive() {
			u.Coverage = v.Mul(decimal.NewFromInt(100)).DivRound(u.OnDemand, percentPlaces)
		}
	}
}

// commitCurve is the bill at no commitment, at the least hour's plan cost (every dollar
// used), at the optimum, at the average hour's, at the busiest hour's and at twice the
// optimum (what over-committing costs), smallest first, each once: a commitment that shows as
// another to the 4 places a person reads (curveShown) is left out, the optimum kept.
func commitCurve(rates []commitRate, hours []commitHour, optimum CommitPoint) []CommitPoint {
	onDemand := onDemandOf(rates, hours)
	cs := []decimal.Decimal{decimal.Zero, optimum.Commitment, optimum.Commitment.Mul(decimal.NewFromInt(2))}
	var least, most, sum decimal.Decimal
	var n int64
	for i, h := range hours {
		spend := decimal.Zero
		for j, r := range rates {
			spend = spend.Add(h.units[j].Mul(r.plan))
		}
		if i == 0 || spend.LessThan(least) {
			least = spend
		}
		most = decimal.Max(most, spend)
		sum = sum.Add(spend.Mul(decimal.NewFromInt(h.hours)))
		n += h.hours
	}
	cs = append(cs, least, most)
	if n > 0 {
		cs = append(cs, sum.DivRound(decimal.NewFromInt(n), 4))
	}
	sort.Slice(cs, func(i, j int) bool { return cs[i].LessThan(cs[j]) })
	shown := func(d decimal.Decimal) string { return d.Round(curveShown).String() }
	var kept []decimal.Decimal
	for _, c := range cs {
		switch {
		case !c.Equal(optimum.Commitment) && shown(c) == shown(optimum.Commitment):
		case len(kept) > 0 && shown(kept[len(kept)-1]) == shown(c):
			if c.Equal(optimum.Commitment) {
				kept[len(kept)-1] = c
			}
		default:
			kept = append(kept, c)
		}
	}
	var out []CommitPoint
	for _, c := range kept {
		out = append(out, monthAt(rates, hours, c, onDemand))
	}
	return out
}

// curveShown is the places a commitment of the curve is told apart at: dollars an hour to
// 4 places, as the output prints it.
const curveShown = 4

// commitRisk prices the optimum commitment's month with each workload's traffic at its
// lowest scenario below 1 (nil when no workload gives one), the default scenarios' for one
// that gives none when opt says so.
func commitRisk(workloads []model.Workload, cat *pricing.Catalog, opt CommitOptions, plan model.Purchase, c decimal.Decimal) *CommitRisk {
	month := opt.Month
	low := make([]model.Workload, len(workloads))
	var names []string
	for i, w := range workloads {
		low[i] = w
		list := w.Scenarios
		if len(list) == 0 && opt.DefaultScenarios {
			list = model.DefaultScenarios()
		}
		var lowest *model.Scenario
		for j, s := range list {
			if s.TrafficMultiplier.LessThan(decimal.NewFromInt(1)) && (lowest == nil || s.TrafficMultiplier.LessThan(lowest.TrafficMultiplier)) {
				lowest = &list[j]
			}
		}
		if lowest != nil && !w.SchedulesOnly {
			low[i].Traffic = scaledTraffic(w.Traffic, lowest.TrafficMultiplier)
			names = append(names, fmt.Sprintf("%s %s (%sx)", w.Name, lowest.Name, lowest.TrafficMultiplier))
		}
	}
	if len(names) == 0 {
		return nil
	}
	r, h, _ := commitMatrix(commitUsages(low, cat, model.Options{Month: month, BillsOnly: true}, plan))
	od := onDemandOf(r, h)
	at := monthAt(r, h, c, od)
	bought := c.Mul(decimal.NewFromInt(month.Hours))
	return &CommitRisk{Scenarios: names, AtOptimum: at, OnDemand: od, Unused: bought.Sub(at.Used)}
}

// commitAdvice names the commitment with its saving, and its risk; then each reservation
// that pays.
func commitAdvice(p CommitPlan) []string {
	var out []string
	o := p.Optimum
	_, years, _ := p.Purchase.Commitment()
	if o.Commitment.IsPositive() {
		a := fmt.Sprintf("Commit %s an hour to a %d-year Compute Savings Plan (no upfront): it saves %s a month (%s over the term), at %s%% utilisation and %s%% coverage.",
			humanize.UnitPrice(o.Commitment.Round(4)), years, humanize.Money(o.Saving), humanize.Money(o.Saving.Mul(decimal.NewFromInt(12*years))),
			o.Utilisation.Round(1), o.Coverage.Round(1))
		if r := p.Risk; r != nil {
			a += fmt.Sprintf(" Risk: if traffic falls to the low scenarios, %s of the commitment a month goes unused and the bill is %s against %s on demand.",
				humanize.Money(r.Unused), humanize.Money(r.AtOptimum.Bill), humanize.Money(r.OnDemand))
		}
		out = append(out, a)
	} else {
		out = append(out, "Commit nothing: no Compute Savings Plan commitment lowers this month's bill of the usage it covers.")
	}
	for _, r := range p.Reserved {
		if r.Priced && r.Count > 0 {
			out = append(out, fmt.Sprintf("Reserve %d %s for %s (%s): saves %s a month against on demand.",
				r.Count, r.InstanceType, r.Workload, r.Purchase, humanize.Money(r.Saving)))
		}
	}
	return out
}
