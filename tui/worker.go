package tui

import (
	"bytes"
	"slices"

	tea "charm.land/bubbletea/v2"
)

// The explorer works out the analyses (breakeven compare) of its workloads in the background
// one at a time, on one goroutine (model.CompareOptions.Serial), so that a key is answered at
// once whatever is being worked out: the selected workload's analyses first, then the others
// in file order. A workload waits at most once, for its latest text; an analysis whose text
// changed while it ran is dropped when it arrives, and its workload waits again.
type analysisQueue struct {
	waiting []*doc
	busy    bool
}

// startAnalysesMsg starts the analyses of every valid workload (Init sends it).
type startAnalysesMsg struct{}

// add puts d in the queue when it is valid, not waiting already, and its analysis is not for
// its current text.
func (q analysisQueue) add(d *doc) analysisQueue {
	if !d.valid() || slices.Contains(q.waiting, d) || (d.analysis != nil && bytes.Equal(d.analysisFor, d.text)) {
		return q
	}
	q.waiting = append(slices.Clone(q.waiting), d)
	return q
}

// nextAnalysis starts the next waiting analysis when none is running: the selected workload's
// when it waits, else the first.
func (m Model) nextAnalysis() (Model, tea.Cmd) {
	if m.work.busy || len(m.work.waiting) == 0 {
		return m, nil
	}
	i := 0
	if cur := m.current(); cur != nil {
		if j := slices.Index(m.work.waiting, cur); j >= 0 {
			i = j
		}
	}
	d := m.work.waiting[i]
	m.work.waiting = slices.Delete(slices.Clone(m.work.waiting), i, i+1)
	if d.analysis != nil && bytes.Equal(d.analysisFor, d.text) {
		return m.nextAnalysis() // worked out meanwhile
	}
	m.work.busy = true
	return m, m.analyze(d)
}

// analyze works out d's comparison in the background for its current text.
func (m Model) analyze(d *doc) tea.Cmd {
	w, text, pr := d.work, d.text, m.pr
	return func() tea.Msg { return analysisMsg{d: d, text: text, cmp: pr.compare(w)} }
}
