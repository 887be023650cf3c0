package model

import (
	"math"
	"slices"
)

// HourSeries is a count for each hour of the month, kept as the class of each hour and the
// count of each class: a month's fleet follows its hours' demand, which takes few distinct
// values, so the series costs no array of its own. A count that follows the hours one by one
// (a pool's cold starts) is kept hour by hour instead (HourlySeries), in a byte an hour when
// every count fits (CountsSeries). The zero value is no series at all.
type HourSeries struct {
	of      []int32
	byClass []int64
	hourly  []int64 // the counts hour by hour, when not nil (the others unused)
	small   []uint8 // the counts hour by hour, when not nil and each below 256 (the others unused)
}

// ClassSeries is the series whose hour h counts byClass[of[h]]. It keeps both slices: neither
// may change afterwards.
func ClassSeries(of []int32, byClass []int64) HourSeries {
	if of == nil {
		of = []int32{}
	}
	return HourSeries{of: of, byClass: byClass}
}

// HourlySeries is the series whose hour h counts values[h]. It keeps the slice: it may not
// change afterwards. nil is no series.
func HourlySeries(values []int64) HourSeries { return HourSeries{hourly: values} }

// CountsSeries is the series whose hour h counts values[h], copied: in a byte an hour when
// every count is 0 to 255 (a pool's cold starts an hour mostly are: a year's take 8.6 KB, not
// 70), else as they are. values may change afterwards (working space). nil is no series.
func CountsSeries(values []int64) HourSeries {
	if values == nil {
		return HourSeries{}
	}
	var bits uint64 // every count's bits: above a byte's when one count is (a negative one is)
	for _, n := range values {
		bits |= uint64(n)
	}
	if bits > math.MaxUint8 {
		return HourlySeries(slices.Clone(values))
	}
	small := make([]uint8, len(values))
	for h, n := range values {
		small[h] = uint8(n)
	}
	return HourSeries{small: small}
}

// ByteSeries is the series whose hour h counts values[h], for counts known to fit a byte
// before they are worked out. It keeps the slice: it may not change afterwards. nil is no
// series.
func ByteSeries(values []uint8) HourSeries {
	if values == nil {
		return HourSeries{}
	}
	return HourSeries{small: values}
}

// Len is the number of hours.
func (s HourSeries) Len() int {
	switch {
	case s.small != nil:
		return len(s.small)
	case s.hourly != nil:
		return len(s.hourly)
	}
	return len(s.of)
}

// At is hour h's count.
func (s HourSeries) At(h int) int64 {
	switch {
	case s.small != nil:
		return int64(s.small[h])
	case s.hourly != nil:
		return s.hourly[h]
	}
	return s.byClass[s.of[h]]
}

// RunFrom is hour h's count and the number of hours from h on that have it, at least one: a
// series reads as runs of one count (the hours of a class, a fleet's few sizes), each found
// in the form the series is kept in, without a count read hour by hour.
func (s HourSeries) RunFrom(h int) (n int64, run int) {
	switch {
	case s.small != nil:
		return int64(s.small[h]), runOf(s.small, h)
	case s.hourly != nil:
		return s.hourly[h], runOf(s.hourly, h)
	}
	n, run = s.byClass[s.of[h]], runOf(s.of, h)
	// hours of other classes may have the same count: the run goes on through them
	for end := h + run; end < len(s.of) && s.byClass[s.of[end]] == n; end = h + run {
		run += runOf(s.of, end)
	}
	return n, run
}

// runOf is the number of elements from h on equal to list[h].
func runOf[T comparable](list []T, h int) int {
	v, end := list[h], h+1
	for end < len(list) && list[end] == v {
		end++
	}
	return end - h
}

// Values is the counts hour by hour, in a new slice: nil for no series, empty for a series of
// no hours.
func (s HourSeries) Values() []int64 {
	if s.small != nil {
		out := make([]int64, len(s.small))
		for h, n := range s.small {
			out[h] = int64(n)
		}
		return out
	}
	if s.hourly != nil {
		return slices.Clone(s.hourly)
	}
	if s.of == nil {
		return nil
	}
	out := make([]int64, len(s.of))
	for h, k := range s.of {
		out[h] = s.byClass[k]
	}
	return out
}
