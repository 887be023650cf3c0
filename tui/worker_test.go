package tui

import (
	"testing"
)

// TestAnalysesRunOneAtATime: the explorer starts one analysis, the selected workload's, and
// the next only when it arrives; an analysis for text edited meanwhile is dropped and the
// workload waits again.
func TestAnalysesRunOneAtATime(t *testing.T) {
	m := New(exampleSources(t), Options{Catalog: catalog(t)})
	m.sel = 1 // mobile-backend
	next, cmd := m.Update(startAnalysesMsg{})
	m = next.(Model)
	if cmd == nil || !m.work.busy || len(m.work.waiting) != 2 {
		t.Fatalf("busy %v, %d waiting, want one started and the other two valid ones waiting", m.work.busy, len(m.work.waiting))
	}
	msg := cmd().(analysisMsg)
	if msg.d != m.docs[1] {
		t.Fatalf("started with %s, want the selected mobile-backend", msg.d.name())
	}
	// The selected workload is edited while its analysis runs: the result is stale.
	d := m.docs[1]
	if err := d.apply(m.pr, one("function.memory_mb", "2048")...); err != nil {
		t.Fatal(err)
	}
	next, cmd = m.Update(msg)
	m = next.(Model)
	if d.analysis != nil {
		t.Error("an analysis of the text before the edit was kept")
	}
	if cmd == nil || !m.work.busy || len(m.work.waiting) != 1 {
		t.Fatalf("after the stale result: busy %v, %d waiting", m.work.busy, len(m.work.waiting))
	}
	// The edit's settle tick queues the workload again, behind the one running.
	next, _ = m.Update(analyzeMsg{d: d, text: d.text})
	if m = next.(Model); len(m.work.waiting) != 2 {
		t.Errorf("%d waiting after the edit settled, want 2", len(m.work.waiting))
	}
}
