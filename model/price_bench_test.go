package model

import "testing"

// BenchmarkPriceOneWorkload prices one workload on Lambda, Fargate and EC2, defaults
// included. Budget (issue 2): well under a millisecond; issue 3's budget for a year of hourly
// buckets is 1 ms per workload on a CI machine.
func BenchmarkPriceOneWorkload(b *testing.B) {
	cat := catalog(b)
	w := []Workload{mobileBackend()}
	b.ReportAllocs()
	for b.Loop() {
		Price(w, cat, Options{})
	}
}

// BenchmarkPriceDefaultedWorkload prices a workload whose container and instance sizing are
// left to the engine, which searches the catalog for them.
func BenchmarkPriceDefaultedWorkload(b *testing.B) {
	cat := catalog(b)
	w := mobileBackend()
	w.SetSettings(PlatformFargate, FargateConfig{Architecture: X86_64, EphemeralStorageGB: 20, Fleet: Fleet{Min: 1}})
	w.SetSettings(PlatformEC2, EC2Config{Fleet: Fleet{Min: 1}, Purchase: OnDemand})
	b.ReportAllocs()
	for b.Loop() {
		Price([]Workload{w}, cat, Options{})
	}
}

// BenchmarkPriceYearOfHours prices one diurnal workload with bursts over a full year of
// hourly buckets (8,760) on all platforms. Budget (issue 12): at most 0.3 ms, with no decimal
// operation per bucket.
func BenchmarkPriceYearOfHours(b *testing.B) {
	cat := catalog(b)
	w := mobileBackend()
	w.Traffic.Shape = Shape{Kind: Diurnal, PeakToAverage: dec("2.5"), PeakHour: 14, TimeZone: "Europe/Berlin",
		Bursts: []Burst{{Name: "launch", Multiplier: dec("4"), HoursPerMonth: 12}}}
	year := Month{Name: "year", Start: StandardMonth().Start, Hours: 8760}
	b.ReportAllocs()
	for b.Loop() {
		Price([]Workload{w}, cat, Options{Month: year})
	}
}

// BenchmarkPriceFlow prices an order pipeline (sync call, queue and batch worker, topic and
// subscriber, HTTP API, logs, network, X-Ray, retries with a dead-letter queue) with a
// nightly schedule, on all platforms: the flow, what retries cost (priced again without
// failures) and the merge candidate (priced again merged). Issue 4 names no budget; it is
// held to issue 3's 1 ms per workload for a 730-hour month.
func BenchmarkPriceFlow(b *testing.B) {
	cat := catalog(b)
	w := orderPipeline()
	b.ReportAllocs()
	for b.Loop() {
		Price([]Workload{w}, cat, Options{})
	}
}
