package report

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/analysis"
	"github.com/shopspring/decimal"
)

// The sections of a comparison that move the traffic or the inputs: growth month by month,
// traffic scenarios and sensitivity (tornado). Table and markdown here; CSV and JSON in
// growthdata.go.

// calendarGrowth says whether a projection runs over calendar months.
func calendarGrowth(g analysis.Growth) bool {
	return len(g.Points) > 0 && g.Points[0].Name != model.StandardMonthName
}

// growthMonthLabel names a month of a projection: its index, or its calendar name.
func growthMonthLabel(p analysis.GrowthMonth, calendar bool) string {
	if calendar {
		return p.Name
	}
	return fmt.Sprint(p.Index)
}

// growthWhen names a month in a sentence: "month 9", or "2027-08 (month 9)".
func growthWhen(g analysis.Growth, index int64) string {
	if calendar := calendarGrowth(g); calendar && index < int64(len(g.Points)) {
		return fmt.Sprintf("%s (month %d)", g.Points[index].Name, index)
	}
	return fmt.Sprintf("month %d", index)
}

// growthTitle is the section's title: "Growth over 12 months (10% a month)".
func growthTitle(g analysis.Growth) string {
	if g.Flat {
		return fmt.Sprintf("Growth over %d months (no growth rate)", g.Months)
	}
	return fmt.Sprintf("Growth over %d months (%s%% a month)", g.Months, g.GrowthPercentPerMonth.String())
}

// flatGrowthText says what a projection without growth comes to in 730-hour months.
func flatGrowthText(shown []model.Platform, g analysis.Growth) string {
	cheapest := "no platform can run it"
	if len(g.Points) > 0 && g.Points[0].Cheapest != "" {
		cheapest = platformName(g.Points[0].Cheapest) + " stays cheapest"
	}
	var totals []string
	for _, c := range g.Cumulative {
		if !slices.Contains(shown, c.Platform) {
			continue
		}
		totals = append(totals, platformName(c.Platform)+" "+variantText(c))
	}
	return fmt.Sprintf("The file gives no traffic.growth_percent_per_month: every month costs what this one does and %s. Over %d months: %s.",
		cheapest, g.Months, strings.Join(totals, ", "))
}

// flipText says how the cheapest platform changes in a month: "From month 9 Fargate is
// cheapest: Fargate $9.01, Lambda $9.75 (month 8: Fargate $9.01, Lambda $8.86)."
func flipText(g analysis.Growth, f analysis.GrowthFlip) string {
	when, before := growthWhen(g, f.Index), fmt.Sprintf("month %d", f.Index-1)
	if calendarGrowth(g) && f.Index > 0 && f.Index <= int64(len(g.Points)) {
		before = g.Points[f.Index-1].Name
	}
	costs := func(fc analysis.FlipCosts) string {
		var parts []string
		for i, p := range []model.Platform{f.To, f.From} {
			if p == "" {
				continue
			}
			amount := fc.To
			if i == 1 {
				amount = fc.From
			}
			text := money(amount)
			for _, x := range fc.Infeasible {
				if x == p {
					text = "cannot run"
				}
			}
			parts = append(parts, platformName(p)+" "+text)
		}
		return strings.Join(parts, ", ")
	}
	switch {
	case f.To == "":
		return fmt.Sprintf("From %s no platform can run it (%s: %s).", when, before, costs(f.Before))
	case f.From == "":
		return fmt.Sprintf("From %s %s can run it: %s.", when, platformName(f.To), costs(f.After))
	}
	return fmt.Sprintf("From %s %s is cheapest: %s (%s: %s).", when, platformName(f.To), costs(f.After), before, costs(f.Before))
}

// noFlipText says the cheapest platform never changes.
func noFlipText(g analysis.Growth) string {
	if len(g.Points) == 0 || g.Points[0].Cheapest == "" {
		return "No platform can run it in any of the months."
	}
	return fmt.Sprintf("%s stays cheapest all %d months.", platformName(g.Points[0].Cheapest), g.Months)
}

// alignedRows writes rows under an indent with columns two spaces apart, each as wide as
// its widest cell; columns marked right are right-aligned. It returns the widest line.
func alignedRows(b *strings.Builder, indent string, rows [][]string, right []bool) int {
	var widths []int
	for _, row := range rows {
		for i, c := range row {
			if i == len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	widest := 0
	for _, row := range rows {
		var line strings.Builder
		line.WriteString(indent)
		for i, c := range row {
			if i > 0 {
				line.WriteString("  ")
			}
			gap := strings.Repeat(" ", widths[i]-utf8.RuneCountInString(c))
			if i < len(right) && right[i] {
				line.WriteString(gap + c)
			} else {
				line.WriteString(c + gap)
			}
		}
		s := strings.TrimRight(line.String(), " ")
		widest = max(widest, utf8.RuneCountInString(s))
		b.WriteString(s + "\n")
	}
	return widest
}

// tableGrowth writes the month-by-month projection for a terminal, in 80 columns.
func tableGrowth(b *strings.Builder, c analysis.Comparison) {
	g := c.Growth
	if len(g.Points) == 0 {
		return
	}
	calendar := calendarGrowth(g)
	if g.Flat && !calendar {
		writeWrap(b, "  "+growthTitle(g)+". "+flatGrowthText(c.Base.Shown(), g), "    ", itemsWidth)
		return
	}
	b.WriteString("  " + growthTitle(g) + "\n")
	shown := c.Base.Shown()
	rows := [][]string{platformHeader(shown, []string{"Month", "Requests"}, "Cheapest")}
	for _, p := range g.Points {
		row := append([]string{growthMonthLabel(p, calendar), quantity(decimal.NewFromInt(p.Requests))}, costCells(shown, p.Costs)...)
		rows = append(rows, append(row, platformName(p.Cheapest)))
	}
	rows = append(rows, append([]string{"Total", ""}, costCells(shown, g.Cumulative)...))
	bandedRows(b, "    ", rows, platformAlign(shown, []bool{!calendar, true}), 2, len(shown))
	for _, f := range g.Flips {
		writeWrap(b, "    "+flipText(g, f), "      ", itemsWidth)
	}
	if len(g.Flips) == 0 {
		writeWrap(b, "    "+noFlipText(g), "      ", itemsWidth)
	}
	for _, t := range g.Cumulative {
		if !t.Feasible && t.Reason != "" {
			writeWrap(b, fmt.Sprintf("    %s total: %s.", platformName(t.Platform), t.Reason), "      ", itemsWidth)
		}
	}
}

// markdownGrowth writes the month-by-month projection in markdown.
func markdownGrowth(b *strings.Builder, c analysis.Comparison) {
	g := c.Growth
	if len(g.Points) == 0 {
		return
	}
	calendar := calendarGrowth(g)
	fmt.Fprintf(b, "\n### %s\n\n", growthTitle(g))
	if g.Flat && !calendar {
		fmt.Fprintf(b, "%s\n", cell(flatGrowthText(c.Base.Shown(), g)))
		return
	}
	shown := c.Base.Shown()
	b.WriteString(markdownHeader(platformHeader(shown, []string{"Month", "Requests"}, "Cheapest"), platformAlign(shown, []bool{false, true})))
	for _, p := range g.Points {
		row := append([]string{growthMonthLabel(p, calendar), quantity(decimal.NewFromInt(p.Requests))}, costCells(shown, p.Costs)...)
		markdownCostRow(b, append(row, platformName(p.Cheapest)))
	}
	markdownCostRow(b, append(append([]string{"**Total**", ""}, costCells(shown, g.Cumulative)...), ""))
	b.WriteString("\n")
	for _, f := range g.Flips {
		fmt.Fprintf(b, "- %s\n", cell(flipText(g, f)))
	}
	if len(g.Flips) == 0 {
		fmt.Fprintf(b, "- %s\n", cell(noFlipText(g)))
	}
	for _, t := range g.Cumulative {
		if !t.Feasible && t.Reason != "" {
			fmt.Fprintf(b, "- %s total: %s.\n", platformName(t.Platform), cell(t.Reason))
		}
	}
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
		rows = append(rows, csvCosts(c.Base.Shown(), section, item, "monthly_cost", p.Costs)...)
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
	return append(rows, csvCosts(c.Base.Shown(), section, "total", "total_cost", g.Cumulative)...)
}

// growthJSON writes "growth": the month-by-month projection, the months the cheapest
// platform changes and the totals (null without a projection).
func growthJSON(j *jsonWriter, shown []model.Platform, g analysis.Growth) {
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
		variantCostsJSON(j, "costs", shown, p.Costs)
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
	variantCostsJSON(j, "totals", shown, g.Cumulative)
	j.close('}')
}

// flipCostsJSON writes the member k: the two platforms' costs on one side of a flip.
func flipCostsJSON(j *jsonWriter, k string, fc analysis.FlipCosts) {
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
