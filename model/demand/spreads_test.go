package demand

import (
	"slices"
	"testing"
	"time"

	"github.com/shopspring/decimal"
)

// TestRememberedSpreadAsFresh: Expand, which remembers each shape's spread over a month and
// its latest total's, gives what spreading the shape afresh gives, the first time and again,
// for shapes that differ from one another in each field SpreadOver reads (a key that left one
// out would hand one shape another's hours), over a month and a year.
func TestRememberedSpreadAsFresh(t *testing.T) {
	d := decimal.RequireFromString
	base := Shape{Kind: Diurnal, PeakToAverage: d("2.5"), PeakHour: 14, TimeZone: "Europe/Berlin",
		Bursts: []Burst{{Name: "launch", Multiplier: d("4"), HoursPerMonth: 12}}}
	week := make([]decimal.Decimal, 168)
	for i := range week {
		week[i] = decimal.NewFromInt(int64(1 + i%7))
	}
	variants := []func(*Shape){
		func(*Shape) {},
		func(s *Shape) { s.PeakToAverage = d("3") },
		func(s *Shape) { s.PeakHour = 9 },
		func(s *Shape) { s.TimeZone = "Asia/Kathmandu" },
		func(s *Shape) { s.Bursts[0].Multiplier = d("2") },
		func(s *Shape) { s.Bursts[0].HoursPerMonth = 40 },
		func(s *Shape) {
			s.Bursts[0].HoursPerMonth, s.Bursts[0].Days, s.Bursts[0].StartHour, s.Bursts[0].EndHour = 0, []time.Weekday{time.Friday}, 18, 21
		},
		func(s *Shape) { s.Bursts[0].EndHour = 23 },
		func(s *Shape) { s.Bursts[0].Days = []time.Weekday{time.Monday} },
		func(s *Shape) { s.Bursts = nil },
		func(s *Shape) {
			*s = Shape{Kind: BusinessHours, Days: []time.Weekday{time.Monday, time.Tuesday}, StartHour: 9, EndHour: 17, OffHoursPercent: d("10")}
		},
		func(s *Shape) {
			*s = Shape{Kind: BusinessHours, Days: []time.Weekday{time.Monday, time.Tuesday}, StartHour: 9, EndHour: 17, OffHoursPercent: d("20")}
		},
		func(s *Shape) {
			*s = Shape{Kind: BusinessHours, Days: []time.Weekday{time.Monday, time.Tuesday}, StartHour: 8, EndHour: 17, OffHoursPercent: d("20")}
		},
		func(s *Shape) {
			*s = Shape{Kind: BusinessHours, Days: []time.Weekday{time.Monday, time.Wednesday}, StartHour: 8, EndHour: 18, OffHoursPercent: d("20")}
		},
		func(s *Shape) { *s = Shape{Kind: Weights, Weights: week[:24]} },
		func(s *Shape) { *s = Shape{Kind: Weights, Weights: week} },
		func(s *Shape) { *s = Shape{Kind: Flat} },
	}
	start := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	months := []Month{{Name: "month", Start: start, Hours: 730}, {Name: "year", Start: start, Hours: 8760}, {Name: "later", Start: start.Add(24 * time.Hour), Hours: 730}}
	for round := range 2 { // the second round finds every spread remembered (more than it keeps: some again afresh)
		for i, vary := range variants {
			s := base
			s.Bursts = slices.Clone(base.Bursts)
			vary(&s)
			for _, m := range months {
				for _, total := range []int64{3000000, 3000001} {
					if _, err := Expand(base, m, total); err != nil { // remembered just before: a key missing a field finds it
						t.Fatal(err)
					}
					got, err := Expand(s, m, total)
					if err != nil {
						t.Fatal(err)
					}
					sw, err := s.SpreadOver(m)
					if err != nil {
						t.Fatal(err)
					}
					want := sw.Spread(total)
					if !slices.Equal(got.Requests, want.Requests) || !slices.Equal(got.WeekHour, want.WeekHour) || !slices.Equal(got.InBurst, want.InBurst) {
						t.Fatalf("round %d, shape %d over %d hours, %d requests: remembered spread differs from a fresh one", round, i, m.Hours, total)
					}
					if c := ClassesOf(got.Classes, got.Requests); c != got.Classes || c.Total() != total {
						t.Errorf("round %d, shape %d: the classes do not group the hours", round, i)
					}
					for h, k := range got.Classes.Of {
						if got.Classes.Counts[k] != got.Requests[h] {
							t.Fatalf("round %d, shape %d, hour %d: class count %d, %d requests", round, i, h, got.Classes.Counts[k], got.Requests[h])
						}
					}
				}
			}
		}
	}
}
