package analysis

import (
	"time"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/demand"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// Growth is the month-by-month cost as traffic grows at the workload's
// traffic.growth_percent_per_month, compounding, from the month priced (month 0) to
// Months-1 months after it.
type Growth struct {
	// Months is how many months are projected, month 0 included.
	Months int64
	// GrowthPercentPerMonth is the rate applied (zero: no growth, every month's traffic is
	// month 0's).
	GrowthPercentPerMonth decimal.Decimal
	// Flat says the workload gives no growth rate: traffic is the same every month, so the
	// cost line is flat (in 730-hour months; calendar months still differ by their hours).
	Flat bool
	// Points is each month's traffic and cost, month 0 first.
	Points []GrowthMonth
	// Flips are the months in which the cheapest platform changes, earliest first.
	Flips []GrowthFlip
	// Cumulative is each platform's total over the Months months, in Platforms order. A
	// platform that cannot run one of the months is not feasible here; its Reason names the
	// first such month.
	Cumulative []VariantCost
}

// GrowthMonth is one month of a growth projection.
type GrowthMonth struct {
	// Index is the month's distance from the month priced (0 for the month priced).
	Index int64
	// Name is the month's name: "730-hour month" or a calendar month such as "2026-11".
	Name  string
	Hours int64
	// Requests is the month's requests at the grown traffic.
	Requests int64
	// Costs is each platform's monthly cost, in Platforms order.
	Costs []VariantCost
	// Cheapest is the feasible platform with the lowest cost ("" if none is feasible).
	Cheapest model.Platform
}

// GrowthFlip is a month in which the cheapest platform changes.
type GrowthFlip struct {
	// Index is the month the new platform is first cheapest in; the month before is Index-1.
	Index int64
	// Name is that month's name.
	Name string
	// From was cheapest in the month before, To is cheapest in this one ("" for none).
	From, To model.Platform
	// Before and After are the costs of From and To in the month before and in this one.
	Before, After FlipCosts
}

// FlipCosts are the costs of the two platforms of a flip in one month (zero, with the
// platform named in Infeasible, for one that cannot run that month).
type FlipCosts struct {
	From, To   decimal.Decimal
	Infeasible []model.Platform
}

// VariantCost is one platform's monthly cost for a variant of the workload (grown,
// scaled to a scenario or with one input moved), or its total over several months.
type VariantCost struct {
	Platform model.Platform
	Feasible bool
	// Cost is the monthly cost (or the total, for a cumulative cost); zero if not feasible.
	Cost decimal.Decimal
	// Reason says why the platform cannot run the variant, when it is not feasible.
	Reason string
}

// variantCosts reads each platform's cost from a priced variant, in Platforms order.
func variantCosts(r model.WorkloadResult) []VariantCost {
	out := make([]VariantCost, 0, len(model.Platforms))
	for _, p := range model.Platforms {
		e := r.Estimate(p)
		c := VariantCost{Platform: p, Feasible: e.Feasible}
		if e.Feasible {
			c.Cost = e.MonthlyCost
		} else {
			c.Reason = "cannot run"
			if len(e.Reasons) > 0 {
				c.Reason = e.Reasons[0]
			}
		}
		out = append(out, c)
	}
	return out
}

// costOf returns platform p's cost among costs (an infeasible one if absent).
func costOf(costs []VariantCost, p model.Platform) VariantCost {
	for _, c := range costs {
		if c.Platform == p {
			return c
		}
	}
	return VariantCost{Platform: p}
}

// ProjectGrowth prices the workload w (as loaded) month by month for months months: month 0
// is month, month k has traffic w.Traffic.Grown(k) (compounding, rounded to whole requests,
// a rate to 0.001 a second). When month is a calendar month, month k is the k-th calendar
// month after it, with its own hours; otherwise every month is the 730-hour month. Each
// month is priced alone through model.Price, its bills alone; months below 1 project one.
func ProjectGrowth(w model.Workload, cat *pricing.Catalog, month model.Month, months int64) Growth {
	if month.Hours == 0 {
		month = model.StandardMonth()
	}
	months = max(months, 1)
	g := Growth{Months: months, GrowthPercentPerMonth: w.Traffic.GrowthPercentPerMonth, Flat: w.Traffic.GrowthPercentPerMonth.IsZero()}
	calendar := month.Name != model.StandardMonthName
	var flat *GrowthMonth // in 730-hour months without growth every month is month 0
	for k := range months {
		m := month
		if calendar {
			m = demand.CalendarMonth(month.Start.Year(), month.Start.Month()+time.Month(k))
		}
		var p GrowthMonth
		if flat != nil {
			p = *flat
		} else {
			v := w
			v.Traffic = w.Traffic.Grown(k)
			r := bills(v, cat, m)
			p = GrowthMonth{Requests: v.Traffic.MonthlyRequests(m.Hours), Costs: variantCosts(r), Cheapest: r.Cheapest}
			if w.SchedulesOnly {
				p.Requests = 0
			}
			if g.Flat && !calendar {
				flat = &p
			}
		}
		p.Index, p.Name, p.Hours = k, m.Name, m.Hours
		g.Points = append(g.Points, p)
	}
	g.Flips = growthFlips(g.Points)
	g.Cumulative = cumulative(g.Points)
	return g
}

// growthFlips lists the months whose cheapest platform differs from the month before's.
func growthFlips(points []GrowthMonth) []GrowthFlip {
	var flips []GrowthFlip
	for i := 1; i < len(points); i++ {
		before, after := points[i-1], points[i]
		if before.Cheapest == after.Cheapest {
			continue
		}
		f := GrowthFlip{Index: after.Index, Name: after.Name, From: before.Cheapest, To: after.Cheapest}
		f.Before = flipCosts(before.Costs, f.From, f.To)
		f.After = flipCosts(after.Costs, f.From, f.To)
		flips = append(flips, f)
	}
	return flips
}

func flipCosts(costs []VariantCost, from, to model.Platform) FlipCosts {
	var fc FlipCosts
	for i, p := range []model.Platform{from, to} {
		if p == "" {
			continue
		}
		c := costOf(costs, p)
		if !c.Feasible {
			fc.Infeasible = append(fc.Infeasible, p)
			continue
		}
		if i == 0 {
			fc.From = c.Cost
		} else {
			fc.To = c.Cost
		}
	}
	return fc
}

// cumulative sums each platform's cost over the months; a platform that cannot run one of
// them is not feasible, for the first such month's reason.
func cumulative(points []GrowthMonth) []VariantCost {
	out := make([]VariantCost, 0, len(model.Platforms))
	for _, p := range model.Platforms {
		total := VariantCost{Platform: p, Feasible: len(points) > 0}
		for _, m := range points {
			c := costOf(m.Costs, p)
			if !c.Feasible {
				total = VariantCost{Platform: p, Reason: "cannot run in " + m.Name + monthOffset(m.Index) + ": " + c.Reason}
				break
			}
			total.Cost = total.Cost.Add(c.Cost)
		}
		out = append(out, total)
	}
	return out
}

// monthOffset names a month of a projection by its distance from month 0: " (month 3)".
func monthOffset(k int64) string {
	return " (month " + humanize.Count(k) + ")"
}
