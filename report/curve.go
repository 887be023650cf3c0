package report

import (
	"fmt"
	"strings"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/analysis"
	"github.com/shopspring/decimal"
)

// curveTableEvery is how many curve points the table skips between rows it shows (one a
// decade); markdown, CSV and JSON show every point.
const curveTableEvery = 2

func tableCurve(b *strings.Builder, c analysis.Comparison) {
	if len(c.Curve) == 0 {
		return
	}
	b.WriteString("  Cost curve (monthly, shape kept; every point in json and csv)\n")
	shown := c.Base.Shown()
	rows := [][]string{platformHeader(shown, []string{"Requests/month", "Average/s"})}
	for i, p := range c.Curve {
		if i%curveTableEvery != 0 && i != len(c.Curve)-1 {
			continue
		}
		row := []string{count(p.RequestsPerMonth), quantity(p.PerSecond)}
		for _, pc := range shownCosts(shown, p.Costs) {
			row = append(row, curveCost(pc))
		}
		rows = append(rows, row)
	}
	bandedRows(b, "    ", rows, platformAlign(shown, []bool{true, true}), 2, len(shown))
}

func curveCost(pc model.PlatformCost) string {
	if !pc.Feasible {
		return "-"
	}
	return money(pc.MonthlyCost)
}

// markdownCurve writes the cost curve in markdown, every point.
func markdownCurve(b *strings.Builder, c analysis.Comparison) {
	if len(c.Curve) == 0 {
		return
	}
	shown := c.Base.Shown()
	b.WriteString("\n### Cost curve\n\n" + markdownHeader(platformHeader(shown, []string{"Requests/month", "Average/s"}), platformAlign(shown, []bool{true, true})))
	for _, p := range c.Curve {
		row := []string{quantity(decimal.NewFromInt(p.RequestsPerMonth)), p.PerSecond.String()}
		for _, pc := range shownCosts(shown, p.Costs) {
			row = append(row, curveCost(pc))
		}
		b.WriteString("| " + strings.Join(row, " | ") + " |\n")
	}
}

func csvCurve(c analysis.Comparison) [][]string {
	var rows [][]string
	shown := c.Base.Shown()
	for _, p := range c.Curve {
		for _, pc := range shownCosts(shown, p.Costs) {
			v := "infeasible"
			if pc.Feasible {
				v = pc.MonthlyCost.String()
			}
			rows = append(rows, []string{"curve", fmt.Sprint(p.RequestsPerMonth), string(pc.Platform), "monthly_cost", v})
		}
	}
	return rows
}

// curveJSON writes "curve": each shown platform's monthly cost at every point of the traffic
// scan.
func curveJSON(j *jsonWriter, shown []model.Platform, curve []analysis.CurvePoint) {
	j.array("curve")
	for _, p := range curve {
		j.element()
		j.open('{')
		j.int("requests_per_month", p.RequestsPerMonth)
		j.exact("per_second", p.PerSecond)
		platformCostsJSON(j, "costs", shownCosts(shown, p.Costs))
		j.close('}')
	}
	j.close(']')
}
