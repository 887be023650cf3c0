package model

import "testing"

// yearOfHours is BenchmarkPriceYearOfHours's input: a diurnal mobile backend in Berlin time with
// a launch burst, priced over a year of hours. The benchmarks below time each per-hour part of
// that pricing alone, so that a regression in the whole is traced to its part (the fleets'
// sizing is timed in package fargate, BenchmarkYearFleets; Lambda's cold starts, throttling
// and concurrency in package lambda, BenchmarkYearColdStarts and BenchmarkYearThrottleAndConcurrency).
func yearOfHours() (Workload, Month) {
	w := mobileBackend()
	w.Traffic.Shape = Shape{Kind: Diurnal, PeakToAverage: dec("2.5"), PeakHour: 14, TimeZone: "Europe/Berlin",
		Bursts: []Burst{{Name: "launch", Multiplier: dec("4"), HoursPerMonth: 12}}}
	return w, Month{Name: "year", Start: StandardMonth().Start, Hours: 8760}
}

// BenchmarkYearExpand times the traffic spread into the year's hours and their classes, as a
// pricing after the first finds it: remembered (demand.Expand).
func BenchmarkYearExpand(b *testing.B) {
	w, year := yearOfHours()
	for b.Loop() {
		w.Traffic.Expand(year)
	}
}

// BenchmarkYearSpreadAfresh times the same spread worked out afresh, as the first pricing of a
// shape over a month does. Budget: a part of BenchmarkPriceYearOfHours' 0.3 ms (issue 12), at
// most 0.1 ms on an idle machine; about 0.2 ms, 195 KB measured on a loaded 2-core machine.
func BenchmarkYearSpreadAfresh(b *testing.B) {
	w, year := yearOfHours()
	total := w.Traffic.MonthlyRequests(year.Hours)
	for b.Loop() {
		sw, err := w.Traffic.Shape.SpreadOver(year)
		if err != nil {
			b.Fatal(err)
		}
		sw.Spread(total)
	}
}

// BenchmarkYearTotalRequests times the year's requests summed.
func BenchmarkYearTotalRequests(b *testing.B) {
	w, year := yearOfHours()
	h, _ := w.Traffic.Expand(year)
	for b.Loop() {
		totalRequests(h.Requests)
	}
}
