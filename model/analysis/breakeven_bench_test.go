package analysis

import (
	"runtime"
	"testing"

	"github.com/breakeven/breakeven/model"
)

// BenchmarkBreakEvenTraffic solves the traffic break-evens of every pair of platforms for one
// workload with a diurnal shape, and its cost curve. Budget (issue 5): at most 5 ms for one
// workload's break-even.
func BenchmarkBreakEvenTraffic(b *testing.B) {
	cat := catalog(b)
	w := mobileBackend()
	w.Traffic.Shape = model.Shape{Kind: model.Diurnal, PeakToAverage: dec("2.5"), PeakHour: 14, TimeZone: "Europe/Berlin"}
	b.ReportAllocs()
	for b.Loop() {
		breakEvensOf(w, VaryTraffic, cat, model.StandardMonth(), 1)
	}
}

// BenchmarkBreakEvensAll solves every break-even of one workload: traffic, duration and
// memory for every pair of platforms, and the cost curve. Budget (issue 12): at most 2 ms.
func BenchmarkBreakEvensAll(b *testing.B) {
	cat := catalog(b)
	w := mobileBackend()
	w.Traffic.Shape = model.Shape{Kind: model.Diurnal, PeakToAverage: dec("2.5"), PeakHour: 14, TimeZone: "Europe/Berlin"}
	b.ReportAllocs()
	for b.Loop() {
		breakEvens(w, cat, model.StandardMonth(), runtime.GOMAXPROCS(0))
	}
}
