package analysis

import (
	"sort"
	"strings"

	"github.com/shopspring/decimal"
)

// commitPlaces is the precision of a partly covered usage's on-demand remainder: the
// commitment left over that hour times the on-demand rate over the plan's rate.
const commitPlaces = 12

// commitRate is one usage a Compute Savings Plan covers: its on-demand and plan rates per
// unit (an instance-hour, a task-hour, a GB-second).
type commitRate struct {
	onDemand, plan decimal.Decimal
}

// deeper says r's discount off on-demand is larger than s's: 1 - plan/onDemand larger, that
// is plan_r x onDemand_s < plan_s x onDemand_r (exact, no division).
func (r commitRate) deeper(s commitRate) bool {
	return r.plan.Mul(s.onDemand).LessThan(s.plan.Mul(r.onDemand))
}

// commitHour is the usage of a class of hours: the units of each commitRate in each such
// hour, and how many hours of the month are like it.
type commitHour struct {
	units []decimal.Decimal
	hours int64
}

// CommitPoint is the month's bill of the usage a Compute Savings Plan covers at one
// commitment: what the plan costs (the commitment every hour) and what stays on demand.
type CommitPoint struct {
	// Commitment is dollars an hour.
	Commitment decimal.Decimal
	// Bill is the month's commitment plus the usage left on demand; Saving is the bill with
	// no commitment less Bill.
	Bill, Saving decimal.Decimal
	// Used is the commitment spent on usage over the month; Utilisation is Used over the
	// commitment bought (percent; 100 with no commitment).
	Used, Utilisation decimal.Decimal
	// Coverage is the share of the usage's on-demand cost the plan covered (percent).
	Coverage decimal.Decimal
}

// percentPlaces is the precision of a utilisation or coverage percentage.
const percentPlaces = 4

// hourBill applies commitment c to one hour's usage as AWS applies a Savings Plan: to the
// usage with the largest discount first (rates are in that order), each at its plan rate,
// until the commitment is spent; the rest of the usage is billed on demand, and what the
// hour leaves of the commitment is lost. It returns the hour's bill, the commitment used and
// the on-demand cost covered; perRate, when not nil, adds each usage's covered on-demand cost
// to its own entry.
func hourBill(rates []commitRate, units []decimal.Decimal, c decimal.Decimal, perRate []decimal.Decimal) (bill, used, covered decimal.Decimal) {
	left := c
	bill = c
	for i, r := range rates {
		od := units[i].Mul(r.onDemand)
		plan := units[i].Mul(r.plan)
		part := decimal.Zero
		switch {
		case plan.IsZero():
		case left.GreaterThanOrEqual(plan):
			left = left.Sub(plan)
			part = od
		case left.IsPositive():
			// the commitment left covers left / plan rate units; the rest on demand
			part = left.Mul(r.onDemand).DivRound(r.plan, commitPlaces)
			bill = bill.Add(od.Sub(part))
			left = decimal.Zero
		default:
			bill = bill.Add(od)
		}
		covered = covered.Add(part)
		if perRate != nil {
			perRate[i] = perRate[i].Add(part)
		}
	}
	return bill, c.Sub(left), covered
}

// monthAt is the month's bill of hours at commitment c.
func monthAt(rates []commitRate, hours []commitHour, c, onDemand decimal.Decimal) CommitPoint {
	p := CommitPoint{Commitment: c}
	var covered, total decimal.Decimal
	var n int64
	for _, h := range hours {
		bill, used, cov := hourBill(rates, h.units, c, nil)
		w := decimal.NewFromInt(h.hours)
		p.Bill = p.Bill.Add(bill.Mul(w))
		p.Used = p.Used.Add(used.Mul(w))
		covered = covered.Add(cov.Mul(w))
		n += h.hours
	}
	total = onDemand
	p.Saving = onDemand.Sub(p.Bill)
	p.Utilisation = decimal.NewFromInt(100)
	if bought := c.Mul(decimal.NewFromInt(n)); bought.IsPositive() {
		p.Utilisation = p.Used.Mul(decimal.NewFromInt(100)).DivRound(bought, percentPlaces)
	}
	if total.IsPositive() {
		p.Coverage = covered.Mul(decimal.NewFromInt(100)).DivRound(total, percentPlaces)
	}
	return p
}

// onDemandOf is the month's on-demand cost of hours.
func onDemandOf(rates []commitRate, hours []commitHour) decimal.Decimal {
	sum := decimal.Zero
	for _, h := range hours {
		for i, r := range rates {
			sum = sum.Add(h.units[i].Mul(r.onDemand).Mul(decimal.NewFromInt(h.hours)))
		}
	}
	return sum
}

// kinks are the commitments at which the month's bill changes slope: zero, and in each
// hour the plan cost of its usage covered in discount order, one usage after another (the
// running sums of units x plan rate). Sorted, each once.
func kinks(rates []commitRate, hours []commitHour) []decimal.Decimal {
	seen := map[string]bool{"0": true}
	out := []decimal.Decimal{decimal.Zero}
	for _, h := range hours {
		sum := decimal.Zero
		for i, r := range rates {
			if h.units[i].IsZero() {
				continue
			}
			sum = sum.Add(h.units[i].Mul(r.plan))
			if k := sum.String(); !seen[k] {
				seen[k] = true
				out = append(out, sum)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].LessThan(out[j]) })
	return out
}

// optimumCommitment is the commitment that minimises the month's bill, exactly. The bill is
// piecewise linear in the commitment c: in each hour, c buys usage in discount order at
// slope 1 - onDemand/plan of the usage it is buying (negative), and 1 once the hour's usage
// is covered; the slope only rises as c grows (each next usage has a smaller discount), so
// each hour's bill, and the month's, their sum, is convex with its kinks at the hours'
// running plan costs (kinks). A convex piecewise-linear function is least at a kink, and
// along the sorted kinks its values fall and then rise: the least is the first kink whose
// next is no lower, found by bisection over the kinks, each evaluated exactly. Ties go to
// the smaller commitment.
func optimumCommitment(rates []commitRate, hours []commitHour) CommitPoint {
	onDemand := onDemandOf(rates, hours)
	ks := kinks(rates, hours)
	at := func(i int) CommitPoint { return monthAt(rates, hours, ks[i], onDemand) }
	lo, hi := 0, len(ks)-1
	for lo < hi {
		mid := (lo + hi) / 2
		if at(mid + 1).Bill.GreaterThanOrEqual(at(mid).Bill) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return at(lo)
}

// orderedRates sorts the usages by discount, largest first (ties keep their order, EC2's
// before Fargate's before Lambda's as the usages are gathered), permuting every hour's units
// alike; the i-th rate returned is rates[order[i]].
func orderedRates(rates []commitRate, hours []commitHour) (sorted []commitRate, out []commitHour, order []int) {
	idx := make([]int, len(rates))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return rates[idx[a]].deeper(rates[idx[b]]) })
	sorted = make([]commitRate, len(rates))
	for i, j := range idx {
		sorted[i] = rates[j]
	}
	out = make([]commitHour, len(hours))
	for h, hr := range hours {
		units := make([]decimal.Decimal, len(idx))
		for i, j := range idx {
			units[i] = hr.units[j]
		}
		out[h] = commitHour{units: units, hours: hr.hours}
	}
	return sorted, out, idx
}

// coverageBy is each rate's on-demand cost covered over the month at commitment c, in the
// order of rates.
func coverageBy(rates []commitRate, hours []commitHour, c decimal.Decimal) []decimal.Decimal {
	perRate := make([]decimal.Decimal, len(rates))
	for _, h := range hours {
		hour := make([]decimal.Decimal, len(rates))
		hourBill(rates, h.units, c, hour)
		for i, v := range hour {
			perRate[i] = perRate[i].Add(v.Mul(decimal.NewFromInt(h.hours)))
		}
	}
	return perRate
}

// classesOf groups the month's hours by their usage: perHour[h][i] is usage i's units in
// hour h; hours alike are one class, in the order they first occur.
func classesOf(perHour [][]decimal.Decimal) []commitHour {
	index := map[string]int{}
	var out []commitHour
	for _, units := range perHour {
		var key strings.Builder
		for _, u := range units {
			key.WriteString(u.String())
			key.WriteByte(' ')
		}
		if i, ok := index[key.String()]; ok {
			out[i].hours++
			continue
		}
		index[key.String()] = len(out)
		out = append(out, commitHour{units: units, hours: 1})
	}
	return out
}
