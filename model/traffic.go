package model

import (
	"cmp"
	"fmt"
	"math/bits"
	"slices"
	"sync"
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
// average rate is converted exactly and rounded half up to whole requests. A count past
// MaxRequestsPerMonth is returned as MaxRequestsPerMonth + 1 (pricing refuses it), so that no
// conversion wraps around.
func (t Traffic) MonthlyRequests(monthHours int64) int64 {
	if !t.PerSecond {
		return t.RequestsPerMonth
	}
	seconds := decimal.NewFromInt(monthHours * secondsPerHour)
	return capped(t.RequestsPerSecond.Mul(seconds).Round(0))
}

// Grown is the traffic months months from now at GrowthPercentPerMonth, compounding: the
// monthly requests (or the rate) times (1 + growth/100)^months, exactly, rounded half up to
// whole requests (a rate to three decimal places). A monthly count that grows past
// MaxRequestsPerMonth is kept at MaxRequestsPerMonth + 1 and a rate at maxRequestsPerSecond,
// which pricing refuses, so that the factor (up to 11^120, about 10^125) never carries into
// a count that wraps around. Workload.GrowthPastBounds finds the first such month.
func (t Traffic) Grown(months int64) Traffic {
	if months == 0 || t.GrowthPercentPerMonth.IsZero() {
		return t
	}
	factor := decimal.NewFromInt(1).Add(t.GrowthPercentPerMonth.Shift(-2)).Pow(decimal.NewFromInt(months))
	if t.PerSecond {
		t.RequestsPerSecond = decimal.Min(t.RequestsPerSecond.Mul(factor).Round(3), maxRequestsPerSecond)
	} else {
		t.RequestsPerMonth = capped(decimal.NewFromInt(t.RequestsPerMonth).Mul(factor).Round(0))
	}
	return t
}

// maxRequestsPerSecond is a rate past MaxRequestsPerMonth in every month: one more than
// the maximum spread over 672 hours, the shortest month, rounded up to 0.001 a second.
var maxRequestsPerSecond = decimal.NewFromInt(MaxRequestsPerMonth+1).DivRound(decimal.NewFromInt(672*secondsPerHour), 3).Add(decimal.New(1, -3))

// capped is a whole count of requests as an int64, or MaxRequestsPerMonth + 1 when it is
// past the maximum.
func capped(requests decimal.Decimal) int64 {
	if requests.GreaterThan(decimal.NewFromInt(MaxRequestsPerMonth)) {
		return MaxRequestsPerMonth + 1
	}
	return requests.IntPart()
}

// Hourly is a month hour by hour.
type Hourly struct {
	// Requests in each hour: whole requests that sum exactly to the month's total.
	Requests []int64
	// WeekHour is each hour's local hour of the week, 0 at Monday midnight (0 to 167).
	WeekHour []uint8
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

// shapeWeights is a shape worked out over a month: each hour's weight, local hour of the
// week and whether a burst covers it.
type shapeWeights struct {
	weights []int64
	local   []uint8
	bursts  []bool
}

// spreadOver works the shape out over month m.
func (s Shape) spreadOver(m Month) (*shapeWeights, error) {
	w, local, bursts, err := s.weights(m)
	if err != nil {
		return nil, err
	}
	return &shapeWeights{weights: w, local: local, bursts: bursts}, nil
}

// spread distributes total requests over the hours by the weights, which it leaves as they
// are (distribute overwrites what it is given), so they serve again.
func (sw *shapeWeights) spread(total int64) Hourly {
	return Hourly{Requests: distribute(total, append([]int64(nil), sw.weights...)), WeekHour: sw.local, InBurst: sw.bursts}
}

// weightScale is the integer weight of the busiest hour of a shape, before bursts.
const weightScale = 1000000

// multiplierScale turns a burst multiplier of at most three decimal places into an integer.
const multiplierScale = 1000

// weights returns the relative weight of each hour of m, as integers, with each hour's
// local hour of the week and whether a burst covers it.
func (s Shape) weights(m Month) ([]int64, []uint8, []bool, error) {
	loc, err := location(s.TimeZone)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("traffic.time_zone %q: %v", s.TimeZone, err)
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
	var week [7 * 24]int64 // the weight of each hour of the week
	for wh := range week {
		week[wh] = base(wh)
	}
	w := make([]int64, m.Hours)
	for h, wh := range local {
		w[h] = week[wh]
	}
	inBurst := applyBursts(w, local, s.Bursts)
	return w, local, inBurst, nil
}

// locations caches time zones: loading one parses the embedded database, which costs more
// than spreading a year of hours.
var locations sync.Map // name -> *time.Location

// location returns the named time zone ("" is UTC).
func location(name string) (*time.Location, error) {
	if name == "" {
		return time.UTC, nil
	}
	if loc, ok := locations.Load(name); ok {
		return loc.(*time.Location), nil
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, err
	}
	locations.Store(name, loc)
	return loc, nil
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
func localWeekHours(m Month, loc *time.Location) []uint8 {
	out := make([]uint8, m.Hours)
	for h := 0; h < len(out); {
		t := m.Start.Add(time.Duration(h) * time.Hour).In(loc)
		first := (int(t.Weekday())+6)%7*24 + t.Hour()
		_, end := t.ZoneBounds()
		n := len(out) - h
		if !end.IsZero() {
			n = min(n, max(1, int(end.Sub(t).Hours())))
		}
		for i := range n {
			out[h+i] = uint8((first + i) % (7 * 24))
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
// shape, ties going to the earliest. Every burst's hours are chosen on the shape's weights;
// then the bursts, from the largest multiplier down, each multiply the hours no larger one
// took.
func applyBursts(w []int64, local []uint8, bursts []Burst) []bool {
	in := make([]bool, len(w))
	if len(bursts) == 0 {
		return in
	}
	hours := make([][]int, len(bursts))
	for i, b := range bursts {
		hours[i] = burstHours(b, w, local)
	}
	multiplier := func(i int) int64 { return bursts[i].Multiplier.Shift(3).IntPart() }
	order := make([]int, len(bursts))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(multiplier(b), multiplier(a)) })
	for _, i := range order {
		m := multiplier(i)
		for _, h := range hours[i] {
			if !in[h] {
				in[h] = true
				w[h] *= m
			}
		}
	}
	for h := range w {
		if !in[h] {
			w[h] *= multiplierScale
		}
	}
	return in
}

func burstHours(b Burst, w []int64, local []uint8) []int {
	if b.HoursPerMonth > 0 {
		return largestFirst(w, int(b.HoursPerMonth))
	}
	var window [7 * 24]bool
	for wh := range window {
		window[wh] = inWindow(wh, b.Days, b.StartHour, b.EndHour)
	}
	var hours []int
	for h, wh := range local {
		if window[wh] {
			hours = append(hours, h)
		}
	}
	return hours
}

// distribute splits total into whole parts proportional to weights: each hour gets
// floor(total x w / W), and the requests left over go one each to the hours with the largest
// remainders, ties to the earliest (largest-remainder rounding). The parts sum to total
// exactly. Products are taken in 128 bits: total x w can exceed 64. A shaped month has a few
// dozen distinct weights, so each part and remainder is worked out once per weight (weights
// is overwritten with each hour's weight class).
func distribute(total int64, weights []int64) []int64 {
	out := make([]int64, len(weights))
	if total == 0 {
		return out
	}
	var classes []int64 // the distinct weights
	var hours []int     // the hours of each
	class := newCountMemo(func(w int64) int64 {
		classes, hours = append(classes, w), append(hours, 0)
		return int64(len(classes) - 1)
	})
	var sum uint64
	for i, w := range weights {
		sum += uint64(w)
		c, ok := class.lookup(w)
		if !ok {
			c = class.find(w)
		}
		hours[c]++
		weights[i] = c
	}
	if sum == 0 {
		return out
	}
	parts, rems := make([]int64, len(classes)), make([]int64, len(classes))
	given := int64(0)
	for c, w := range classes {
		hi, lo := bits.Mul64(uint64(total), uint64(w))
		var q, r uint64
		if hi == 0 { // the usual case: a plain 64-bit division
			q, r = lo/sum, lo%sum
		} else {
			q, r = bits.Div64(hi, lo, sum)
		}
		parts[c], rems[c] = int64(q), int64(r)
		given += int64(q) * int64(hours[c])
	}
	left := int(total - given)
	threshold, ties := nthLargest(rems, hours, left)
	for i, c := range weights {
		out[i] = parts[c]
		switch r := rems[c]; {
		case left == 0:
		case r > threshold:
			out[i]++
		case r == threshold && ties > 0:
			out[i]++
			ties--
		}
	}
	return out
}

// largestFirst returns the indexes of the n largest values (not negative), ties to the lowest
// index, in index order.
func largestFirst(values []int64, n int) []int {
	var out []int
	forLargest(values, n, func(i int) { out = append(out, i) })
	return out
}

// forLargest calls do with the index of each of the n largest values (not negative), ties to
// the lowest index, in index order. It counts how many times each value occurs (hourly
// values repeat), finds the n-th largest among them, then takes every value above it and, in
// index order, as many equal to it as are needed.
func forLargest(values []int64, n int, do func(i int)) {
	if n <= 0 {
		return
	}
	n = min(n, len(values))
	var distinct []int64
	var counts []int
	class := newCountMemo(func(v int64) int64 {
		distinct, counts = append(distinct, v), append(counts, 0)
		return int64(len(distinct) - 1)
	})
	for _, v := range values {
		c, ok := class.lookup(v)
		if !ok {
			c = class.find(v)
		}
		counts[c]++
	}
	threshold, ties := nthLargest(distinct, counts, n)
	for i, v := range values {
		switch {
		case v > threshold:
			do(i)
		case v == threshold && ties > 0:
			do(i)
			ties--
		}
	}
}

// nthLargest is, of values each occurring counts times, the n-th largest (0 < n <= the
// occurrences) and how many of the n largest are equal to it.
func nthLargest(values []int64, counts []int, n int) (threshold int64, ties int) {
	if n <= 0 {
		return 0, 0
	}
	order := make([]int, len(values))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return cmp.Compare(values[b], values[a]) })
	above := 0
	for _, i := range order {
		if above+counts[i] >= n {
			return values[i], n - above
		}
		above += counts[i]
	}
	return values[order[len(order)-1]], 0
}
