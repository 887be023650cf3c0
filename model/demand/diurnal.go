package demand

import (
	"math"
	"sync"

	"github.com/shopspring/decimal"
)

// diurnalWeights is the daily curve of the diurnal shape: hour h of the day weighs
// exp(a cos(2 pi (h - peak) / 24)), a smooth single-peaked curve (the von Mises shape), with
// a chosen so that the busiest hour is exactly ratio times the average hour. The curve is a
// model of traffic, not a billed quantity: it is computed in floating point, once per shape,
// and turned into integer weights before any request is counted, so the same file always
// gives the same hours.
func diurnalWeights(ratio decimal.Decimal, peakHour int) func(weekHour int) int64 {
	r, _ := ratio.Float64()
	a := solveConcentration(r)
	var day [24]int64
	for h := range day {
		// Shape weights (a modelling input) are rounded to integers; the month's requests
		// are then spread by them in exact integer arithmetic.
		theta := 2 * math.Pi * float64(h-peakHour) / 24
		day[h] = int64(math.Round(weightScale * math.Exp(a*(math.Cos(theta)-1))))
	}
	return func(wh int) int64 { return day[wh%24] }
}

// peakToAverage is the ratio of the busiest hour to the average hour for concentration a.
func peakToAverage(a float64) float64 {
	sum := 0.0
	for h := 0; h < 24; h++ {
		sum += math.Exp(a * (math.Cos(2*math.Pi*float64(h)/24) - 1))
	}
	return 24 / sum
}

// concentrations remembers solveConcentration's answers: a shape is spread over many months
// (a year, a growth projection, every probe of a break-even), and the bisection costs more
// than spreading one.
var concentrations sync.Map // ratio -> concentration

// solveConcentration finds a with peakToAverage(a) = r by bisection (the ratio grows with a
// from 1 towards 24).
func solveConcentration(r float64) float64 {
	if a, ok := concentrations.Load(r); ok {
		return a.(float64)
	}
	a := bisectConcentration(r)
	concentrations.Store(r, a)
	return a
}

// bisectConcentration is solveConcentration's bisection.
func bisectConcentration(r float64) float64 {
	lo, hi := 0.0, 200.0
	for range 64 { // 200 / 2^64: far below what a weight of a millionth can show
		mid := (lo + hi) / 2
		if peakToAverage(mid) < r {
			lo = mid
		} else {
			hi = mid
		}
	}
	return (lo + hi) / 2
}
