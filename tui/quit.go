package tui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
)

// Quitting with unsaved edits asks first: s saves every workload with edits (an example's
// copy as s does) and quits once all are written, d quits without them, esc stays. A save
// that fails keeps the explorer open with the reason; one that finds its file changed on
// disk asks, as s does, and a no keeps it open too.

// quit quits at once when nothing is unsaved, else asks what to do with the edits.
func (m Model) quit() (tea.Model, tea.Cmd) {
	unsaved := m.unsaved()
	if len(unsaved) == 0 {
		return m, tea.Quit
	}
	m.input.Blur()
	m.filter.Blur()
	m.mode, m.refusal = modeQuit, ""
	what := unsaved[0] + " has unsaved edits"
	if len(unsaved) > 1 {
		what = fmt.Sprintf("%d workloads have unsaved edits (%s)", len(unsaved), strings.Join(unsaved, ", "))
	}
	m.status = what + ": s save and quit, d discard and quit, esc stay"
	return m, nil
}

// unsaved names the workloads with edits not yet saved, in file order.
func (m Model) unsaved() []string {
	var names []string
	for _, d := range m.docs {
		if d.valid() && d.dirty() {
			names = append(names, d.name())
		}
	}
	return names
}

// quitKey answers the question quit asks. Any other key, ctrl+c and q too, leaves the
// question as it is: only d discards.
func (m Model) quitKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch msg.String() {
	case "s":
		m.mode, m.quitting = modeNormal, true
		return m.saveNextAndQuit()
	case "d":
		return m, tea.Quit
	case "esc":
		m.mode, m.status = modeNormal, "not quitting: the edits are still unsaved"
	}
	return m, nil
}

// saveNextAndQuit saves the first workload with unsaved edits, one at a time so that a
// question about one (its file changed on disk) is not lost under another's, and quits once
// none is left.
func (m Model) saveNextAndQuit() (tea.Model, tea.Cmd) {
	for _, d := range m.docs {
		if d.valid() && d.dirty() {
			m.status = "saving " + d.savePath() + "..."
			return m, m.save(d, false)
		}
	}
	return m, tea.Quit
}

// stayOpen gives up quitting after a save that did not happen, saying why.
func (m Model) stayOpen(why string) Model {
	if m.quitting {
		why += "; not quitting"
	}
	m.quitting, m.status = false, why
	return m
}
