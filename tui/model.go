// Package tui is breakeven's interactive explorer: a terminal program (Bubble Tea v2) to see,
// tune and compare workloads live. It computes nothing itself: model prices, workloads reads
// and writes the YAML; file I/O happens only in commands, never in Update.
//
// Model is the root, as in soft-serve's pkg/ui: it holds the list of workloads, the inputs
// pane and the open workload's views, an ordered list of components (views.go; one file
// each, view_*.go) with their own update, view, setSize and keys. The bar of views, ←/→,
// the clicks on the bar and the keys that open a view follow that list: adding a view is
// adding a component to newViews. The styles, the keymap and the platforms' looks
// (platforms.go: colour, number key, list column, built by iterating model.Platforms, a
// fallback colour past the palette) are built once, in common.
package tui

import (
	"bytes"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/analysis"
	"github.com/breakeven/breakeven/pricing"
	"github.com/breakeven/breakeven/workloads"
	"github.com/charmbracelet/colorprofile"
)

// screen is the explorer's top level: the list of workloads, or one workload.
type screen int

const (
	listScreen screen = iota
	detailScreen
)

// mode is what the keys do now: move about, type a filter or a value, answer a question.
type mode int

const (
	modeNormal mode = iota
	modeFilter
	modeEdit
	modeConfirm
	modeExport
	modeHelp
	modeQuit
	modeChoose
)

// pane is where the focus is on a workload's screen.
type pane int

const (
	contentPane pane = iota
	inputsPane
)

// Options say what the explorer prices with.
type Options struct {
	Catalog *pricing.Catalog
	// Known is what the catalog knows: files and edits naming anything else are refused.
	Known workloads.Known
	Month model.Month
	// Platforms, when not empty, are the platforms every workload is shown on (the
	// --platforms flag), laid over each file's platforms key.
	Platforms []model.Platform
}

// Model is the explorer's state: the root that holds the open workload's views in order and
// routes to the shown one what it does not handle itself (views.go).
type Model struct {
	*common
	docs   []*doc
	pr     pricer
	width  int
	height int
	screen screen
	views  []view
	tab    int // the shown view, an index into views
	focus  pane
	mode   mode
	sel    int // the selected doc, an index into visible()
	field  int // the selected input, an index into m.inputs(current())
	// listFrom is the first platform whose column the list shows, when they do not all fit
	// (←/→ on the list).
	listFrom int
	// plat is the platform the breakdown and the A/B line items show (the number keys).
	plat    model.Platform
	filter  lineInput
	input   lineInput
	status  string
	refusal string // why the last edit was refused, shown above a value being typed
	confirm *confirmation
	// choosing is the platforms' panel while it is open (modeChoose: chooser.go).
	choosing *chooser
	// ownPlatforms are the platforms the explorer was started with for every workload (the
	// pricer's at New; none: each workload's own), what w in the panel goes back to.
	ownPlatforms []model.Platform
	port         model.Portfolio
	work         analysisQueue
	// quitting says the explorer quits once the saves asked for at quitting are done.
	quitting bool
	// mono says the terminal shows no colour (NO_COLOR, or none to show): the charts tell
	// their series apart by pattern and marker instead.
	mono bool
}

// confirmation is a question waiting for y or n, and what yes does.
type confirmation struct {
	question string
	yes      tea.Cmd
}

// New builds the explorer over sources (valid or not).
func New(sources []Source, opt Options) Model {
	if opt.Month.Hours == 0 {
		opt.Month = model.StandardMonth()
	}
	c := newCommon(model.Platforms)
	m := Model{common: c, pr: pricer{cat: opt.Catalog, known: opt.Known, month: opt.Month, platforms: opt.Platforms}, views: newViews(c),
		plat: c.plats.platforms()[0], width: 80, height: 24}
	for _, s := range sources {
		m.docs = append(m.docs, newDoc(s, m.pr))
	}
	m.port = portfolio(m.docs, m.pr.cat)
	m.ownPlatforms = m.pr.platforms
	m.filter = lineInput{prompt: "/"}
	m.input = lineInput{prompt: "> "}
	return m
}

// Init starts working out the analyses of every valid workload in the background, one at a
// time (analysisQueue).
func (m Model) Init() tea.Cmd {
	return func() tea.Msg { return startAnalysesMsg{} }
}

// visible are the docs the filter lets through, in file order.
func (m Model) visible() []*doc {
	f := strings.ToLower(strings.TrimSpace(m.filter.Value()))
	var out []*doc
	for _, d := range m.docs {
		if f == "" || strings.Contains(strings.ToLower(d.name()), f) {
			out = append(out, d)
		}
	}
	return out
}

// current is the selected doc (nil when none is visible).
func (m Model) current() *doc {
	v := m.visible()
	if m.sel < 0 || m.sel >= len(v) {
		return nil
	}
	return v[m.sel]
}

// analysisMsg carries a comparison worked out in the background for a doc's text.
type analysisMsg struct {
	d    *doc
	text []byte
	// platforms are the platforms the explorer chose when it began (the chooser's).
	platforms []model.Platform
	cmp       analysis.Comparison
}

// settleDelay is how long the text must stay unchanged before its analyses start, so that
// holding a nudge key does not start one per step.
const settleDelay = 150 * time.Millisecond

// analyzeMsg asks for d's analyses if its text is still text.
type analyzeMsg struct {
	d    *doc
	text []byte
}

// analyzeSoon asks for d's analyses once its text has stayed as it is for settleDelay.
func (m Model) analyzeSoon(d *doc) tea.Cmd {
	text := d.text
	return tea.Tick(settleDelay, func(time.Time) tea.Msg { return analyzeMsg{d: d, text: text} })
}

// Update handles a message; while the view on screen waits for an analysis, it also keeps
// a progress tick coming to say how long it has taken.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	next, cmd := m.update(msg)
	return next.(Model).withProgress(cmd)
}

func (m Model) update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case progressMsg:
		return m.progressed(time.Time(msg)), nil
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		return m, nil
	case tea.ColorProfileMsg:
		m.mono = msg.Profile <= colorprofile.ASCII // NoTTY and ASCII have no colours
		return m, nil
	case startAnalysesMsg:
		for _, d := range m.docs {
			m.work = m.work.add(d)
		}
		return m.nextAnalysis()
	case analyzeMsg:
		if bytes.Equal(msg.text, msg.d.text) {
			m.work = m.work.add(msg.d)
			return m.nextAnalysis()
		}
		return m, nil
	case analysisMsg:
		if bytes.Equal(msg.text, msg.d.text) && slices.Equal(msg.platforms, m.pr.platforms) {
			cmp := msg.cmp
			msg.d.analysis, msg.d.analysisFor = &cmp, msg.text
		}
		m.work.running = nil
		return m.nextAnalysis()
	case planMsg:
		return m.planned(msg)
	case savedMsg:
		return m.saved(msg)
	case exportedMsg:
		if msg.err != nil {
			m.status = "export failed: " + msg.err.Error()
		} else {
			m.status = "exported " + msg.path
		}
		return m, nil
	case tea.KeyPressMsg:
		return m.key(msg)
	case tea.MouseWheelMsg:
		return m.wheel(msg)
	case tea.MouseClickMsg:
		return m.click(msg)
	}
	return m, nil
}

// wheel scrolls the list's selection or the open view, as up and down do.
func (m Model) wheel(msg tea.MouseWheelMsg) (tea.Model, tea.Cmd) {
	if m.mode != modeNormal {
		return m, nil
	}
	code := tea.KeyDown
	if msg.Button == tea.MouseWheelUp {
		code = tea.KeyUp
	}
	return m.key(tea.KeyPressMsg{Code: code})
}

// click selects the workload clicked in the list (a second click opens it), or the view
// whose name is clicked in the bar of views.
func (m Model) click(msg tea.MouseClickMsg) (tea.Model, tea.Cmd) {
	if m.mode != modeNormal || msg.Button != tea.MouseLeft {
		return m, nil
	}
	switch {
	case m.screen == listScreen:
		// the header, then the column titles: row 2 is the first workload
		i := msg.Y - 2 + max(0, m.sel+2-(m.height-3-4))
		if i >= 0 && i < len(m.visible()) {
			if i == m.sel {
				return m.listKey(tea.KeyPressMsg{Code: tea.KeyEnter})
			}
			m.sel = i
		}
	case msg.Y == 2: // the bar of views
		if i, ok := m.tabAt(msg.X); ok {
			m = m.show(i)
		}
	}
	return m, nil
}

// key handles a key press in the current mode.
func (m Model) key(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	if m.mode == modeQuit {
		return m.quitKey(msg)
	}
	if msg.String() == "ctrl+c" {
		return m.quit()
	}
	switch m.mode {
	case modeFilter:
		return m.filterKey(msg)
	case modeEdit:
		return m.editKey(msg)
	case modeConfirm:
		return m.confirmKey(msg)
	case modeExport:
		return m.exportKey(msg)
	case modeHelp:
		m.mode = modeNormal
		return m, nil
	case modeChoose:
		return m.chooseKey(msg)
	}
	switch {
	case key.Matches(msg, m.keys.Quit):
		return m.quit()
	case key.Matches(msg, m.keys.Help):
		m.mode = modeHelp
		return m, nil
	case key.Matches(msg, m.keys.Choose) && (m.screen == listScreen || m.focus == contentPane):
		return m.openChooser(), nil
	}
	if m.screen == listScreen {
		return m.listKey(msg)
	}
	return m.detailKey(msg)
}

func (m Model) filterKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch msg.String() {
	case "enter":
		m.mode = modeNormal
		m.filter.Blur()
		return m, nil
	case "esc":
		m.mode = modeNormal
		m.filter.Blur()
		m.filter.SetValue("")
		m.sel = 0
		return m, nil
	}
	var cmd tea.Cmd
	m.filter, cmd = m.filter.Update(msg)
	m.sel = 0
	return m, cmd
}

func (m Model) listKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	n := len(m.visible())
	switch {
	case key.Matches(msg, m.keys.Up):
		m.sel = max(m.sel-1, 0)
	case key.Matches(msg, m.keys.Down):
		m.sel = min(m.sel+1, max(n-1, 0))
	case key.Matches(msg, m.keys.Left):
		_, from, _ := m.listColumns(m.width)
		m.listFrom = max(from-1, 0)
	case key.Matches(msg, m.keys.Right):
		plats, from, to := m.listColumns(m.width)
		if to < len(plats) {
			m.listFrom = from + 1
		}
	case key.Matches(msg, m.keys.Filter):
		m.mode = modeFilter
		return m, m.filter.Focus()
	case key.Matches(msg, m.keys.Back):
		if m.filter.Value() != "" {
			m.filter.SetValue("")
			m.sel = 0
		}
	case key.Matches(msg, m.keys.Enter):
		d := m.current()
		switch {
		case d == nil:
		case !d.valid():
			m.status = d.name() + " does not open: fix its problems first"
		default:
			m = m.show(0)
			m.screen, m.status = detailScreen, ""
		}
	}
	return m, nil
}

func (m Model) detailKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	d := m.current()
	switch {
	case key.Matches(msg, m.keys.Back):
		if m.focus == inputsPane {
			m.focus = contentPane
			return m, nil
		}
		m.screen, m.status = listScreen, ""
		return m, nil
	case key.Matches(msg, m.keys.Tab), key.Matches(msg, m.keys.ShiftTab):
		m.focus = 1 - m.focus
		return m, nil
	case key.Matches(msg, m.keys.Edit):
		m.focus = inputsPane
		return m.startEdit()
	case key.Matches(msg, m.keys.Undo):
		if d.undoLast(m.pr) {
			m.status = "undone"
			m.port = portfolio(m.docs, m.pr.cat)
			return m, m.analyzeSoon(d)
		}
		m.status = "nothing to undo"
		return m, nil
	case key.Matches(msg, m.keys.Pin):
		d.pin()
		m, _ = m.opened(msg)
		m.status = "pinned as A: edits now show against it"
		return m, nil
	case key.Matches(msg, m.keys.Save):
		return m, m.save(d, false)
	case key.Matches(msg, m.keys.Export):
		m.mode, m.status = modeExport, "export this view as (m)arkdown or (j)son?"
		return m, nil
	}
	if m.focus == inputsPane {
		return m.inputsKey(msg)
	}
	n := len(m.views)
	switch {
	case key.Matches(msg, m.keys.Left):
		return m.show((m.tab + n - 1) % n), nil
	case key.Matches(msg, m.keys.Right), key.Matches(msg, m.keys.Enter):
		return m.show((m.tab + 1) % n), nil
	case key.Matches(msg, m.keys.Platform):
		if p, ok := m.plats.byKey(msg.String()); ok {
			m.plat = p
		}
		m, _ = m.opened(msg)
		return m, nil
	}
	if next, ok := m.opened(msg); ok {
		return next, nil
	}
	return m.withView(m.shownView().update(msg)), nil
}

// inputsKey moves among the inputs and nudges the selected one.
func (m Model) inputsKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	d := m.current()
	n := len(m.inputs(d))
	switch {
	case key.Matches(msg, m.keys.Up):
		m.field = max(min(m.field, n-1)-1, 0)
	case key.Matches(msg, m.keys.Down):
		m.field = min(m.field+1, n-1)
	case key.Matches(msg, m.keys.Enter):
		return m.startEdit()
	case key.Matches(msg, m.keys.Left), key.Matches(msg, m.keys.Right):
		dir := 1
		if key.Matches(msg, m.keys.Left) {
			dir = -1
		}
		f := m.currentField(d)
		if f.nudge == nil {
			m.status = f.label + " is typed: enter opens it"
			return m, nil
		}
		return m.applyEdits(d, f, f.nudge(d.result, dir, m.pr.cat))
	}
	return m, nil
}

// currentField is the selected input of d. The inputs are d's own (its schedules and flow
// steps have some, provisioned concurrency brings its schedule), so the selection is kept
// to the last of them.
func (m Model) currentField(d *doc) field {
	fs := m.inputs(d)
	return fs[min(m.field, len(fs)-1)]
}
