package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/analysis"
	"github.com/breakeven/breakeven/workloads"
	"github.com/charmbracelet/colorprofile"
)

// sevenAnalyses keeps the analyses worked out with seven platforms, by text, as analyses
// does with three.
var sevenAnalyses = map[string]*analysis.Comparison{}

// startedSeven is the explorer on exampleSources at w x h with the seven registered
// platforms (model/platforms), its analyses done.
func startedSeven(t testing.TB, w, h int) Model {
	t.Helper()
	m := New(exampleSources(t), Options{Catalog: catalog(t)})
	missing := false
	for _, d := range m.docs {
		if c, ok := sevenAnalyses[string(d.text)]; ok {
			d.analysis, d.analysisFor = c, d.text
		} else if d.valid() {
			missing = true
		}
	}
	if missing {
		m = settle(t, m, m.Init())
		for _, d := range m.docs {
			if d.analysis != nil {
				sevenAnalyses[string(d.text)] = d.analysis
			}
		}
	}
	m, plan := m.replan()
	m = settle(t, m, plan)
	next, _ := m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return next.(Model)
}

// TestSevenPlatformViews freezes every screen at 80x24 with seven platforms (and the list
// and two views at 120x30): each exactly its size, and the goldens under testdata/seven-*.
func TestSevenPlatformViews(t *testing.T) {
	cases := []struct {
		name string
		keys []string
	}{
		{"list", nil},
		{"compare", []string{"enter"}},
		{"breakdown-workers", []string{"enter", "7"}},
		{"breakdown-managed", []string{"enter", "4"}},
		{"traffic", []string{"enter", "right", "right"}},
		{"break-even", []string{"enter", "right", "right", "right"}},
		{"sweep", []string{"enter", "left", "left", "left", "left"}},
		{"advice", []string{"enter", "left", "left", "left"}},
		{"buying", []string{"enter", "left", "left"}},
		{"ab", []string{"enter", "p", "tab", "down", "down", "down", "right", "tab"}},
		{"help", []string{"?"}},
		{"traffic-nocolor", []string{"enter", "right", "right"}},
		{"break-even-nocolor", []string{"enter", "right", "right", "right"}},
		{"inputs", []string{"enter", "tab"}},
		{"list-wide", nil},
		{"compare-wide", []string{"enter"}},
		{"break-even-wide", []string{"enter", "right", "right", "right"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w, h := 80, 24
			if strings.HasSuffix(c.name, "-wide") {
				w, h = 120, 30
			}
			m := startedSeven(t, w, h)
			if len(model.Platforms) != 7 {
				t.Fatalf("%d platforms registered, want 7", len(model.Platforms))
			}
			if strings.HasSuffix(c.name, "-nocolor") {
				next, _ := m.Update(tea.ColorProfileMsg{Profile: colorprofile.ASCII})
				m = next.(Model)
			}
			m = press(t, m, c.keys...)
			view := plain(m)
			checkSize(t, c.name, view, w, h)
			golden(t, "seven-"+c.name, view)
		})
	}
}

// TestSevenPlatformsBills: the list and the compare view show issue 16's platforms' bills of
// flat-api (10,000,000 requests a month of 100 ms at 1,024 MB, us-east-1), by hand:
//   - Azure Functions Consumption: 1,000,000 GB-s less the 400,000 free at $0.000016 is
//     $9.60, 10,000,000 executions less the 1,000,000 free at $0.20 a million $1.80: $11.40.
//   - Workers Standard: the $5.00 minimum; its 10 million requests are the included ones;
//     1,000,000,000 CPU-ms (the CPU share of the duration defaults to all of it) less the
//     30 million included at $0.02 a million is $19.40: $24.40.
//   - Cloud Run request-based: the model's estimate of instance time, 831,742.18 s, at
//     $0.000024 a vCPU-second and $0.0000025 a GiB-second is $22.04; requests $4.00; the free
//     tier's 180,000 vCPU-s, 360,000 GiB-s and 2 million requests -$6.02: $20.02.
//   - Lambda Managed Instances: three c6i.large (the minimum) all month, 2,190 hours at
//     $0.085, $186.15, the 15% management fee $27.92, requests $2.00: $216.07.
//
// Cloud Run's estimate carries its cold starts, which the compare view shows.
func TestSevenPlatformsBills(t *testing.T) {
	m := startedSeven(t, 120, 30)
	want := map[model.Platform]string{"azurefunctions": "$11.40", "workers": "$24.40", "cloudrun": "$20.02", "managedinstances": "$216.07"}
	r := m.docs[0].result
	list := plain(m)
	compare := plain(press(t, m, "enter"))
	for p, cost := range want {
		if got := money(r.Estimate(p).MonthlyCost); got != cost {
			t.Errorf("flat-api on %s: %s, want %s", p, got, cost)
		}
		if !strings.Contains(list, cost) || !strings.Contains(compare, cost) {
			t.Errorf("%s's %s is not in the list and the compare view:\n%s\n%s", p, cost, list, compare)
		}
	}
	if cs := model.ColdStartsOf(r.Estimate("cloudrun")); cs == nil || !strings.Contains(compare, "Cold starts") {
		t.Errorf("Cloud Run's cold starts %+v are not shown:\n%s", cs, compare)
	}
}

// TestListKeepsThePortfolioInView: every example open at 80x24 with seven platforms, the
// portfolio takes three lines; the rows scroll above it so that the selected one (the last)
// and the portfolio's whole sentence, its cheapest mix last, stay on screen.
func TestListKeepsThePortfolioInView(t *testing.T) {
	var sources []Source
	for _, name := range workloads.ExampleNames() {
		data, err := workloads.ExampleSource(name)
		if err != nil {
			t.Fatal(err)
		}
		sources = append(sources, Source{Path: "examples/" + name + ".yaml", Data: data, Example: true})
	}
	m := New(sources, Options{Catalog: catalog(t)})
	next, _ := m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m = next.(Model)
	for range sources[1:] {
		m = keys(m, "down")
	}
	view := plain(m)
	checkSize(t, "list of every example", view, 80, 24)
	last := workloads.ExampleNames()[len(sources)-1]
	if !strings.Contains(view, "▸ "+last) || !strings.Contains(view, "each on cheapest $") {
		t.Errorf("the selected %s or the portfolio's cheapest mix is off screen:\n%s", last, view)
	}
}
