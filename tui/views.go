package tui

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/analysis"
	"github.com/charmbracelet/x/ansi"
)

// view is one of the open workload's views, a tab of the bar: a component as soft-serve's
// pkg/ui has them, with its own update, view, setSize and keys. The root (Model) keeps the
// views in order (Model.views) and passes the shown one the keys it does not handle itself;
// the bar, ←/→ and the clicks on the bar follow that list, so adding a view is adding it to
// newViews.
type view interface {
	// title names the view in the bar, and in an export's file name.
	title() string
	// shows is what the view shows: what it waits for, and what x exports from it.
	shows() shows
	// opensOn are the root's keys that also show this view (nil: none).
	opensOn() []key.Binding
	// update handles a key the root passes on: moving about the view.
	update(msg tea.KeyPressMsg) view
	// setSize gives the view w x h cells, as the layout is worked out.
	setSize(w, h int) view
	// shown is the view as it is when the bar switches to it: at its top.
	shown() view
	// view draws sc in the view's size, scrolled.
	view(sc scene) string
	// shortHelp are the view's own keys, for the help line.
	shortHelp() []key.Binding
}

// shows is the data a view shows.
type shows int

const (
	// showsBill is the workload priced: shown at once.
	showsBill shows = iota
	// showsAnalyses is the comparison worked out in the background: the view waits for it.
	showsAnalyses
	// showsScenarios is scenario A against the workload as edited.
	showsScenarios
)

// newViews are the open workload's views, in the bar's order.
func newViews(c *common) []view {
	f := frame{common: c}
	return []view{compareView{f}, breakdownView{f}, trafficView{f}, breakEvenView{f}, sweepView{f}, adviceView{f}, buyingView{f}, abView{f}}
}

// common is what the root and every view share, built once (as soft-serve's common.Common):
// the styles, the keys and the platforms' looks.
type common struct {
	st    styles
	keys  keyMap
	plats platformTable
}

func newCommon(platforms []model.Platform) *common {
	st := newStyles()
	plats := newPlatformTable(platforms, st)
	return &common{st: st, keys: newKeyMap(plats), plats: plats}
}

// scene is what a view draws: the open workload, its analyses once worked out, the platform
// the number keys chose, and whether the terminal shows colour.
type scene struct {
	d *doc
	// analysis is d's comparison for its current text (nil while it is worked out).
	analysis *analysis.Comparison
	plat     model.Platform
	// mono says the terminal shows no colour: the charts tell their series apart by
	// pattern and marker instead.
	mono bool
	// waiting says what a view waiting for the analyses waits for (what, such as "the
	// break-evens"), in w cells.
	waiting func(what string, w int) string
	// plan is the portfolio's commitment for every valid doc's current text (nil while it
	// is worked out).
	plan *analysis.CommitPlan
}

// frame is what every view keeps, embedded: the shared common, its size and how far it is
// scrolled. Its keys move the view up and down.
type frame struct {
	*common
	width, height, scroll int
}

func (f frame) sized(w, h int) frame { f.width, f.height = w, h; return f }

func (f frame) top() frame { f.scroll = 0; return f }

// scrolled is the frame moved by up or down; the view's length bounds it as it is drawn.
func (f frame) scrolled(msg tea.KeyPressMsg) frame {
	switch {
	case key.Matches(msg, f.keys.Up):
		f.scroll = max(f.scroll-1, 0)
	case key.Matches(msg, f.keys.Down):
		f.scroll++
	}
	return f
}

// clip is text scrolled: its lines from the scroll on, the last screenful at most.
func (f frame) clip(text string) string {
	lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
	top := min(f.scroll, max(len(lines)-f.height, 0))
	return strings.Join(lines[top:], "\n")
}

func (f frame) shortHelp() []key.Binding { return []key.Binding{f.keys.Up} }

func (f frame) opensOn() []key.Binding { return nil }

// shownView is the view on screen.
func (m Model) shownView() view { return m.views[m.tab] }

// show switches the bar to view i, at its top, the focus on it.
func (m Model) show(i int) Model {
	m.views = slices.Clone(m.views)
	m.views[i] = m.views[i].shown()
	m.tab, m.focus = i, contentPane
	return m
}

// withView is m with the shown view replaced by v.
func (m Model) withView(v view) Model {
	m.views = slices.Clone(m.views)
	m.views[m.tab] = v
	return m
}

// opened shows the first view that msg opens (opensOn), unless it is shown already; false
// when msg opens none.
func (m Model) opened(msg tea.KeyPressMsg) (Model, bool) {
	for i, v := range m.views {
		if key.Matches(msg, v.opensOn()...) {
			if i != m.tab {
				m.views = slices.Clone(m.views)
				m.views[i] = m.views[i].shown()
				m.tab = i
			}
			return m, true
		}
	}
	return m, false
}

// scene is what the shown view draws of d.
func (m Model) scene(d *doc) scene {
	return scene{d: d, analysis: m.analysisOf(d), plat: m.plat, mono: m.mono, plan: m.work.planFor(m.docs),
		waiting: func(what string, w int) string { return m.waitingText(d, what, w) }}
}

// tabSeparator is between two names in the bar.
const tabSeparator = " │ "

// tabParts are the bar's names, the shown one in brackets (and styled, where colour is on).
func (m Model) tabParts() []string {
	parts := make([]string, len(m.views))
	for i, v := range m.views {
		name := v.title()
		switch {
		case i == m.tab && m.focus == contentPane:
			parts[i] = m.st.activeTab.Render("[" + name + "]")
		case i == m.tab:
			parts[i] = m.st.bold.Render("[" + name + "]")
		default:
			parts[i] = m.st.tab.Render(name)
		}
	}
	return parts
}

// tabs is the views' bar.
func (m Model) tabs() string { return strings.Join(m.tabParts(), m.st.dim.Render(tabSeparator)) }

// tabAt is the view whose name in the bar covers column x (with the separator after it);
// false past the last.
func (m Model) tabAt(x int) (int, bool) {
	from := 0
	for i, part := range m.tabParts() {
		to := from + ansi.StringWidth(part) + ansi.StringWidth(tabSeparator)
		if x >= from && x < to {
			return i, true
		}
		from = to
	}
	return 0, false
}
