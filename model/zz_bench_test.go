package model

import "testing"

func yearW() (Workload, Month) {
	w := mobileBackend()
	w.Traffic.Shape = Shape{Kind: Diurnal, PeakToAverage: dec("2.5"), PeakHour: 14, TimeZone: "Europe/Berlin",
		Bursts: []Burst{{Name: "launch", Multiplier: dec("4"), HoursPerMonth: 12}}}
	return w, Month{Name: "year", Start: StandardMonth().Start, Hours: 8760}
}

func BenchmarkZZ1Expand(b *testing.B) {
	w, year := yearW()
	for b.Loop() {
		w.Traffic.Expand(year)
	}
}

func BenchmarkZZ2Cold(b *testing.B) {
	w, year := yearW()
	h, _ := w.Traffic.Expand(year)
	for b.Loop() {
		coldStarts(w, h.Requests, h.classes, nil, dec("120"))
	}
}

func BenchmarkZZ3Throttle(b *testing.B) {
	w, year := yearW()
	h, _ := w.Traffic.Expand(year)
	pk := newPeakWindow(w.Traffic.PeakPercentile, 120)
	for b.Loop() {
		lambdaThrottling(h.Requests, h.classes, 120, 1000, pk)
		lambdaConcurrency(h.Requests, h.classes, 120)
	}
}

func BenchmarkZZ4Fleets(b *testing.B) {
	w, year := yearW()
	cat := catalog(b)
	w = resolveDefaults(w, cat)
	h, _ := w.Traffic.Expand(year)
	pk := newPeakWindow(w.Traffic.PeakPercentile, 120)
	pk.seen = h.classes
	for b.Loop() {
		peaks := pk.counts(h.Requests)
		fargateEstimate(w, peaks, pk.windowMs, cat)
		ec2Estimate(w, h.Requests, peaks, pk.windowMs, cat)
	}
}

func BenchmarkZZ5Sum(b *testing.B) {
	w, year := yearW()
	h, _ := w.Traffic.Expand(year)
	for b.Loop() {
		totalRequests(h.Requests)
	}
}
