package report

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/breakeven/breakeven/model"
	"github.com/shopspring/decimal"
)

// The sections of a comparison that move the traffic or the inputs: growth month by month,
// traffic scenarios and sensitivity (tornado). Table and markdown here; CSV and JSON in
// growthdata.go.

// tornadoBarMax is the longest sensitivity bar in the table, in columns.
const tornadoBarMax = 20

// variantCost returns platform p's cost among costs (an infeasible one if absent).
func variantCost(costs []model.VariantCost, p model.Platform) model.VariantCost {
	for _, c := range costs {
		if c.Platform == p {
			return c
		}
	}
	return model.VariantCost{Platform: p}
}

// variantText is a cost as people read it: "$4.13" or "cannot run".
func variantText(c model.VariantCost) string {
	if !c.Feasible {
		return "cannot run"
	}
	return money(c.Cost)
}

// costCells are the platforms' costs in Platforms order.
func costCells(costs []model.VariantCost) []string {
	var out []string
	for _, p := range model.Platforms {
		out = append(out, variantText(variantCost(costs, p)))
	}
	return out
}

// calendarGrowth says whether a projection runs over calendar months.
func calendarGrowth(g model.Growth) bool {
	return len(g.Points) > 0 && g.Points[0].Name != model.StandardMonthName
}

// growthMonthLabel names a month of a projection: its index, or its calendar name.
func growthMonthLabel(p model.GrowthMonth, calendar bool) string {
	if calendar {
		return p.Name
	}
	return fmt.Sprint(p.Index)
}

// growthWhen names a month in a sentence: "month 9", or "2027-08 (month 9)".
func growthWhen(g model.Growth, index int64) string {
	if calendar := calendarGrowth(g); calendar && index < int64(len(g.Points)) {
		return fmt.Sprintf("%s (month %d)", g.Points[index].Name, index)
	}
	return fmt.Sprintf("month %d", index)
}

// growthTitle is the section's title: "Growth over 12 months (10% a month)".
func growthTitle(g model.Growth) string {
	if g.Flat {
		return fmt.Sprintf("Growth over %d months (no growth rate)", g.Months)
	}
	return fmt.Sprintf("Growth over %d months (%s%% a month)", g.Months, g.GrowthPercentPerMonth.String())
}

// flatGrowthText says what a projection without growth comes to in 730-hour months.
func flatGrowthText(g model.Growth) string {
	cheapest := "no platform can run it"
	if len(g.Points) > 0 && g.Points[0].Cheapest != "" {
		cheapest = platformName(g.Points[0].Cheapest) + " stays cheapest"
	}
	var totals []string
	for _, c := range g.Cumulative {
		totals = append(totals, platformName(c.Platform)+" "+variantText(c))
	}
	return fmt.Sprintf("The file gives no traffic.growth_percent_per_month: every month costs what this one does and %s. Over %d months: %s.",
		cheapest, g.Months, strings.Join(totals, ", "))
}

// flipText says how the cheapest platform changes in a month: "From month 9 Fargate is
// cheapest: Fargate $9.01, Lambda $9.75 (month 8: Fargate $9.01, Lambda $8.86)."
func flipText(g model.Growth, f model.GrowthFlip) string {
	when, before := growthWhen(g, f.Index), fmt.Sprintf("month %d", f.Index-1)
	if calendarGrowth(g) && f.Index > 0 && f.Index <= int64(len(g.Points)) {
		before = g.Points[f.Index-1].Name
	}
	costs := func(fc model.FlipCosts) string {
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
func noFlipText(g model.Growth) string {
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
func tableGrowth(b *strings.Builder, c model.Comparison) {
	g := c.Growth
	if len(g.Points) == 0 {
		return
	}
	calendar := calendarGrowth(g)
	if g.Flat && !calendar {
		b.WriteString(wrap("  "+growthTitle(g)+". "+flatGrowthText(g), "    ", itemsWidth))
		return
	}
	b.WriteString("  " + growthTitle(g) + "\n")
	rows := [][]string{platformHeader([]string{"Month", "Requests"}, "Cheapest")}
	for _, p := range g.Points {
		row := append([]string{growthMonthLabel(p, calendar), quantity(decimal.NewFromInt(p.Requests))}, costCells(p.Costs)...)
		rows = append(rows, append(row, platformName(p.Cheapest)))
	}
	rows = append(rows, append([]string{"Total", ""}, costCells(g.Cumulative)...))
	alignedRows(b, "    ", rows, platformAlign([]bool{!calendar, true}))
	for _, f := range g.Flips {
		b.WriteString(wrap("    "+flipText(g, f), "      ", itemsWidth))
	}
	if len(g.Flips) == 0 {
		b.WriteString(wrap("    "+noFlipText(g), "      ", itemsWidth))
	}
	for _, t := range g.Cumulative {
		if !t.Feasible && t.Reason != "" {
			b.WriteString(wrap(fmt.Sprintf("    %s total: %s.", platformName(t.Platform), t.Reason), "      ", itemsWidth))
		}
	}
}

// scenariosTitle is the scenarios section's title, saying when the defaults were priced.
func scenariosTitle(list []model.ScenarioResult) string {
	if len(list) > 0 && list[0].Defaulted {
		return "Scenarios (" + model.DefaultScenariosWhy + ")"
	}
	return "Scenarios (the traffic times each multiplier)"
}

// tableScenarios writes the traffic scenarios side by side for a terminal.
func tableScenarios(b *strings.Builder, c model.Comparison) {
	if len(c.Scenarios) == 0 {
		return
	}
	b.WriteString(wrap("  "+scenariosTitle(c.Scenarios), "    ", itemsWidth))
	rows := [][]string{platformHeader([]string{"Scenario", "Traffic", "Requests"}, "Cheapest")}
	for _, s := range c.Scenarios {
		row := append([]string{s.Name, "x" + s.TrafficMultiplier.String(), quantity(decimal.NewFromInt(s.Requests))}, costCells(s.Costs)...)
		rows = append(rows, append(row, platformName(s.Cheapest)))
	}
	alignedRows(b, "    ", rows, platformAlign([]bool{false, true, true}))
}

// sensitivityIntro says what the sensitivity ranks.
func sensitivityIntro(rows []model.SensitivityRow) string {
	r := rows[0]
	return fmt.Sprintf("each input %d%% down and up, the rest held, ranked by how much it moves %s (%s as given)",
		model.SensitivityPercent, platformName(r.Platform), money(r.BaseCost))
}

// movedText says what an input was moved to: "function.memory_mb 512 to 410 and 614
// (rounded half up to whole MB)".
func movedText(r model.SensitivityRow) string {
	s := fmt.Sprintf("%s %s to %s and %s", r.Input, quantity(r.Base), quantity(r.Low), quantity(r.High))
	if r.Note != "" {
		s += " (" + r.Note + ")"
	}
	return s
}

// cheaperText says which platform is cheapest when an input moved makes it another than
// the base's: "at +20% Fargate is cheapest ($9.01)".
func cheaperText(r model.SensitivityRow) []string {
	var out []string
	for _, side := range []struct {
		sign     string
		cheapest model.Platform
		costs    []model.VariantCost
	}{{"-", r.LowCheapest, r.LowCosts}, {"+", r.HighCheapest, r.HighCosts}} {
		if side.cheapest == r.Platform {
			continue
		}
		at := fmt.Sprintf("at %s%d%%", side.sign, model.SensitivityPercent)
		if side.cheapest == "" {
			out = append(out, at+" no platform can run it")
			continue
		}
		out = append(out, fmt.Sprintf("%s %s is cheapest (%s)", at, platformName(side.cheapest), money(variantCost(side.costs, side.cheapest).Cost)))
	}
	return out
}

// tornadoBar is a bar of swing's share of the largest swing, at most width columns, at
// least one for a swing above zero. Rounded half up in decimal.
func tornadoBar(swing, largest decimal.Decimal, width int) string {
	if !swing.IsPositive() || !largest.IsPositive() || width <= 0 {
		return ""
	}
	n := swing.Mul(decimal.NewFromInt(int64(width))).DivRound(largest, 0).IntPart()
	return strings.Repeat("#", int(max(n, 1)))
}

// tableSensitivity writes the tornado as a ranked table for a terminal, with bars when they
// fit in 80 columns.
func tableSensitivity(b *strings.Builder, c model.Comparison) {
	rows := c.Sensitivity
	if len(rows) == 0 {
		return
	}
	if rows[0].Platform == "" {
		b.WriteString(wrap("  Sensitivity: no platform can run the workload as given, so there is nothing to rank.", "    ", itemsWidth))
		return
	}
	b.WriteString(wrap("  Sensitivity: "+sensitivityIntro(rows), "    ", itemsWidth))
	down, up := fmt.Sprintf("-%d%%", model.SensitivityPercent), fmt.Sprintf("+%d%%", model.SensitivityPercent)
	cells := [][]string{{"#", "Input", down, up, "Swing"}}
	largest := decimal.Zero
	for i, r := range rows {
		swing := money(r.Swing)
		if r.Infeasible {
			swing = "-"
		}
		cells = append(cells, []string{fmt.Sprint(i + 1), r.Input, variantText(r.LowCost), variantText(r.HighCost), swing})
		largest = decimal.Max(largest, r.Swing)
	}
	var table strings.Builder
	widest := alignedRows(&table, "    ", cells, []bool{true, false, true, true, true})
	barWidth := min(tornadoBarMax, itemsWidth-widest-2)
	lines := strings.Split(strings.TrimSuffix(table.String(), "\n"), "\n")
	b.WriteString(lines[0] + "\n")
	for i, r := range rows {
		line := lines[i+1]
		if bar := tornadoBar(r.Swing, largest, barWidth); bar != "" && barWidth >= 5 {
			line += strings.Repeat(" ", widest-utf8.RuneCountInString(line)+2) + bar
		}
		b.WriteString(line + "\n")
		for _, t := range cheaperText(r) {
			b.WriteString(wrap("       "+t, "         ", itemsWidth))
		}
		if r.Infeasible {
			reason := r.HighCost.Reason
			if !r.LowCost.Feasible {
				reason = r.LowCost.Reason
			}
			b.WriteString(wrap(fmt.Sprintf("       %s cannot run it: %s", platformName(r.Platform), reason), "         ", itemsWidth))
		}
	}
	var moved []string
	for _, r := range rows {
		if r.Note != "" {
			moved = append(moved, movedText(r))
		}
	}
	if len(moved) > 0 {
		b.WriteString(wrap("    Moved: "+strings.Join(moved, "; ")+".", "      ", itemsWidth))
	}
}

// markdownCostRow writes one markdown table row of cells.
func markdownCostRow(b *strings.Builder, cells []string) {
	for i := range cells {
		cells[i] = cell(cells[i])
	}
	b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
}

// markdownGrowth writes the month-by-month projection in markdown.
func markdownGrowth(b *strings.Builder, c model.Comparison) {
	g := c.Growth
	if len(g.Points) == 0 {
		return
	}
	calendar := calendarGrowth(g)
	fmt.Fprintf(b, "\n### %s\n\n", growthTitle(g))
	if g.Flat && !calendar {
		fmt.Fprintf(b, "%s\n", cell(flatGrowthText(g)))
		return
	}
	b.WriteString(markdownHeader(platformHeader([]string{"Month", "Requests"}, "Cheapest"), platformAlign([]bool{false, true})))
	for _, p := range g.Points {
		row := append([]string{growthMonthLabel(p, calendar), quantity(decimal.NewFromInt(p.Requests))}, costCells(p.Costs)...)
		markdownCostRow(b, append(row, platformName(p.Cheapest)))
	}
	markdownCostRow(b, append(append([]string{"**Total**", ""}, costCells(g.Cumulative)...), ""))
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

// markdownScenarios writes the traffic scenarios side by side in markdown.
func markdownScenarios(b *strings.Builder, c model.Comparison) {
	if len(c.Scenarios) == 0 {
		return
	}
	fmt.Fprintf(b, "\n### %s\n\n", scenariosTitle(c.Scenarios))
	b.WriteString(markdownHeader(platformHeader([]string{"Scenario", "Traffic multiplier", "Requests"}, "Cheapest"), platformAlign([]bool{false, true, true})))
	for _, s := range c.Scenarios {
		row := append([]string{s.Name, s.TrafficMultiplier.String(), quantity(decimal.NewFromInt(s.Requests))}, costCells(s.Costs)...)
		markdownCostRow(b, append(row, platformName(s.Cheapest)))
	}
}

// markdownSensitivity writes the tornado in markdown: every platform at -20% and +20%.
func markdownSensitivity(b *strings.Builder, c model.Comparison) {
	rows := c.Sensitivity
	if len(rows) == 0 {
		return
	}
	b.WriteString("\n### Sensitivity\n\n")
	if rows[0].Platform == "" {
		b.WriteString("No platform can run the workload as given, so there is nothing to rank.\n")
		return
	}
	fmt.Fprintf(b, "Each input %s.\n\n", cell(strings.TrimPrefix(sensitivityIntro(rows), "each input ")))
	by := fmt.Sprint(model.SensitivityPercent) + "%"
	header := platformHeader([]string{"Rank", "Input", "As given", "-" + by, "+" + by}, "Swing", "Notes")
	b.WriteString(markdownHeader(header, platformAlign([]bool{true, false, true, true, true}, true)))
	for i, r := range rows {
		cells := []string{fmt.Sprint(i + 1), r.Input, quantity(r.Base), quantity(r.Low), quantity(r.High)}
		for _, p := range model.Platforms {
			cells = append(cells, variantText(variantCost(r.LowCosts, p))+" / "+variantText(variantCost(r.HighCosts, p)))
		}
		swing := money(r.Swing)
		if r.Infeasible {
			swing = "-"
		}
		notes := cheaperText(r)
		if r.Note != "" {
			notes = append([]string{r.Note}, notes...)
		}
		markdownCostRow(b, append(cells, swing, strings.Join(notes, "; ")))
	}
}
