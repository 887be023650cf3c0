package tui

import (
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// viewIndex is the index of the view titled title in m's bar.
func viewIndex(t testing.TB, m Model, title string) int {
	t.Helper()
	for i, v := range m.views {
		if v.title() == title {
			return i
		}
	}
	t.Fatalf("no view %q", title)
	return 0
}

// drawn is the shown view of the current workload drawn in w x h cells.
func drawn(m Model, w, h int) string {
	return m.shownView().setSize(w, h).view(m.scene(m.current()))
}

// probeView is a view that exists only in tests: appended to the list, it must show in the
// bar, be reached by ←/→, its key and a click on its name, and get the keys the root passes.
type probeView struct {
	frame
	pressed []string // the keys it was given, in order
}

var probeKey = bind("z", "probe")

func (probeView) title() string              { return "Probe" }
func (probeView) shows() shows               { return showsBill }
func (probeView) opensOn() []key.Binding     { return []key.Binding{probeKey} }
func (v probeView) setSize(w, h int) view    { v.frame = v.sized(w, h); return v }
func (v probeView) shown() view              { v.frame = v.top(); return v }
func (v probeView) shortHelp() []key.Binding { return []key.Binding{bind("↕", "probe moves")} }
func (v probeView) view(sc scene) string {
	return "probe of " + sc.d.name() + " at " + strconv.Itoa(v.width) + " cells"
}
func (v probeView) update(msg tea.KeyPressMsg) view {
	v.pressed = append(slices.Clone(v.pressed), msg.String())
	return v
}

// withProbe is m with the probe view last in its list.
func withProbe(m Model) Model {
	m.views = append(slices.Clone(m.views), probeView{frame: frame{common: m.common}})
	return m
}

// TestViewsFollowTheList: the bar, ←/→, the keys that open a view, the clicks on the bar,
// the help line and the export's file name all follow the list of views, so a view added to
// it (the probe) needs no other edit.
func TestViewsFollowTheList(t *testing.T) {
	t.Chdir(t.TempDir())
	m := press(t, withProbe(started(t, 120, 30)), "enter")
	bar := func(m Model) string { return strings.TrimRight(strings.Split(plain(m), "\n")[2], " ") }
	if got, want := bar(m), "[Compare] │ Breakdown │ Traffic │ Break-even │ Sweep │ Advice │ Buying │ A/B │ Probe"; got != want {
		t.Fatalf("bar %q, want %q", got, want)
	}
	probe := len(m.views) - 1
	if m = press(t, m, "left"); m.tab != probe {
		t.Errorf("left from the first view: view %s, want the probe", m.shownView().title())
	}
	if m = press(t, m, "right"); m.tab != 0 {
		t.Errorf("right from the probe: view %s, want the first", m.shownView().title())
	}
	if m = press(t, m, "z"); m.tab != probe {
		t.Errorf("its key: view %s, want the probe", m.shownView().title())
	}
	lines := strings.Split(plain(m), "\n")
	// 120 cells less the inputs pane beside it (34) and its rule: setSize gave it 85
	if !strings.Contains(lines[3], "probe of flat-api at 85 cells") || !strings.Contains(lines[len(lines)-1], "↕ probe moves") {
		t.Errorf("the probe's view and help:\n%s", plain(m))
	}
	m = press(t, m, "down", "up")
	if got := m.shownView().(probeView).pressed; !slices.Equal(got, []string{"down", "up"}) {
		t.Errorf("keys passed to the probe: %q", got)
	}
	for _, offset := range []int{0, len("Probe") - 1} { // its name's first and last cells
		m = m.show(probe - 1) // A/B: the probe's name is not bracketed
		col := len([]rune(bar(m)[:strings.Index(bar(m), "Probe")])) + offset
		next, _ := m.Update(tea.MouseClickMsg{X: col, Y: 2, Button: tea.MouseLeft})
		if m = next.(Model); m.tab != probe {
			t.Errorf("click at column %d of %q: view %s, want the probe", col, bar(m), m.shownView().title())
		}
	}
	m = press(t, m, "x", "m")
	if _, err := os.Stat("breakeven-flat-api-probe.md"); err != nil {
		t.Errorf("export of the probe: %v (status %q)", err, m.status)
	}
}

// TestClickGeometryFollowsTheBar: a click on any column of the bar as drawn shows the view
// whose name (with the separator after it) covers it, whichever view is shown; a click past
// the bar changes nothing.
func TestClickGeometryFollowsTheBar(t *testing.T) {
	m := press(t, withProbe(started(t, 120, 30)), "enter")
	for shown := range m.views {
		m = m.show(shown)
		bar := []rune(strings.TrimRight(strings.Split(plain(m), "\n")[2], " "))
		sep := []rune(tabSeparator)
		want := 0
		for col := range bar {
			if col >= len(sep) && string(bar[col-len(sep):col]) == tabSeparator {
				want++ // a separator ends here: the next name starts
			}
			next, _ := m.Update(tea.MouseClickMsg{X: col, Y: 2, Button: tea.MouseLeft})
			if got := next.(Model).tab; got != want {
				t.Fatalf("%s shown, click at column %d of %q: view %d, want %d", m.views[shown].title(), col, string(bar), got, want)
			}
		}
		if want != len(m.views)-1 {
			t.Errorf("%s shown: the bar %q names %d views, want %d", m.views[shown].title(), string(bar), want+1, len(m.views))
		}
		next, _ := m.Update(tea.MouseClickMsg{X: len(bar) + 10, Y: 2, Button: tea.MouseLeft})
		if got := next.(Model).tab; got != shown {
			t.Errorf("click past the bar: view %d, want %d still", got, shown)
		}
	}
}
