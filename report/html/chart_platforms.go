package html

import (
	"strings"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/report"
	"github.com/shopspring/decimal"
)

// platformsChart draws each platform's monthly bill as a bar, the cheapest named, with the
// table of the bills: monthly, a year of such months, per 1,000 requests and what was priced.
func platformsChart(b *strings.Builder, id string, r model.WorkloadResult) {
	c := barChart{
		id:    id,
		title: "Monthly cost by platform: " + r.Workload.Name,
		desc:  "Horizontal bars, one per platform, of the monthly bill as priced from the file. " + nowCosts(r),
	}
	top := decimal.Zero
	for _, e := range r.ShownEstimates() {
		c.legendStyles = append(c.legendStyles, platformStyle(e.Platform))
		c.legendNames = append(c.legendNames, platformName(e.Platform))
		row := barRow{label: platformName(e.Platform)}
		if !e.Feasible {
			row.note = "cannot run: " + strings.Join(e.Reasons, "; ")
		} else {
			text := money(e.MonthlyCost)
			if e.Platform == r.Cheapest {
				row.label += " (cheapest)"
			}
			row.bars = []bar{{from: 0, to: e.MonthlyCost.InexactFloat64(), style: platformStyle(e.Platform), text: text}}
			top = decimal.Max(top, e.MonthlyCost)
		}
		c.rows = append(c.rows, row)
	}
	c.x.ticks, c.x.lo, c.x.hi = linearTicks(decimal.Zero, top, 5, compactMoney)
	c.x.label = "US dollars a month"
	figure(b, id, c.svg(), "The bills charted: "+r.Workload.Name, func(b *strings.Builder) {
		headRow(b, "Platform", "Monthly", "A year (12 months)", "Per 1,000 requests", "Configuration", "Capacity")
		for _, e := range r.ShownEstimates() {
			if !e.Feasible {
				b.WriteString("<tr>")
				element(b, "th", `scope="row"`, platformName(e.Platform))
				element(b, "td", `colspan="5"`, "cannot run: "+strings.Join(e.Reasons, "; "))
				b.WriteString("</tr>\n")
				continue
			}
			name := platformName(e.Platform)
			if e.Platform == r.Cheapest {
				name += " (cheapest)"
			}
			b.WriteString("<tr>")
			element(b, "th", `scope="row"`, name)
			element(b, "td", `class="num"`, money(e.MonthlyCost)+incomplete(e))
			element(b, "td", `class="num"`, money(yearly(e.MonthlyCost)))
			perThousand := report.FineMoney(e.CostPerThousandRequests)
			if r.Workload.SchedulesOnly {
				perThousand = "no requests"
			}
			element(b, "td", `class="num"`, perThousand)
			element(b, "td", "", e.Summary)
			element(b, "td", "", report.CapacityText(e))
			b.WriteString("</tr>\n")
		}
	})
}

// nowCosts says each shown platform's monthly cost, the cheapest named, and which cannot
// run the workload.
func nowCosts(r model.WorkloadResult) string {
	var parts []string
	for _, e := range r.ShownEstimates() {
		cost := "cannot run"
		if e.Feasible {
			cost = money(e.MonthlyCost)
		}
		parts = append(parts, platformName(e.Platform)+" "+cost)
	}
	text := strings.Join(parts, ", ") + " a month; cheapest: " + platformName(r.Cheapest) + "."
	for _, e := range r.CannotRun() {
		text += " " + platformName(e.Platform) + " cannot run it: " + strings.Join(e.Reasons, "; ") + "."
	}
	return text
}

// incomplete marks an amount that leaves out what the catalog has no rate for.
func incomplete(e model.Estimate) string {
	if e.Complete() {
		return ""
	}
	return " (incomplete)"
}
