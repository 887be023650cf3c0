package demand

import (
	"math"
	"testing"
)

func TestPoissonQuantileAgreesAcrossMethods(t *testing.T) {
	// At a mean of 30 the exact sum and the corrected normal approximation must agree
	// within one environment.
	z := NormalQuantile(0.99)
	if math.Abs(z-2.3263478740) > 1e-6 {
		t.Fatalf("z(0.99) = %v", z)
	}
	exact := PoissonQuantile(29.999, 0.99, z)
	approx := PoissonQuantile(30, 0.99, z)
	if d := approx - exact; d < 0 || d > 1 {
		t.Errorf("exact %d, approximate %d", exact, approx)
	}
}

func TestErlangB(t *testing.T) {
	// Tables: B(1 server, load 1) = 0.5; B(2, 1) = 0.2; B(5, 3) = 0.1101.
	for _, c := range []struct {
		load    float64
		servers int64
		want    float64
	}{{1, 1, 0.5}, {1, 2, 0.2}, {3, 5, 0.1101}} {
		if got := ErlangB(c.load, c.servers); got < c.want-0.0001 || got > c.want+0.0001 {
			t.Errorf("B(%d, %g) = %.4f, want %.4f", c.servers, c.load, got, c.want)
		}
	}
}

// TestErlangBsAreErlangB finds the side-by-side recursions equal to ErlangB bit for bit, for
// every length of the list (whole groups of four and the rest).
func TestErlangBsAreErlangB(t *testing.T) {
	loads := []float64{0.5, 10, 999.9, 1000, 1234.5678, 4600, 45000, 3, 7}
	for n := range len(loads) + 1 {
		for i, b := range ErlangBs(loads[:n], 1000) {
			if b != ErlangB(loads[i], 1000) {
				t.Fatalf("load %v: %v, ErlangB %v", loads[i], b, ErlangB(loads[i], 1000))
			}
		}
	}
}
