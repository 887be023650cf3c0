package report

import (
	"fmt"

	"github.com/breakeven/breakeven/model"
)

// Growth, scenarios and sensitivity as data: CSV rows of section, item, platform, metric,
// value, and JSON structs, both with exact values (decimal strings, never rounded).

// csvCosts are the rows of each platform's cost: metric, or "cannot_run" with the reason.
func csvCosts(section, item, metric string, costs []model.VariantCost) [][]string {
	var rows [][]string
	for _, p := range model.Platforms {
		c := variantCost(costs, p)
		if !c.Feasible {
			rows = append(rows, []string{section, item, string(p), "cannot_run", c.Reason})
			continue
		}
		rows = append(rows, []string{section, item, string(p), metric, c.Cost.String()})
	}
	return rows
}

// csvGrowth gives the growth projection as rows of section, item, platform, metric, value.
func csvGrowth(c model.Comparison) [][]string {
	g := c.Growth
	if len(g.Points) == 0 {
		return nil
	}
	const section = "growth"
	rows := [][]string{
		{section, "projection", "", "growth_percent_per_month", g.GrowthPercentPerMonth.String()},
		{section, "projection", "", "months", fmt.Sprint(g.Months)},
		{section, "projection", "", "flat", fmt.Sprint(g.Flat)},
	}
	for _, p := range g.Points {
		item := fmt.Sprintf("month %d", p.Index)
		rows = append(rows,
			[]string{section, item, "", "name", p.Name},
			[]string{section, item, "", "hours", fmt.Sprint(p.Hours)},
			[]string{section, item, "", "requests", fmt.Sprint(p.Requests)})
		rows = append(rows, csvCosts(section, item, "monthly_cost", p.Costs)...)
		rows = append(rows, []string{section, item, "", "cheapest", string(p.Cheapest)})
	}
	for _, f := range g.Flips {
		item := fmt.Sprintf("flip in month %d", f.Index)
		rows = append(rows, []string{section, item, "", "from", string(f.From)}, []string{section, item, "", "to", string(f.To)})
		for _, side := range []struct {
			name  string
			costs model.FlipCosts
		}{{"before", f.Before}, {"after", f.After}} {
			for i, p := range []model.Platform{f.From, f.To} {
				if p == "" {
					continue
				}
				value := side.costs.From
				if i == 1 {
					value = side.costs.To
				}
				metric, text := "monthly_cost_"+side.name, value.String()
				for _, x := range side.costs.Infeasible {
					if x == p {
						metric, text = "cannot_run_"+side.name, "true"
					}
				}
				rows = append(rows, []string{section, item, string(p), metric, text})
			}
		}
	}
	return append(rows, csvCosts(section, "total", "total_cost", g.Cumulative)...)
}

// csvScenarios gives the scenarios as rows of section, item, platform, metric, value.
func csvScenarios(c model.Comparison) [][]string {
	const section = "scenarios"
	var rows [][]string
	for _, s := range c.Scenarios {
		rows = append(rows,
			[]string{section, s.Name, "", "traffic_multiplier", s.TrafficMultiplier.String()},
			[]string{section, s.Name, "", "defaulted", fmt.Sprint(s.Defaulted)},
			[]string{section, s.Name, "", "requests", fmt.Sprint(s.Requests)})
		rows = append(rows, csvCosts(section, s.Name, "monthly_cost", s.Costs)...)
		rows = append(rows, []string{section, s.Name, "", "cheapest", string(s.Cheapest)})
	}
	return rows
}

// csvSensitivity gives the tornado as rows of section, item, platform, metric, value, in
// rank order ("rank 1: traffic.requests_per_month").
func csvSensitivity(c model.Comparison) [][]string {
	const section = "sensitivity"
	var rows [][]string
	for i, r := range c.Sensitivity {
		item := fmt.Sprintf("rank %d: %s", i+1, r.Input)
		rows = append(rows,
			[]string{section, item, "", "value", r.Base.String()},
			[]string{section, item, "", "value_minus_20", r.Low.String()},
			[]string{section, item, "", "value_plus_20", r.High.String()})
		if r.Note != "" {
			rows = append(rows, []string{section, item, "", "note", r.Note})
		}
		if r.Platform != "" {
			p := string(r.Platform)
			rows = append(rows, []string{section, item, p, "base_cost", r.BaseCost.String()})
			if r.Infeasible {
				rows = append(rows, []string{section, item, p, "swing", "cannot_run"})
			} else {
				rows = append(rows, []string{section, item, p, "swing", r.Swing.String()})
			}
		}
		rows = append(rows, csvCosts(section, item, "cost_minus_20", r.LowCosts)...)
		rows = append(rows, csvCosts(section, item, "cost_plus_20", r.HighCosts)...)
		rows = append(rows,
			[]string{section, item, "", "cheapest_minus_20", string(r.LowCheapest)},
			[]string{section, item, "", "cheapest_plus_20", string(r.HighCheapest)})
	}
	return rows
}
