package model

import (
	"testing"

	"github.com/breakeven/breakeven/model/demand"
)

func TestSizeFleetByHand(t *testing.T) {
	// Three hours of 3,600, 36,000 and 3,600 requests: 1 and 10 a second on average. The
	// 99th-percentile second of Poisson(1) holds 4 (P(N <= 3) = 0.981, P(N <= 4) = 0.996), of
	// Poisson(10) 18 (P(N <= 17) = 0.986, P(N <= 18) = 0.993). At 1 rps per unit and 100%
	// utilisation the hours need 4, 18 and 4 units.
	series := []int64{3600, 36000, 3600}
	peak := NewPeakWindow(dec("99"), 100)
	peaks := peak.Counts(series)
	fleet := Fleet{RequestsPerSecondPerUnit: dec("1"), TargetUtilizationPercent: 100, Scaling: Autoscaled, ScaleOutLagMinutes: 15}
	c := SizeFleet(peaks, peak.WindowMs, fleet, testTasks)
	// The rise to 18 in the second hour is billed from minute 15: 4 x 60 + 14 x 45 = 870
	// unit-minutes; the other hours 240 each; 1,350 minutes = 22.5 unit-hours.
	if c.PerHour.At(0) != 4 || c.PerHour.At(1) != 18 || c.PerHour.At(2) != 4 || c.UnitHours != 26 || !c.BilledHours.Equal(dec("22.5")) || c.LagHours != 1 {
		t.Errorf("autoscaled: %v, %d unit-hours, billed %s, %d lag hours", c.PerHour.Values(), c.UnitHours, c.BilledHours, c.LagHours)
	}
	// A minimum of 6: 360 + (6 x 60 + 12 x 45) + 360 = 1,620 minutes = 27 hours.
	fleet.Min = 6
	if c = SizeFleet(peaks, peak.WindowMs, fleet, testTasks); !c.BilledHours.Equal(dec("27")) || c.Min != 6 {
		t.Errorf("with a minimum: billed %s, min %d", c.BilledHours, c.Min)
	}
	// Fixed: the month's peak every hour, no lag: 3 x 18 = 54.
	fleet.Scaling, fleet.Min = Fixed, 0
	if c = SizeFleet(peaks, peak.WindowMs, fleet, testTasks); !c.BilledHours.Equal(dec("54")) || c.LagHours != 0 {
		t.Errorf("fixed: billed %s, %d lag hours", c.BilledHours, c.LagHours)
	}
	// At 70% utilisation the peak hour needs ceil(18 / 0.7) = 26.
	fleet.TargetUtilizationPercent = 70
	if c = SizeFleet(peaks, peak.WindowMs, fleet, testTasks); c.Max != 26 {
		t.Errorf("70%%: max %d", c.Max)
	}
}

func TestSizeFleetIdleHoursNeedNothing(t *testing.T) {
	pk := NewPeakWindow(dec("99"), 100)
	c := SizeFleet(pk.Counts([]int64{0, 0, 7200}), pk.WindowMs, Fleet{RequestsPerSecondPerUnit: dec("100"), TargetUtilizationPercent: 70}, testTasks)
	if c.PerHour.At(0) != 0 || c.PerHour.At(2) != 1 || c.Min != 0 {
		t.Errorf("%v", c.PerHour.Values())
	}
}

// peaksOf is hours whose peak windows hold the given requests.
func peaksOf(peaks ...int64) demand.HourPeaks {
	classes := demand.Classify(peaks)
	return demand.HourPeaks{Classes: classes, Peaks: classes.Counts}
}

// testTasks is the unit the tests' fleets count.
var testTasks = CapacityUnit{Name: "tasks", Label: "Tasks", Noun: "task"}
