package model

import (
	"math"
	"testing"
	"time"

	"github.com/breakeven/breakeven/model/demand"
	"github.com/shopspring/decimal"
)

func series(t *testing.T, tr Traffic, m Month) []int64 {
	t.Helper()
	s, err := tr.Series(m)
	if err != nil {
		t.Fatal(err)
	}
	if int64(len(s)) != m.Hours {
		t.Fatalf("%d hours, want %d", len(s), m.Hours)
	}
	if got, want := totalRequests(s), tr.MonthlyRequests(m.Hours); got != want {
		t.Fatalf("hours sum to %d, want %d", got, want)
	}
	return s
}

func TestMonths(t *testing.T) {
	for name, want := range map[string]int64{"2026-11": 720, "2026-12": 744, "2024-02": 696, "2026-02": 672} {
		m, err := demand.ParseMonth(name)
		if err != nil || m.Hours != want || m.Name != name {
			t.Errorf("%s: %+v, %v", name, m, err)
		}
	}
	for _, bad := range []string{"2026-13", "26-11", "november", "1999-01"} {
		if _, err := demand.ParseMonth(bad); err == nil {
			t.Errorf("%s accepted", bad)
		}
	}
	if m := StandardMonth(); m.Hours != 730 || m.Start.Weekday() != time.Monday {
		t.Errorf("standard month %+v", m)
	}
}

func TestFlatSeriesLargestRemainder(t *testing.T) {
	// 3,000,000 = 730 x 4,109 + 430: the first 430 hours (ties go to the earliest) get 4,110.
	s := series(t, Traffic{RequestsPerMonth: 3000000}, StandardMonth())
	if s[0] != 4110 || s[429] != 4110 || s[430] != 4109 || s[729] != 4109 {
		t.Errorf("hours 0, 429, 430, 729: %d %d %d %d", s[0], s[429], s[430], s[729])
	}
}

func TestBusinessHoursSeries(t *testing.T) {
	// The standard month runs 30 days and 10 hours from Monday 2024-01-01: 22 weekdays of
	// 9:00-17:00 plus Wednesday the 31st 9:00-10:00 is 177 business hours. With nothing off
	// hours, 1,770,000 requests are 10,000 in each of them and none in the others.
	tr := Traffic{RequestsPerMonth: 1770000, Shape: Shape{Kind: BusinessHours,
		Days:      []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday},
		StartHour: 9, EndHour: 17}}
	s := series(t, tr, StandardMonth())
	busy := 0
	for h, r := range s {
		switch r {
		case 10000:
			busy++
		case 0:
		default:
			t.Fatalf("hour %d has %d requests", h, r)
		}
	}
	if busy != 177 || s[9] != 10000 || s[8] != 0 || s[17] != 0 || s[5*24+10] != 0 {
		t.Errorf("%d busy hours; hours 8, 9, 17, Saturday 10:00: %d %d %d %d", busy, s[8], s[9], s[17], s[5*24+10])
	}
}

func TestBusinessHoursOffHoursShare(t *testing.T) {
	// Over a whole week, the off hours carry exactly the stated share: 10% of 168,000.
	tr := Traffic{RequestsPerMonth: 168000, Shape: Shape{Kind: BusinessHours,
		Days: []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday}, StartHour: 9, EndHour: 17,
		OffHoursPercent: dec("10")}}
	week := Month{Name: "week", Start: StandardMonth().Start, Hours: 168}
	s := series(t, tr, week)
	off := int64(0)
	for h, r := range s {
		if d := h / 24; d >= 5 || h%24 < 9 || h%24 >= 17 {
			off += r
		}
	}
	if off != 16800 {
		t.Errorf("off hours carry %d, want 16,800", off)
	}
}

func TestBusinessHoursFollowTheTimeZone(t *testing.T) {
	// 9:00 in New York in January is 14:00 UTC.
	tr := Traffic{RequestsPerMonth: 730000, Shape: Shape{Kind: BusinessHours, TimeZone: "America/New_York",
		Days: []time.Weekday{time.Monday}, StartHour: 9, EndHour: 10}}
	s := series(t, tr, StandardMonth())
	if s[14] == 0 || s[9] != 0 {
		t.Errorf("UTC hours 9 and 14 of Monday: %d, %d", s[9], s[14])
	}
	tr.Shape.TimeZone = "Mars/Olympus_Mons"
	if _, err := tr.Series(StandardMonth()); err == nil {
		t.Error("unknown time zone accepted")
	}
}

func TestWeightsSeries(t *testing.T) {
	// Afternoon only: 24 weights, 0 before noon and 1 after. The standard month has 30
	// afternoons (its 31st day ends at 10:00): 360 hours, so 720,000 requests are 2,000 each.
	w := make([]decimal.Decimal, 24)
	for h := range w {
		w[h] = decimal.Zero
		if h >= 12 {
			w[h] = decimal.NewFromInt(1)
		}
	}
	s := series(t, Traffic{RequestsPerMonth: 720000, Shape: Shape{Kind: Weights, Weights: w}}, StandardMonth())
	if s[11] != 0 || s[12] != 2000 || s[23] != 2000 {
		t.Errorf("hours 11, 12, 23: %d %d %d", s[11], s[12], s[23])
	}
}

func TestDiurnalPeakToAverage(t *testing.T) {
	for _, ratio := range []string{"1", "1.5", "3", "8", "20"} {
		tr := Traffic{RequestsPerMonth: 24000000, Shape: Shape{Kind: Diurnal, PeakToAverage: dec(ratio), PeakHour: 14}}
		day := Month{Name: "day", Start: StandardMonth().Start, Hours: 24}
		s := series(t, tr, day)
		peak := int64(0)
		for h, r := range s {
			if r > peak {
				peak = r
			}
			if r > s[14] {
				t.Errorf("ratio %s: hour %d (%d) is busier than 14:00 (%d)", ratio, h, r, s[14])
			}
		}
		want, _ := dec(ratio).Float64()
		if got := float64(peak) / 1000000; math.Abs(got-want) > 0.001 {
			t.Errorf("ratio %s: peak hour is %.4f x the average", ratio, got)
		}
	}
}

func TestBursts(t *testing.T) {
	// A 5x burst over the 10 busiest hours of a flat month (ties: the first 10): weights 10 x 5
	// + 720 x 1 = 770 units; 7,700,000 requests is 50,000 in a burst hour and 10,000 elsewhere.
	tr := Traffic{RequestsPerMonth: 7700000, Shape: Shape{Bursts: []Burst{{Name: "launch", Multiplier: dec("5"), HoursPerMonth: 10}}}}
	s := series(t, tr, StandardMonth())
	if s[0] != 50000 || s[9] != 50000 || s[10] != 10000 {
		t.Errorf("hours 0, 9, 10: %d %d %d", s[0], s[9], s[10])
	}
	// A weekly window, and an overlapping smaller burst that does not compound: 4 Saturdays x
	// 4 hours at 2x + 714 hours at 1x = 746 units; 746,000 requests is 1,000 a unit.
	tr.RequestsPerMonth = 746000
	tr.Shape.Bursts = []Burst{
		{Name: "saturday-sale", Multiplier: dec("2"), Days: []time.Weekday{time.Saturday}, StartHour: 10, EndHour: 14},
		{Name: "noon", Multiplier: dec("1.5"), Days: []time.Weekday{time.Saturday}, StartHour: 12, EndHour: 13},
	}
	s = series(t, tr, StandardMonth())
	sat := 5 * 24
	if s[sat+9] != 1000 || s[sat+10] != 2000 || s[sat+12] != 2000 || s[sat+14] != 1000 {
		t.Errorf("Saturday 9-14: %v", s[sat+9:sat+15])
	}
}

func TestTimeZoneFollowsDaylightSaving(t *testing.T) {
	// Berlin moves to summer time on Sunday 29 March 2026: Monday 9:00 local is 8:00 UTC on the
	// 23rd and 7:00 UTC on the 30th.
	tr := Traffic{RequestsPerMonth: 2000, Shape: Shape{Kind: BusinessHours, TimeZone: "Europe/Berlin",
		Days: []time.Weekday{time.Monday}, StartHour: 9, EndHour: 10}}
	m, _ := demand.ParseMonth("2026-03")
	s := series(t, tr, m)
	day23, day30 := 22*24, 29*24
	if s[day23+8] == 0 || s[day23+7] != 0 || s[day30+7] == 0 || s[day30+8] != 0 {
		t.Errorf("23rd 7:00/8:00 UTC: %d/%d, 30th 7:00/8:00 UTC: %d/%d", s[day23+7], s[day23+8], s[day30+7], s[day30+8])
	}
}

func TestGrowthCompounds(t *testing.T) {
	// 3,000,000 requests growing 10% a month: 12 months ahead, 3,000,000 x 1.1^12 =
	// 9,415,285.07... = 9,415,285 requests; a rate of 1.5 rps: 4.707642... = 4.708.
	tr := Traffic{RequestsPerMonth: 3000000, GrowthPercentPerMonth: dec("10")}
	if got := tr.Grown(12).RequestsPerMonth; got != 9415285 {
		t.Errorf("got %d", got)
	}
	tr = Traffic{RequestsPerSecond: dec("1.5"), PerSecond: true, GrowthPercentPerMonth: dec("10")}
	if got := tr.Grown(12).RequestsPerSecond; !got.Equal(dec("4.708")) {
		t.Errorf("got %s", got)
	}
	if got := tr.Grown(0).RequestsPerSecond; !got.Equal(dec("1.5")) {
		t.Errorf("no months: %s", got)
	}
}
