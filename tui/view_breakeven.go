package tui

import (
	"fmt"
	"math"
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/analysis"
	"github.com/breakeven/breakeven/tui/chart"
	"github.com/shopspring/decimal"
)

// breakEvenView charts each shown platform's cost against traffic on log axes, the
// crossings and the workload's own traffic marked, and says each pair's break-even under
// the chart. When the pairs (21 for seven platforms) need more lines than leave the chart
// minChartRows, they are shown a page at a time: ↑/↓ move through them, the chart stays.
type breakEvenView struct{ frame }

func (breakEvenView) title() string                     { return "Break-even" }
func (breakEvenView) shows() shows                      { return showsAnalyses }
func (v breakEvenView) update(msg tea.KeyPressMsg) view { v.frame = v.scrolled(msg); return v }
func (v breakEvenView) setSize(w, h int) view           { v.frame = v.sized(w, h); return v }
func (v breakEvenView) shown() view                     { v.frame = v.top(); return v }

// minChartRows is the least the chart keeps when the pairs' lines are paged.
const minChartRows = 12

func (v breakEvenView) view(sc scene) string {
	c, w, h := sc.analysis, v.width, v.height
	if c == nil {
		return v.clip(sc.waiting("the break-evens", w))
	}
	if len(c.Curve) == 0 {
		return v.clip("No traffic to move: a workload of schedules alone has no break-even by traffic.")
	}
	shown := sc.d.result.Shown()
	// a point's Costs are in model.Platforms order
	var series []chart.Series
	for i, p := range model.Platforms {
		if !slices.Contains(shown, p) {
			continue
		}
		s := chart.Series{Name: p.Name(), Style: v.plats.style(p)}
		for _, pt := range c.Curve {
			y := math.NaN()
			if i < len(pt.Costs) && pt.Costs[i].Feasible {
				y = pt.Costs[i].MonthlyCost.InexactFloat64()
			}
			s.Points = append(s.Points, chart.Point{X: float64(pt.RequestsPerMonth), Y: y})
		}
		series = append(series, s)
	}
	var marks []chart.Mark
	var notes []string
	for _, be := range c.BreakEvens {
		if be.Variable != analysis.VaryTraffic || !slices.Contains(shown, be.A) || !slices.Contains(shown, be.B) {
			continue
		}
		if len(marks) == 0 {
			marks = append(marks, chart.Mark{X: be.Base.InexactFloat64(), Label: "now", Style: v.st.bold})
		}
		if from, to, ok := be.Interval(); ok {
			marks = append(marks, chart.Mark{X: from.InexactFloat64(), Label: "×", Style: v.st.status})
			notes = append(notes, crossingNote(be, from, to))
		} else {
			notes = append(notes, fmt.Sprintf("%s vs %s: never in range (%s cheaper)", be.A.Name(), be.B.Name(), be.CheaperAtFrom.Name()))
		}
	}
	wrapped := make([][]string, len(notes))
	var lines []string
	for i, n := range notes {
		wrapped[i] = strings.Split(wrapText(n, w, "  "), "\n")
		lines = append(lines, wrapped[i]...)
	}
	page, chartH := lines, max(h-len(lines)-1, 6)
	if chartH < minChartRows {
		page = v.page(wrapped, max(h-minChartRows, 2))
		chartH = max(h-len(page), 6)
	}
	var b strings.Builder
	b.WriteString(chart.Line(series, chart.Options{Width: w, Height: chartH, LogX: true, LogY: true, XLabel: "requests a month",
		XFormat: chart.Count, YFormat: chart.Dollars, Marks: marks, Legend: true, Mono: sc.mono}) + "\n")
	for _, l := range page {
		b.WriteString(l + "\n")
	}
	if len(page) == len(lines) {
		return v.clip(b.String())
	}
	return b.String()
}

// page is the pairs' notes (each wrapped into its lines) from the view's scroll on, as
// many whole as fit rows-1 lines, and a line saying which of how many pairs they are.
func (v breakEvenView) page(notes [][]string, rows int) []string {
	top := min(v.scroll, len(notes)-1)
	var out []string
	end := top
	for end < len(notes) && (end == top || len(out)+len(notes[end]) <= rows-1) {
		out = append(out, notes[end]...)
		end++
	}
	return append(out, v.st.dim.Render(fmt.Sprintf("pairs %d-%d of %d · ↑/↓ the others", top+1, end, len(notes))))
}

func crossingNote(be analysis.BreakEven, from, to decimal.Decimal) string {
	first := be.Crossings[0]
	if len(be.Crossings) == 1 {
		return fmt.Sprintf("%s no dearer than %s from %s requests a month (%s/s)", first.Above.Name(), first.Below.Name(), quantityText(from), quantityText(first.PerSecond))
	}
	last := be.Crossings[len(be.Crossings)-1]
	return fmt.Sprintf("%s/%s trade places %d times, %s to %s; %s from there", be.A.Name(), be.B.Name(), len(be.Crossings), quantityText(from), quantityText(to), last.Above.Name())
}
