package html

import (
	"strings"

	"github.com/shopspring/decimal"
)

// Ticks are chosen as decimals (powers of ten, or 1, 2 or 5 times one) and written from them:
// a chart's labels are figures made from decimals, only their positions are floats.

// logTicks are the powers of ten from 10^lo to 10^hi, written by text.
func logTicks(lo, hi int32, text func(decimal.Decimal) string) []tick {
	var out []tick
	for e := lo; e <= hi; e++ {
		d := decimal.New(1, e)
		out = append(out, tick{d.InexactFloat64(), text(d)})
	}
	return out
}

// linearTicks are the multiples of a step of 1, 2 or 5 times a power of ten from the last at or
// below lo to the first at or above hi, at most n steps, and the axis' bottom and top. A range
// of no width gives the ticks of lo to lo + 1.
func linearTicks(lo, hi decimal.Decimal, n int64, text func(decimal.Decimal) string) ([]tick, float64, float64) {
	return stepTicks(lo, hi, n, -4, text)
}

// countTicks are linearTicks of a count: whole numbers, a step of at least 1.
func countTicks(hi decimal.Decimal, n int64) ([]tick, float64, float64) {
	return stepTicks(decimal.Zero, hi, n, 0, compact)
}

// stepTicks are linearTicks with steps of at least 10^minExp.
func stepTicks(lo, hi decimal.Decimal, n int64, minExp int32, text func(decimal.Decimal) string) ([]tick, float64, float64) {
	if !hi.GreaterThan(lo) {
		hi = lo.Add(decimal.NewFromInt(1))
	}
	step := decimal.New(1, 18)
	for e := minExp; e < 18 && step.Exponent() == 18; e++ {
		for _, m := range []int64{1, 2, 5} {
			s := decimal.New(m, e)
			if hi.Div(s).Ceil().Sub(lo.Div(s).Floor()).LessThanOrEqual(decimal.NewFromInt(n)) {
				step = s
				break
			}
		}
	}
	first, last := lo.Div(step).Floor().IntPart(), hi.Div(step).Ceil().IntPart()
	var out []tick
	for k := first; k <= last; k++ {
		d := step.Mul(decimal.NewFromInt(k))
		out = append(out, tick{d.InexactFloat64(), text(d)})
	}
	return out, out[0].at, out[len(out)-1].at
}

// exponent is the power of ten at or below d (positive): 2 for 250, -2 for 0.05.
func exponent(d decimal.Decimal) int32 {
	c := d.Coefficient()
	return int32(len(c.String())) - 1 + d.Exponent()
}

// exponentAbove is the power of ten at or above d (positive): 3 for 250, 2 for 100.
func exponentAbove(d decimal.Decimal) int32 {
	e := exponent(d)
	if d.Equal(decimal.New(1, e)) {
		return e
	}
	return e + 1
}

// compact writes a tick's value short: 1k, 10M, 100B, 2.5T, 0.01, 250.
func compact(d decimal.Decimal) string {
	for _, u := range []struct {
		exp    int32
		suffix string
	}{{12, "T"}, {9, "B"}, {6, "M"}, {3, "k"}} {
		if d.Abs().GreaterThanOrEqual(decimal.New(1, u.exp)) {
			return d.Shift(-u.exp).String() + u.suffix
		}
	}
	return d.String()
}

// compactMoney writes a tick's amount short: $0.01, $1, $10k.
func compactMoney(d decimal.Decimal) string {
	s := compact(d)
	if neg, ok := strings.CutPrefix(s, "-"); ok {
		return "-$" + neg
	}
	return "$" + s
}

// plain writes a tick's value with every digit, thousands separated: 1,024.
func plain(d decimal.Decimal) string { return groupDigits(d.String()) }
