package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/analysis"
	"github.com/shopspring/decimal"
)

// WriteSweep renders memory and architecture sweeps (one per workload) in format f. The
// table and markdown show the sizes each result lists in Shown; JSON and CSV carry those
// rows with exact values.
func WriteSweep(w io.Writer, results []model.SweepResult, f Format) error {
	switch f {
	case Table:
		return writeSweepText(w, results, false)
	case Markdown:
		return writeSweepText(w, results, true)
	case JSON:
		return writeSweepJSON(w, results)
	case CSV:
		return writeSweepCSV(w, results)
	}
	return fmt.Errorf("unknown format %q", f)
}

// sweepHeader says which prices and month the figures use.
func sweepHeader(results []model.SweepResult) string {
	if len(results) == 0 {
		return ""
	}
	r := results[0]
	return header(r.Provenance, 0)
}

// sweepStrategyName is how people name a strategy in the text.
var sweepStrategyName = map[string]string{
	model.StrategyCost:     "cheapest",
	model.StrategySpeed:    "fastest",
	model.StrategyBalanced: "balanced",
}

// sweepMarks are the letters a row carries in the table: * the current configuration, c s b the
// optima over every architecture swept.
func sweepMarks(r model.SweepResult, row model.SweepRow) string {
	s := ""
	if row.Architecture == r.Current.Architecture && row.MemoryMB == r.Current.MemoryMB {
		s += "*"
	}
	for _, p := range r.Optima {
		if p.Row.Architecture == row.Architecture && p.Row.MemoryMB == row.MemoryMB {
			s += p.Strategy[:1]
		}
	}
	return s
}

// sweepSaving says what a pick saves a month against the current configuration: "as now"
// only when it is the current configuration; another size or architecture at the same cost
// (under the free tier, say) is "same cost".
func sweepSaving(r model.SweepResult, p model.SweepPick) string {
	switch {
	case !r.Current.Feasible:
		return "now: cannot run"
	case p.Row.Architecture == r.Current.Architecture && p.Row.MemoryMB == r.Current.MemoryMB:
		return "as now"
	case p.MonthlySaving.Round(2).IsZero():
		return "same cost"
	case p.MonthlySaving.IsNegative():
		return money(p.MonthlySaving.Neg()) + " more"
	}
	return "saves " + money(p.MonthlySaving)
}

func writeSweepText(w io.Writer, results []model.SweepResult, md bool) error {
	var b strings.Builder
	if md {
		b.WriteString("# Lambda memory and architecture sweep\n\n")
		fmt.Fprintf(&b, "%s Amounts are rounded to the cent.\n", sweepHeader(results))
	} else {
		b.WriteString(wrap(sweepHeader(results), "", itemsWidth) + "\n")
	}
	for i, r := range results {
		if md {
			markdownSweep(&b, r)
			continue
		}
		if i > 0 {
			b.WriteString("\n")
		}
		tableSweep(&b, r)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// sweepSummary is the line under a workload's name.
func sweepSummary(r model.SweepResult) string {
	c := r.Current
	now := fmt.Sprintf("now %s MB %s, %s", count(c.MemoryMB), c.Architecture, milliseconds(c.DurationMs))
	if c.Feasible {
		now += ", " + money(c.MonthlyCost) + " a month"
	} else {
		now += ": " + strings.Join(c.Reasons, "; ")
	}
	return fmt.Sprintf("Lambda memory sweep for %s requests a month; %s.", quantity(r.Requests), now)
}

func tableSweep(b *strings.Builder, r model.SweepResult) {
	wl := r.Workload
	fmt.Fprintf(b, "%s  %s  %s\n", wl.Name, wl.Region, wl.File)
	if r.Skipped != "" {
		writeWrap(b, "  "+r.Skipped+".", "    ", itemsWidth)
		return
	}
	writeWrap(b, "  "+sweepSummary(r), "    ", itemsWidth)
	line := fmt.Sprintf("%11s", "")
	names := fmt.Sprintf("%11s", "Memory MB")
	for _, s := range r.Architectures {
		line += fmt.Sprintf("  %-27s", strings.Repeat("-", 4)+" "+string(s.Architecture)+" "+strings.Repeat("-", 21-len(s.Architecture)))
		names += fmt.Sprintf("%13s%12s     ", "Duration", "Monthly")
	}
	b.WriteString(strings.TrimRight(line, " ") + "\n" + strings.TrimRight(names, " ") + "\n")
	for _, m := range r.Shown {
		row := fmt.Sprintf("%11s", count(m))
		for _, s := range r.Architectures {
			x, _ := r.Row(s.Architecture, m)
			cost := "cannot run"
			if x.Feasible {
				cost = money(x.MonthlyCost)
			}
			row += fmt.Sprintf("%13s%12s %-4s", milliseconds(x.DurationMs), cost, sweepMarks(r, x))
		}
		b.WriteString(strings.TrimRight(row, " ") + "\n")
	}
	b.WriteString("  * now; c cheapest, s fastest, b balanced of every size and architecture\n")
	if len(r.Optima) == 0 {
		writeWrap(b, fmt.Sprintf("  No size from %s MB can run on Lambda.", count(r.MinMemoryMB)), "    ", itemsWidth)
	} else {
		writeWrap(b, fmt.Sprintf("  Optima of every size from %s MB (Power Tuning's strategies, balanced weight %s), a month:", count(r.MinMemoryMB), r.BalancedWeight), "    ", itemsWidth)
		for _, p := range r.Optima {
			fmt.Fprintf(b, "    %-9s %6s MB %-7s %12s %10s  %s\n", sweepStrategyName[p.Strategy], count(p.Row.MemoryMB),
				p.Row.Architecture, milliseconds(p.Row.DurationMs), money(p.Row.MonthlyCost), sweepSaving(r, p))
		}
	}
	if len(r.Architectures) > 1 {
		for _, s := range r.Architectures {
			var parts []string
			for _, p := range s.Optima {
				parts = append(parts, fmt.Sprintf("%s %s MB %s", sweepStrategyName[p.Strategy], count(p.Row.MemoryMB), money(p.Row.MonthlyCost)))
			}
			if len(parts) > 0 {
				writeWrap(b, fmt.Sprintf("  %s: %s.", s.Architecture, strings.Join(parts, ", ")), "    ", itemsWidth)
			}
		}
	}
	b.WriteString("  Assumptions:\n")
	for _, a := range r.Assumptions {
		writeWrap(b, "  - "+a, "    ", itemsWidth)
	}
}

func markdownSweep(b *strings.Builder, r model.SweepResult) {
	wl := r.Workload
	fmt.Fprintf(b, "\n## %s\n\n", wl.Name)
	if r.Skipped != "" {
		fmt.Fprintf(b, "%s: %s.\n", wl.File, r.Skipped)
		return
	}
	fmt.Fprintf(b, "%s\n\n", sweepSummary(r))
	b.WriteString("| Memory MB | Architecture | Duration | Billed ms | Monthly | Per 1,000 requests | |\n|---:|---|---:|---:|---:|---:|---|\n")
	for _, m := range r.Shown {
		for _, s := range r.Architectures {
			x, _ := r.Row(s.Architecture, m)
			cost, per := "cannot run", ""
			if x.Feasible {
				cost, per = money(x.MonthlyCost), "$"+x.CostPerThousandRequests.Round(4).StringFixed(4)
			}
			fmt.Fprintf(b, "| %s | %s | %s | %s | %s | %s | %s |\n", count(m), s.Architecture, milliseconds(x.DurationMs), count(x.BilledMs), cost, per, sweepMarks(r, x))
		}
	}
	b.WriteString("\n\\* now; c cheapest, s fastest, b balanced of every size and architecture.\n\n")
	if len(r.Optima) > 0 {
		fmt.Fprintf(b, "Optima of every size from %s MB, as AWS Lambda Power Tuning's strategies pick them (balanced weight %s), on the month's bill:\n\n", count(r.MinMemoryMB), r.BalancedWeight)
		b.WriteString("| Strategy | Of | Memory MB | Architecture | Duration | Monthly | Against now |\n|---|---|---:|---|---:|---:|---|\n")
		rows := []struct {
			of    string
			picks []model.SweepPick
		}{{"all", r.Optima}}
		if len(r.Architectures) > 1 {
			for _, s := range r.Architectures {
				rows = append(rows, struct {
					of    string
					picks []model.SweepPick
				}{string(s.Architecture), s.Optima})
			}
		}
		for _, set := range rows {
			for _, p := range set.picks {
				fmt.Fprintf(b, "| %s | %s | %s | %s | %s | %s | %s |\n", sweepStrategyName[p.Strategy], set.of, count(p.Row.MemoryMB),
					p.Row.Architecture, milliseconds(p.Row.DurationMs), money(p.Row.MonthlyCost), sweepSaving(r, p))
			}
		}
		b.WriteString("\n")
	}
	b.WriteString("Assumptions:\n\n")
	for _, a := range r.Assumptions {
		fmt.Fprintf(b, "- %s\n", a)
	}
}

// writeSweepJSON writes the sweep's JSON document: {"pricing", "sweeps"}, amounts and
// durations exact decimal strings.
func writeSweepJSON(w io.Writer, results []model.SweepResult) error {
	j := &jsonWriter{}
	j.open('{')
	j.object("pricing")
	if len(results) > 0 {
		r := results[0]
		j.string("catalog", r.Catalog)
		j.string("as_of", r.AsOf)
		j.int("month_hours", r.MonthHours)
		j.string("month", r.Month.Name)
		j.int("months_ahead", 0)
		j.string("currency", "USD")
		j.strings("overlays", r.Overlays)
	} else { // no sweep, no catalog: the fields empty
		for _, k := range []string{"catalog", "as_of"} {
			j.string(k, "")
		}
		j.int("month_hours", 0)
		j.string("month", "")
		j.int("months_ahead", 0)
		j.string("currency", "")
		j.null("overlays")
	}
	j.close('}')
	j.array("sweeps")
	for _, r := range results {
		j.element()
		sweepJSON(j, r)
	}
	j.close(']')
	j.close('}')
	_, err := w.Write(append(j.buf, '\n'))
	return err
}

// sweepJSON writes one workload's sweep: the size it runs at, the optima, every size shown
// on each architecture, and what the sweep assumes.
func sweepJSON(j *jsonWriter, r model.SweepResult) {
	wl := r.Workload
	j.open('{')
	j.string("name", wl.Name)
	j.string("file", wl.File)
	j.string("region", wl.Region)
	if r.Skipped != "" {
		j.string("skipped", r.Skipped)
	} else {
		j.exact("requests_per_month", r.Requests)
		j.key("current")
		sweepRowJSON(j, r.Current)
		if r.MinMemoryMB != 0 {
			j.int("min_memory_mb", r.MinMemoryMB)
		}
		j.exact("balanced_weight", r.BalancedWeight)
		// max_slowdown_percent bounds the memory advice of breakeven compare, not the optima.
		j.exact("max_slowdown_percent", r.MaxSlowdownPercent)
	}
	sweepPicksJSON(j, r.Optima)
	j.array("architectures")
	for _, s := range r.Architectures {
		j.element()
		j.open('{')
		j.string("architecture", string(s.Architecture))
		sweepPicksJSON(j, s.Optima)
		j.array("rows")
		for _, m := range r.Shown {
			x, _ := r.Row(s.Architecture, m)
			j.element()
			sweepRowJSON(j, x)
		}
		j.close(']')
		j.close('}')
	}
	j.close(']')
	j.strings("assumptions", r.Assumptions)
	j.close('}')
}

// sweepRowJSON writes one size on one architecture: its cost only where it can run.
func sweepRowJSON(j *jsonWriter, x model.SweepRow) {
	j.open('{')
	j.string("architecture", string(x.Architecture))
	j.int("memory_mb", x.MemoryMB)
	j.exact("duration_ms", x.DurationMs)
	j.int("billed_ms", x.BilledMs)
	j.bool("feasible", x.Feasible)
	if len(x.Reasons) > 0 {
		j.strings("reasons", x.Reasons)
	}
	if x.Feasible {
		j.exact("monthly_cost", x.MonthlyCost)
		j.exact("cost_per_1000_requests", x.CostPerThousandRequests)
	}
	j.close('}')
}

// sweepPicksJSON writes "optima": each strategy's choice and what it saves.
func sweepPicksJSON(j *jsonWriter, picks []model.SweepPick) {
	j.array("optima")
	for _, p := range picks {
		j.element()
		j.open('{')
		j.string("strategy", p.Strategy)
		j.key("choice")
		sweepRowJSON(j, p.Row)
		j.exact("monthly_saving", p.MonthlySaving)
		j.close('}')
	}
	j.close(']')
}

var sweepCSVHeader = []string{"workload", "file", "region", "architecture", "memory_mb", "duration_ms", "billed_ms", "feasible",
	"monthly_cost", "cost_per_1000_requests", "current", "optimum", "reasons"}

// writeSweepCSV writes one row per size shown and architecture, exact values; optimum names
// the strategies (over every architecture) that pick the row, separated by ";".
func writeSweepCSV(w io.Writer, results []model.SweepResult) error {
	rows := [][]string{sweepCSVHeader}
	for _, r := range results {
		wl := r.Workload
		for _, m := range r.Shown {
			for _, s := range r.Architectures {
				x, _ := r.Row(s.Architecture, m)
				var picked []string
				for _, p := range r.Optima {
					if p.Row.Architecture == x.Architecture && p.Row.MemoryMB == x.MemoryMB {
						picked = append(picked, p.Strategy)
					}
				}
				cost, per := "", ""
				if x.Feasible {
					cost, per = x.MonthlyCost.String(), x.CostPerThousandRequests.String()
				}
				current := x.Architecture == r.Current.Architecture && x.MemoryMB == r.Current.MemoryMB
				rows = append(rows, []string{wl.Name, wl.File, wl.Region, string(x.Architecture), strconv.FormatInt(m, 10), x.DurationMs.String(),
					strconv.FormatInt(x.BilledMs, 10), strconv.FormatBool(x.Feasible), cost, per, strconv.FormatBool(current),
					strings.Join(picked, ";"), strings.Join(x.Reasons, "; ")})
			}
		}
	}
	out := csv.NewWriter(w)
	if err := out.WriteAll(rows); err != nil {
		return err
	}
	return out.Error()
}

func tableSweepSummary(b *strings.Builder, c analysis.Comparison) {
	s := c.Sweep
	if s == nil {
		return
	}
	b.WriteString("  Lambda memory and architecture (every size 128-10,240 MB; `breakeven sweep`)\n")
	rows := [][]string{{"", "Memory", "Arch", "Duration", "Monthly", "Saving"}}
	if s.Current.Feasible {
		rows = append(rows, sweepPickRow("now", s.Current, decimal.Zero))
	}
	for _, p := range s.Optima {
		rows = append(rows, sweepPickRow(p.Strategy, p.Row, p.MonthlySaving))
	}
	alignedRows(b, "    ", rows, []bool{false, true, false, true, true, true})
}

func markdownSweepSummary(b *strings.Builder, c analysis.Comparison) {
	s := c.Sweep
	if s == nil {
		return
	}
	b.WriteString("\n### Lambda memory and architecture\n\n| | Memory | Arch | Duration | Monthly | Saving |\n|---|---:|---|---:|---:|---:|\n")
	if s.Current.Feasible {
		b.WriteString("| " + strings.Join(sweepPickRow("now", s.Current, decimal.Zero), " | ") + " |\n")
	}
	for _, p := range s.Optima {
		b.WriteString("| " + strings.Join(sweepPickRow(p.Strategy, p.Row, p.MonthlySaving), " | ") + " |\n")
	}
}

func sweepPickRow(label string, r model.SweepRow, saving decimal.Decimal) []string {
	return []string{label, count(r.MemoryMB) + " MB", string(r.Architecture), milliseconds(r.DurationMs), money(r.MonthlyCost), money(saving)}
}

func csvSweep(c analysis.Comparison) [][]string {
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

// sweepSummaryJSON writes "sweep": Lambda's size now and each strategy's optimum (null
// without a sweep).
func sweepSummaryJSON(j *jsonWriter, s *model.SweepResult) {
	if s == nil {
		j.null("sweep")
		return
	}
	j.object("sweep")
	j.key("current")
	sweepPickRowJSON(j, s.Current)
	j.array("optima")
	for _, p := range s.Optima {
		j.element()
		j.open('{')
		j.string("strategy", p.Strategy)
		j.key("pick")
		sweepPickRowJSON(j, p.Row)
		j.exact("monthly_saving", p.MonthlySaving)
		j.close('}')
	}
	j.close(']')
	j.close('}')
}

// sweepPickRowJSON writes a Lambda size the sweep picks.
func sweepPickRowJSON(j *jsonWriter, r model.SweepRow) {
	j.open('{')
	j.int("memory_mb", r.MemoryMB)
	j.string("architecture", string(r.Architecture))
	j.exact("duration_ms", r.DurationMs)
	j.int("billed_ms", r.BilledMs)
	j.exact("monthly_cost", r.MonthlyCost)
	j.close('}')
}
