package model

import "github.com/shopspring/decimal"

// DefaultMonthHours is the month breakeven prices unless told otherwise: 730 hours, AWS's own
// convention (365 days x 24 hours / 12 months).
const DefaultMonthHours = 730

const secondsPerHour = 3600

// HourLoad is a group of hours of the month that each see the same number of requests.
type HourLoad struct {
	Requests int64 // requests in each of these hours
	Hours    int64 // how many such hours
}

// MonthlyRequests is the number of requests traffic makes in a month of monthHours hours. An
// average rate is converted exactly and rounded half up to whole requests.
func (t Traffic) MonthlyRequests(monthHours int64) int64 {
	if !t.PerSecond {
		return t.RequestsPerMonth
	}
	seconds := decimal.NewFromInt(monthHours * secondsPerHour)
	return t.RequestsPerSecond.Mul(seconds).Round(0).IntPart()
}

// FlatMonth spreads total requests evenly over hours hours. Requests are whole, so the
// remainder is handed out one request per hour (largest-remainder rounding, ties to the
// earliest hours): the hours always sum exactly to total. The result groups equal hours.
func FlatMonth(total, hours int64) []HourLoad {
	base, extra := total/hours, total%hours
	var out []HourLoad
	if extra > 0 {
		out = append(out, HourLoad{Requests: base + 1, Hours: extra})
	}
	if hours-extra > 0 {
		out = append(out, HourLoad{Requests: base, Hours: hours - extra})
	}
	return out
}

// capacityUnits is how many units (tasks, instances), each sustaining ratePerSecond requests a
// second, serve requests in one hour: max(floor, ceil(requests / (rate x 3600))). ratePerSecond
// has at most three decimal places, so the division is done exactly in integers of
// thousandths.
func capacityUnits(requests int64, ratePerSecond decimal.Decimal, floor int64) int64 {
	perHourMilli := ratePerSecond.Shift(3).IntPart() * secondsPerHour // thousandths of a request an hour
	units := int64(0)
	if requests > 0 {
		units = ceilDiv(requests*1000, perHourMilli)
	}
	return max(units, floor)
}

func ceilDiv(a, b int64) int64 { return (a + b - 1) / b }

// capacityOver sizes every group of hours of month with size, and returns the fewest and
// most units in any hour and the unit-hours of the month.
func capacityOver(month []HourLoad, unit string, size func(requests int64) int64) Capacity {
	c := Capacity{Unit: unit, Min: -1}
	for _, h := range month {
		n := size(h.Requests)
		c.UnitHours += n * h.Hours
		if c.Min < 0 || n < c.Min {
			c.Min = n
		}
		c.Max = max(c.Max, n)
	}
	c.Min = max(c.Min, 0)
	return c
}
