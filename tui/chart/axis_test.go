package chart

import (
	"math"
	"slices"
	"testing"
)

// atMost accepts a candidate axis with at most n ticks.
func atMost(n int) fitFunc {
	return func(a axis) bool { return len(a.ticks) <= n }
}

func TestLinearAxis(t *testing.T) {
	for _, c := range []struct {
		name      string
		lo, hi    float64
		max       int
		want      []float64
		wlo, whi  float64
		unchanged bool
	}{
		// 0..950 in at most 6 ticks: step 100 gives 11, 200 gives 0..1000 in 6.
		{"hundreds", 0, 950, 6, []float64{0, 200, 400, 600, 800, 1000}, 0, 1000, false},
		// 128..10240 (Lambda memory) in at most 6: step 2000 gives 0..12000 in 7, 5000 gives
		// 0, 5000, 10000, 15000.
		{"memory", 128, 10240, 6, []float64{0, 5000, 10000, 15000}, 0, 15000, false},
		// -3..7 in at most 11: step 1 gives 11 ticks.
		{"negative", -3, 7, 11, []float64{-3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7}, -3, 7, false},
		// A single value 4 is shown as 2..6 (4 +- 4/2); in at most 3 ticks: 2, 4, 6.
		{"single", 4, 4, 3, []float64{2, 4, 6}, 2, 6, false},
		// A single 0 is shown as -1..1; at most 3 ticks: -1, 0, 1.
		{"zero", 0, 0, 3, []float64{-1, 0, 1}, -1, 1, false},
	} {
		a := linearAxis(c.lo, c.hi, atMost(c.max))
		if !slices.Equal(a.ticks, c.want) || a.lo != c.wlo || a.hi != c.whi {
			t.Errorf("%s: linearAxis(%v, %v) = [%v, %v] ticks %v, want [%v, %v] ticks %v",
				c.name, c.lo, c.hi, a.lo, a.hi, a.ticks, c.wlo, c.whi, c.want)
		}
	}
}

func TestLogAxis(t *testing.T) {
	near := func(a, b []float64) bool {
		if len(a) != len(b) {
			return false
		}
		for i := range a {
			if math.Abs(a[i]-b[i]) > 1e-9*math.Abs(b[i]) {
				return false
			}
		}
		return true
	}
	for _, c := range []struct {
		name     string
		lo, hi   float64
		max      int
		want     []float64
		wlo, whi float64
	}{
		// 30..5000 widens to the 1-2-5 values around it, 20..5000: 20, 50, 100, 200, 500,
		// 1000, 2000, 5000 is 8 ticks.
		{"all", 30, 5000, 8, []float64{20, 50, 100, 200, 500, 1000, 2000, 5000}, 20, 5000},
		// The same in at most 3: the decades inside, 100 and 1000.
		{"decades", 30, 5000, 3, []float64{100, 1000}, 20, 5000},
		// 1k..10B is 1e3..1e10, eight decades; at most 4: every 2nd decade whose power is
		// even: 1e4, 1e6, 1e8, 1e10.
		{"every 2nd", 1e3, 1e10, 4, []float64{1e4, 1e6, 1e8, 1e10}, 1e3, 1e10},
		// A single value 100 is shown from 50 to 200, the ladder values around it.
		{"single", 100, 100, 3, []float64{50, 100, 200}, 50, 200},
		// Below 1: 0.003..0.04 widens to 0.002..0.05.
		{"small", 0.003, 0.04, 10, []float64{0.002, 0.005, 0.01, 0.02, 0.05}, 0.002, 0.05},
	} {
		a := logAxis(c.lo, c.hi, atMost(c.max))
		if !near(a.ticks, c.want) || !near([]float64{a.lo, a.hi}, []float64{c.wlo, c.whi}) {
			t.Errorf("%s: logAxis(%v, %v) = [%v, %v] ticks %v, want [%v, %v] ticks %v",
				c.name, c.lo, c.hi, a.lo, a.hi, a.ticks, c.wlo, c.whi, c.want)
		}
	}
}

func TestLadder(t *testing.T) {
	// ladder(3e+i) = {1,2,5}[i] x 10^e, for negative k too.
	for k, want := range map[int]float64{0: 1, 1: 2, 2: 5, 3: 10, -1: 0.5, -2: 0.2, -3: 0.1, -4: 0.05} {
		if got := ladder(k); math.Abs(got-want) > 1e-12 {
			t.Errorf("ladder(%d) = %v, want %v", k, got, want)
		}
	}
	// ladderBelow is exact on the ladder's own values, however log10 rounds.
	for k := -30; k <= 30; k++ {
		if got := ladderBelow(ladder(k)); got != k {
			t.Errorf("ladderBelow(ladder(%d)) = %d", k, got)
		}
	}
	if got := ladderBelow(30); got != 4 { // 20 <= 30 < 50
		t.Errorf("ladderBelow(30) = %d, want 4", got)
	}
}

func TestAxisPos(t *testing.T) {
	// On a log axis 10..1000, 100 is halfway: (2-1)/(3-1).
	a := axis{log: true, lo: 10, hi: 1000}
	if got := a.pos(100); math.Abs(got-0.5) > 1e-12 {
		t.Errorf("log pos(100) = %v, want 0.5", got)
	}
	// On a linear axis -10..30, 0 is a quarter of the way: 10/40.
	b := axis{lo: -10, hi: 30}
	if got := b.pos(0); got != 0.25 {
		t.Errorf("linear pos(0) = %v, want 0.25", got)
	}
}
