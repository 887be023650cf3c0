package chart

import (
	"math"
	"testing"
)

func TestDollars(t *testing.T) {
	for _, c := range []struct {
		v    float64
		want string
	}{
		{0, "$0"},
		{0.05, "$0.05"},   // below 1: two significant figures
		{2.5, "$2.5"},     // below 10: up to two decimals, zeros trimmed
		{12.34, "$12.3"},  // below 100: one decimal
		{950, "$950"},     // below 1000: whole
		{999.7, "$1k"},    // 999.7 rounds to 1000, so it moves to k: 1.0 -> "1"
		{1000, "$1k"},     // 1000/1000 = 1.0 -> "1"
		{1234, "$1.2k"},   // 1.234 -> one decimal
		{35000, "$35k"},   // 35 -> whole
		{1.3e6, "$1.3M"},  // 1.3
		{2.5e9, "$2.5B"},  // 2.5
		{4e12, "$4T"},     // 4.0 -> "4"
		{-400, "-$400"},   // the sign before the dollar
		{-1500, "-$1.5k"}, // 1.5
		{math.Inf(1), "$∞"},
		{math.NaN(), "NaN"},
	} {
		if got := Dollars(c.v); got != c.want {
			t.Errorf("Dollars(%v) = %q, want %q", c.v, got, c.want)
		}
	}
}

func TestCount(t *testing.T) {
	for _, c := range []struct {
		v    float64
		want string
	}{
		{0, "0"},
		{0.30000000000000004, "0.3"}, // 3 x 0.1 in floating point: two significant figures
		{0.5, "0.5"},
		{1, "1"},
		{950, "950"},
		{1000, "1k"},
		{1e7, "10M"},
		{3.2e9, "3.2B"},
		{-20000, "-20k"},
		{1e15, "1000T"}, // past the largest suffix the figure grows
	} {
		if got := Count(c.v); got != c.want {
			t.Errorf("Count(%v) = %q, want %q", c.v, got, c.want)
		}
	}
}
