package model

import "testing"

// benchmarkCountYear counts a year of expr's runs (the 730-hour month averages 8,760 hours)
// with the runs of its 730 hours charted. Budget (issue 4): well under 10 ms for an
// every-minute schedule, 525,600 runs a year.
func benchmarkCountYear(b *testing.B, expr, zone string) {
	s := Schedule{Cron: expr, TimeZone: zone}
	m := StandardMonth()
	b.ReportAllocs()
	for b.Loop() {
		r, err := countScheduleRuns(s, m)
		if err != nil || r.window == 0 {
			b.Fatal(r.window, err)
		}
	}
}

func BenchmarkCountYearEveryMinute(b *testing.B)      { benchmarkCountYear(b, "* * * * *", "") }
func BenchmarkCountYearEveryFiveMinutes(b *testing.B) { benchmarkCountYear(b, "*/5 * * * *", "") }

// In a zone whose local hours straddle two UTC hours each minute is placed on its own.
func BenchmarkCountYearEveryMinuteKathmandu(b *testing.B) {
	benchmarkCountYear(b, "* * * * *", "Asia/Kathmandu")
}

// BenchmarkPriceScheduleYear prices an every-minute schedule on every platform, with the
// event-driven comparison, in the 730-hour month.
func BenchmarkPriceScheduleYear(b *testing.B) {
	cat := catalog(b)
	w := jobsWorkload(Schedule{Name: "poll", Cron: "* * * * *", DurationMs: dec("200"), MemoryMB: 128, Parallel: 1,
		EarlyExitPercent: dec("95"), EarlyExitMs: dec("20"), WorkItemsPerMonth: 1000})
	m := StandardMonth()
	b.ReportAllocs()
	for b.Loop() {
		priceSchedules(w, m, cat)
	}
}
