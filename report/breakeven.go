package report

import (
	"fmt"
	"strings"

	"github.com/breakeven/breakeven/model/analysis"
)

// variableNow says the workload's own value of a break-even's input.
func variableNow(b analysis.BreakEven, monthHours int64) string {
	switch b.Variable {
	case analysis.VaryTraffic:
		return fmt.Sprintf("traffic, now %s requests a month", quantity(b.Base))
	case analysis.VaryDuration:
		return fmt.Sprintf("duration, now %s ms billed", quantity(b.Base))
	}
	return fmt.Sprintf("memory, now %s MB, duration held", quantity(b.Base))
}

// unitOf is the unit a break-even's input is counted in.
func unitOf(v analysis.Variable) string {
	switch v {
	case analysis.VaryTraffic:
		return "requests a month"
	case analysis.VaryDuration:
		return "ms"
	}
	return "MB"
}

// crossingText says where two platforms cross, or that they do not in the range searched.
func crossingText(b analysis.BreakEven) string {
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
func atText(b analysis.BreakEven, x analysis.Crossing) string {
	at := quantity(x.At)
	if b.Variable == analysis.VaryTraffic {
		at += " (" + quantity(x.PerSecond) + "/s)"
	}
	return at
}

func tableBreakEvens(b *strings.Builder, c analysis.Comparison) {
	listed, more := firstBreakEvens(c)
	if len(listed) == 0 {
		return
	}
	var v analysis.Variable
	for i, be := range listed {
		if be.Variable != v {
			v = be.Variable
			writeWrap(b, "  Break-even by "+variableNow(be, 0), "    ", itemsWidth)
		}
		writeWrap(b, fmt.Sprintf("    %s vs %s: %s", platformName(be.A), platformName(be.B), crossingText(be)), "      ", itemsWidth)
		for _, why := range be.Infeasible {
			writeWrap(b, "      "+why, "      ", itemsWidth)
		}
		if be.Stopped != "" {
			writeWrap(b, "      "+be.Stopped, "      ", itemsWidth)
		}
		if n := more[v]; n > 0 && (i == len(listed)-1 || listed[i+1].Variable != v) {
			writeWrap(b, "    "+moreBreakEvensText(n), "      ", itemsWidth)
		}
	}
}

func markdownBreakEvens(b *strings.Builder, c analysis.Comparison) {
	listed, more := firstBreakEvens(c)
	if len(listed) == 0 {
		return
	}
	b.WriteString("\n### Break-even\n\n| Input | Pair | Crossing |\n|---|---|---|\n")
	for i, be := range listed {
		text := crossingText(be)
		if be.Stopped != "" {
			text += " (" + be.Stopped + ")"
		}
		fmt.Fprintf(b, "| %s | %s vs %s | %s |\n", cell(variableNow(be, 0)), platformName(be.A), platformName(be.B), cell(text))
		if n := more[be.Variable]; n > 0 && (i == len(listed)-1 || listed[i+1].Variable != be.Variable) {
			fmt.Fprintf(b, "| %s | | %s |\n", cell(variableNow(be, 0)), cell(moreBreakEvensText(n)))
		}
	}
}

func csvBreakEvens(c analysis.Comparison) [][]string {
	var rows [][]string
	for _, b := range PricedBreakEvens(c) {
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

// breakEvensJSON writes "break_evens": every pair of platforms by each input, with every
// crossing.
func breakEvensJSON(j *jsonWriter, list []analysis.BreakEven) {
	j.array("break_evens")
	for _, b := range list {
		j.element()
		j.open('{')
		j.string("variable", string(b.Variable))
		j.string("a", string(b.A))
		j.string("b", string(b.B))
		j.exact("base", b.Base)
		j.exact("from", b.From)
		j.exact("to", b.To)
		j.string("cheaper_at_from", string(b.CheaperAtFrom))
		j.string("cheaper_at_to", string(b.CheaperAtTo))
		j.array("crossings")
		for _, x := range b.Crossings {
			j.element()
			j.open('{')
			j.exact("at", x.At)
			if b.Variable == analysis.VaryTraffic {
				j.exact("per_second", x.PerSecond)
			}
			j.string("below", string(x.Below))
			j.string("above", string(x.Above))
			j.exact("below_cost", x.BelowCost)
			j.exact("above_cost", x.AboveCost)
			j.close('}')
		}
		j.close(']')
		j.strings("infeasible", b.Infeasible)
		if b.Stopped != "" {
			j.string("stopped", b.Stopped)
		}
		j.close('}')
	}
	j.close(']')
}
