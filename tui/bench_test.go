package tui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/breakeven/breakeven/workloads"
)

// yearSource is the order pipeline with diurnal traffic: priced over a year of hourly
// buckets, the heaviest keystroke the explorer handles.
func yearSource(tb testing.TB) Source {
	data, err := workloads.ExampleSource("order-pipeline")
	if err != nil {
		tb.Fatal(err)
	}
	data, err = workloads.ApplyEdits(data, shapeNudge(model.Shape{})...)
	if err != nil {
		tb.Fatal(err)
	}
	return Source{Path: "examples/order-pipeline.yaml", Data: data, Example: true}
}

// BenchmarkKeystrokeYear: one nudge of memory on a workload priced over a year of hourly
// buckets (8,760), re-priced and redrawn at 80x24. Budget (issue 6): at most 16 ms. The
// analyses that follow run in the background (the command returned is not run here).
func BenchmarkKeystrokeYear(b *testing.B) { keystrokeYear(b) }

// BenchmarkSevenPlatformFrames: every view of a workload drawn at 80x24 with seven
// platforms, its analyses done (one loop is the eight views). Budget: one frame, 16 ms, a
// view.
func BenchmarkSevenPlatformFrames(b *testing.B) {
	m := press(b, startedSeven(b, 80, 24), "enter")
	b.ReportAllocs()
	for b.Loop() {
		for range m.views {
			m = press(b, m, "right")
			_ = m.View()
		}
	}
}

func keystrokeYear(b *testing.B) {
	year := model.Month{Name: "year", Start: model.StandardMonth().Start, Hours: 8760}
	m := New([]Source{yearSource(b)}, Options{Catalog: catalog(b), Month: year})
	next, _ := m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m = next.(Model)
	m = press(b, m, "enter", "tab", "down", "down", "down")
	b.ReportAllocs()
	dir := "right"
	for b.Loop() {
		next, _ := m.Update(keyMsg(dir))
		m = next.(Model)
		_ = m.View()
		if dir == "right" {
			dir = "left"
		} else {
			dir = "right"
		}
	}
	if m.current().work.Name != "order-pipeline" || m.status == "" || m.status[:7] == "refused" {
		b.Fatalf("status %q", m.status)
	}
}

// BenchmarkFirstFrame: from nothing to the first frame: load the catalog, parse and price
// every built-in example, draw the list at 80x24. Budget (issue 6): at most 100 ms.
func BenchmarkFirstFrame(b *testing.B) {
	var sources []Source
	for _, name := range workloads.ExampleNames() {
		data, err := workloads.ExampleSource(name)
		if err != nil {
			b.Fatal(err)
		}
		sources = append(sources, Source{Path: "examples/" + name + ".yaml", Data: data, Example: true})
	}
	b.ReportAllocs()
	for b.Loop() {
		cat, err := pricing.Load()
		if err != nil {
			b.Fatal(err)
		}
		m := New(sources, Options{Catalog: cat})
		_ = m.View()
	}
}

// BenchmarkKeyWhileAnalysing: a key answered (a nudge re-priced, the frame redrawn at 80x24)
// while the explorer works out the built-in examples' analyses in the background, as it does
// right after launch. The analyses run one at a time on one goroutine, so a key never waits
// for them: budget (issue 12) one frame, 16 ms.
func BenchmarkKeyWhileAnalysing(b *testing.B) {
	var sources []Source
	for _, name := range workloads.ExampleNames() {
		data, err := workloads.ExampleSource(name)
		if err != nil {
			b.Fatal(err)
		}
		sources = append(sources, Source{Path: "examples/" + name + ".yaml", Data: data, Example: true})
	}
	m := New(sources, Options{Catalog: catalog(b)})
	next, _ := m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m = press(b, next.(Model), "enter", "tab", "down", "down", "down")
	// the background worker, as the program runs it: one analysis after another (each
	// command made here, in the model's goroutine, as Update makes them)
	var work []tea.Cmd
	for _, d := range m.docs {
		work = append(work, m.analyze(d))
	}
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := 0; ; i = (i + 1) % len(work) {
			select {
			case <-stop:
				return
			default:
				work[i]()
			}
		}
	}()
	dir := "right"
	for b.Loop() {
		next, _ := m.Update(keyMsg(dir))
		m = next.(Model)
		_ = m.View()
		if dir == "right" {
			dir = "left"
		} else {
			dir = "right"
		}
	}
	close(stop)
	<-done
}
