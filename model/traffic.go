package model

import (
	"fmt"
	"math/bits"
	"slices"
	"time"
	// The time zone database is embedded so that shapes in local time work offline, on any
	// machine.
	_ "time/tzdata"

	"github.com/shopspring/decimal"
)

// ShapeKind is how requests move through the day and the week.
type ShapeKind string

// The traffic shapes.
const (
	Flat          ShapeKind = "flat"
	Diurnal       ShapeKind = "diurnal"
	BusinessHours ShapeKind = "business-hours"
	Weights       ShapeKind = "weights"
)

// Shape spreads a month's requests over its hours. Hours are read in TimeZone.
type Shape struct {
	Kind     ShapeKind
	TimeZone string // IANA name; "" is UTC

	// Diurnal: the busiest hour of the day carries PeakToAverage times the average hour, at
	// PeakHour local time, falling away smoothly on both sides.
	PeakToAverage decimal.Decimal
	PeakHour      int

	// BusinessHours: Days from StartHour to EndHour (local, EndHour excluded) carry all the
	// traffic but OffHoursPercent, which is spread evenly over the other hours of the week.
	Days            []time.Weekday
	StartHour       int
	EndHour         int
	OffHoursPercent decimal.Decimal

	// Weights: 24 relative weights (one per hour of the day) or 168 (one per hour of the
	// week, from Monday midnight).
	Weights []decimal.Decimal

	Bursts []Burst
}

// Burst is an event during which traffic runs at Multiplier times the shape's rate: either
// the HoursPerMonth busiest hours of the month, or the hours StartHour to EndHour of Days.
// Bursts that overlap do not compound: the largest multiplier applies.
type Burst struct {
	Name          string
	Multiplier    decimal.Decimal
	HoursPerMonth int64
	Days          []time.Weekday
	StartHour     int
	EndHour       int
}

// MonthlyRequests is the number of requests traffic makes in a month of monthHours hours. An
// average rate is converted exactly and rounded half up to whole requests.
func (t Traffic) MonthlyRequests(monthHours int64) int64 {
	if !t.PerSecond {
		return t.RequestsPerMonth
	}
	seconds := decimal.NewFromInt(monthHours * secondsPerHour)
	return t.RequestsPerSecond.Mul(seconds).Round(0).IntPart()
}

// Grown is the traffic months months from now at GrowthPercentPerMonth, compounding: the
// monthly requests (or the rate) times (1 + growth/100)^months, exactly, rounded half up to
// whole requests (a rate to three decimal places).
func (t Traffic) Grown(months int64) Traffic {
	if months == 0 || t.GrowthPercentPerMonth.IsZero() {
		return t
	}
	factor := decimal.NewFromInt(1).Add(t.GrowthPercentPerMonth.Shift(-2)).Pow(decimal.NewFromInt(months))
	if t.PerSecond {
		t.RequestsPerSecond = t.RequestsPerSecond.Mul(factor).Round(3)
	} else {
		t.RequestsPerMonth = decimal.NewFromInt(t.RequestsPerMonth).Mul(factor).Round(0).IntPart()
	}
	return t
}

// Hourly is a month hour by hour.
type Hourly struct {
	// Requests in each hour: whole requests that sum exactly to the month's total.
	Requests []int64
	// WeekHour is each hour's local hour of the week, 0 at Monday midnight.
	WeekHour []int
	// InBurst says which hours a burst covers.
	InBurst []bool
}

// Series spreads the month's requests over its hours by the traffic's shape.
func (t Traffic) Series(m Month) ([]int64, error) {
	h, err := t.Expand(m)
	return h.Requests, err
}

// Expand spreads the month's requests over its hours by the traffic's shape, and says
// where each hour falls in the local week and which hours the bursts cover.
func (t Traffic) Expand(m Month) (Hourly, error) {
	w, local, bursts, err := t.Shape.weights(m)
	if err != nil {
		return Hourly{}, err
	}
	return Hourly{Requests: distribute(t.MonthlyRequests(m.Hours), w), WeekHour: local, InBurst: bursts}, nil
}

// weightScale is the integer weight of the busiest hour of a shape, before bursts.
const weightScale = 1000000

// multiplierScale turns a burst multiplier of at most three decimal places into an integer.
const multiplierScale = 1000

// weights returns the relative weight of each hour of m, as integers, with each hour's
// local hour of the week and whether a burst covers it.
func (s Shape) weights(m Month) ([]int64, []int, []bool, error) {
	loc := time.UTC
	if s.TimeZone != "" {
		var err error
		if loc, err = time.LoadLocation(s.TimeZone); err != nil {
			return nil, nil, nil, fmt.Errorf("traffic.time_zone %q: %v", s.TimeZone, err)
		}
	}
	local := localWeekHours(m, loc)
	var base func(weekHour int) int64
	switch s.Kind {
	case Diurnal:
		base = diurnalWeights(s.PeakToAverage, s.PeakHour)
	case BusinessHours:
		base = businessWeights(s)
	case Weights:
		base = listedWeights(s.Weights)
	default:
		base = func(int) int64 { return weightScale }
	}
	w := make([]int64, m.Hours)
	for h, wh := range local {
		w[h] = base(wh)
	}
	inBurst := applyBursts(w, local, s.Bursts)
	return w, local, inBurst, nil
}

// businessWeights gives business hours (100 - p) x off-hours-per-week and the other hours
// p x business-hours-per-week, so the other hours carry exactly p% of a week's requests.
func businessWeights(s Shape) func(int) int64 {
	open := func(wh int) bool { return inWindow(wh, s.Days, s.StartHour, s.EndHour) }
	business := int64(len(s.Days) * (s.EndHour - s.StartHour))
	off := 7*24 - business
	p := s.OffHoursPercent.Shift(2).IntPart() // hundredths of a percent
	in, out := (10000-p)*off, p*business
	if off == 0 {
		in = 1
	}
	return func(wh int) int64 {
		if open(wh) {
			return in
		}
		return out
	}
}

// listedWeights reads 24 hourly or 168 weekly weights (at most three decimal places).
func listedWeights(list []decimal.Decimal) func(int) int64 {
	w := make([]int64, len(list))
	for i, d := range list {
		w[i] = d.Shift(3).IntPart()
	}
	return func(wh int) int64 {
		if len(w) == 24 {
			return w[wh%24]
		}
		return w[wh]
	}
}

// localWeekHours gives each hour of m its local hour of the week in loc (0 at Monday
// midnight). It asks the time zone database only when the zone's offset changes (daylight
// saving), not once per hour.
func localWeekHours(m Month, loc *time.Location) []int {
	out := make([]int, m.Hours)
	for h := 0; h < len(out); {
		t := m.Start.Add(time.Duration(h) * time.Hour).In(loc)
		first := (int(t.Weekday())+6)%7*24 + t.Hour()
		_, end := t.ZoneBounds()
		n := len(out) - h
		if !end.IsZero() {
			n = min(n, max(1, int(end.Sub(t).Hours())))
		}
		for i := range n {
			out[h+i] = (first + i) % (7 * 24)
		}
		h += n
	}
	return out
}

// inWindow reports whether week hour wh falls on one of days between start and end (end
// excluded).
func inWindow(wh int, days []time.Weekday, start, end int) bool {
	day := time.Weekday((wh/24 + 1) % 7)
	hour := wh % 24
	return containsDay(days, day) && hour >= start && hour < end
}

func containsDay(days []time.Weekday, d time.Weekday) bool {
	for _, x := range days {
		if x == d {
			return true
		}
	}
	return false
}

// applyBursts multiplies the hours each burst covers by its multiplier (the largest one
// where bursts overlap). A burst given as hours per month covers the busiest hours of the
// shape, ties going to the earliest.
func applyBursts(w []int64, local []int, bursts []Burst) []bool {
	in := make([]bool, len(w))
	if len(bursts) == 0 {
		return in
	}
	mult := make([]int64, len(w))
	for i := range mult {
		mult[i] = multiplierScale
	}
	for _, b := range bursts {
		m := b.Multiplier.Shift(3).IntPart()
		for _, h := range burstHours(b, w, local) {
			mult[h] = max(mult[h], m)
			in[h] = true
		}
	}
	for i := range w {
		w[i] *= mult[i]
	}
	return in
}

func burstHours(b Burst, w []int64, local []int) []int {
	var hours []int
	if b.HoursPerMonth > 0 {
		return largestFirst(w, int(b.HoursPerMonth))
	}
	for h, wh := range local {
		if inWindow(wh, b.Days, b.StartHour, b.EndHour) {
			hours = append(hours, h)
		}
	}
	return hours
}

// distribute splits total into whole parts proportional to weights: each hour gets
// floor(total x w / W), and the requests left over go one each to the hours with the largest
// remainders, ties to the earliest (largest-remainder rounding). The parts sum to total
// exactly. Products are taken in 128 bits: total x w can exceed 64.
func distribute(total int64, weights []int64) []int64 {
	out := make([]int64, len(weights))
	var sum uint64
	for _, w := range weights {
		sum += uint64(w)
	}
	if sum == 0 || total == 0 {
		return out
	}
	rem := make([]uint64, len(weights))
	given := int64(0)
	for i, w := range weights {
		hi, lo := bits.Mul64(uint64(total), uint64(w))
		q, r := bits.Div64(hi, lo, sum)
		out[i], rem[i] = int64(q), r
		given += int64(q)
	}
	for _, i := range largestFirst(rem, int(total-given)) {
		out[i]++
	}
	return out
}

// largestFirst returns the indexes of the n largest values, ties to the lowest index, in
// index order. It finds the n-th largest value by selection on a copy, then takes every
// value above it and, in index order, as many equal to it as are needed.
func largestFirst[T int64 | uint64](values []T, n int) []int {
	if n <= 0 {
		return nil
	}
	n = min(n, len(values))
	threshold := nthSmallest(slices.Clone(values), len(values)-n)
	above := 0
	for _, v := range values {
		if v > threshold {
			above++
		}
	}
	ties := n - above
	out := make([]int, 0, n)
	for i, v := range values {
		switch {
		case v > threshold:
			out = append(out, i)
		case v == threshold && ties > 0:
			out = append(out, i)
			ties--
		}
	}
	return out
}

// nthSmallest returns the k-th smallest value (0-based) of v, reordering v: Hoare's
// selection with a middle pivot, linear on average.
func nthSmallest[T int64 | uint64](v []T, k int) T {
	lo, hi := 0, len(v)-1
	for lo < hi {
		pivot := v[lo+(hi-lo)/2]
		i, j := lo, hi
		for i <= j {
			for v[i] < pivot {
				i++
			}
			for v[j] > pivot {
				j--
			}
			if i <= j {
				v[i], v[j] = v[j], v[i]
				i++
				j--
			}
		}
		switch {
		case k <= j:
			hi = j
		case k >= i:
			lo = i
		default:
			return v[k]
		}
	}
	return v[k]
}
