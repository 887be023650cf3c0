package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"

	"github.com/breakeven/breakeven/model"
	"github.com/shopspring/decimal"
)

// markdownComparisons renders the decision analyses as markdown, for proposals.
func markdownComparisons(b *strings.Builder, res model.CompareResult) {
	b.WriteString("# breakeven compare\n\n" + compareHeader(res) + "\n")
	for _, c := range res.Comparisons {
		wl := c.Base.Workload
		fmt.Fprintf(b, "\n## %s\n\n%s %s. Now: %s\n", cell(wl.Name), wl.Region, cell(wl.File), cell(nowText(c.Base)))
		for _, note := range c.Notes {
			fmt.Fprintf(b, "\n**Note:** %s.\n", cell(note))
		}
		b.WriteString("\n### Recommendations\n\n")
		if len(c.Recommendations) == 0 {
			b.WriteString("None saves money at this traffic.\n")
		}
		for i, r := range c.Recommendations {
			fmt.Fprintf(b, "%d. **%s**: saves %s a month%s.\n", i+1, r.Action, money(r.MonthlySaving), conditionText(r))
			for _, e := range r.Evidence {
				fmt.Fprintf(b, "   - %s\n", e)
			}
		}
		if len(c.BreakEvens) > 0 {
			b.WriteString("\n### Break-even\n\n| Input | Pair | Crossing |\n|---|---|---|\n")
			for _, be := range c.BreakEvens {
				text := crossingText(be)
				if be.Stopped != "" {
					text += " (" + be.Stopped + ")"
				}
				fmt.Fprintf(b, "| %s | %s vs %s | %s |\n", cell(variableNow(be, 0)), platformName(be.A), platformName(be.B), cell(text))
			}
		}
		markdownCurve(b, c)
		if s := c.Sweep; s != nil {
			b.WriteString("\n### Lambda memory and architecture\n\n| | Memory | Arch | Duration | Monthly | Saving |\n|---|---:|---|---:|---:|---:|\n")
			if s.Current.Feasible {
				b.WriteString("| " + strings.Join(sweepPickRow("now", s.Current, decimal.Zero), " | ") + " |\n")
			}
			for _, p := range s.Optima {
				b.WriteString("| " + strings.Join(sweepPickRow(p.Strategy, p.Row, p.MonthlySaving), " | ") + " |\n")
			}
		}
		b.WriteString("\n")
		markdownRightSizing(b, c)
		if h := c.Hybrid; h != nil {
			fmt.Fprintf(b, "\n### Hybrid (compute only)\n\n%s\n", cell(strings.TrimSpace(hybridText(*h)+" "+hybridAgainst(*h))))
		}
		b.WriteString("\n")
		markdownGrowth(b, c)
		b.WriteString("\n")
		markdownScenarios(b, c)
		b.WriteString("\n")
		markdownSensitivity(b, c)
	}
}

// markdownCurve writes the cost curve in markdown, every point.
func markdownCurve(b *strings.Builder, c model.Comparison) {
	if len(c.Curve) == 0 {
		return
	}
	b.WriteString("\n### Cost curve\n\n" + markdownHeader(platformHeader([]string{"Requests/month", "Average/s"}), platformAlign([]bool{true, true})))
	for _, p := range c.Curve {
		row := []string{quantity(decimal.NewFromInt(p.RequestsPerMonth)), p.PerSecond.String()}
		for _, pc := range p.Costs {
			row = append(row, curveCost(pc))
		}
		b.WriteString("| " + strings.Join(row, " | ") + " |\n")
	}
}

// writeComparisonCSV writes one row per figure: workload, section, item, platform, metric,
// value, with exact values.
func writeComparisonCSV(w io.Writer, res model.CompareResult) error {
	cw := csv.NewWriter(w)
	if err := cw.Write([]string{"workload", "section", "item", "platform", "metric", "value"}); err != nil {
		return err
	}
	for _, c := range res.Comparisons {
		var rows [][]string
		rows = append(rows, csvBreakEvens(c)...)
		rows = append(rows, csvCurve(c)...)
		rows = append(rows, csvSweep(c)...)
		rows = append(rows, csvRightSizing(c)...)
		rows = append(rows, csvHybrid(c)...)
		rows = append(rows, csvGrowth(c)...)
		rows = append(rows, csvScenarios(c)...)
		rows = append(rows, csvSensitivity(c)...)
		rows = append(rows, csvRecommendations(c)...)
		for _, r := range rows {
			if err := cw.Write(append([]string{c.Base.Workload.Name}, r...)); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

func csvBreakEvens(c model.Comparison) [][]string {
	var rows [][]string
	for _, b := range c.BreakEvens {
		item := string(b.Variable)
		pair := string(b.A) + "-" + string(b.B)
		if len(b.Crossings) == 0 {
			rows = append(rows, []string{"break_even", item, pair, "never_in_range_cheaper", string(b.CheaperAtFrom)})
		}
		for _, x := range b.Crossings {
			rows = append(rows, []string{"break_even", item, pair, "crossing_at", x.At.String()},
				[]string{"break_even", item, pair, "cheaper_above", string(x.Above)})
		}
	}
	return rows
}

func csvCurve(c model.Comparison) [][]string {
	var rows [][]string
	for _, p := range c.Curve {
		for _, pc := range p.Costs {
			v := "infeasible"
			if pc.Feasible {
				v = pc.MonthlyCost.String()
			}
			rows = append(rows, []string{"curve", fmt.Sprint(p.RequestsPerMonth), string(pc.Platform), "monthly_cost", v})
		}
	}
	return rows
}

func csvSweep(c model.Comparison) [][]string {
	s := c.Sweep
	if s == nil {
		return nil
	}
	var rows [][]string
	for _, p := range s.Optima {
		item := p.Strategy
		rows = append(rows, []string{"sweep", item, "lambda", "memory_mb", fmt.Sprint(p.Row.MemoryMB)},
			[]string{"sweep", item, "lambda", "architecture", string(p.Row.Architecture)},
			[]string{"sweep", item, "lambda", "monthly_cost", p.Row.MonthlyCost.String()},
			[]string{"sweep", item, "lambda", "monthly_saving", p.MonthlySaving.String()})
	}
	return rows
}

func csvHybrid(c model.Comparison) [][]string {
	h := c.Hybrid
	if h == nil {
		return nil
	}
	p := string(h.Baseline)
	best, split := h.CheapestOverall()
	return [][]string{
		{"hybrid", "baseline", p, "units", fmt.Sprint(h.Units)},
		{"hybrid", "baseline", p, "min_units", fmt.Sprint(h.MinUnits)},
		{"hybrid", "baseline", p, "peak_units", fmt.Sprint(h.PeakUnits)},
		{"hybrid", "baseline", p, "monthly_cost", h.BaselineCost.String()},
		{"hybrid", "overflow", "lambda", "requests", fmt.Sprint(h.OverflowRequests)},
		{"hybrid", "overflow", "lambda", "monthly_cost", h.OverflowCost.String()},
		{"hybrid", "total", p, "monthly_cost", h.MonthlyCost.String()},
		{"hybrid", "cheapest_overall", string(best.Platform), "split", fmt.Sprint(split)},
		{"hybrid", "cheapest_overall", string(best.Platform), "monthly_cost", best.MonthlyCost.String()},
	}
}

func csvRecommendations(c model.Comparison) [][]string {
	var rows [][]string
	for i, r := range c.Recommendations {
		item := fmt.Sprint(i + 1)
		rows = append(rows, []string{"recommendation", item, string(r.Platform), string(r.Finding), r.MonthlySaving.String()})
		if changesDuration(r) {
			rows = append(rows, []string{"recommendation", item, string(r.Platform), "duration_now_ms", r.DurationNowMs.String()},
				[]string{"recommendation", item, string(r.Platform), "duration_after_ms", r.DurationAfterMs.String()})
		}
	}
	return rows
}

// changesDuration says a recommendation states the duration before and after (durations
// are never zero).
func changesDuration(r model.Recommendation) bool {
	return !r.DurationNowMs.IsZero() || !r.DurationAfterMs.IsZero()
}
