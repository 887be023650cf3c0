package model

import (
	"github.com/breakeven/breakeven/model/demand"
	"github.com/shopspring/decimal"
)

// MonthlyRequests is the number of requests traffic makes in a month of monthHours hours. An
// average rate is converted exactly and rounded half up to whole requests. A count past
// MaxRequestsPerMonth is returned as MaxRequestsPerMonth + 1 (pricing refuses it), so that no
// conversion wraps around.
func (t Traffic) MonthlyRequests(monthHours int64) int64 {
	if !t.PerSecond {
		return t.RequestsPerMonth
	}
	seconds := decimal.NewFromInt(monthHours * SecondsPerHour)
	return capped(t.RequestsPerSecond.Mul(seconds).Round(0))
}

// Grown is the traffic months months from now at GrowthPercentPerMonth, compounding: the
// monthly requests (or the rate) times (1 + growth/100)^months, exactly, rounded half up to
// whole requests (a rate to three decimal places). A monthly count that grows past
// MaxRequestsPerMonth is kept at MaxRequestsPerMonth + 1 and a rate at maxRequestsPerSecond,
// which pricing refuses, so that the factor (up to 11^120, about 10^125) never carries into
// a count that wraps around. Workload.GrowthPastBounds finds the first such month.
func (t Traffic) Grown(months int64) Traffic {
	if months == 0 || t.GrowthPercentPerMonth.IsZero() {
		return t
	}
	factor := decimal.NewFromInt(1).Add(t.GrowthPercentPerMonth.Shift(-2)).Pow(decimal.NewFromInt(months))
	if t.PerSecond {
		t.RequestsPerSecond = decimal.Min(t.RequestsPerSecond.Mul(factor).Round(3), maxRequestsPerSecond)
	} else {
		t.RequestsPerMonth = capped(decimal.NewFromInt(t.RequestsPerMonth).Mul(factor).Round(0))
	}
	return t
}

// maxRequestsPerSecond is a rate past MaxRequestsPerMonth in every month: one more than
// the maximum spread over 672 hours, the shortest month, rounded up to 0.001 a second.
var maxRequestsPerSecond = decimal.NewFromInt(MaxRequestsPerMonth+1).DivRound(decimal.NewFromInt(672*SecondsPerHour), 3).Add(decimal.New(1, -3))

// capped is a whole count of requests as an int64, or MaxRequestsPerMonth + 1 when it is
// past the maximum.
func capped(requests decimal.Decimal) int64 {
	if requests.GreaterThan(decimal.NewFromInt(MaxRequestsPerMonth)) {
		return MaxRequestsPerMonth + 1
	}
	return requests.IntPart()
}

// Series spreads the month's requests over its hours by the traffic's shape.
func (t Traffic) Series(m Month) ([]int64, error) {
	h, err := t.Expand(m)
	return h.Requests, err
}

// Expand spreads the month's requests over its hours by the traffic's shape, and says
// where each hour falls in the local week and which hours the bursts cover. The hours are
// read, never written: the same shape, month and requests give the same hours again
// (demand.Expand remembers them).
func (t Traffic) Expand(m Month) (Hourly, error) {
	return demand.Expand(t.Shape, m, t.MonthlyRequests(m.Hours))
}
