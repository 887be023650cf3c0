package model

import (
	"math"
	"math/bits"

	"github.com/breakeven/breakeven/model/demand"
)

// DefaultMonthHours is demand.DefaultMonthHours, the standard month's hours.
const DefaultMonthHours = demand.DefaultMonthHours

const (
	// SecondsPerHour is the seconds in an hour.
	SecondsPerHour = 3600
	// MsPerHour is the milliseconds in an hour.
	MsPerHour = SecondsPerHour * 1000
)

// CeilDiv is ceil(a / b) for non-negative a and positive b.
func CeilDiv(a, b int64) int64 { return (a + b - 1) / b }

// CeilMulDiv is ceil(a x b / c) for non-negative a, b and positive c, exact in 128 bits.
func CeilMulDiv(a, b, c int64) int64 {
	hi, lo := bits.Mul64(uint64(a), uint64(b))
	if hi == 0 { // the usual case: a plain 64-bit division
		q, r := lo/uint64(c), lo%uint64(c)
		if r > 0 {
			q++
		}
		return int64(q)
	}
	q, r := bits.Div64(hi, lo, uint64(c))
	if r > 0 {
		q++
	}
	return int64(q)
}

// CapacityOver sizes every hour of the series, grouped in classes, with size (worked out once
// for each class), and returns the fewest and most units in any hour and the unit-hours of
// the month.
func CapacityOver(series []int64, classes *demand.HourClasses, unit CapacityUnit, size func(requests int64) int64) Capacity {
	c := Capacity{Unit: unit, PerHour: ClassSeries(nil, nil)}
	if len(series) == 0 {
		return c
	}
	classes = demand.ClassesOf(classes, series)
	units := classes.Each(size)
	c.Min = math.MaxInt64
	for k, n := range units {
		if hours := classes.Hours[k]; hours > 0 {
			c.UnitHours += n * hours
			c.Min, c.Max = min(c.Min, n), max(c.Max, n)
		}
	}
	c.PerHour = ClassSeries(classes.Of, units)
	c.Min = max(c.Min, 0)
	return c
}

func totalRequests(series []int64) int64 {
	var n int64
	for _, r := range series {
		n += r
	}
	return n
}
