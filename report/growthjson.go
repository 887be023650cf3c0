package report

import "github.com/breakeven/breakeven/model"

// variantCostsJSON writes the member k: each platform's cost of a variant, with the reason
// where it cannot run.
func variantCostsJSON(j *jsonWriter, k string, costs []model.VariantCost) {
	j.array(k)
	for _, c := range costs {
		j.element()
		j.open('{')
		j.string("platform", string(c.Platform))
		j.bool("feasible", c.Feasible)
		j.exact("cost", c.Cost)
		if c.Reason != "" {
			j.string("reason", c.Reason)
		}
		j.close('}')
	}
	j.close(']')
}

// growthJSON writes "growth": the month-by-month projection, the months the cheapest
// platform changes and the totals (null without a projection).
func growthJSON(j *jsonWriter, g model.Growth) {
	if len(g.Points) == 0 {
		j.null("growth")
		return
	}
	j.object("growth")
	j.int("months", g.Months)
	j.exact("growth_percent_per_month", g.GrowthPercentPerMonth)
	j.bool("flat", g.Flat)
	j.array("months_projected")
	for _, p := range g.Points {
		j.element()
		j.open('{')
		j.int("index", p.Index)
		j.string("name", p.Name)
		j.int("hours", p.Hours)
		j.int("requests", p.Requests)
		variantCostsJSON(j, "costs", p.Costs)
		j.string("cheapest", string(p.Cheapest))
		j.close('}')
	}
	j.close(']')
	j.array("flips")
	for _, f := range g.Flips {
		j.element()
		j.open('{')
		j.int("index", f.Index)
		j.string("name", f.Name)
		j.string("from", string(f.From))
		j.string("to", string(f.To))
		flipCostsJSON(j, "before", f.Before)
		flipCostsJSON(j, "after", f.After)
		j.close('}')
	}
	j.close(']')
	variantCostsJSON(j, "totals", g.Cumulative)
	j.close('}')
}

// flipCostsJSON writes the member k: the two platforms' costs on one side of a flip.
func flipCostsJSON(j *jsonWriter, k string, fc model.FlipCosts) {
	j.object(k)
	j.exact("from_cost", fc.From)
	j.exact("to_cost", fc.To)
	j.array("cannot_run")
	for _, p := range fc.Infeasible {
		j.element()
		j.buf = j.appendString(j.buf, string(p))
	}
	j.close(']')
	j.close('}')
}

// scenariosJSON writes "scenarios": each traffic multiplier priced ([] when none).
func scenariosJSON(j *jsonWriter, list []model.ScenarioResult) {
	j.array("scenarios")
	for _, s := range list {
		j.element()
		j.open('{')
		j.string("name", s.Name)
		j.exact("traffic_multiplier", s.TrafficMultiplier)
		j.bool("defaulted", s.Defaulted)
		j.int("requests", s.Requests)
		variantCostsJSON(j, "costs", s.Costs)
		j.string("cheapest", string(s.Cheapest))
		j.close('}')
	}
	j.close(']')
}

// sensitivityJSON writes "sensitivity": the tornado in rank order ([] when none).
func sensitivityJSON(j *jsonWriter, rows []model.SensitivityRow) {
	j.array("sensitivity")
	for i, r := range rows {
		j.element()
		j.open('{')
		j.int("rank", int64(i+1))
		j.string("input", r.Input)
		j.exact("value", r.Base)
		j.exact("value_minus_20", r.Low)
		j.exact("value_plus_20", r.High)
		if r.Note != "" {
			j.string("note", r.Note)
		}
		j.string("platform", string(r.Platform))
		j.exact("base_cost", r.BaseCost)
		j.exact("swing", r.Swing)
		j.bool("cannot_run", r.Infeasible)
		variantCostsJSON(j, "costs_minus_20", r.LowCosts)
		variantCostsJSON(j, "costs_plus_20", r.HighCosts)
		j.string("cheapest_minus_20", string(r.LowCheapest))
		j.string("cheapest_plus_20", string(r.HighCheapest))
		j.close('}')
	}
	j.close(']')
}
