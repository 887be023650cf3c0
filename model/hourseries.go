package model

// HourSeries is a count for each hour of the month, kept as the class of each hour and the
// count of each class: a month's fleet follows its hours' demand, which takes few distinct
// values, so the series costs no array of its own. The zero value is no series at all.
type HourSeries struct {
	of      []int32
	byClass []int64
}

// ClassSeries is the series whose hour h counts byClass[of[h]]. It keeps both slices: neither
// may change afterwards.
func ClassSeries(of []int32, byClass []int64) HourSeries {
	if of == nil {
		of = []int32{}
	}
	return HourSeries{of: of, byClass: byClass}
}

// Len is the number of hours.
func (s HourSeries) Len() int { return len(s.of) }

// At is hour h's count.
func (s HourSeries) At(h int) int64 { return s.byClass[s.of[h]] }

// Values is the counts hour by hour, in a new slice: nil for no series, empty for a series of
// no hours.
func (s HourSeries) Values() []int64 {
	if s.of == nil {
		return nil
	}
	out := make([]int64, len(s.of))
	for h, k := range s.of {
		out[h] = s.byClass[k]
	}
	return out
}
