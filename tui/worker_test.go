package tui

import (
	"strings"
	"testing"
	"time"
)

// TestAnalysesRunOneAtATime: the explorer starts one analysis, the selected workload's, and
// the next only when it arrives; an analysis for text edited meanwhile is dropped and the
// workload waits again.
func TestAnalysesRunOneAtATime(t *testing.T) {
	m := New(exampleSources(t), Options{Catalog: catalog(t)})
	m.sel = 1 // mobile-backend
	next, cmd := m.Update(startAnalysesMsg{})
	m = next.(Model)
	if cmd == nil || m.work.running == nil || len(m.work.waiting) != 2 {
		t.Fatalf("running %v, %d waiting, want one started and the other two valid ones waiting", m.work.running != nil, len(m.work.waiting))
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
	if cmd == nil || m.work.running == nil || len(m.work.waiting) != 1 {
		t.Fatalf("after the stale result: running %v, %d waiting", m.work.running != nil, len(m.work.waiting))
	}
	// The edit's settle tick queues the workload again, behind the one running.
	next, _ = m.Update(analyzeMsg{d: d, text: d.text})
	if m = next.(Model); len(m.work.waiting) != 2 {
		t.Errorf("%d waiting after the edit settled, want 2", len(m.work.waiting))
	}
}

// TestWaitingViewsSayWhatTheyWaitFor: a view waiting for an analysis says whose is being
// worked out, for how long, and how many workloads are done and waiting; while it waits a
// progress tick keeps coming, and once the analysis is in the view draws it and the ticks
// stop.
func TestWaitingViewsSayWhatTheyWaitFor(t *testing.T) {
	m := New(exampleSources(t), Options{Catalog: catalog(t)})
	m.sel = 1 // mobile-backend, whose analyses start first
	next, work := m.Update(startAnalysesMsg{})
	m = next.(Model)
	m.screen, m.tab = detailScreen, viewIndex(t, m, "Break-even")
	want := "Working out the break-evens for mobile-backend...\n0 of 3 workloads done, 2 waiting."
	if got := drawn(m, 80, 20); got != want {
		t.Errorf("the running one's view:\n%s\nwant:\n%s", got, want)
	}
	m.sel = 0 // flat-api waits behind it
	next, tick := m.Update(progressMsg(m.work.started.Add(3400 * time.Millisecond)))
	m = next.(Model)
	m.tab = viewIndex(t, m, "Advice")
	want = "Waiting to work out the recommendations for flat-api: mobile-backend's analyses\nare being worked out first, 3s so far; flat-api is next.\n0 of 3 workloads done, 2 waiting."
	if got := drawn(m, 80, 20); got != want {
		t.Errorf("a waiting one's view:\n%s\nwant:\n%s", got, want)
	}
	if tick == nil || !m.work.ticking {
		t.Error("no progress tick while the view waits")
	}
	view := plain(m)
	checkSize(t, "waiting", view, 80, 24)
	golden(t, "advice-waiting", view)
	// mobile-backend's analyses arrive; flat-api's start, and the view says so.
	next, _ = m.Update(work().(analysisMsg))
	m = next.(Model)
	if m.work.running != m.current() || !strings.HasPrefix(drawn(m, 80, 20), "Working out the recommendations for flat-api...\n1 of 3 workloads done, 1 waiting.") {
		t.Errorf("after the first: %s", drawn(m, 80, 20))
	}
	m.sel = 1 // back on mobile-backend, whose view no longer waits: the ticks stop
	next, tick = m.Update(progressMsg(time.Now()))
	if m = next.(Model); m.waiting() || m.work.ticking || tick != nil {
		t.Errorf("waiting %v, ticking %v on a view that has its analysis", m.waiting(), m.work.ticking)
	}
}
