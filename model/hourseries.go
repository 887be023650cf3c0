package model

import "slices"

// HourSeries is a count for each hour of the month, kept as the class of each hour and the
// count of each class: a month's fleet follows its hours' demand, which takes few distinct
// values, so the series costs no array of its own. A count that follows the hours one by one
// (a pool's cold starts) is kept hour by hour instead (HourlySeries), or worked out again
// when read (FollowedSeries). The zero value is no series at all.
type HourSeries struct {
	of       []int32
	byClass  []int64
	hourly   []int64      // the counts hour by hour, when not nil (of and byClass unused)
	followed HourFollower // the counts written when read, when not nil (the rest unused)
}

// HourFollower writes a count for each of its hours, following them one by one (a pool's
// cold starts: each hour waits on the one before). Follow writes the same counts every time:
// it holds what it reads, none of it changed afterwards.
type HourFollower interface {
	// Hours is the number of hours.
	Hours() int
	// Follow writes each hour's count into perHour, whose length is Hours().
	Follow(perHour []int64)
}

// FollowedSeries is the series f writes, worked out each time it is read rather than kept:
// a pricing seldom reads a pool's hours one by one (a report's per-hour figures), and a
// year's would be an 8,760-count array for each estimate.
func FollowedSeries(f HourFollower) HourSeries { return HourSeries{followed: f} }

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

// Len is the number of hours.
func (s HourSeries) Len() int {
	if s.followed != nil {
		return s.followed.Hours()
	}
	if s.hourly != nil {
		return len(s.hourly)
	}
	return len(s.of)
}

// At is hour h's count. A followed series is worked out whole for it: read Values for
// more than one hour.
func (s HourSeries) At(h int) int64 {
	if s.followed != nil {
		return s.Values()[h]
	}
	if s.hourly != nil {
		return s.hourly[h]
	}
	return s.byClass[s.of[h]]
}

// Values is the counts hour by hour, in a new slice: nil for no series, empty for a series of
// no hours.
func (s HourSeries) Values() []int64 {
	if s.followed != nil {
		out := make([]int64, s.followed.Hours())
		s.followed.Follow(out)
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
