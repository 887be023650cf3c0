package demand

import "math"

// The statistics below are estimates in floats (modelling inputs, never amounts): each result
// is rounded to a whole count before it sizes anything billed.

// PoissonSumBelow is the mean below which Poisson quantiles are summed exactly.
const PoissonSumBelow = 30

// PoissonQuantile is the smallest k with P(N <= k) >= p for N Poisson with the given mean:
// summed exactly below a mean of 30, and from the normal approximation with continuity and
// skew (Cornish-Fisher) corrections above.
func PoissonQuantile(mean, p, z float64) int64 {
	if mean <= 0 {
		return 0
	}
	if mean < PoissonSumBelow {
		term := math.Exp(-mean)
		cdf := term
		k := int64(0)
		for cdf < p && k < 1000 {
			k++
			term *= mean / float64(k)
			cdf += term
		}
		return k
	}
	return int64(math.Ceil(mean + z*math.Sqrt(mean) + (z*z-1)/6 - 0.5))
}

// NormalQuantile is the standard normal quantile of p in (0, 1) (Acklam's rational
// approximation, relative error below 1.2e-9).
func NormalQuantile(p float64) float64 {
	a := [6]float64{-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00}
	b := [5]float64{-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01}
	c := [6]float64{-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00}
	d := [4]float64{7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00}
	const low = 0.02425
	switch {
	case p < low:
		q := math.Sqrt(-2 * math.Log(p))
		return (((((c[0]*q+c[1])*q+c[2])*q+c[3])*q+c[4])*q + c[5]) / ((((d[0]*q+d[1])*q+d[2])*q+d[3])*q + 1)
	case p > 1-low:
		q := math.Sqrt(-2 * math.Log(1-p))
		return -(((((c[0]*q+c[1])*q+c[2])*q+c[3])*q+c[4])*q + c[5]) / ((((d[0]*q+d[1])*q+d[2])*q+d[3])*q + 1)
	default:
		q := p - 0.5
		r := q * q
		return (((((a[0]*r+a[1])*r+a[2])*r+a[3])*r+a[4])*r + a[5]) * q / (((((b[0]*r+b[1])*r+b[2])*r+b[3])*r+b[4])*r + 1)
	}
}

// ErlangB is the share of arrivals turned away by servers fully busy, with the offered
// load (mean concurrency) given: the Erlang loss formula, by its stable recursion. A
// statistical estimate.
func ErlangB(load float64, servers int64) float64 {
	b := 1.0
	for k := int64(1); k <= servers; k++ {
		b = load * b / (float64(k) + load*b)
	}
	return b
}

// ErlangBs is ErlangB of each of loads with the same servers. The recursions run four side
// by side (independent chains of divisions the processor overlaps), each the same
// operations in the same order as ErlangB's: the same results, bit for bit.
func ErlangBs(loads []float64, servers int64) []float64 {
	out := make([]float64, len(loads))
	i := 0
	for ; i+4 <= len(loads); i += 4 {
		a0, a1, a2, a3 := loads[i], loads[i+1], loads[i+2], loads[i+3]
		b0, b1, b2, b3 := 1.0, 1.0, 1.0, 1.0
		for k := int64(1); k <= servers; k++ {
			f := float64(k)
			b0 = a0 * b0 / (f + a0*b0)
			b1 = a1 * b1 / (f + a1*b1)
			b2 = a2 * b2 / (f + a2*b2)
			b3 = a3 * b3 / (f + a3*b3)
		}
		out[i], out[i+1], out[i+2], out[i+3] = b0, b1, b2, b3
	}
	for ; i < len(loads); i++ {
		out[i] = ErlangB(loads[i], servers)
	}
	return out
}
