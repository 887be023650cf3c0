package tui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/breakeven/breakeven/model"
	"github.com/charmbracelet/x/ansi"
)

// inputsWidth is the inputs pane's width beside the content, when the terminal is wide enough
// (wideLayout columns); narrower, the inputs pane takes the content's place when focused.
const (
	inputsWidth = 34
	wideLayout  = 110
)

// View draws the explorer: a header, the screen, the status line and the focused pane's keys.
func (m Model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "breakeven"
	return v
}

// render is the whole screen as text, exactly m.height lines of at most m.width cells.
func (m Model) render() string {
	w, h := max(m.width, 20), max(m.height, 6)
	header := m.header()
	status := m.statusLines(w)
	helpLine := m.helpLine(w)
	bodyHeight := h - 2 - len(status)
	var body string
	switch {
	case m.mode == modeHelp:
		body = m.fullHelp(w, bodyHeight)
	case m.mode == modeChoose:
		body = m.chooserView(w)
	case m.screen == listScreen:
		body = m.listView(w, bodyHeight)
	default:
		body = m.detailView(w, bodyHeight)
	}
	lines := []string{fit(header, w)}
	lines = append(lines, block(body, w, bodyHeight)...)
	lines = append(lines, status...)
	lines = append(lines, fit(helpLine, w))
	return strings.Join(lines, "\n")
}

// fit cuts or pads one line to exactly w cells.
func fit(s string, w int) string {
	s = ansi.Truncate(s, w, "…")
	if n := ansi.StringWidth(s); n < w {
		s += strings.Repeat(" ", w-n)
	}
	return s
}

// block is text as exactly h lines of w cells.
func block(text string, w, h int) []string {
	lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
	out := make([]string, h)
	for i := range out {
		if i < len(lines) {
			out[i] = fit(lines[i], w)
		} else {
			out[i] = strings.Repeat(" ", w)
		}
	}
	return out
}

func (m Model) header() string {
	valid := 0
	for _, d := range m.docs {
		if d.valid() {
			valid++
		}
	}
	count := fmt.Sprintf("%d workload", valid)
	if valid != 1 {
		count += "s"
	}
	if bad := len(m.docs) - valid; bad > 0 {
		count += fmt.Sprintf(", %d invalid", bad)
	}
	return m.st.title.Render("breakeven") + m.st.dim.Render(fmt.Sprintf(" · %s · %s · %s %s", count, m.pr.month.Name, m.pr.cat.Name, m.pr.cat.AsOf))
}

// statusLines are the status, wrapped to at most two lines of w cells: the filter or the
// value being typed (with the reason it was refused above it), the question waiting for an
// answer, or what the last key did.
func (m Model) statusLines(w int) []string {
	switch m.mode {
	case modeFilter:
		return []string{fit(m.filter.View(), w)}
	case modeEdit:
		input := fit(m.currentField(m.current()).label+" "+m.input.View(), w)
		if m.refusal == "" {
			return []string{input}
		}
		return append(wrapped("refused: "+m.refusal, w, m.st.bad), input)
	case modeConfirm:
		return wrapped(m.confirm.question, w, m.st.status)
	case modeQuit:
		return wrapped(m.status, w, m.st.bad)
	}
	return wrapped(m.status, w, m.st.status)
}

// statusRows is the most lines a status takes before it is cut.
const statusRows = 2

// wrapped is text broken into at most statusRows lines of w cells in style st, the last cut
// with "…" when there is more.
func wrapped(text string, w int, st lipgloss.Style) []string {
	lines := strings.Split(wrapText(text, w, "  "), "\n")
	if len(lines) > statusRows {
		lines = append(lines[:statusRows-1], ansi.Truncate(strings.Join(lines[statusRows-1:], " "), w, "…"))
	}
	for i, l := range lines {
		lines[i] = fit(st.Render(l), w)
	}
	return lines
}

// helpLine shows the keys of the focused pane.
func (m Model) helpLine(w int) string {
	hm := help.New()
	hm.SetWidth(w)
	k := m.keys
	var b []key.Binding
	switch {
	case m.mode == modeFilter:
		b = []key.Binding{bind("enter", "keep filter"), bind("esc", "clear")}
	case m.mode == modeEdit:
		b = []key.Binding{bind("enter", "apply"), bind("esc", "cancel")}
	case m.mode == modeConfirm:
		b = []key.Binding{k.Yes, k.No}
	case m.mode == modeExport:
		b = []key.Binding{bind("m", "markdown"), bind("j", "json"), bind("esc", "cancel")}
	case m.mode == modeHelp:
		b = []key.Binding{bind("any key", "close help")}
	case m.mode == modeQuit:
		b = []key.Binding{bind("s", "save and quit"), bind("d", "discard and quit"), bind("esc", "stay")}
	case m.mode == modeChoose:
		b = []key.Binding{bind("↑/↓", "move"), bind("space", "mark"), bind("enter", "show marked"), bind("w", "workloads' own"), bind("esc", "cancel")}
	case m.screen == listScreen:
		b = []key.Binding{k.Up, k.Down, bind("enter", "open"), k.Filter, k.Choose, k.Help, k.Quit}
	case m.focus == inputsPane:
		b = []key.Binding{k.Up, k.Down, bind("←/→", "nudge"), bind("enter", "type"), k.Undo, k.Save, bind("tab", "views"), k.Quit}
	default:
		b = []key.Binding{bind("←/→", "view")}
		b = append(b, m.shownView().shortHelp()...)
		b = append(b, bind("tab", "inputs"), k.Edit, k.Pin, k.Undo, k.Save, k.Export, k.Choose, k.Back, k.Help, k.Quit)
	}
	return hm.ShortHelpView(b)
}

func bind(keys, desc string) key.Binding {
	return key.NewBinding(key.WithKeys(keys), key.WithHelp(keys, desc))
}

// keyColumn is the width of the full help's column of keys.
const keyColumn = 10

// fullHelp lists every key, for ?, in h lines: the blank lines between its parts go first
// when there are more (seven platforms' names take two).
func (m Model) fullHelp(w, h int) string {
	rows := [][2]string{
		{"↑/↓ or k/j", "move in a list; scroll a view"},
		{"←/→ or h/l", "previous/next view; on an input, nudge it down/up"},
		{"enter", "open a workload; type an input's value"},
		{"esc", "back: inputs to views, views to the list; cancel"},
		{"tab", "move between the view and the inputs"},
		{"/", "filter the workloads by name"},
		{"e", "edit: the inputs, the selected one typed"},
		{"u", "undo the last edit"},
		{"p", "pin the workload as scenario A; the A/B view compares"},
		m.plats.helpRow(),
		{"c", "choose the platforms shown and exported"},
		{"s", "save the file (an example: a copy here); asks if it changed on disk"},
		{"x", "export this view as markdown or JSON"},
		{"?", "this help"},
		{"q, ctrl+c", "quit; with unsaved edits it asks: save, discard or stay"},
		{"mouse", "wheel scrolls; click selects, again opens; click a view's name"},
	}
	var keys strings.Builder
	for _, r := range rows {
		desc := strings.TrimPrefix(wrapText(strings.Repeat(" ", keyColumn+3)+r[1], w, strings.Repeat(" ", keyColumn+5)), strings.Repeat(" ", keyColumn+3))
		fmt.Fprintf(&keys, "  %s %s\n", m.st.key.Render(r[0])+strings.Repeat(" ", max(keyColumn-ansi.StringWidth(r[0]), 0)), desc)
	}
	parts := []string{m.st.bold.Render("Keys"), strings.TrimRight(keys.String(), "\n"),
		"Every edit goes through the workload format's checks: what it refuses is not\napplied, and the status line says why. Saving keeps comments and key order."}
	text := strings.Join(parts, "\n\n")
	if strings.Count(text, "\n") >= h {
		text = strings.Join(parts, "\n")
	}
	return text
}

// listView is the workloads with each shown platform's monthly cost, the cheapest marked,
// and the portfolio. When the platforms' columns are wider than the screen, those that fit
// are shown from the one ←/→ moved to, and a line says which of how many.
func (m Model) listView(w, h int) string {
	var b, tail strings.Builder
	plats, from, to := m.listColumns(w)
	if to-from < len(plats) {
		tail.WriteString(m.st.dim.Render(fmt.Sprintf("%s to %s of %d platforms · ←/→ the others · c chooses", plats[from].Name(), plats[to-1].Name(), len(plats))) + "\n")
	}
	if d := m.current(); d != nil && !d.valid() {
		tail.WriteString("\n" + m.st.bad.Render(oneLine(d.problems)) + "\n")
	}
	tail.WriteString("\n" + wrapText(m.portfolioText(), w, "  "))
	// the rows that fit above the tail (the portfolio whole), scrolled to keep the selection
	room := max(h-2-strings.Count(tail.String(), "\n"), 1)
	top := max(0, m.sel+1-room)
	rows, right := m.listRows(plats[from:to])
	for i, line := range columns(rows, right) {
		if i > 0 && (i-1 < top || i-1 >= top+room) {
			continue
		}
		if i-1 == m.sel && i > 0 {
			line = m.st.selected.Render(line)
		}
		b.WriteString(line + "\n")
	}
	b.WriteString(tail.String())
	return b.String()
}

// listRows are the list's table: the head, then a row for each visible doc with the cost on
// each of plats and its cheapest; right says which columns are right-aligned.
func (m Model) listRows(plats []model.Platform) ([][]string, []bool) {
	head, right := []string{"  Workload"}, []bool{false}
	for _, p := range plats {
		head, right = append(head, p.Name()), append(right, true)
	}
	rows := [][]string{append(head, "Cheapest")}
	right = append(right, false)
	for i, d := range m.visible() {
		mark := "  "
		if i == m.sel {
			mark = "▸ "
		}
		if !d.valid() {
			row := append([]string{mark + "✗ " + d.name()}, make([]string, len(plats))...)
			rows = append(rows, append(row, "invalid"))
			continue
		}
		name := d.name()
		if d.dirty() {
			name += " *"
		}
		row := []string{mark + name}
		for _, p := range plats {
			row = append(row, costText(d.result, p))
		}
		rows = append(rows, append(row, cheapestText(d.result)))
	}
	return rows, right
}

// listColumns are the list's platforms (those any workload is shown on) and the stretch
// [from, to) of them that fits w cells beside the names and the cheapest, from the one ←/→
// moved to (m.listFrom), moved back while the last ones leave room.
func (m Model) listColumns(w int) (plats []model.Platform, from, to int) {
	plats = model.ShownOnAny(validResults(m.docs))
	if len(plats) == 0 {
		plats = m.plats.platforms()
	}
	rows, _ := m.listRows(plats)
	widths := make([]int, len(rows[0]))
	for _, r := range rows {
		for i, c := range r {
			widths[i] = max(widths[i], ansi.StringWidth(c))
		}
	}
	fits := func(from, to int) bool {
		total := widths[0] + 2 + widths[len(widths)-1]
		for i := from; i < to; i++ {
			total += widths[1+i] + 2
		}
		return total <= w || to-from <= 1
	}
	from = min(max(m.listFrom, 0), len(plats)-1)
	for from > 0 && fits(from-1, len(plats)) {
		from--
	}
	to = from + 1
	for to < len(plats) && fits(from, to+1) {
		to++
	}
	return plats, from, to
}

// cheapestText is the list's cheapest cell: the platform and its bill (marked "?" when
// incomplete, as costText marks it), seen when its column is not (the columns that fit are
// fewer than the platforms).
func cheapestText(r model.WorkloadResult) string {
	if r.Cheapest == "" {
		return ""
	}
	e := r.Estimate(r.Cheapest)
	s := r.Cheapest.Name() + " " + money(e.MonthlyCost)
	if !e.Complete() {
		s += "?"
	}
	return s
}

// costText is a platform's monthly cost as a list cell, the cheapest starred and an
// incomplete estimate (a line without a rate) marked "?".
func costText(r model.WorkloadResult, p model.Platform) string {
	e := r.Estimate(p)
	if !e.Feasible {
		return "-"
	}
	s := money(e.MonthlyCost)
	if !e.Complete() {
		s += "?"
	}
	if p == r.Cheapest {
		s += "*"
	}
	return s
}

func (m Model) portfolioText() string {
	var parts []string
	shown := model.ShownOnAny(validResults(m.docs))
	for _, t := range m.port.Platforms {
		if len(shown) > 0 && !slices.Contains(shown, t.Platform) {
			continue
		}
		parts = append(parts, fmt.Sprintf("%s %s", t.Platform.Name(), money(t.MonthlyCost)))
	}
	return "Portfolio: " + strings.Join(parts, " · ") + " · each on cheapest " + money(m.port.CheapestMix)
}

// columns aligns rows in columns two spaces apart; right says which are right-aligned.
func columns(rows [][]string, right []bool) []string {
	widths := make([]int, len(right))
	for _, r := range rows {
		for i, c := range r {
			widths[i] = max(widths[i], ansi.StringWidth(c))
		}
	}
	out := make([]string, len(rows))
	for k, r := range rows {
		var line strings.Builder
		for i, c := range r {
			if i > 0 {
				line.WriteString("  ")
			}
			gap := strings.Repeat(" ", widths[i]-ansi.StringWidth(c))
			if right[i] {
				line.WriteString(gap + c)
			} else {
				line.WriteString(c + gap)
			}
		}
		out[k] = strings.TrimRight(line.String(), " ")
	}
	return out
}

// detailView is the open workload: its title, the views' tabs, and the view (with the inputs
// beside it on a wide terminal, or in its place when they have the focus).
func (m Model) detailView(w, h int) string {
	d := m.current()
	if d == nil {
		return "no workload selected"
	}
	if !d.valid() { // the list does not open one, but never draw views of nothing
		return wrapText(d.name()+" does not open: fix its problems first\n"+d.problems, w, "  ")
	}
	var b strings.Builder
	title := d.work.Name
	if d.dirty() {
		title += " (modified)"
	}
	cheap := d.result.Cheapest
	fmt.Fprintf(&b, "%s  %s  %s\n", m.st.bold.Render(title), d.work.Region, m.st.dim.Render(d.src.Path))
	if cheap != "" {
		b.Reset()
		head := fmt.Sprintf("%s  %s  cheapest %s %s", m.st.bold.Render(title), d.work.Region,
			m.st.cheapest.Render(cheap.Name()), money(d.result.Estimate(cheap).MonthlyCost))
		if path := "  " + d.src.Path; ansi.StringWidth(head+path) <= w { // the path is left out rather than cut
			head += m.st.dim.Render(path)
		}
		b.WriteString(head + "\n")
	}
	b.WriteString(m.tabs() + "\n")
	bodyH := h - 2
	switch {
	case w >= wideLayout:
		cw := w - inputsWidth - 1
		content := block(m.shownView().setSize(cw, bodyH).view(m.scene(d)), cw, bodyH)
		inputs := block(m.inputsView(d, inputsWidth, bodyH), inputsWidth, bodyH)
		for i := range content {
			b.WriteString(content[i] + "│" + inputs[i] + "\n")
		}
	case m.focus == inputsPane:
		b.WriteString(m.inputsView(d, w, bodyH))
	default:
		b.WriteString(m.shownView().setSize(w, bodyH).view(m.scene(d)))
	}
	return b.String()
}

// inputsView lists the inputs with their values in h lines, the selected one marked; a list
// longer than the pane scrolls to keep the selection in view and says how many more there
// are above and below.
func (m Model) inputsView(d *doc, w, h int) string {
	fs := m.inputs(d)
	sel := min(m.field, len(fs)-1)
	var b strings.Builder
	head := "Inputs"
	if m.focus == inputsPane {
		head = m.st.activeTab.Render("Inputs") + m.st.dim.Render("  ←/→ nudge, enter type")
	}
	b.WriteString(head + "\n")
	note := ""
	if d.pinned != nil {
		note = m.st.dim.Render("\nA/B: A is "+d.pinned.label+", B as edited") + "\n"
	}
	top, end := inputsWindow(len(fs), sel, max(h-1-strings.Count(note, "\n"), 3))
	if top > 0 {
		b.WriteString(m.st.dim.Render(fmt.Sprintf("  ↑ %d more", top)) + "\n")
	}
	for i := top; i < end; i++ {
		f := fs[i]
		mark := "  "
		line := fmt.Sprintf("%-*s %s", labelWidth, f.label, f.value(d.result))
		if i == sel {
			mark = "▸ "
			if m.focus == inputsPane {
				line = m.st.selected.Render(line)
			}
		}
		b.WriteString(mark + line + "\n")
	}
	if end < len(fs) {
		b.WriteString(m.st.dim.Render(fmt.Sprintf("  ↓ %d more", len(fs)-end)) + "\n")
	}
	b.WriteString(note)
	return b.String()
}

// inputsWindow is the stretch [top, end) of n inputs shown in rows lines with sel among
// them: all when they fit, else as many as fit beside a line saying how many more are above
// (when top > 0) and one for those below (when end < n), the selection in the middle once
// it is away from both ends.
func inputsWindow(n, sel, rows int) (top, end int) {
	switch {
	case n <= rows:
		return 0, n
	case sel < rows-1:
		return 0, rows - 1
	case sel >= n-(rows-1):
		return n - (rows - 1), n
	}
	top = sel - (rows-2)/2
	return top, top + rows - 2
}
