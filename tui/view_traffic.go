package tui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/breakeven/breakeven/tui/chart"
)

// trafficView charts the month's requests hour by hour, and the capacity each platform keeps
// for them.
type trafficView struct{ frame }

func (trafficView) title() string                     { return "Traffic" }
func (trafficView) shows() shows                      { return showsBill }
func (v trafficView) update(msg tea.KeyPressMsg) view { v.frame = v.scrolled(msg); return v }
func (v trafficView) setSize(w, h int) view           { v.frame = v.sized(w, h); return v }
func (v trafficView) shown() view                     { v.frame = v.top(); return v }

func (v trafficView) view(sc scene) string {
	r, w, h := sc.d.result, v.width, v.height
	if len(r.Requests) == 0 {
		return v.clip("No traffic spread over the month (a workload of schedules alone).")
	}
	top := max(h/2, 5)
	req := make([]chart.Point, len(r.Requests))
	for i, n := range r.Requests {
		req[i] = chart.Point{X: float64(i), Y: float64(n)}
	}
	var b strings.Builder
	b.WriteString(chart.Line([]chart.Series{{Name: "requests an hour", Points: req, Style: v.st.series(0)}},
		chart.Options{Width: w, Height: top, XLabel: "hour of the month", YFormat: chart.Count, XFormat: hourTick, Legend: true, Mono: sc.mono}) + "\n")
	var series []chart.Series
	for _, e := range r.ShownEstimates() {
		if !e.Feasible || e.Capacity.PerHour.Len() == 0 {
			continue
		}
		pts := make([]chart.Point, e.Capacity.PerHour.Len())
		for hour := range pts {
			pts[hour] = chart.Point{X: float64(hour), Y: float64(e.Capacity.PerHour.At(hour))}
		}
		series = append(series, chart.Series{Name: e.Platform.Name() + " " + e.Capacity.Unit.Name, Points: pts, Style: v.plats.style(e.Platform)})
	}
	b.WriteString(chart.Line(series, chart.Options{Width: w, Height: max(h-top, 5), XFormat: hourTick, YFormat: chart.Count, Legend: true, Mono: sc.mono}))
	return v.clip(b.String())
}

func hourTick(v float64) string { return fmt.Sprintf("%.0fh", v) }
