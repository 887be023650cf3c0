package tui

import (
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/analysis"
	"github.com/breakeven/breakeven/pricing"
	"github.com/breakeven/breakeven/workloads"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
)

// updating says the test runs with -update (the flag teatest's golden package defines: one
// flag rewrites both kinds of golden file).
func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

func catalog(t testing.TB) *pricing.Catalog {
	t.Helper()
	cat, err := pricing.Load()
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

// exampleSources are three built-in examples and an invalid file, as the CLI gives them.
func exampleSources(t testing.TB) []Source {
	t.Helper()
	var out []Source
	for _, name := range []string{"flat-api", "mobile-backend", "order-pipeline"} {
		data, err := workloads.ExampleSource(name)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, Source{Path: "examples/" + name + ".yaml", Data: data, Example: true})
	}
	bad := "name: broken\nregion: us-east-1\ntraffic:\n  requests_per_month: -1\nfunction:\n  duration_ms: 100\n  memory_mb: 128\n"
	return append(out, Source{Path: "broken.yaml", Data: []byte(bad)})
}

// settle runs cmd and every command its messages lead to, feeding the messages to m, as the
// program would but synchronously (so views are deterministic); quitting stops it.
func settle(t testing.TB, m Model, cmd tea.Cmd) Model {
	t.Helper()
	queue := []tea.Cmd{cmd}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		msg := c()
		if batch, ok := msg.(tea.BatchMsg); ok {
			queue = append(queue, batch...)
			continue
		}
		if _, ok := msg.(tea.QuitMsg); ok {
			continue
		}
		next, more := m.Update(msg)
		m = next.(Model)
		queue = append(queue, more)
	}
	return m
}

// press sends keys one at a time, settling each.
func press(t testing.TB, m Model, keys ...string) Model {
	t.Helper()
	for _, k := range keys {
		next, cmd := m.Update(keyMsg(k))
		m = settle(t, next.(Model), cmd)
	}
	return m
}

func keyMsg(k string) tea.KeyPressMsg {
	switch k {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

// typeText types s into the focused input.
func typeText(t testing.TB, m Model, s string) Model {
	for _, r := range s {
		next, cmd := m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
		m = settle(t, next.(Model), cmd)
	}
	return m
}

// analyses keeps the background analyses of each text worked out, so that the many tests
// starting the explorer on the same files work them out once (the tests run one at a time).
var analyses = map[string]*analysis.Comparison{}

// awsThree are the AWS platforms the explorer's tests of AWS's figures are priced on (as
// --platforms lambda,fargate,ec2 chooses them): their hand-worked bills, break-evens and
// portfolio tiers. The seven registered platforms are seen in seven_test.go.
var awsThree = []model.Platform{model.PlatformLambda, model.PlatformFargate, model.PlatformEC2}

// started is the explorer on exampleSources at w x h priced on awsThree, its background
// analyses done.
func started(t testing.TB, w, h int) Model {
	t.Helper()
	m := New(exampleSources(t), Options{Catalog: catalog(t), Platforms: awsThree})
	missing := false
	for _, d := range m.docs {
		if c, ok := analyses[string(d.text)]; ok {
			d.analysis, d.analysisFor = c, d.text
		} else if d.valid() {
			missing = true
		}
	}
	if missing {
		m = settle(t, m, m.Init())
		for _, d := range m.docs {
			if d.analysis != nil {
				analyses[string(d.text)] = d.analysis
			}
		}
	}
	m, plan := m.replan() // the portfolio's commitment, with the analyses cached
	m = settle(t, m, plan)
	next, _ := m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return next.(Model)
}

// plain is the view without ANSI sequences.
func plain(m Model) string { return ansi.Strip(m.View().Content) }

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if updating() {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test ./tui -update writes it)", err)
	}
	if got != string(want) {
		t.Errorf("view differs from %s (go test ./tui -update rewrites it)\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

// checkSize: every view is exactly h lines of w cells.
func checkSize(t *testing.T, name, view string, w, h int) {
	t.Helper()
	lines := strings.Split(view, "\n")
	if len(lines) != h {
		t.Errorf("%s: %d lines, want %d", name, len(lines), h)
	}
	for i, l := range lines {
		if n := ansi.StringWidth(l); n != w {
			t.Errorf("%s: line %d is %d cells, want %d: %q", name, i+1, n, w, l)
		}
	}
}

// TestViews freezes every screen at 80x24 (and the list and two views at 120x30), ANSI
// stripped; the charts also as drawn where the terminal shows no colour (NO_COLOR: the
// cases named -nocolor).
func TestViews(t *testing.T) {
	cases := []struct {
		name string
		w, h int
		keys []string
	}{
		{"list", 80, 24, nil},
		{"list-invalid-selected", 80, 24, []string{"down", "down", "down"}},
		{"filter", 80, 24, []string{"/", "m", "o", "b"}},
		{"compare", 80, 24, []string{"enter"}},
		{"breakdown", 80, 24, []string{"enter", "right"}},
		{"breakdown-fargate", 80, 24, []string{"enter", "2"}},
		{"traffic", 80, 24, []string{"enter", "right", "right"}},
		{"break-even", 80, 24, []string{"enter", "right", "right", "right"}},
		{"sweep", 80, 24, []string{"enter", "left", "left", "left", "left"}},
		{"advice", 80, 24, []string{"enter", "left", "left", "left"}},
		{"buying", 80, 24, []string{"enter", "left", "left"}},
		{"buying-commitment", 80, 24, append([]string{"enter", "left", "left"}, slices.Repeat([]string{"down"}, 24)...)},
		{"inputs", 80, 24, []string{"enter", "tab"}},
		{"ab-inputs", 80, 24, []string{"enter", "p", "tab", "down", "down", "down", "right"}},
		{"ab", 80, 24, []string{"enter", "p", "tab", "down", "down", "down", "right", "tab"}},
		{"ab-as-opened", 80, 24, []string{"enter", "tab", "down", "down", "down", "right", "right", "tab", "left"}},
		{"help", 80, 24, []string{"?"}},
		{"quit-unsaved", 80, 24, []string{"enter", "tab", "down", "down", "down", "right", "tab", "q"}},
		{"refused-edit", 80, 24, []string{"enter", "tab", "down", "down", "enter", "backspace", "backspace", "backspace", "a", "b", "c", "enter"}},
		{"traffic-nocolor", 80, 24, []string{"enter", "right", "right"}},
		{"break-even-nocolor", 80, 24, []string{"enter", "right", "right", "right"}},
		{"sweep-nocolor", 80, 24, []string{"enter", "left", "left", "left", "left"}},
		{"list-wide", 120, 30, nil},
		{"compare-wide", 120, 30, []string{"enter"}},
		{"break-even-wide", 120, 30, []string{"enter", "right", "right", "right"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := started(t, c.w, c.h)
			if strings.HasSuffix(c.name, "-nocolor") { // what the program tells the explorer under NO_COLOR
				next, _ := m.Update(tea.ColorProfileMsg{Profile: colorprofile.ASCII})
				m = next.(Model)
			}
			m = press(t, m, c.keys...)
			view := plain(m)
			checkSize(t, c.name, view, c.w, c.h)
			golden(t, c.name, view)
		})
	}
}
