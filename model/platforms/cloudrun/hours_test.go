package cloudrun

import (
	"math"
	"testing"
)

// TestExpectedCeil checks E[ceil(N / c)] against values worked by hand: a mean of 0.1 at any c
// above 1 is P(N >= 1) = 1 - e^-0.1; c = 1 gives the mean itself; a mean of 10,000 with c = 80
// (sigma 100 >= 3 x 80) is 10,000 / 80 + 79 / 160 = 125.49375; a mean of 10,000 with c = 1,000
// is within 0.5 of 10 (N stays within 10,000 +- 1,200, so ceil(N / 1,000) is 10 or 11, and
// about half of N exceeds 10,000: 10.5); the two approximations agree at the boundary.
func TestExpectedCeil(t *testing.T) {
	for _, c := range []struct {
		lambda float64
		conc   int64
		want   float64
	}{
		{0.1, 80, 1 - math.Exp(-0.1)},
		{7.5, 1, 7.5},
		{10000, 80, 125.49375},
		{10000, 1000, 10.5},
	} {
		if got := expectedCeil(c.lambda, c.conc); math.Abs(got-c.want) > 1e-3*c.want {
			t.Errorf("expectedCeil(%v, %d) = %v, want %v", c.lambda, c.conc, got, c.want)
		}
	}
	exact, normal := expectedCeil(exactSumBelow, 400), expectedCeil(exactSumBelow+1, 400)
	if math.Abs(exact-normal) > 0.01 {
		t.Errorf("at the boundary: exact %v, normal %v", exact, normal)
	}
}

// TestExpectedCeilStopsExactly: the exact sum, stopped once its terms no longer move it, is the
// sum of every term within 12 standard deviations, bit for bit, over means from a millionth to
// exactSumBelow and concurrencies from 1 to 1,000.
func TestExpectedCeilStopsExactly(t *testing.T) {
	every := func(lambda float64, c int64) float64 {
		spread := 12*math.Sqrt(lambda) + 30
		lo, hi := int64(math.Max(0, lambda-spread)), int64(lambda+spread)
		logLambda := math.Log(lambda)
		sum := 0.0
		for k := lo; k <= hi; k++ {
			lg, _ := math.Lgamma(float64(k) + 1)
			sum += math.Exp(float64(k)*logLambda-lambda-lg) * float64((k+c-1)/c)
		}
		return sum
	}
	for lambda := 1e-6; lambda <= exactSumBelow; lambda *= 1.0137 {
		for _, c := range []int64{1, 2, 3, 7, 80, 250, 1000} {
			if got, want := expectedCeil(lambda, c), every(lambda, c); math.Float64bits(got) != math.Float64bits(want) {
				t.Fatalf("expectedCeil(%v, %d) = %v, every term summed %v", lambda, c, got, want)
			}
		}
	}
}

// TestLogFactorialIsLgamma: the table gives the same float64 as math.Lgamma, bit for bit,
// on both sides of its end.
func TestLogFactorialIsLgamma(t *testing.T) {
	ks := []int64{1500, 1501, 100000}
	for k := range int64(1500) { // every entry of every block, in an order that starts blocks midway
		ks = append(ks, (k*7+37)%1500)
	}
	for _, k := range ks {
		want, _ := math.Lgamma(float64(k) + 1)
		if got := logFactorial(k); math.Float64bits(got) != math.Float64bits(want) {
			t.Errorf("logFactorial(%d) = %v, want %v", k, got, want)
		}
	}
}
