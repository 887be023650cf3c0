package html

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/analysis"
	"github.com/breakeven/breakeven/report"
	"github.com/shopspring/decimal"
)

// leastCost is the floor of the cost axis of the log charts: a cent. A bill below it (a free
// tier's $0.00) is drawn on the floor, as the chart's description says.
var leastCost = decimal.New(1, -2)

// curveChart draws each platform's monthly bill against the month's requests on log axes,
// with the break-evens by traffic and the workload's own traffic marked, and the tables of the
// points and the crossings.
func curveChart(b *strings.Builder, id string, c analysis.Comparison) {
	if len(c.Curve) == 0 {
		return
	}
	now := trafficNow(c)
	ch := lineChart{
		id:         id,
		title:      "Monthly cost against traffic: " + c.Base.Workload.Name,
		desc:       fmt.Sprintf("Log-log lines of each platform's monthly bill from %s to %s requests a month, the traffic's shape kept; vertical lines mark the break-evens and the workload's own %s requests a month. Bills below a cent are drawn on the axis floor.", report.Count(c.Curve[0].RequestsPerMonth), report.Count(c.Curve[len(c.Curve)-1].RequestsPerMonth), report.Shown(now)),
		maxMarkers: 9,
	}
	lo, hi := leastCost, leastCost
	for _, p := range c.Curve {
		for _, pc := range p.Costs {
			if pc.Feasible {
				hi = decimal.Max(hi, pc.MonthlyCost)
			}
		}
	}
	loX, hiX := decimal.NewFromInt(c.Curve[0].RequestsPerMonth), decimal.NewFromInt(c.Curve[len(c.Curve)-1].RequestsPerMonth)
	ch.x = axis{label: "requests a month (log scale)", log: true, lo: loX.InexactFloat64(), hi: hiX.InexactFloat64(), ticks: logTicks(exponent(loX), exponentAbove(hiX), compact)}
	ch.y = axis{label: "US dollars a month (log scale)", log: true, lo: lo.InexactFloat64(), hi: decimal.New(1, exponentAbove(hi)).InexactFloat64(), ticks: logTicks(exponent(lo), exponentAbove(hi), compactMoney)}
	shown := c.Base.Shown()
	for i, p := range model.Platforms {
		if !slices.Contains(shown, p) {
			continue
		}
		s := series{name: platformName(p), style: styleOf(i)}
		var run []point
		for _, pt := range c.Curve {
			pc := pt.Costs[i]
			if !pc.Feasible {
				if len(run) > 0 {
					s.runs, run = append(s.runs, run), nil
				}
				continue
			}
			run = append(run, point{float64(pt.RequestsPerMonth), decimal.Max(pc.MonthlyCost, lo).InexactFloat64()})
		}
		if len(run) > 0 {
			s.runs = append(s.runs, run)
		}
		ch.series = append(ch.series, s)
	}
	ch.marks = append(ch.marks, mark{x: now.InexactFloat64(), label: "now " + report.Shown(now), now: true})
	n := 0
	var key []string
	for _, be := range report.PricedBreakEvens(c) {
		if be.Variable != analysis.VaryTraffic {
			continue
		}
		for _, x := range shownCrossings(be) {
			n++
			ch.marks = append(ch.marks, mark{x: x.At.InexactFloat64(), label: crossingMark(n)})
			key = append(key, fmt.Sprintf("%s %s no dearer than %s from %s", crossingMark(n), platformName(x.Above), platformName(x.Below), report.Shown(x.At)))
		}
	}
	if len(key) > 0 {
		ch.desc += " Break-evens: " + strings.Join(key, "; ") + "."
	}
	figure(b, id, ch.svg(), "Each platform's monthly bill at each traffic level, and where the cheaper of two flips", func(b *strings.Builder) {
		heads := []string{"Average a second"}
		for _, p := range shown {
			heads = append(heads, platformName(p))
		}
		headRow(b, "Requests a month", heads...)
		for _, pt := range c.Curve {
			cells := []string{report.Shown(pt.PerSecond)}
			for _, pc := range pt.Costs {
				if !slices.Contains(shown, pc.Platform) {
					continue
				}
				cells = append(cells, costCell(pc))
			}
			numericRow(b, report.Count(pt.RequestsPerMonth), cells...)
		}
	})
	breakEvenTable(b, c)
}

// trafficNow is the workload's own requests a month.
func trafficNow(c analysis.Comparison) decimal.Decimal {
	for _, be := range report.PricedBreakEvens(c) {
		if be.Variable == analysis.VaryTraffic {
			return be.Base
		}
	}
	var n int64
	for _, r := range c.Base.Requests {
		n += r
	}
	return decimal.NewFromInt(n)
}

// costCell is a platform's cost, or that it cannot run.
func costCell(pc model.PlatformCost) string {
	if !pc.Feasible {
		return "cannot run"
	}
	return money(pc.MonthlyCost)
}

// breakEvenTable lists every break-even of the comparison: by traffic, duration and memory,
// each pair's crossings or the platform cheaper throughout.
func breakEvenTable(b *strings.Builder, c analysis.Comparison) {
	if len(report.PricedBreakEvens(c)) == 0 {
		return
	}
	b.WriteString(`<table class="data">` + "\n")
	element(b, "caption", "", "Break-evens: where the cheaper of two platforms flips, the rest of the workload held")
	b.WriteString("\n")
	headRow(b, "Input moved", "Platforms", "Now", "Crossings (by traffic: [n] marks them on the chart)")
	marked := 0
	for _, be := range report.PricedBreakEvens(c) {
		pair := platformName(be.A) + " vs " + platformName(be.B)
		b.WriteString("<tr>")
		element(b, "th", `scope="row"`, variableName(be.Variable))
		element(b, "td", "", pair)
		element(b, "td", `class="num"`, variableValue(be.Variable, be.Base))
		element(b, "td", "", crossingsText(be, &marked))
		b.WriteString("</tr>\n")
	}
	b.WriteString("</table>\n")
}

// variableName names the input a break-even moves, with its unit.
func variableName(v analysis.Variable) string {
	switch v {
	case analysis.VaryTraffic:
		return "traffic, requests a month"
	case analysis.VaryDuration:
		return "duration, ms billed"
	case analysis.VaryMemory:
		return "memory, MB (duration held)"
	}
	return string(v)
}

// variableValue writes a value of the input v.
func variableValue(v analysis.Variable, d decimal.Decimal) string {
	switch v {
	case analysis.VaryDuration:
		return report.Shown(d) + " ms"
	case analysis.VaryMemory:
		return report.Shown(d) + " MB"
	}
	return report.Shown(d)
}

// crossingsText says where a pair's cheaper flips, or which is cheaper over the whole range;
// a crossing by traffic is named by its mark on the chart, counted on from *marked.
func crossingsText(be analysis.BreakEven, marked *int) string {
	if len(be.Crossings) == 0 {
		text := "never in range: neither can run"
		if be.CheaperAtFrom != "" {
			text = fmt.Sprintf("never in range: %s cheaper from %s to %s", platformName(be.CheaperAtFrom), variableValue(be.Variable, be.From), variableValue(be.Variable, be.To))
		}
		return withReasons(text, be)
	}
	var parts []string
	shown := shownCrossings(be)
	for i, x := range shown {
		lead := ""
		if i == 1 && len(be.Crossings) > len(shown) {
			lead = fmt.Sprintf("they trade places %s times in all; the last: ", report.Count(int64(len(be.Crossings))))
		}
		s := fmt.Sprintf("%s no dearer than %s from %s", platformName(x.Above), platformName(x.Below), variableValue(be.Variable, x.At))
		if be.Variable == analysis.VaryTraffic {
			*marked++
			s = crossingMark(*marked) + " " + s
		}
		s = lead + s
		if be.Variable == analysis.VaryTraffic {
			s += " (" + report.Shown(x.PerSecond) + " a second)"
		}
		s += fmt.Sprintf(": %s against %s", money(x.AboveCost), money(x.BelowCost))
		parts = append(parts, s)
	}
	return withReasons(strings.Join(parts, "; "), be)
}

// withReasons adds to a break-even's text where a platform of the pair cannot run and why the
// search stopped, if it did.
func withReasons(text string, be analysis.BreakEven) string {
	for _, why := range be.Infeasible {
		text += ". " + why
	}
	if be.Stopped != "" {
		text += " (" + be.Stopped + ")"
	}
	return text
}

// crossingMark is the label of the n-th break-even by traffic on the chart: [n].
func crossingMark(n int) string { return "[" + strconv.Itoa(n) + "]" }

// shownCrossings are the crossings of a pair the chart marks and the table names: every one,
// or of more than two (fleets of whole units trading places) the first and the last, which
// bound the interval where the two trade places.
func shownCrossings(be analysis.BreakEven) []analysis.Crossing {
	if len(be.Crossings) <= 2 {
		return be.Crossings
	}
	return []analysis.Crossing{be.Crossings[0], be.Crossings[len(be.Crossings)-1]}
}
