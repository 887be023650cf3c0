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

// TestRunFrom reads series of each form as runs (RunFrom) and checks each run against the
// counts hour by hour (At): every hour of a run has its count, and the hour after it another.
func TestRunFrom(t *testing.T) {
	counts := []int64{3, 3, 3, 0, 0, 7, 3, 3, 300, 300, 1, 1, 1, 1}
	classes := ClassSeries([]int32{0, 0, 2, 1, 1, 3, 2, 0, 4, 4, 5, 6, 5, 5}, []int64{3, 0, 3, 7, 300, 1, 1}) // classes 0 and 2 alike, 5 and 6 too
	for name, s := range map[string]HourSeries{"classes": classes, "hourly": HourlySeries(counts), "bytes": CountsSeries([]int64{3, 3, 3, 0, 0, 7, 3, 3, 255, 255, 1, 1, 1, 1})} {
		runs := 0
		for h := 0; h < s.Len(); runs++ {
			n, run := s.RunFrom(h)
			if run < 1 {
				t.Fatalf("%s: a run of %d hours from hour %d", name, run, h)
			}
			for k := h; k < h+run; k++ {
				if s.At(k) != n {
					t.Errorf("%s: hour %d counts %d, in a run of %d from hour %d", name, k, s.At(k), n, h)
				}
			}
			if h+run < s.Len() && s.At(h+run) == n {
				t.Errorf("%s: the run of %d from hour %d stops at hour %d, which counts the same", name, n, h, h+run)
			}
			h += run
		}
		if runs != 6 {
			t.Errorf("%s: %d runs, want 6", name, runs)
		}
	}
}
