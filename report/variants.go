package report

import (
	"slices"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/analysis"
)

// variantCost returns platform p's cost among costs (an infeasible one if absent).
func variantCost(costs []analysis.VariantCost, p model.Platform) analysis.VariantCost {
	for _, c := range costs {
		if c.Platform == p {
			return c
		}
	}
	return analysis.VariantCost{Platform: p}
}

// variantText is a cost as people read it: "$4.13" or "cannot run".
func variantText(c analysis.VariantCost) string {
	if !c.Feasible {
		return "cannot run"
	}
	return money(c.Cost)
}

// costCells are the costs of the platforms shown, in their order.
func costCells(shown []model.Platform, costs []analysis.VariantCost) []string {
	var out []string
	for _, p := range shown {
		out = append(out, variantText(variantCost(costs, p)))
	}
	return out
}

// csvCosts are the rows of each shown platform's cost: metric, or "cannot_run" with the
// reason.
func csvCosts(shown []model.Platform, section, item, metric string, costs []analysis.VariantCost) [][]string {
	var rows [][]string
	for _, p := range shown {
		c := variantCost(costs, p)
		if !c.Feasible {
			rows = append(rows, []string{section, item, string(p), "cannot_run", c.Reason})
			continue
		}
		rows = append(rows, []string{section, item, string(p), metric, c.Cost.String()})
	}
	return rows
}

// variantCostsJSON writes the member k: each platform's cost of a variant, with the reason
// where it cannot run.
func variantCostsJSON(j *jsonWriter, k string, shown []model.Platform, costs []analysis.VariantCost) {
	j.array(k)
	for _, c := range costs {
		if !slices.Contains(shown, c.Platform) {
			continue
		}
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
