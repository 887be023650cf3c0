package lambda

import (
	"testing"

	"github.com/breakeven/breakeven/model"
)

// BenchmarkYearColdStarts times the warm pool followed through the year.
func BenchmarkYearColdStarts(b *testing.B) {
	w, year := yearOfHours()
	h, _ := w.Traffic.Expand(year)
	for b.Loop() {
		coldStarts(w, h.Requests, h.Classes, nil, dec("120"), false)
	}
}

// BenchmarkYearThrottleAndConcurrency times throttling and peak concurrency, hour by hour.
func BenchmarkYearThrottleAndConcurrency(b *testing.B) {
	w, year := yearOfHours()
	h, _ := w.Traffic.Expand(year)
	pk := model.NewPeakWindow(w.Traffic.PeakPercentile, 120)
	for b.Loop() {
		lambdaThrottling(h.Requests, h.Classes, 120, 1000, pk)
		lambdaConcurrency(h.Requests, h.Classes, 120)
	}
}
