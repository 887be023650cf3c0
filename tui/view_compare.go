package tui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/report"
	"github.com/breakeven/breakeven/tui/chart"
)

// compareView is the shown platforms side by side (model.WorkloadResult.Shown): totals,
// bars, what each runs, its cold starts where its estimate carries them, and why a platform
// cannot run the workload.
type compareView struct{ frame }

func (compareView) title() string                     { return "Compare" }
func (compareView) shows() shows                      { return showsBill }
func (v compareView) update(msg tea.KeyPressMsg) view { v.frame = v.scrolled(msg); return v }
func (v compareView) setSize(w, h int) view           { v.frame = v.sized(w, h); return v }
func (v compareView) shown() view                     { v.frame = v.top(); return v }

func (v compareView) view(sc scene) string {
	r, w := sc.d.result, v.width
	var b strings.Builder
	var bars []chart.Bar
	shown := r.ShownEstimates()
	for _, e := range shown {
		text := "cannot run"
		value := 0.0
		if e.Feasible {
			text = money(e.MonthlyCost)
			value = e.MonthlyCost.InexactFloat64() // bar length: geometry only
			if e.Platform == r.Cheapest {
				text += " * cheapest"
			}
			if !e.Complete() {
				text += " (incomplete)"
			}
		}
		bars = append(bars, chart.Bar{Label: e.Platform.Name(), Value: value, Text: text, Style: v.plats.style(e.Platform)})
	}
	b.WriteString(chart.Bars(bars, w) + "\n\n")
	for _, e := range append(shown, r.CannotRun()...) {
		b.WriteString(v.st.bold.Render(e.Platform.Name()) + "  " + e.Summary + "\n")
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
		if cs := model.ColdStartsOf(e); cs != nil {
			b.WriteString(wrapText("  "+coldStartLine(cs), w, "    ") + "\n")
		}
		for _, warn := range e.Warnings {
			b.WriteString(wrapText(v.st.status.Render("  ! "+warn), w, "    ") + "\n")
		}
	}
	return v.clip(b.String())
}

// capacityLine is an estimate's capacity as the reports say it: Lambda's peak concurrency
// against its limit, a fleet's tasks or instances an hour.
func capacityLine(e model.Estimate) string {
	if s := report.CapacityText(e); s != "" {
		return s
	}
	return "no capacity to size"
}

// coldStartLine is a platform's cold-start estimate in a line: the month's cold starts
// among its requests, and the p99 latency with them where it is worked out (a model
// estimate, docs/cold-starts.md).
func coldStartLine(cs *model.ColdStarts) string {
	s := fmt.Sprintf("Cold starts (estimate): %s of %s requests", report.Count(cs.Total), report.Count(cs.Requests))
	if cs.WithColdStarts.P99Ms > 0 {
		s += fmt.Sprintf(", p99 %.0f ms with them", cs.WithColdStarts.P99Ms) // a statistical estimate
	}
	return s
}
