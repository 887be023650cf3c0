package model

import (
	"testing"

	"github.com/breakeven/breakeven/model/demand"
	"github.com/shopspring/decimal"
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

func TestDefaultThroughputSizesLongRequestsExactly(t *testing.T) {
	// 0.25 vCPU at 256 MB: 0.25 x 1000 x 1769 / (565,476 x 256) = 0.00305501... rps a task,
	// kept to a millionth: 0.003055 (at 0.001 it was 0.003). The same at 565,477 ms. A peak
	// window of 19 requests then needs ceil(19 / (565.476 s x 0.003055 x 0.7)) =
	// ceil(15.712) = 16 tasks at either duration. At 0.003 the first needed
	// ceil(16.0000056) = 17 and the second ceil(15.99997) = 16: one more millisecond of
	// duration billed one task fewer.
	for _, ms := range []int64{565476, 565477} {
		rps := DefaultThroughput(Function{DurationMs: decimal.NewFromInt(ms), MemoryMB: 256}, dec("0.25"))
		if !rps.Equal(dec("0.003055")) {
			t.Fatalf("%d ms: %s rps a task, want 0.003055", ms, rps)
		}
		c := SizeFleet(peaksOf(19), ms, Fleet{RequestsPerSecondPerUnit: rps, Scaling: Fixed}, testTasks)
		if c.Max != 16 {
			t.Errorf("%d ms: %d tasks, want 16", ms, c.Max)
		}
	}
	// A 20-minute request on 4 vCPUs at 1,769 MB or more: 4 / 1,200 s = 0.003333 rps (it was
	// 0.003, 11% too few a second, so 11% more tasks than it needs at scale).
	if rps := DefaultThroughput(Function{DurationMs: dec("1200000"), MemoryMB: 8192}, dec("4")); !rps.Equal(dec("0.003333")) {
		t.Errorf("20 minutes: %s rps", rps)
	}
	// Past 0.001: an hour on 1 vCPU is 1 / 3,600 s = 0.000277 rps (it was held at 0.001, a
	// quarter of the tasks it needs).
	if rps := DefaultThroughput(Function{DurationMs: dec("3600000"), MemoryMB: 2048}, dec("1")); !rps.Equal(dec("0.000277")) {
		t.Errorf("an hour: %s rps", rps)
	}
}

func TestSizeFleetPastSixtyFourBits(t *testing.T) {
	// 10^8 requests in a 1-second window at 1,000 rps a unit and 100%: 10^8 x 10^11
	// overflows 64 bits; the units are 10^8 / 1,000 = 100,000.
	c := SizeFleet(peaksOf(100_000_000), 1000, Fleet{RequestsPerSecondPerUnit: dec("1000"), TargetUtilizationPercent: 100}, testTasks)
	if c.Max != 100_000 {
		t.Errorf("%d units, want 100,000", c.Max)
	}
	// 10^15 requests in a window of 10^8 ms at 10^9 rps a unit: the denominator, 10^8 x 10^15
	// x 100 = 10^25, passes 64 bits, and the numerator, 10^15 x 10^11, more: 10 units.
	c = SizeFleet(peaksOf(1_000_000_000_000_000), 100_000_000, Fleet{RequestsPerSecondPerUnit: dec("1000000000"), TargetUtilizationPercent: 100}, testTasks)
	if c.Max != 10 {
		t.Errorf("%d units, want 10", c.Max)
	}
	// A millionth of a request a second and 9 x 10^18 requests: past MaxFleetUnits, kept just
	// past it.
	c = SizeFleet(peaksOf(9_000_000_000_000_000_000), 1, Fleet{RequestsPerSecondPerUnit: MinThroughput, TargetUtilizationPercent: 1}, testTasks)
	if c.Max != MaxFleetUnits+1 {
		t.Errorf("%d units, want MaxFleetUnits+1", c.Max)
	}
}
