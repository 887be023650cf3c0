package model

import (
	"math"
	"math/big"
	"math/bits"

	"github.com/breakeven/breakeven/model/demand"
	"github.com/shopspring/decimal"
)

// Scaling is how a fleet of tasks or instances follows traffic.
type Scaling string

// The scaling choices.
const (
	// Autoscaled fleets resize every hour to that hour's peak, but new capacity arrives
	// ScaleOutLagMinutes into the hour: until then the capacity already there serves.
	Autoscaled Scaling = "autoscaled"
	// Fixed fleets run the month's peak capacity every hour, as many teams run them.
	Fixed Scaling = "fixed"
)

// Sizing defaults, documented in the README.
const (
	DefaultTargetUtilizationPercent = 70
	DefaultScaleOutLagMinutes       = 5
	DefaultPeakPercentile           = 99
	// HourPlaces: billed hours from minute-level scaling (minutes / 60) are rounded to 10
	// decimal places, well below a billing second.
	HourPlaces = 10
)

// ThroughputPlaces is the precision of a throughput per task or instance: a millionth of a
// request a second. A file may give that many decimal places, and the throughput the engine
// works out from the duration keeps them, so that a fleet sized on it follows the duration
// closely even for requests of minutes (at 0.001, a task serving 0.0039 requests a second
// would be sized as if it served 0.003, 30% more tasks).
const ThroughputPlaces = 6

// MinThroughput is the least throughput per task or instance: 10^-ThroughputPlaces.
var MinThroughput = decimal.New(1, -ThroughputPlaces)

// Fleet is how a workload's tasks or instances are sized.
type Fleet struct {
	// RequestsPerSecondPerUnit is what one task or instance sustains at full load.
	RequestsPerSecondPerUnit decimal.Decimal
	Min                      int64
	// TargetUtilizationPercent is the load the fleet is sized to run at (0: the default).
	TargetUtilizationPercent int64
	Scaling                  Scaling
	ScaleOutLagMinutes       int64
}

// NewPeakWindow is the peak window of requests billedMs long at the sizing percentile (0:
// DefaultPeakPercentile).
func NewPeakWindow(percentile decimal.Decimal, billedMs int64) *demand.PeakWindow {
	if percentile.IsZero() {
		percentile = decimal.NewFromInt(DefaultPeakPercentile)
	}
	return demand.NewPeakWindow(percentile.Shift(-2).InexactFloat64(), billedMs) // a statistical estimate
}

// SizeFleet sizes a fleet hour by hour: the units needed to serve the hour's peak window at
// the target utilisation, max(Min, ceil(peak / (window x rps x utilisation))), and the
// unit-hours billed. Autoscaled, a rise from one hour to the next is billed from ScaleOutLagMinutes into
// the hour (per-second billing), and counted in LagHours; a fall takes effect on the hour.
// Fixed, every hour runs the month's largest count. The units are worked out once for each
// class of hours with the same requests.
func SizeFleet(peaks demand.HourPeaks, windowMs int64, f Fleet, unit CapacityUnit) Capacity {
	util := f.TargetUtilizationPercent
	if util == 0 {
		util = DefaultTargetUtilizationPercent
	}
	// units = ceil(peak x 100 x 1000 x 10^6 / (window ms x rps in millionths x utilisation %))
	perUnit := f.RequestsPerSecondPerUnit.Shift(ThroughputPlaces).IntPart() * util
	hi, den := bits.Mul64(uint64(windowMs), uint64(perUnit))
	fast := hi == 0 && den > 0 && den <= math.MaxInt64/2
	classes := peaks.Classes
	units := make([]int64, len(peaks.Peaks))
	top := int64(0)
	for k, q := range peaks.Peaks {
		n := int64(0)
		switch {
		case q == 0:
		case fast && q < math.MaxInt64/(2*sizingScale): // q x 10^11 + den fits in 64 bits
			n = (q*sizingScale + int64(den) - 1) / int64(den)
		default:
			n = unitsFor(q, windowMs, perUnit)
		}
		// A count past MaxFleetUnits is kept just past it (the estimate refuses it: see
		// FleetTooLarge), so that the month's minutes cannot wrap around.
		units[k] = min(max(n, f.Min), MaxFleetUnits+1)
		if classes.Hours[k] > 0 {
			top = max(top, units[k])
		}
	}
	c := Capacity{Unit: unit, PerHour: ClassSeries(classes.Of, units)}
	hours := int64(len(classes.Of))
	if hours == 0 {
		return c
	}
	if f.Scaling == Fixed {
		for k := range units { // every hour has the busiest hour's units
			units[k] = top
		}
		c.UnitHours, c.Min, c.Max = top*hours, top, top
		c.BilledHours = decimal.NewFromInt(top*hours*60).DivRound(decimal.NewFromInt(60), HourPlaces)
		return c
	}
	c.Min, c.Max = top, top
	for k, n := range units {
		if h := classes.Hours[k]; h > 0 {
			c.UnitHours += n * h
			c.Min = min(c.Min, n)
		}
	}
	minutes := c.UnitHours * 60
	if lag := f.ScaleOutLagMinutes; lag > 0 && c.Min < c.Max { // else no hour rises
		unbilled, rising := lagMinutes(classes.Of, units, lag)
		minutes -= unbilled
		c.LagHours = rising
	}
	c.BilledHours = decimal.NewFromInt(minutes).DivRound(decimal.NewFromInt(60), HourPlaces)
	return c
}

// lagMinutes is the unit-minutes not billed because new units serve lag minutes into each
// hour that rises above the one before (hour h has units[of[h]]; the month repeats: the hour
// before the first is the last), and the hours that rise.
func lagMinutes(of []int32, units []int64, lag int64) (minutes, rising int64) {
	prev := units[of[len(of)-1]]
	for _, k := range of {
		n := units[k]
		if n > prev {
			minutes += (n - prev) * lag
			rising++
		}
		prev = n
	}
	return minutes, rising
}

// sizingScale is 100 (percent) x 1000 (ms a second) x 10^ThroughputPlaces: the units a window
// of requests needs are ceil(q x sizingScale / (window ms x rps in millionths x utilisation %)).
const sizingScale = 100 * 1000 * 1_000_000

// unitsFor is ceil(q x sizingScale / (windowMs x perUnit)), exactly, where 64 bits do not
// hold it (a peak of tens of millions of requests, or a window and a rate whose product
// passes 2^62): perUnit is a unit's rate in millionths of a request a second times its
// utilisation percent. A count past MaxFleetUnits is returned as MaxFleetUnits+1.
func unitsFor(q, windowMs, perUnit int64) int64 {
	den := new(big.Int).Mul(big.NewInt(windowMs), big.NewInt(perUnit))
	if den.Sign() <= 0 {
		return MaxFleetUnits + 1
	}
	num := new(big.Int).Mul(big.NewInt(q), big.NewInt(sizingScale))
	n, r := num.QuoRem(num, den, new(big.Int))
	if r.Sign() > 0 {
		n.Add(n, big.NewInt(1))
	}
	if !n.IsInt64() || n.Int64() > MaxFleetUnits {
		return MaxFleetUnits + 1
	}
	return n.Int64()
}
