package model

import (
	"slices"
	"testing"
)

// TestHourSeriesForms: a series kept hour by hour reads as the same series kept by class,
// and no series (nil) stays apart from a series of no hours, as the JSON output tells them
// apart (null and []).
func TestHourSeriesForms(t *testing.T) {
	byClass := ClassSeries([]int32{1, 0, 1, 1}, []int64{7, 2})
	hourly := HourlySeries([]int64{2, 7, 2, 2})
	if !slices.Equal(byClass.Values(), hourly.Values()) || hourly.Len() != 4 || hourly.At(1) != 7 {
		t.Errorf("by class %v, hour by hour %v (%d hours, hour 1: %d)", byClass.Values(), hourly.Values(), hourly.Len(), hourly.At(1))
	}
	if HourlySeries(nil).Values() != nil || (HourSeries{}).Values() != nil {
		t.Error("no series has values")
	}
	if v := HourlySeries([]int64{}).Values(); v == nil || len(v) != 0 {
		t.Errorf("a series of no hours: %v", v)
	}
	if v := ClassSeries(nil, nil).Values(); v == nil || len(v) != 0 {
		t.Errorf("a class series of no hours: %v", v)
	}
}

// TestCountsSeries: counts kept a byte an hour read as the counts, and so do counts too large
// for a byte (kept as they are); both are copies, and nil is still no series.
func TestCountsSeries(t *testing.T) {
	for _, counts := range [][]int64{{0, 3, 255, 1}, {0, 256, 2}, {7, -1}, {}} {
		work := slices.Clone(counts)
		s := CountsSeries(work)
		clear(work)
		if got := s.Values(); !slices.Equal(got, counts) || got == nil || s.Len() != len(counts) {
			t.Errorf("%v: read back as %v (%d hours)", counts, got, s.Len())
		}
		for h, n := range counts {
			if s.At(h) != n {
				t.Errorf("%v: hour %d counts %d", counts, h, s.At(h))
			}
		}
	}
	if CountsSeries(nil).Values() != nil {
		t.Error("nil counts are a series")
	}
}
