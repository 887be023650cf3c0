package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/analysis"
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
		{"breakdown-workers", []string{"enter", "4"}},
		{"breakdown-managed", []string{"enter", "7"}},
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

// TestSevenPlatformsBills: each test platform bills its base and $1 per million requests;
// flat-api's 10,000,000 requests a month are $10.00 on each, by hand: Cloudflare Workers
// $30 + $10 = $40.00, Cloud Run $50.00, Azure Functions $60.00, Lambda Managed Instances
// $70.00, as the list and the compare view show them.
func TestSevenPlatformsBills(t *testing.T) {
	m := startedSeven(t, 80, 24)
	want := map[model.Platform]string{"workers": "$40.00", "cloudrun": "$50.00", "azurefunctions": "$60.00", "managedinstances": "$70.00"}
	r := m.docs[0].result
	for p, cost := range want {
		if got := money(r.Estimate(p).MonthlyCost); got != cost {
			t.Errorf("flat-api on %s: %s, want %s", p, got, cost)
		}
	}
	if cs := model.ColdStartsOf(r.Estimate("workers")); cs == nil || cs.Total != 1000 {
		t.Errorf("the first test platform's estimate carries no cold starts: %+v", cs)
	}
}
