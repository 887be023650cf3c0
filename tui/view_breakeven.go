package tui

import (
	"fmt"
	"math"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/analysis"
	"github.com/breakeven/breakeven/tui/chart"
	"github.com/charmbracelet/x/ansi"
	"github.com/shopspring/decimal"
)

// breakEvenView charts each platform's cost against traffic on log axes, the crossings and
// the workload's own traffic marked.
type breakEvenView struct{ frame }

func (breakEvenView) title() string                     { return "Break-even" }
func (breakEvenView) shows() shows                      { return showsAnalyses }
func (v breakEvenView) update(msg tea.KeyPressMsg) view { v.frame = v.scrolled(msg); return v }
func (v breakEvenView) setSize(w, h int) view           { v.frame = v.sized(w, h); return v }
func (v breakEvenView) shown() view                     { v.frame = v.top(); return v }

func (v breakEvenView) view(sc scene) string {
	c, w, h := sc.analysis, v.width, v.height
	if c == nil {
		return v.clip(sc.waiting("the break-evens", w))
	}
	if len(c.Curve) == 0 {
		return v.clip("No traffic to move: a workload of schedules alone has no break-even by traffic.")
	}
	// a point's Costs are in model.Platforms order
	series := make([]chart.Series, len(model.Platforms))
	for i, p := range model.Platforms {
		series[i] = chart.Series{Name: p.Name(), Style: v.plats.style(p)}
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
		if be.Variable != analysis.VaryTraffic {
			continue
		}
		marks = append(marks, chart.Mark{X: be.Base.InexactFloat64(), Label: "now", Style: v.st.bold})
		if from, to, ok := be.Interval(); ok {
			marks = append(marks, chart.Mark{X: from.InexactFloat64(), Label: "×", Style: v.st.status})
			notes = append(notes, crossingNote(be, from, to))
		} else {
			notes = append(notes, fmt.Sprintf("%s vs %s: never in range (%s cheaper)", be.A.Name(), be.B.Name(), be.CheaperAtFrom.Name()))
		}
	}
	chartH := max(h-len(notes)-1, 6)
	var b strings.Builder
	b.WriteString(chart.Line(series, chart.Options{Width: w, Height: chartH, LogX: true, LogY: true, XLabel: "requests a month",
		XFormat: chart.Count, YFormat: chart.Dollars, Marks: marks, Legend: true, Mono: sc.mono}) + "\n")
	for _, n := range notes {
		b.WriteString(ansi.Truncate(n, w, "…") + "\n")
	}
	return v.clip(b.String())
}

func crossingNote(be analysis.BreakEven, from, to decimal.Decimal) string {
	first := be.Crossings[0]
	if len(be.Crossings) == 1 {
		return fmt.Sprintf("%s no dearer than %s from %s requests a month (%s/s)", first.Above.Name(), first.Below.Name(), quantityText(from), quantityText(first.PerSecond))
	}
	last := be.Crossings[len(be.Crossings)-1]
	return fmt.Sprintf("%s/%s trade places %d times, %s to %s; %s from there", be.A.Name(), be.B.Name(), len(be.Crossings), quantityText(from), quantityText(to), last.Above.Name())
}
