package report

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/analysis"
	"github.com/shopspring/decimal"
)

// tornadoBarMax is the longest sensitivity bar in the table, in columns.
const tornadoBarMax = 20

// sensitivityIntro says what the sensitivity ranks.
func sensitivityIntro(rows []analysis.SensitivityRow) string {
	r := rows[0]
	return fmt.Sprintf("each input %d%% down and up, the rest held, ranked by how much it moves %s (%s as given)",
		analysis.SensitivityPercent, platformName(r.Platform), money(r.BaseCost))
}

// movedText says what an input was moved to: "function.memory_mb 512 to 410 and 614
// (rounded half up to whole MB)".
func movedText(r analysis.SensitivityRow) string {
	s := fmt.Sprintf("%s %s to %s and %s", r.Input, quantity(r.Base), quantity(r.Low), quantity(r.High))
	if r.Note != "" {
		s += " (" + r.Note + ")"
	}
	return s
}

// cheaperText says which platform is cheapest when an input moved makes it another than
// the base's: "at +20% Fargate is cheapest ($9.01)".
func cheaperText(r analysis.SensitivityRow) []string {
	var out []string
	for _, side := range []struct {
		sign     string
		cheapest model.Platform
		costs    []analysis.VariantCost
	}{{"-", r.LowCheapest, r.LowCosts}, {"+", r.HighCheapest, r.HighCosts}} {
		if side.cheapest == r.Platform {
			continue
		}
		at := fmt.Sprintf("at %s%d%%", side.sign, analysis.SensitivityPercent)
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
func tableSensitivity(b *strings.Builder, c analysis.Comparison) {
	rows := c.Sensitivity
	if len(rows) == 0 {
		return
	}
	if rows[0].Platform == "" {
		writeWrap(b, "  Sensitivity: no platform can run the workload as given, so there is nothing to rank.", "    ", itemsWidth)
		return
	}
	writeWrap(b, "  Sensitivity: "+sensitivityIntro(rows), "    ", itemsWidth)
	down, up := fmt.Sprintf("-%d%%", analysis.SensitivityPercent), fmt.Sprintf("+%d%%", analysis.SensitivityPercent)
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
			writeWrap(b, "       "+t, "         ", itemsWidth)
		}
		if r.Infeasible {
			reason := r.HighCost.Reason
			if !r.LowCost.Feasible {
				reason = r.LowCost.Reason
			}
			writeWrap(b, fmt.Sprintf("       %s cannot run it: %s", platformName(r.Platform), reason), "         ", itemsWidth)
		}
	}
	var moved []string
	for _, r := range rows {
		if r.Note != "" {
			moved = append(moved, movedText(r))
		}
	}
	if len(moved) > 0 {
		writeWrap(b, "    Moved: "+strings.Join(moved, "; ")+".", "      ", itemsWidth)
	}
}

// markdownSensitivity writes the tornado in markdown: every platform at -20% and +20%.
func markdownSensitivity(b *strings.Builder, c analysis.Comparison) {
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
	by := fmt.Sprint(analysis.SensitivityPercent) + "%"
	shown := c.Base.Shown()
	header := platformHeader(shown, []string{"Rank", "Input", "As given", "-" + by, "+" + by}, "Swing", "Notes")
	b.WriteString(markdownHeader(header, platformAlign(shown, []bool{true, false, true, true, true}, true)))
	for i, r := range rows {
		cells := []string{fmt.Sprint(i + 1), r.Input, quantity(r.Base), quantity(r.Low), quantity(r.High)}
		for _, p := range shown {
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
		rows = append(rows, csvCosts(c.Base.Shown(), section, item, "cost_minus_20", r.LowCosts)...)
		rows = append(rows, csvCosts(c.Base.Shown(), section, item, "cost_plus_20", r.HighCosts)...)
		rows = append(rows,
			[]string{section, item, "", "cheapest_minus_20", string(r.LowCheapest)},
			[]string{section, item, "", "cheapest_plus_20", string(r.HighCheapest)})
	}
	return rows
}

// sensitivityJSON writes "sensitivity": the tornado in rank order ([] when none).
func sensitivityJSON(j *jsonWriter, shown []model.Platform, rows []analysis.SensitivityRow) {
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
		variantCostsJSON(j, "costs_minus_20", shown, r.LowCosts)
		variantCostsJSON(j, "costs_plus_20", shown, r.HighCosts)
		j.string("cheapest_minus_20", string(r.LowCheapest))
		j.string("cheapest_plus_20", string(r.HighCheapest))
		j.close('}')
	}
	j.close(']')
}
