package tui

import (
	"fmt"
	"math"
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/report"
	"github.com/breakeven/breakeven/tui/chart"
)

// sweepView charts Lambda's monthly cost and duration against memory on both architectures,
// the optimum marked.
type sweepView struct{ frame }

func (sweepView) title() string                     { return "Sweep" }
func (sweepView) shows() shows                      { return showsAnalyses }
func (v sweepView) update(msg tea.KeyPressMsg) view { v.frame = v.scrolled(msg); return v }
func (v sweepView) setSize(w, h int) view           { v.frame = v.sized(w, h); return v }
func (v sweepView) shown() view                     { v.frame = v.top(); return v }

// sweepSeriesStep spaces the architectures' colours in the palette: x86_64 the first
// (orange), arm64 the third (green).
const sweepSeriesStep = 2

func (v sweepView) view(sc scene) string {
	c, w, h := sc.analysis, v.width, v.height
	if c == nil {
		return v.clip(sc.waiting("the memory sweep (128-10,240 MB on both architectures)", w))
	}
	if !slices.Contains(sc.d.result.Shown(), model.PlatformLambda) {
		return v.clip(wrapText("The memory sweep is Lambda's, and Lambda is not shown: c chooses the platforms.", w, ""))
	}
	s := c.Sweep
	if s == nil {
		return v.clip("Nothing to sweep: the workload has no function.")
	}
	var cost, dur []chart.Series
	for i, a := range s.Architectures {
		style := v.st.series(i * sweepSeriesStep)
		cs := chart.Series{Name: string(a.Architecture) + " cost", Style: style}
		ds := chart.Series{Name: string(a.Architecture) + " duration", Style: style}
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
		marks = append(marks, chart.Mark{X: float64(p.Row.MemoryMB), Label: p.Strategy[:1], Style: v.st.bold})
		lines = append(lines, fmt.Sprintf("%-8s %6s MB %-6s %12s %10s  %s", p.Strategy, report.Count(p.Row.MemoryMB), p.Row.Architecture,
			report.Milliseconds(p.Row.DurationMs), money(p.Row.MonthlyCost), savingText(p.MonthlySaving)))
	}
	if s.Current.Feasible {
		marks = append(marks, chart.Mark{X: float64(s.Current.MemoryMB), Label: "now", Style: v.st.status})
	}
	chartH := max((h-len(lines))/2, 5)
	var b strings.Builder
	b.WriteString(chart.Line(cost, chart.Options{Width: w, Height: chartH, XLabel: "memory MB", YFormat: chart.Dollars, Marks: marks, Legend: true, Mono: sc.mono}) + "\n")
	b.WriteString(chart.Line(dur, chart.Options{Width: w, Height: chartH, YFormat: func(v float64) string { return fmt.Sprintf("%.0fms", v) }, Marks: marks, Mono: sc.mono}) + "\n")
	for _, l := range lines {
		b.WriteString(l + "\n")
	}
	return v.clip(b.String())
}
