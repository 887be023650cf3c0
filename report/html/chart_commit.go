package html

import (
	"fmt"
	"strings"

	"github.com/breakeven/breakeven/model/analysis"
	"github.com/breakeven/breakeven/report"
	"github.com/shopspring/decimal"
)

// commitmentSection writes the portfolio's Compute Savings Plan commitment (breakeven
// commit's plan): the optimum, the curve of the month's bill against the commitment with its
// table, the reservations (Fargate's share the plan covers) and the risk.
func commitmentSection(b *strings.Builder, p analysis.CommitPlan) {
	if len(p.Curve) == 0 {
		return
	}
	b.WriteString(`<section class="commitment" id="commitment">` + "\n")
	element(b, "h2", "", "Commitment: "+string(p.Purchase)+", no upfront")
	b.WriteString("\n")
	var notes []string
	if p.OnDemand.IsPositive() {
		element(b, "p", "", report.CommitOptimumText(p))
		b.WriteString("\n")
		commitmentChart(b, "portfolio-commitment", p)
	} else {
		// nothing to draw: say why each workload's usage is not the plan's
		element(b, "p", "", "No usage a Compute Savings Plan covers:")
		for _, u := range p.Usages {
			notes = append(notes, u.Workload+": "+u.Reason)
		}
	}
	for _, r := range p.Reserved {
		notes = append(notes, report.ReservedText(r, p.Optimum))
	}
	if risk := report.CommitRiskText(p); risk != "" {
		notes = append(notes, risk)
	}
	if p.OnDemand.IsPositive() {
		notes = append(notes, p.Advice...)
	}
	if len(notes) > 0 {
		b.WriteString("<ul>")
		for _, n := range notes {
			element(b, "li", "", n)
		}
		b.WriteString("</ul>\n")
	}
	b.WriteString("</section>\n")
}

// commitmentChart draws the month's bill of the usage the plan covers at each commitment of
// the curve, the bill on demand as a level line, the optimum marked, with the curve's table.
func commitmentChart(b *strings.Builder, id string, p analysis.CommitPlan) {
	last := p.Curve[len(p.Curve)-1]
	ch := lineChart{id: id, title: "The month's bill against the commitment", maxMarkers: len(p.Curve),
		desc: fmt.Sprintf("The month's bill of the usage a Compute Savings Plan covers, at commitments from none to %s an hour, against %s on demand; the optimum, %s an hour, is marked (bill %s, saving %s).",
			report.UnitPrice(last.Commitment.Round(4)), money(p.OnDemand), report.UnitPrice(p.Optimum.Commitment.Round(4)), money(p.Optimum.Bill), money(p.Optimum.Saving))}
	ch.x = axis{label: "commitment, US dollars an hour"}
	ch.x.ticks, ch.x.lo, ch.x.hi = linearTicks(decimal.Zero, last.Commitment, 6, plain)
	top := p.OnDemand
	bill := series{name: "Bill with the commitment", style: styleOf(0)}
	var run []point
	for _, c := range p.Curve {
		top = decimal.Max(top, c.Bill)
		run = append(run, point{c.Commitment.InexactFloat64(), c.Bill.InexactFloat64()}) // geometry only
	}
	bill.runs = [][]point{run}
	level := series{name: "On demand, no commitment", style: styleOf(1),
		runs: [][]point{{{0, p.OnDemand.InexactFloat64()}, {ch.x.hi, p.OnDemand.InexactFloat64()}}}}
	ch.series = []series{bill, level}
	ch.y.label = "US dollars a month"
	ch.y.ticks, ch.y.lo, ch.y.hi = linearTicks(decimal.Zero, top, 5, compactMoney)
	ch.marks = []mark{{x: p.Optimum.Commitment.InexactFloat64(), label: "optimum " + report.UnitPrice(p.Optimum.Commitment.Round(4)) + "/h", now: true}}
	figure(b, id, ch.svg(), "The month's bill at each commitment", func(b *strings.Builder) {
		headRow(b, "Commitment an hour", "Bill", "Saving", "Utilisation", "Coverage")
		for _, c := range p.Curve {
			name := report.UnitPrice(c.Commitment.Round(4))
			if c.Commitment.Equal(p.Optimum.Commitment) {
				name += " (optimum)"
			}
			numericRow(b, name, money(c.Bill), money(c.Saving), c.Utilisation.StringFixed(1)+"%", c.Coverage.StringFixed(1)+"%")
		}
	})
}
