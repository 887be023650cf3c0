package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/breakeven/breakeven/model"
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
	return header(model.Result{Catalog: r.Catalog, AsOf: r.AsOf, Overlays: r.Overlays, Month: model.Month{Name: r.Month}, MonthHours: r.MonthHours})
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
		b.WriteString(wrap("  "+r.Skipped+".", "    ", itemsWidth))
		return
	}
	b.WriteString(wrap("  "+sweepSummary(r), "    ", itemsWidth))
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
		b.WriteString(wrap(fmt.Sprintf("  No size from %s MB can run on Lambda.", count(r.MinMemoryMB)), "    ", itemsWidth))
	} else {
		b.WriteString(wrap(fmt.Sprintf("  Optima of every size from %s MB (Power Tuning's strategies, balanced weight %s), a month:", count(r.MinMemoryMB), r.BalancedWeight), "    ", itemsWidth))
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
				b.WriteString(wrap(fmt.Sprintf("  %s: %s.", s.Architecture, strings.Join(parts, ", ")), "    ", itemsWidth))
			}
		}
	}
	b.WriteString("  Assumptions:\n")
	for _, a := range r.Assumptions {
		b.WriteString(wrap("  - "+a, "    ", itemsWidth))
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

// The sweep's JSON document: amounts and durations are exact decimal strings.
type jsonSweepDoc struct {
	Pricing jsonPricing `json:"pricing"`
	Sweeps  []jsonSweep `json:"sweeps"`
}

type jsonSweep struct {
	Name           string        `json:"name"`
	File           string        `json:"file"`
	Region         string        `json:"region"`
	Skipped        string        `json:"skipped,omitempty"`
	Requests       string        `json:"requests_per_month,omitempty"`
	Current        *jsonSweepRow `json:"current,omitempty"`
	MinMemoryMB    int64         `json:"min_memory_mb,omitempty"`
	BalancedWeight string        `json:"balanced_weight,omitempty"`
	// MaxSlowdownPercent bounds the memory advice of breakeven compare, not the optima.
	MaxSlowdownPercent string          `json:"max_slowdown_percent,omitempty"`
	Optima             []jsonSweepPick `json:"optima"`
	Architectures      []jsonSweepArch `json:"architectures"`
	Assumptions        []string        `json:"assumptions"`
}

type jsonSweepArch struct {
	Architecture string          `json:"architecture"`
	Optima       []jsonSweepPick `json:"optima"`
	Rows         []jsonSweepRow  `json:"rows"`
}

type jsonSweepRow struct {
	Architecture string   `json:"architecture"`
	MemoryMB     int64    `json:"memory_mb"`
	DurationMs   string   `json:"duration_ms"`
	BilledMs     int64    `json:"billed_ms"`
	Feasible     bool     `json:"feasible"`
	Reasons      []string `json:"reasons,omitempty"`
	MonthlyCost  string   `json:"monthly_cost,omitempty"`
	PerThousand  string   `json:"cost_per_1000_requests,omitempty"`
}

type jsonSweepPick struct {
	Strategy      string       `json:"strategy"`
	Row           jsonSweepRow `json:"choice"`
	MonthlySaving string       `json:"monthly_saving"`
}

func jsonSweepRowOf(x model.SweepRow) jsonSweepRow {
	j := jsonSweepRow{Architecture: string(x.Architecture), MemoryMB: x.MemoryMB, DurationMs: x.DurationMs.String(), BilledMs: x.BilledMs,
		Feasible: x.Feasible, Reasons: x.Reasons}
	if x.Feasible {
		j.MonthlyCost, j.PerThousand = x.MonthlyCost.String(), x.CostPerThousandRequests.String()
	}
	return j
}

func jsonSweepPicks(picks []model.SweepPick) []jsonSweepPick {
	out := []jsonSweepPick{}
	for _, p := range picks {
		out = append(out, jsonSweepPick{Strategy: p.Strategy, Row: jsonSweepRowOf(p.Row), MonthlySaving: p.MonthlySaving.String()})
	}
	return out
}

func writeSweepJSON(w io.Writer, results []model.SweepResult) error {
	doc := jsonSweepDoc{Sweeps: []jsonSweep{}}
	if len(results) > 0 {
		r := results[0]
		doc.Pricing = jsonPricing{Catalog: r.Catalog, AsOf: r.AsOf, MonthHours: r.MonthHours, Month: r.Month, Currency: "USD", Overlays: nonNil(r.Overlays)}
	}
	for _, r := range results {
		wl := r.Workload
		js := jsonSweep{Name: wl.Name, File: wl.File, Region: wl.Region, Skipped: r.Skipped, Optima: jsonSweepPicks(r.Optima),
			Architectures: []jsonSweepArch{}, Assumptions: nonNil(r.Assumptions)}
		if r.Skipped == "" {
			cur := jsonSweepRowOf(r.Current)
			js.Current, js.Requests, js.MinMemoryMB, js.BalancedWeight = &cur, r.Requests.String(), r.MinMemoryMB, r.BalancedWeight.String()
			js.MaxSlowdownPercent = r.MaxSlowdownPercent.String()
		}
		for _, s := range r.Architectures {
			ja := jsonSweepArch{Architecture: string(s.Architecture), Optima: jsonSweepPicks(s.Optima), Rows: []jsonSweepRow{}}
			for _, m := range r.Shown {
				x, _ := r.Row(s.Architecture, m)
				ja.Rows = append(ja.Rows, jsonSweepRowOf(x))
			}
			js.Architectures = append(js.Architectures, ja)
		}
		doc.Sweeps = append(doc.Sweeps, js)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
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
