package model

import "math/bits"

// DefaultMonthHours is the month breakeven prices unless told otherwise: 730 hours, AWS's own
// convention (365 days x 24 hours / 12 months).
const DefaultMonthHours = 730

const (
	secondsPerHour = 3600
	msPerHour      = secondsPerHour * 1000
)

func ceilDiv(a, b int64) int64 { return (a + b - 1) / b }

// ceilMulDiv is ceil(a x b / c) for non-negative a, b and positive c, exact in 128 bits.
func ceilMulDiv(a, b, c int64) int64 {
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

// capacityOver sizes every hour of the series with size, and returns the fewest and most
// units in any hour and the unit-hours of the month.
func capacityOver(series []int64, unit string, size func(requests int64) int64) Capacity {
	c := Capacity{Unit: unit, Min: -1, PerHour: make([]int64, len(series))}
	for h, r := range series {
		n := size(r)
		c.PerHour[h] = n
		c.UnitHours += n
		if c.Min < 0 || n < c.Min {
			c.Min = n
		}
		c.Max = max(c.Max, n)
	}
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
