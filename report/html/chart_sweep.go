package html

import (
	"fmt"
	"slices"
	"strings"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/report"
	"github.com/shopspring/decimal"
)

// sweepStepMB is the spacing of the sizes the sweep's lines are drawn through (every size is
// swept; the table lists the sizes the other formats show).
const sweepStepMB = 64

// sweepTicksMB are the memory axis' ticks.
var sweepTicksMB = []int64{128, 1024, 2048, 3072, 4096, 5120, 6144, 7168, 8192, 9216, 10240}

// architectureStyles are the sweep's lines, one per architecture: no platform's.
var architectureStyles = []style{
	{"#553c9a", "", "diamond", "solid"},
	{"#b7791f", "7 3", "circle", "solid"},
}

// sweepChart draws Lambda's monthly bill at every memory size on each architecture swept,
// with the current size and the cost, speed and balanced picks marked, and the tables of the
// sizes shown and of the picks.
func sweepChart(b *strings.Builder, id string, s *model.SweepResult) {
	if s == nil || len(s.Architectures) == 0 || len(s.Architectures[0].Rows) == 0 {
		return
	}
	first, last := s.Architectures[0].Rows[0].MemoryMB, s.Architectures[0].Rows[len(s.Architectures[0].Rows)-1].MemoryMB
	ch := lineChart{id: id, title: "Lambda memory sweep: " + s.Workload.Name, maxMarkers: 12,
		desc: fmt.Sprintf("Lines of the month's whole Lambda bill with the function at each memory size from %s to %s MB, one per architecture; vertical lines mark the size now and the cost, speed and balanced picks.", report.Count(first), report.Count(last))}
	ch.x = axis{label: "function memory, MB", lo: float64(first), hi: float64(last)}
	for _, mb := range sweepTicksMB {
		ch.x.ticks = append(ch.x.ticks, tick{float64(mb), report.Count(mb)})
	}
	top := decimal.Zero
	for i, a := range s.Architectures {
		line := series{name: string(a.Architecture), style: architectureStyles[i%len(architectureStyles)]}
		var run []point
		for _, r := range a.Rows {
			if !r.Feasible {
				if len(run) > 0 {
					line.runs, run = append(line.runs, run), nil
				}
				continue
			}
			if (r.MemoryMB-first)%sweepStepMB != 0 && r.MemoryMB != last && !slices.Contains(s.Shown, r.MemoryMB) {
				continue
			}
			top = decimal.Max(top, r.MonthlyCost)
			run = append(run, point{float64(r.MemoryMB), r.MonthlyCost.InexactFloat64()})
		}
		if len(run) > 0 {
			line.runs = append(line.runs, run)
		}
		ch.series = append(ch.series, line)
	}
	ch.y.label = "Lambda's US dollars a month"
	ch.y.ticks, ch.y.lo, ch.y.hi = linearTicks(decimal.Zero, top, 5, compactMoney)
	if s.Current.Feasible {
		ch.marks = append(ch.marks, mark{x: float64(s.Current.MemoryMB), label: "now " + report.Count(s.Current.MemoryMB) + " MB", now: true})
	}
	for _, p := range s.Optima {
		ch.marks = append(ch.marks, mark{x: float64(p.Row.MemoryMB), label: fmt.Sprintf("%s: %s MB %s", p.Strategy, report.Count(p.Row.MemoryMB), p.Row.Architecture)})
	}
	figure(b, id, ch.svg(), "Lambda at the sizes the other formats show: average duration and the month's bill", func(b *strings.Builder) {
		var heads []string
		for _, a := range s.Architectures {
			heads = append(heads, string(a.Architecture)+" duration", string(a.Architecture)+" monthly")
		}
		headRow(b, "Memory", heads...)
		for _, mb := range s.Shown {
			var cells []string
			for _, a := range s.Architectures {
				r, _ := s.Row(a.Architecture, mb)
				if !r.Feasible {
					cells = append(cells, "cannot run", "")
					continue
				}
				cells = append(cells, report.Milliseconds(r.DurationMs), money(r.MonthlyCost))
			}
			numericRow(b, report.Count(mb)+" MB", cells...)
		}
	})
	sweepPicks(b, s)
}

// sweepPicks lists the current configuration and each strategy's pick with what it saves.
func sweepPicks(b *strings.Builder, s *model.SweepResult) {
	b.WriteString(`<table class="data">` + "\n")
	element(b, "caption", "", "The sweep's picks, over every size of every architecture")
	b.WriteString("\n")
	headRow(b, "Pick", "Memory", "Architecture", "Duration", "Monthly", "Saving a month")
	if c := s.Current; c.Feasible {
		numericRow(b, "now", report.Count(c.MemoryMB)+" MB", string(c.Architecture), report.Milliseconds(c.DurationMs), money(c.MonthlyCost), money(decimal.Zero))
	}
	for _, p := range s.Optima {
		numericRow(b, p.Strategy, report.Count(p.Row.MemoryMB)+" MB", string(p.Row.Architecture), report.Milliseconds(p.Row.DurationMs), money(p.Row.MonthlyCost), money(p.MonthlySaving))
	}
	b.WriteString("</table>\n")
}
