package tui

import (
	"bytes"
	"fmt"
	"slices"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/analysis"
)

// The explorer works out the analyses (breakeven compare) of its workloads in the background
// one at a time, on one goroutine (analysis.CompareOptions.Serial), so that a key is answered at
// once whatever is being worked out: the selected workload's analyses first, then the others
// in file order. A workload waits at most once, for its latest text; an analysis whose text
// changed while it ran is dropped when it arrives, and its workload waits again. Once none
// waits, the same worker works out the portfolio's commitment (replan), when it is not for
// every valid workload's current text.
type analysisQueue struct {
	waiting []*doc
	running *doc // whose analyses are being worked out (nil: none)
	// started is when running's began, elapsed how long ago that was at the last progress
	// tick: what a view waiting for them says.
	started time.Time
	elapsed time.Duration
	// ticking says a progress tick is on its way.
	ticking bool
	// plan is the portfolio's Compute Savings Plan commitment, worked out once the queue
	// drains (nil before the first); planning says it is being worked out, the worker busy.
	plan     *portfolioPlan
	planning bool
}

// portfolioPlan is the Compute Savings Plan commitment of every valid workload together
// (analysis.PlanCommitment, breakeven commit's plan), and the docs, texts and chosen
// platforms (the chooser's, as --platforms chooses them for breakeven commit) it is for.
type portfolioPlan struct {
	plan      analysis.CommitPlan
	docs      []*doc
	texts     [][]byte
	platforms []model.Platform
}

// planFor is the portfolio's plan when it is for docs' current texts (nil while it is
// worked out).
func (q analysisQueue) planFor(docs []*doc) *analysis.CommitPlan {
	p := q.plan
	if p == nil {
		return nil
	}
	i := 0
	for _, d := range docs {
		if !d.valid() {
			continue
		}
		if i >= len(p.docs) || p.docs[i] != d || !bytes.Equal(p.texts[i], d.text) {
			return nil
		}
		i++
	}
	if i != len(p.docs) {
		return nil
	}
	return &p.plan
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

// nextAnalysis starts the next waiting analysis when the worker is free: the selected
// workload's when it waits, else the first; with none waiting, the portfolio's commitment
// when it is out of date (replan).
func (m Model) nextAnalysis() (Model, tea.Cmd) {
	if m.work.running != nil || m.work.planning {
		return m, nil
	}
	if len(m.work.waiting) == 0 {
		return m.replan()
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
	m.work.running, m.work.started, m.work.elapsed = d, time.Now(), 0
	return m, m.analyze(d)
}

// analyze works out d's comparison in the background for its current text.
func (m Model) analyze(d *doc) tea.Cmd {
	w, text, pr := d.work, d.text, m.pr
	return func() tea.Msg { return analysisMsg{d: d, text: text, platforms: pr.platforms, cmp: pr.compare(w)} }
}

// planMsg carries the portfolio's commitment worked out in the background.
type planMsg struct{ plan *portfolioPlan }

// replan works out the portfolio's commitment in the background, on the same worker, when
// the queue has drained and the plan is not for every valid doc's current text: a
// commitment is the portfolio's, so it waits for the last workload's analysis.
func (m Model) replan() (Model, tea.Cmd) {
	if m.work.planning || m.work.planFor(m.docs) != nil {
		return m, nil
	}
	p := &portfolioPlan{platforms: m.pr.platforms}
	var set []model.Workload
	for _, o := range m.docs {
		if o.valid() {
			p.docs, p.texts, set = append(p.docs, o), append(p.texts, o.text), append(set, m.pr.chosen(o.work))
		}
	}
	if len(set) == 0 {
		return m, nil
	}
	m.work.planning = true
	pr := m.pr
	return m, func() tea.Msg {
		p.plan = analysis.PlanCommitment(set, pr.cat, analysis.CommitOptions{Month: pr.month})
		return planMsg{plan: p}
	}
}

// planned keeps the plan that arrived, when it is for the platforms chosen now (the chooser
// may have changed them while it was worked out), and starts what waits.
func (m Model) planned(msg planMsg) (Model, tea.Cmd) {
	m.work.planning = false
	if slices.Equal(msg.plan.platforms, m.pr.platforms) {
		m.work.plan = msg.plan
	}
	return m.nextAnalysis()
}

// progressMsg is a progress tick: the time it fired.
type progressMsg time.Time

// progressEvery is how often a view waiting for an analysis says how long it has run.
const progressEvery = time.Second

// withProgress adds a progress tick to cmd when the view on screen waits for an analysis
// and none is on its way; each tick while the view still waits asks for the next, so the
// ticks stop when the analysis arrives or the view changes.
func (m Model) withProgress(cmd tea.Cmd) (Model, tea.Cmd) {
	if m.work.ticking || !m.waiting() {
		return m, cmd
	}
	m.work.ticking = true
	tick := tea.Tick(progressEvery, func(t time.Time) tea.Msg { return progressMsg(t) })
	return m, tea.Batch(cmd, tick)
}

// progressed notes how long the running analysis has taken at a tick.
func (m Model) progressed(at time.Time) Model {
	m.work.ticking = false
	if m.work.running != nil {
		m.work.elapsed = at.Sub(m.work.started)
	}
	return m
}

// waiting says the view on screen waits for the open workload's analysis.
func (m Model) waiting() bool {
	d := m.current()
	needs := m.shownView().shows() == showsAnalyses
	return m.screen == detailScreen && m.mode != modeHelp && needs && d != nil && d.valid() && m.analysisOf(d) == nil
}

// analysisOf is d's comparison when it is up to date (nil while it is being worked out).
func (m Model) analysisOf(d *doc) *analysis.Comparison {
	if d.analysis == nil || string(d.analysisFor) != string(d.text) {
		return nil
	}
	return d.analysis
}

// waitingText says what a view waiting for d's analyses waits for (what, such as "the
// break-evens"): whose analyses are being worked out and for how long, and how many
// workloads are done and waiting.
func (m Model) waitingText(d *doc, what string, w int) string {
	done, valid := 0, 0
	for _, o := range m.docs {
		if o.valid() {
			valid++
			if m.analysisOf(o) != nil {
				done++
			}
		}
	}
	queue := fmt.Sprintf("%d of %d workloads done, %d waiting", done, valid, len(m.work.waiting))
	if valid == 1 {
		queue = ""
	}
	running := m.work.running
	took := ""
	if s := m.work.elapsed.Truncate(time.Second); s > 0 {
		took = fmt.Sprintf(", %s so far", s)
	}
	switch {
	case running == d:
		return join(fmt.Sprintf("Working out %s for %s%s...", what, d.name(), took), queue, w)
	case running != nil && slices.Contains(m.work.waiting, d):
		return join(fmt.Sprintf("Waiting to work out %s for %s: %s's analyses are being worked out first%s; %s is next.",
			what, d.name(), running.name(), took, d.name()), queue, w)
	}
	return join(fmt.Sprintf("Working out %s for %s once the last edit settles...", what, d.name()), queue, w)
}

// join puts the progress of the queue, when there is one to tell, on a line of its own
// after text, both wrapped to w cells.
func join(text, queue string, w int) string {
	text = wrapText(text, w, "")
	if queue == "" {
		return text
	}
	return text + "\n" + wrapText(queue+".", w, "")
}

// commitmentOf is the commitment an export of d's analyses carries: the portfolio's when it
// is for every doc's current text, as the Buying view shows it, else d's own.
func (m Model) commitmentOf(d *doc) analysis.CommitPlan {
	if p := m.work.planFor(m.docs); p != nil {
		return *p
	}
	return m.analysisOf(d).Commitment
}
