package report

import (
	"fmt"
	"strings"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/analysis"
	"github.com/shopspring/decimal"
)

// scenariosTitle is the scenarios section's title, saying when the defaults were priced.
func scenariosTitle(list []analysis.ScenarioResult) string {
	if len(list) > 0 && list[0].Defaulted {
		return "Scenarios (" + model.DefaultScenariosWhy + ")"
	}
	return "Scenarios (the traffic times each multiplier)"
}

// tableScenarios writes the traffic scenarios side by side for a terminal.
func tableScenarios(b *strings.Builder, c analysis.Comparison) {
	if len(c.Scenarios) == 0 {
		return
	}
	writeWrap(b, "  "+scenariosTitle(c.Scenarios), "    ", itemsWidth)
	shown := c.Base.Shown()
	rows := [][]string{platformHeader(shown, []string{"Scenario", "Traffic", "Requests"}, "Cheapest")}
	for _, s := range c.Scenarios {
		row := append([]string{s.Name, "x" + s.TrafficMultiplier.String(), quantity(decimal.NewFromInt(s.Requests))}, costCells(shown, s.Costs)...)
		rows = append(rows, append(row, platformName(s.Cheapest)))
	}
	bandedRows(b, "    ", rows, platformAlign(shown, []bool{false, true, true}), 3, len(shown))
}

// markdownScenarios writes the traffic scenarios side by side in markdown.
func markdownScenarios(b *strings.Builder, c analysis.Comparison) {
	if len(c.Scenarios) == 0 {
		return
	}
	fmt.Fprintf(b, "\n### %s\n\n", scenariosTitle(c.Scenarios))
	shown := c.Base.Shown()
	b.WriteString(markdownHeader(platformHeader(shown, []string{"Scenario", "Traffic multiplier", "Requests"}, "Cheapest"), platformAlign(shown, []bool{false, true, true})))
	for _, s := range c.Scenarios {
		row := append([]string{s.Name, s.TrafficMultiplier.String(), quantity(decimal.NewFromInt(s.Requests))}, costCells(shown, s.Costs)...)
		markdownCostRow(b, append(row, platformName(s.Cheapest)))
	}
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
		rows = append(rows, csvCosts(c.Base.Shown(), section, s.Name, "monthly_cost", s.Costs)...)
		rows = append(rows, []string{section, s.Name, "", "cheapest", string(s.Cheapest)})
	}
	return rows
}

// scenariosJSON writes "scenarios": each traffic multiplier priced ([] when none).
func scenariosJSON(j *jsonWriter, shown []model.Platform, list []analysis.ScenarioResult) {
	j.array("scenarios")
	for _, s := range list {
		j.element()
		j.open('{')
		j.string("name", s.Name)
		j.exact("traffic_multiplier", s.TrafficMultiplier)
		j.bool("defaulted", s.Defaulted)
		j.int("requests", s.Requests)
		variantCostsJSON(j, "costs", shown, s.Costs)
		j.string("cheapest", string(s.Cheapest))
		j.close('}')
	}
	j.close(']')
}
