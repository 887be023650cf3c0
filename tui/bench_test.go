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
func BenchmarkKeystrokeYear(b *testing.B) {
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
