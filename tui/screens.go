package tui

import (
	"fmt"
	"math"
	"strings"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/breakeven/breakeven/report"
	"github.com/breakeven/breakeven/tui/chart"
	"github.com/charmbracelet/x/ansi"
	"github.com/shopspring/decimal"
)

// money writes an amount as the reports do.
func money(d decimal.Decimal) string { return report.Money(d) }

// tabView is the open workload's current view, scrolled.
func (m Model) tabView(d *doc, w, h int) string {
	var s string
	switch m.tab {
	case tabCompare:
		s = m.compareView(d, w)
	case tabBreakdown:
		s = m.breakdownView(d, w)
	case tabTraffic:
		s = m.trafficView(d, w, h)
	case tabBreakEven:
		s = m.breakEvenView(d, w, h)
	case tabSweep:
		s = m.sweepView(d, w, h)
	case tabAdvice:
		s = m.adviceView(d, w)
	case tabAB:
		s = m.abView(d, w)
	}
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	top := min(m.scroll, max(len(lines)-h, 0))
	return strings.Join(lines[top:], "\n")
}

// compareView is the platforms side by side: totals, bars, what each runs, and why a platform
// cannot run the workload.
func (m Model) compareView(d *doc, w int) string {
	r := d.result
	var b strings.Builder
	var bars []chart.Bar
	for i, e := range r.Estimates {
		text := "cannot run"
		v := 0.0
		if e.Feasible {
			text = money(e.MonthlyCost)
			v = e.MonthlyCost.InexactFloat64() // bar length: geometry only
			if e.Platform == r.Cheapest {
				text += " * cheapest"
			}
			if !e.Complete() {
				text += " (incomplete)"
			}
		}
		bars = append(bars, chart.Bar{Label: e.Platform.Name(), Value: v, Text: text, Style: m.st.platform[i]})
	}
	b.WriteString(chart.Bars(bars, w) + "\n\n")
	for _, e := range r.Estimates {
		b.WriteString(m.st.bold.Render(e.Platform.Name()) + "  " + e.Summary + "\n")
		if !e.Feasible {
			for _, why := range e.Reasons {
				b.WriteString(wrapText("  cannot run: "+why, w, "    ") + "\n")
			}
			continue
		}
		line := "  " + capacityLine(e)
		if e.CostPerThousandRequests.IsPositive() {
			line += fmt.Sprintf(" · %s per 1,000 requests", fineMoney(e.CostPerThousandRequests))
		}
		b.WriteString(wrapText(line, w, "    ") + "\n")
		for _, warn := range e.Warnings {
			b.WriteString(wrapText(m.st.status.Render("  ! "+warn), w, "    ") + "\n")
		}
	}
	return b.String()
}

// fineMoney shows small amounts to a hundredth of a cent, as the reports do.
func fineMoney(d decimal.Decimal) string { return report.FineMoney(d) }

// capacityLine is an estimate's capacity as the reports say it: Lambda's peak concurrency
// against its limit, a fleet's tasks or instances an hour.
func capacityLine(e model.Estimate) string {
	if s := report.CapacityText(e); s != "" {
		return s
	}
	return "no capacity to size"
}

// breakdownView is one platform's line items: quantity, unit price, cost and source.
func (m Model) breakdownView(d *doc, w int) string {
	e := d.result.Estimates[m.plat%len(d.result.Estimates)]
	var b strings.Builder
	b.WriteString(m.st.bold.Render(e.Platform.Name()) + "  " + e.Summary + m.st.dim.Render("   (1-3: platform)") + "\n")
	if !e.Feasible {
		for _, why := range e.Reasons {
			b.WriteString(wrapText("cannot run: "+why, w, "  ") + "\n")
		}
		return b.String()
	}
	rows := [][]string{{"Item", "Quantity", "Unit price", "Cost"}}
	for _, it := range e.LineItems {
		rows = append(rows, []string{it.Name, quantityText(it.Quantity) + " " + it.Unit, report.UnitPrice(it.UnitPrice), money(it.Cost)})
	}
	total := "Total"
	if !e.Complete() {
		total = "Total, incomplete"
	}
	rows = append(rows, []string{total, "", "", money(e.MonthlyCost)})
	lines := columns(rows, []bool{false, true, true, true})
	for i, line := range lines {
		b.WriteString(line + "\n")
		if i > 0 && i <= len(e.LineItems) {
			it := e.LineItems[i-1]
			note := "  " + it.Source + " (" + it.AsOf + ")"
			if it.Estimate != "" {
				note = "  " + it.Estimate
			}
			b.WriteString(m.st.dim.Render(ansi.Truncate(note, w, "…")) + "\n")
		}
	}
	for _, u := range e.Unpriced {
		b.WriteString(wrapText("not priced, no rate: "+u.String(), w, "  ") + "\n")
	}
	return b.String()
}

func quantityText(q decimal.Decimal) string { return report.Shown(q) }

// trafficView charts the month's requests hour by hour, and the capacity each platform keeps
// for them.
func (m Model) trafficView(d *doc, w, h int) string {
	r := d.result
	if len(r.Requests) == 0 {
		return "No traffic spread over the month (a workload of schedules alone)."
	}
	top := max(h/2, 5)
	req := make([]chart.Point, len(r.Requests))
	for i, n := range r.Requests {
		req[i] = chart.Point{X: float64(i), Y: float64(n)}
	}
	var b strings.Builder
	b.WriteString(chart.Line([]chart.Series{{Name: "requests an hour", Points: req, Style: m.st.platform[0]}},
		chart.Options{Width: w, Height: top, XLabel: "hour of the month", YFormat: chart.Count, XFormat: hourTick, Legend: true, Mono: m.mono}) + "\n")
	var series []chart.Series
	for i, e := range r.Estimates {
		if !e.Feasible || len(e.Capacity.PerHour) == 0 {
			continue
		}
		pts := make([]chart.Point, len(e.Capacity.PerHour))
		for h, n := range e.Capacity.PerHour {
			pts[h] = chart.Point{X: float64(h), Y: float64(n)}
		}
		series = append(series, chart.Series{Name: e.Platform.Name() + " " + e.Capacity.Unit, Points: pts, Style: m.st.platform[i]})
	}
	b.WriteString(chart.Line(series, chart.Options{Width: w, Height: max(h-top, 5), XFormat: hourTick, YFormat: chart.Count, Legend: true, Mono: m.mono}))
	return b.String()
}

func hourTick(v float64) string { return fmt.Sprintf("%.0fh", v) }

// breakEvenView charts each platform's cost against traffic on log axes, the crossings and
// the workload's own traffic marked.
func (m Model) breakEvenView(d *doc, w, h int) string {
	c := m.analysisOf(d)
	if c == nil {
		return m.waitingText(d, "the break-evens", w)
	}
	if len(c.Curve) == 0 {
		return "No traffic to move: a workload of schedules alone has no break-even by traffic."
	}
	series := make([]chart.Series, len(model.Platforms))
	for i, p := range model.Platforms {
		series[i] = chart.Series{Name: p.Name(), Style: m.st.platform[i]}
	}
	for _, pt := range c.Curve {
		for i, pc := range pt.Costs {
			y := math.NaN()
			if pc.Feasible {
				y = pc.MonthlyCost.InexactFloat64()
			}
			series[i].Points = append(series[i].Points, chart.Point{X: float64(pt.RequestsPerMonth), Y: y})
		}
	}
	var marks []chart.Mark
	var notes []string
	for _, be := range c.BreakEvens {
		if be.Variable != model.VaryTraffic {
			continue
		}
		marks = append(marks, chart.Mark{X: be.Base.InexactFloat64(), Label: "now", Style: m.st.bold})
		if from, to, ok := be.Interval(); ok {
			marks = append(marks, chart.Mark{X: from.InexactFloat64(), Label: "×", Style: m.st.status})
			notes = append(notes, crossingNote(be, from, to))
		} else {
			notes = append(notes, fmt.Sprintf("%s vs %s: never in range (%s cheaper)", be.A.Name(), be.B.Name(), be.CheaperAtFrom.Name()))
		}
	}
	chartH := max(h-len(notes)-1, 6)
	var b strings.Builder
	b.WriteString(chart.Line(series, chart.Options{Width: w, Height: chartH, LogX: true, LogY: true, XLabel: "requests a month",
		XFormat: chart.Count, YFormat: chart.Dollars, Marks: marks, Legend: true, Mono: m.mono}) + "\n")
	for _, n := range notes {
		b.WriteString(ansi.Truncate(n, w, "…") + "\n")
	}
	return b.String()
}

// savingText says what a change saves a month, or what it costs more.
func savingText(d decimal.Decimal) string {
	if d.IsNegative() {
		return money(d.Neg()) + " more"
	}
	return "saves " + money(d)
}

func crossingNote(be model.BreakEven, from, to decimal.Decimal) string {
	first := be.Crossings[0]
	if len(be.Crossings) == 1 {
		return fmt.Sprintf("%s no dearer than %s from %s requests a month (%s/s)", first.Above.Name(), first.Below.Name(), quantityText(from), quantityText(first.PerSecond))
	}
	last := be.Crossings[len(be.Crossings)-1]
	return fmt.Sprintf("%s/%s trade places %d times, %s to %s; %s from there", be.A.Name(), be.B.Name(), len(be.Crossings), quantityText(from), quantityText(to), last.Above.Name())
}

// analysisOf is d's comparison when it is up to date (nil while it is being worked out).
func (m Model) analysisOf(d *doc) *model.Comparison {
	if d.analysis == nil || string(d.analysisFor) != string(d.text) {
		return nil
	}
	return d.analysis
}

// sweepView charts Lambda's monthly cost and duration against memory on both architectures,
// the optimum marked.
func (m Model) sweepView(d *doc, w, h int) string {
	c := m.analysisOf(d)
	if c == nil {
		return m.waitingText(d, "the memory sweep (128-10,240 MB on both architectures)", w)
	}
	s := c.Sweep
	if s == nil {
		return "Nothing to sweep: the workload has no function."
	}
	var cost, dur []chart.Series
	for i, a := range s.Architectures {
		cs := chart.Series{Name: string(a.Architecture) + " cost", Style: m.st.platform[i*2%3]}
		ds := chart.Series{Name: string(a.Architecture) + " duration", Style: m.st.platform[i*2%3]}
		for k := 0; k < len(a.Rows); k += 32 { // every 32 MB: more than the chart can show
			r := a.Rows[k]
			y, dy := math.NaN(), math.NaN()
			if r.Feasible {
				y, dy = r.MonthlyCost.InexactFloat64(), r.DurationMs.InexactFloat64()
			}
			cs.Points = append(cs.Points, chart.Point{X: float64(r.MemoryMB), Y: y})
			ds.Points = append(ds.Points, chart.Point{X: float64(r.MemoryMB), Y: dy})
		}
		cost, dur = append(cost, cs), append(dur, ds)
	}
	var marks []chart.Mark
	var lines []string
	for _, p := range s.Optima {
		marks = append(marks, chart.Mark{X: float64(p.Row.MemoryMB), Label: p.Strategy[:1], Style: m.st.bold})
		lines = append(lines, fmt.Sprintf("%-8s %6s MB %-6s %12s %10s  %s", p.Strategy, report.Count(p.Row.MemoryMB), p.Row.Architecture,
			report.Milliseconds(p.Row.DurationMs), money(p.Row.MonthlyCost), savingText(p.MonthlySaving)))
	}
	if s.Current.Feasible {
		marks = append(marks, chart.Mark{X: float64(s.Current.MemoryMB), Label: "now", Style: m.st.status})
	}
	chartH := max((h-len(lines))/2, 5)
	var b strings.Builder
	b.WriteString(chart.Line(cost, chart.Options{Width: w, Height: chartH, XLabel: "memory MB", YFormat: chart.Dollars, Marks: marks, Legend: true, Mono: m.mono}) + "\n")
	b.WriteString(chart.Line(dur, chart.Options{Width: w, Height: chartH, YFormat: func(v float64) string { return fmt.Sprintf("%.0fms", v) }, Marks: marks, Mono: m.mono}) + "\n")
	for _, l := range lines {
		b.WriteString(l + "\n")
	}
	return b.String()
}

// adviceView lists the recommendations, largest saving first, with their evidence.
func (m Model) adviceView(d *doc, w int) string {
	c := m.analysisOf(d)
	if c == nil {
		return m.waitingText(d, "the recommendations", w)
	}
	if len(c.Recommendations) == 0 {
		return "None saves money at this traffic."
	}
	var b strings.Builder
	for i, r := range c.Recommendations {
		cond := ""
		if r.Conditional {
			cond = " if it stays on " + r.Platform.Name()
		}
		b.WriteString(wrapText(fmt.Sprintf("%d. %s: %s a month%s", i+1, r.Action, m.st.good.Render("saves "+money(r.MonthlySaving)), cond), w, "   ") + "\n")
		for _, e := range r.Evidence {
			b.WriteString(m.st.dim.Render(wrapText("   - "+e, w, "     ")) + "\n")
		}
	}
	return b.String()
}

// abView compares scenario A (the workload as opened, or as pinned) with it as edited (B): totals and the cheapest
// platform's line items side by side, with the differences.
func (m Model) abView(d *doc, w int) string {
	if d.pinned == nil {
		return "Nothing to compare with."
	}
	a, bRes := d.pinned.result, d.result
	var b strings.Builder
	b.WriteString(m.st.dim.Render(fmt.Sprintf("A: %s (p pins the current state)   B: as edited", d.pinned.label)) + "\n")
	rows := [][]string{{"", "A", "B", "B - A"}}
	for _, p := range model.Platforms {
		ea, eb := a.Estimate(p), bRes.Estimate(p)
		rows = append(rows, []string{p.Name(), costOrNot(ea), costOrNot(eb), diffText(ea, eb)})
	}
	for _, line := range columns(rows, []bool{false, true, true, true}) {
		b.WriteString(line + "\n")
	}
	p := model.Platforms[m.plat%len(model.Platforms)]
	fmt.Fprintf(&b, "\n%s line items (1-3: platform)\n", m.st.bold.Render(p.Name()))
	items := [][]string{{"Item", "A", "B", "B - A"}}
	for _, id := range lineIDs(a.Estimate(p).LineItems, bRes.Estimate(p).LineItems) {
		ca, cb := itemCost(a.Estimate(p).LineItems, id), itemCost(bRes.Estimate(p).LineItems, id)
		items = append(items, []string{itemName(a.Estimate(p).LineItems, bRes.Estimate(p).LineItems, id), money(ca), money(cb), signed(cb.Sub(ca))})
	}
	for _, line := range columns(items, []bool{false, true, true, true}) {
		b.WriteString(ansi.Truncate(line, w, "…") + "\n")
	}
	return b.String()
}

func costOrNot(e model.Estimate) string {
	if !e.Feasible {
		return "cannot run"
	}
	return money(e.MonthlyCost)
}

func diffText(a, b model.Estimate) string {
	if !a.Feasible || !b.Feasible {
		return "-"
	}
	return signed(b.MonthlyCost.Sub(a.MonthlyCost))
}

func signed(d decimal.Decimal) string {
	if d.IsPositive() {
		return "+" + money(d)
	}
	return money(d)
}

// lineIDs are the line items' ids of a then those only in b, in order.
func lineIDs(a, b []pricing.LineItem) []string {
	var ids []string
	seen := map[string]bool{}
	for _, list := range [][]pricing.LineItem{a, b} {
		for _, it := range list {
			if !seen[it.ID] {
				seen[it.ID] = true
				ids = append(ids, it.ID)
			}
		}
	}
	return ids
}

func itemCost(items []pricing.LineItem, id string) decimal.Decimal {
	for _, it := range items {
		if it.ID == id {
			return it.Cost
		}
	}
	return decimal.Zero
}

func itemName(a, b []pricing.LineItem, id string) string {
	for _, list := range [][]pricing.LineItem{b, a} {
		for _, it := range list {
			if it.ID == id {
				return it.Name
			}
		}
	}
	return id
}

// wrapText breaks text at spaces into lines of at most w cells, continuations indented.
func wrapText(text string, w int, indent string) string {
	words := strings.Fields(text)
	lead := text[:len(text)-len(strings.TrimLeft(text, " "))]
	var lines []string
	line := lead
	for _, word := range words {
		if ansi.StringWidth(line)+1+ansi.StringWidth(word) > w && strings.TrimSpace(line) != "" {
			lines = append(lines, line)
			line = indent + word
			continue
		}
		if strings.TrimSpace(line) == "" {
			line += word
		} else {
			line += " " + word
		}
	}
	return strings.Join(append(lines, line), "\n")
}
