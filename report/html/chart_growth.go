package html

import (
	"fmt"
	"slices"
	"strings"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/analysis"
	"github.com/breakeven/breakeven/report"
	"github.com/shopspring/decimal"
)

// growthChart draws each platform's bill month by month as the traffic grows, the months the
// cheapest platform flips marked, with the table of every month and the totals.
func growthChart(b *strings.Builder, id string, c analysis.Comparison) {
	g := c.Growth
	if len(g.Points) == 0 {
		return
	}
	rate := "no growth rate: every month's traffic is this one's"
	if !g.Flat {
		rate = report.Shown(g.GrowthPercentPerMonth) + "% a month, compounding"
	}
	ch := lineChart{id: id, title: "Growth month by month: " + c.Base.Workload.Name, maxMarkers: 12,
		desc: fmt.Sprintf("Lines of each platform's monthly bill over %s from the month priced, traffic growing at %s; vertical lines mark the months the cheapest platform changes (%s).", report.Count(g.Months)+" months", rate, flipsText(g))}
	last := g.Points[len(g.Points)-1].Index
	ch.x = axis{label: "months from the month priced", lo: 0, hi: float64(max(last, 1))}
	ch.x.ticks, _, _ = linearTicks(decimal.Zero, decimal.NewFromInt(max(last, 1)), 12, plain)
	top := decimal.Zero
	shown := c.Base.Shown()
	for i, p := range model.Platforms {
		if !slices.Contains(shown, p) {
			continue
		}
		s := series{name: platformName(p), style: styleOf(i)}
		var run []point
		for _, m := range g.Points {
			vc := m.Costs[i]
			if !vc.Feasible {
				if len(run) > 0 {
					s.runs, run = append(s.runs, run), nil
				}
				continue
			}
			top = decimal.Max(top, vc.Cost)
			run = append(run, point{float64(m.Index), vc.Cost.InexactFloat64()})
		}
		if len(run) > 0 {
			s.runs = append(s.runs, run)
		}
		ch.series = append(ch.series, s)
	}
	ch.y.label = "US dollars a month"
	ch.y.ticks, ch.y.lo, ch.y.hi = linearTicks(decimal.Zero, top, 5, compactMoney)
	for _, f := range g.Flips {
		ch.marks = append(ch.marks, mark{x: float64(f.Index), label: platformName(f.To) + " cheapest from month " + report.Count(f.Index)})
	}
	figure(b, id, ch.svg(), "Each month's requests and bills as the traffic grows", func(b *strings.Builder) {
		heads := []string{"Requests"}
		for _, p := range shown {
			heads = append(heads, platformName(p))
		}
		headRow(b, "Month", append(heads, "Cheapest")...)
		for _, m := range g.Points {
			cells := []string{report.Count(m.Requests)}
			for _, vc := range shownVariants(shown, m.Costs) {
				cells = append(cells, variantCell(vc))
			}
			numericRow(b, report.Count(m.Index)+" ("+m.Name+")", append(cells, platformName(m.Cheapest))...)
		}
		cells := []string{""}
		for _, vc := range shownVariants(shown, g.Cumulative) {
			cells = append(cells, variantCell(vc))
		}
		numericRow(b, "Over "+report.Count(g.Months)+" months", append(cells, "")...)
	})
}

// flipsText says the months the cheapest platform changes, or that it never does.
func flipsText(g analysis.Growth) string {
	if len(g.Flips) == 0 {
		return "none"
	}
	var parts []string
	for _, f := range g.Flips {
		parts = append(parts, fmt.Sprintf("month %s: %s to %s", report.Count(f.Index), platformName(f.From), platformName(f.To)))
	}
	return strings.Join(parts, "; ")
}

// variantCell is a variant's cost, or that the platform cannot run it.
func variantCell(vc analysis.VariantCost) string {
	if !vc.Feasible {
		return "cannot run"
	}
	return money(vc.Cost)
}

// shownVariants are the costs of the platforms shown, in their order.
func shownVariants(shown []model.Platform, costs []analysis.VariantCost) []analysis.VariantCost {
	var out []analysis.VariantCost
	for _, c := range costs {
		if slices.Contains(shown, c.Platform) {
			out = append(out, c)
		}
	}
	return out
}
