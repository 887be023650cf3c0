package report

import (
	"fmt"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/analysis"
)

// Growth, scenarios and sensitivity as data: CSV rows of section, item, platform, metric,
// value, and JSON structs, both with exact values (decimal strings, never rounded).

// csvCosts are the rows of each platform's cost: metric, or "cannot_run" with the reason.
func csvCosts(section, item, metric string, costs []analysis.VariantCost) [][]string {
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
func csvGrowth(c analysis.Comparison) [][]string {
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
			costs analysis.FlipCosts
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
func csvScenarios(c analysis.Comparison) [][]string {
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
func csvSensitivity(c analysis.Comparison) [][]string {
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

// jsonVariantCost is one platform's cost in JSON.
type jsonVariantCost struct {
	Platform string `json:"platform"`
	Feasible bool   `json:"feasible"`
	Cost     string `json:"cost"`
	Reason   string `json:"reason,omitempty"`
}

func jsonCosts(costs []analysis.VariantCost) []jsonVariantCost {
	out := []jsonVariantCost{}
	for _, c := range costs {
		out = append(out, jsonVariantCost{Platform: string(c.Platform), Feasible: c.Feasible, Cost: c.Cost.String(), Reason: c.Reason})
	}
	return out
}

type jsonGrowthDoc struct {
	Months                int64             `json:"months"`
	GrowthPercentPerMonth string            `json:"growth_percent_per_month"`
	Flat                  bool              `json:"flat"`
	Points                []jsonGrowthMonth `json:"months_projected"`
	Flips                 []jsonGrowthFlip  `json:"flips"`
	Totals                []jsonVariantCost `json:"totals"`
}

type jsonGrowthMonth struct {
	Index    int64             `json:"index"`
	Name     string            `json:"name"`
	Hours    int64             `json:"hours"`
	Requests int64             `json:"requests"`
	Costs    []jsonVariantCost `json:"costs"`
	Cheapest string            `json:"cheapest"`
}

type jsonGrowthFlip struct {
	Index  int64         `json:"index"`
	Name   string        `json:"name"`
	From   string        `json:"from"`
	To     string        `json:"to"`
	Before jsonFlipCosts `json:"before"`
	After  jsonFlipCosts `json:"after"`
}

type jsonFlipCosts struct {
	From       string   `json:"from_cost"`
	To         string   `json:"to_cost"`
	Infeasible []string `json:"cannot_run"`
}

func jsonFlip(fc analysis.FlipCosts) jsonFlipCosts {
	out := jsonFlipCosts{From: fc.From.String(), To: fc.To.String(), Infeasible: []string{}}
	for _, p := range fc.Infeasible {
		out.Infeasible = append(out.Infeasible, string(p))
	}
	return out
}

// jsonGrowth gives the growth projection for the JSON document (nil when there is none).
func jsonGrowth(c analysis.Comparison) any {
	g := c.Growth
	if len(g.Points) == 0 {
		return nil
	}
	doc := jsonGrowthDoc{Months: g.Months, GrowthPercentPerMonth: g.GrowthPercentPerMonth.String(), Flat: g.Flat,
		Points: []jsonGrowthMonth{}, Flips: []jsonGrowthFlip{}, Totals: jsonCosts(g.Cumulative)}
	for _, p := range g.Points {
		doc.Points = append(doc.Points, jsonGrowthMonth{Index: p.Index, Name: p.Name, Hours: p.Hours, Requests: p.Requests,
			Costs: jsonCosts(p.Costs), Cheapest: string(p.Cheapest)})
	}
	for _, f := range g.Flips {
		doc.Flips = append(doc.Flips, jsonGrowthFlip{Index: f.Index, Name: f.Name, From: string(f.From), To: string(f.To),
			Before: jsonFlip(f.Before), After: jsonFlip(f.After)})
	}
	return doc
}

type jsonScenario struct {
	Name              string            `json:"name"`
	TrafficMultiplier string            `json:"traffic_multiplier"`
	Defaulted         bool              `json:"defaulted"`
	Requests          int64             `json:"requests"`
	Costs             []jsonVariantCost `json:"costs"`
	Cheapest          string            `json:"cheapest"`
}

// jsonScenarios gives the scenarios for the JSON document (an empty list when none).
func jsonScenarios(c analysis.Comparison) any {
	out := []jsonScenario{}
	for _, s := range c.Scenarios {
		out = append(out, jsonScenario{Name: s.Name, TrafficMultiplier: s.TrafficMultiplier.String(), Defaulted: s.Defaulted,
			Requests: s.Requests, Costs: jsonCosts(s.Costs), Cheapest: string(s.Cheapest)})
	}
	return out
}

type jsonSensitivityRow struct {
	Rank         int               `json:"rank"`
	Input        string            `json:"input"`
	Value        string            `json:"value"`
	Low          string            `json:"value_minus_20"`
	High         string            `json:"value_plus_20"`
	Note         string            `json:"note,omitempty"`
	Platform     string            `json:"platform"`
	BaseCost     string            `json:"base_cost"`
	Swing        string            `json:"swing"`
	Infeasible   bool              `json:"cannot_run"`
	LowCosts     []jsonVariantCost `json:"costs_minus_20"`
	HighCosts    []jsonVariantCost `json:"costs_plus_20"`
	LowCheapest  string            `json:"cheapest_minus_20"`
	HighCheapest string            `json:"cheapest_plus_20"`
}

// jsonSensitivity gives the tornado for the JSON document, in rank order (an empty list
// when none).
func jsonSensitivity(c analysis.Comparison) any {
	out := []jsonSensitivityRow{}
	for i, r := range c.Sensitivity {
		out = append(out, jsonSensitivityRow{Rank: i + 1, Input: r.Input, Value: r.Base.String(), Low: r.Low.String(), High: r.High.String(),
			Note: r.Note, Platform: string(r.Platform), BaseCost: r.BaseCost.String(), Swing: r.Swing.String(), Infeasible: r.Infeasible,
			LowCosts: jsonCosts(r.LowCosts), HighCosts: jsonCosts(r.HighCosts), LowCheapest: string(r.LowCheapest), HighCheapest: string(r.HighCheapest)})
	}
	return out
}
