package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/breakeven/breakeven/model"
	"github.com/shopspring/decimal"
)

// curveTableEvery is how many curve points the table skips between rows it shows (one a
// decade); markdown, CSV and JSON show every point.
const curveTableEvery = 2

// WriteComparison renders the decision analyses of `breakeven compare` in format f.
func WriteComparison(w io.Writer, res model.CompareResult, f Format) error {
	var b strings.Builder
	switch f {
	case Table:
		b.WriteString(wrap(compareHeader(res), "", itemsWidth) + "\n")
		for i, c := range res.Comparisons {
			if i > 0 {
				b.WriteString("\n")
			}
			tableComparison(&b, c)
		}
	case Markdown:
		markdownComparisons(&b, res)
	case CSV:
		return writeComparisonCSV(w, res)
	case JSON:
		return writeComparisonJSON(w, res)
	default:
		return fmt.Errorf("unknown format %q", f)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// compareHeader says which prices and month the figures use.
func compareHeader(res model.CompareResult) string {
	return header(model.Result{Catalog: res.Catalog, AsOf: res.AsOf, Overlays: res.Overlays, Month: res.Month, MonthHours: res.MonthHours})
}

func tableComparison(b *strings.Builder, c model.Comparison) {
	wl := c.Base.Workload
	fmt.Fprintf(b, "%s  %s  %s\n", wl.Name, wl.Region, wl.File)
	b.WriteString(wrap("  Now: "+nowText(c.Base), "    ", itemsWidth))
	for _, note := range c.Notes {
		b.WriteString(wrap("  Note: "+note+".", "    ", itemsWidth))
	}
	sections := []func(*strings.Builder, model.Comparison){
		tableRecommendations, tableBreakEvens, tableCurve, tableSweepSummary, tableRightSizing,
		tableHybrid, tableGrowth, tableScenarios, tableSensitivity,
	}
	for _, section := range sections {
		var s strings.Builder
		section(&s, c)
		if s.Len() > 0 {
			b.WriteString("\n")
			b.WriteString(s.String())
		}
	}
}

// nowText is each platform's monthly cost as priced, the cheapest marked.
func nowText(r model.WorkloadResult) string {
	var parts []string
	for _, e := range r.Estimates {
		cost := "cannot run"
		if e.Feasible {
			cost = money(e.MonthlyCost)
		}
		mark := ""
		if e.Platform == r.Cheapest {
			mark = " (cheapest)"
		}
		parts = append(parts, fmt.Sprintf("%s %s%s", platformName(e.Platform), cost, mark))
	}
	return strings.Join(parts, ", ") + " a month."
}

// variableNow says the workload's own value of a break-even's input.
func variableNow(b model.BreakEven, monthHours int64) string {
	switch b.Variable {
	case model.VaryTraffic:
		return fmt.Sprintf("traffic, now %s requests a month", quantity(b.Base))
	case model.VaryDuration:
		return fmt.Sprintf("duration, now %s ms billed", quantity(b.Base))
	}
	return fmt.Sprintf("memory, now %s MB, duration held", quantity(b.Base))
}

// unitOf is the unit a break-even's input is counted in.
func unitOf(v model.Variable) string {
	switch v {
	case model.VaryTraffic:
		return "requests a month"
	case model.VaryDuration:
		return "ms"
	}
	return "MB"
}

// crossingText says where two platforms cross, or that they do not in the range searched.
func crossingText(b model.BreakEven) string {
	unit := unitOf(b.Variable)
	if len(b.Crossings) == 0 {
		if b.CheaperAtFrom == "" {
			return "never in range: neither can run"
		}
		return fmt.Sprintf("never in range: %s cheaper from %s to %s %s", platformName(b.CheaperAtFrom), quantity(b.From), quantity(b.To), unit)
	}
	first, last := b.Crossings[0], b.Crossings[len(b.Crossings)-1]
	if len(b.Crossings) == 1 {
		return fmt.Sprintf("%s no dearer than %s from %s %s", platformName(first.Above), platformName(first.Below), atText(b, first), unit)
	}
	return fmt.Sprintf("they trade places %d times as whole units are added, between %s and %s %s: %s cheaper below, %s from %s on (every crossing in json and csv)",
		len(b.Crossings), atText(b, first), atText(b, last), unit, platformName(first.Below), platformName(last.Above), quantity(last.At))
}

// atText is where a crossing is, with the average rate for traffic.
func atText(b model.BreakEven, x model.Crossing) string {
	at := quantity(x.At)
	if b.Variable == model.VaryTraffic {
		at += " (" + quantity(x.PerSecond) + "/s)"
	}
	return at
}

func tableBreakEvens(b *strings.Builder, c model.Comparison) {
	if len(c.BreakEvens) == 0 {
		return
	}
	var v model.Variable
	for _, be := range c.BreakEvens {
		if be.Variable != v {
			v = be.Variable
			b.WriteString(wrap("  Break-even by "+variableNow(be, 0), "    ", itemsWidth))
		}
		b.WriteString(wrap(fmt.Sprintf("    %s vs %s: %s", platformName(be.A), platformName(be.B), crossingText(be)), "      ", itemsWidth))
		for _, why := range be.Infeasible {
			b.WriteString(wrap("      "+why, "      ", itemsWidth))
		}
		if be.Stopped != "" {
			b.WriteString(wrap("      "+be.Stopped, "      ", itemsWidth))
		}
	}
}

func tableCurve(b *strings.Builder, c model.Comparison) {
	if len(c.Curve) == 0 {
		return
	}
	b.WriteString("  Cost curve (monthly, shape kept; every point in json and csv)\n")
	rows := [][]string{platformHeader([]string{"Requests/month", "Average/s"})}
	for i, p := range c.Curve {
		if i%curveTableEvery != 0 && i != len(c.Curve)-1 {
			continue
		}
		row := []string{count(p.RequestsPerMonth), quantity(p.PerSecond)}
		for _, pc := range p.Costs {
			row = append(row, curveCost(pc))
		}
		rows = append(rows, row)
	}
	alignedRows(b, "    ", rows, platformAlign([]bool{true, true}))
}

func curveCost(pc model.PlatformCost) string {
	if !pc.Feasible {
		return "-"
	}
	return money(pc.MonthlyCost)
}

func tableSweepSummary(b *strings.Builder, c model.Comparison) {
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

func sweepPickRow(label string, r model.SweepRow, saving decimal.Decimal) []string {
	return []string{label, count(r.MemoryMB) + " MB", string(r.Architecture), milliseconds(r.DurationMs), money(r.MonthlyCost), money(saving)}
}

func tableHybrid(b *strings.Builder, c model.Comparison) {
	h := c.Hybrid
	if h == nil {
		return
	}
	b.WriteString(wrap(fmt.Sprintf("  Hybrid: a %s baseline with Lambda for the overflow (compute only)", platformName(h.Baseline)), "    ", itemsWidth))
	b.WriteString(wrap("    "+hybridText(*h), "    ", itemsWidth))
	if against := hybridAgainst(*h); against != "" {
		b.WriteString(wrap("    "+against, "    ", itemsWidth))
	}
}

// hybridText describes the cheapest split of the requests between a baseline and Lambda, or
// why there is none.
func hybridText(h model.Hybrid) string {
	if h.Units == 0 {
		if h.PeakUnits <= h.MinUnits {
			return fmt.Sprintf("No split: the busiest hour fits in the fleet's least, %s (%s), so any baseline would take every request; Lambda alone costs %s.",
				hybridUnits(h.Baseline, h.MinUnits), hybridFloorKey(h.Baseline), money(h.MonthlyCost))
		}
		span := hybridUnits(h.Baseline, h.MinUnits)
		if h.PeakUnits-1 > h.MinUnits {
			span = fmt.Sprintf("%s to %s", count(h.MinUnits), hybridUnits(h.Baseline, h.PeakUnits-1))
		}
		return fmt.Sprintf("No baseline pays: Lambda alone (%s) costs less than a baseline of %s with Lambda for the rest.", money(h.MonthlyCost), span)
	}
	return fmt.Sprintf("%s x %s (%s requests an hour each): %s; Lambda takes %s in %s: %s; total %s.",
		count(h.Units), h.UnitSummary, count(h.PerUnitPerHour), money(h.BaselineCost),
		plural(h.OverflowRequests, "request", "requests"), plural(h.OverflowHours, "hour", "hours"), money(h.OverflowCost), money(h.MonthlyCost))
}

// hybridFloorKey is the key that sets a baseline platform's least units.
func hybridFloorKey(p model.Platform) string {
	if p == model.PlatformEC2 {
		return "ec2.min_instances"
	}
	return "fargate.min_tasks"
}

// hybridUnits counts a baseline's units: "1 Fargate task", "3 EC2 instances".
func hybridUnits(p model.Platform, n int64) string {
	unit := "task"
	if p == model.PlatformEC2 {
		unit = "instance"
	}
	if n != 1 {
		unit += "s"
	}
	return fmt.Sprintf("%s %s %s", count(n), platformName(p), unit)
}

// hybridAgainst sets the split against each platform alone, never as a negative saving, and
// says which is cheapest overall. With no baseline the split is Lambda alone, which is not
// set against itself.
func hybridAgainst(h model.Hybrid) string {
	subject := "the split"
	if h.Units == 0 {
		subject = "Lambda alone"
	}
	var vs []string
	for _, p := range h.Pure {
		if !p.Feasible || h.Units == 0 && p.Platform == model.PlatformLambda {
			continue
		}
		d := p.MonthlyCost.Sub(h.MonthlyCost)
		alone := fmt.Sprintf("%s alone %s", platformName(p.Platform), money(p.MonthlyCost))
		switch d.Round(2).Sign() {
		case 1:
			alone += " (" + subject + " saves " + money(d) + ")"
		case -1:
			alone += " (" + money(d.Neg()) + " less than " + subject + ")"
		default:
			alone += " (the same)"
		}
		vs = append(vs, alone)
	}
	if len(vs) == 0 {
		return ""
	}
	best, split := h.CheapestOverall()
	what := "the split"
	if !split || h.Units == 0 {
		what = platformName(best.Platform) + " alone"
	}
	return fmt.Sprintf("Against %s. Cheapest overall: %s, %s.", strings.Join(vs, ", "), what, money(best.MonthlyCost))
}

// conditionText says a recommendation saves money only if the workload stays on a platform
// other than the cheapest.
func conditionText(r model.Recommendation) string {
	if !r.Conditional {
		return ""
	}
	return " if it stays on " + platformName(r.Platform)
}

func tableRecommendations(b *strings.Builder, c model.Comparison) {
	if len(c.Recommendations) == 0 {
		b.WriteString("  Recommendations: none saves money at this traffic.\n")
		return
	}
	b.WriteString("  Recommendations, largest monthly saving first\n")
	for i, r := range c.Recommendations {
		b.WriteString(wrap(fmt.Sprintf("    %d. %s: saves %s a month%s.", i+1, r.Action, money(r.MonthlySaving), conditionText(r)), "       ", itemsWidth))
		for _, e := range r.Evidence {
			b.WriteString(wrap("       - "+e, "         ", itemsWidth))
		}
	}
}
