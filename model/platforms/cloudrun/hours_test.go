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
