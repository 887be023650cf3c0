package html

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

// Ticks worked out by hand: a count of 2 in at most 5 steps takes steps of 1, never 0.5;
// $52.93 in at most 5 steps takes steps of $20 (steps of $10 would
// take 6), so the axis runs $0, $20, $40, $60; $14.93 to $22.40 in at most 6 steps takes
// steps of $2 from $14 to $24 (steps of $1 would take 8: 14 to 23).
func TestLinearTicksByHand(t *testing.T) {
	cases := []struct {
		lo, hi string
		n      int64
		want   string
	}{
		{"0", "52.93", 5, "$0 $20 $40 $60"},
		{"14.93", "22.40", 6, "$14 $16 $18 $20 $22 $24"},
		{"0", "0", 5, "$0 $0.2 $0.4 $0.6 $0.8 $1"},
		{"0", "13699", 5, "$0 $5k $10k $15k"},
		{"0", "0.0042", 5, "$0 $0.001 $0.002 $0.003 $0.004 $0.005"},
	}
	counts, _, _ := countTicks(decimal.NewFromInt(2), 5)
	if len(counts) != 3 || counts[1].text != "1" || counts[2].text != "2" {
		t.Errorf("countTicks(2, 5) = %v, want 0 1 2: a fleet comes in whole units", counts)
	}
	for _, c := range cases {
		ticks, lo, hi := linearTicks(decimal.RequireFromString(c.lo), decimal.RequireFromString(c.hi), c.n, compactMoney)
		var got []string
		for _, tk := range ticks {
			got = append(got, tk.text)
		}
		if strings.Join(got, " ") != c.want || lo != ticks[0].at || hi != ticks[len(ticks)-1].at {
			t.Errorf("linearTicks(%s, %s, %d) = %v (%v to %v), want %s", c.lo, c.hi, c.n, got, lo, hi, c.want)
		}
	}
}

// Log ticks are powers of ten, the axis from the power at or below the least value to the one
// at or above the largest: 1,000 to 100 billion requests are 10^3 to 10^11; $0.01 to $180,001.71
// are 10^-2 to 10^6.
func TestLogTicksByHand(t *testing.T) {
	if e, f := exponent(decimal.NewFromInt(1000)), exponentAbove(decimal.NewFromInt(100_000_000_000)); e != 3 || f != 11 {
		t.Errorf("requests: 10^%d to 10^%d, want 10^3 to 10^11", e, f)
	}
	if e, f := exponent(decimal.RequireFromString("0.01")), exponentAbove(decimal.RequireFromString("180001.71")); e != -2 || f != 6 {
		t.Errorf("costs: 10^%d to 10^%d, want 10^-2 to 10^6", e, f)
	}
	var got []string
	for _, tk := range logTicks(-2, 3, compactMoney) {
		got = append(got, tk.text)
	}
	if strings.Join(got, " ") != "$0.01 $0.1 $1 $10 $100 $1k" {
		t.Errorf("money ticks %v", got)
	}
	got = nil
	for _, tk := range logTicks(9, 12, compact) {
		got = append(got, tk.text)
	}
	if strings.Join(got, " ") != "1B 10B 100B 1T" {
		t.Errorf("count ticks %v", got)
	}
}

// The provenance goes into the printed pages' margins as a CSS string: quotes, backslashes,
// angle brackets and what is beyond ASCII escaped, so that an overlay's file name cannot end
// the string or the style sheet.
func TestCSSString(t *testing.T) {
	got := cssString(`a "b" \ </style> é`)
	want := `"a \000022b\000022 \00005c \00003c/style\00003e \0000e9"`
	if got != want {
		t.Errorf("cssString = %s, want %s", got, want)
	}
}

// An axis maps its range onto the pixels, a log axis by the logarithm: 10^7 is halfway
// between 10^3 and 10^11; a value outside the range is held at its end.
func TestAxisPosition(t *testing.T) {
	log := axis{log: true, lo: 1e3, hi: 1e11}
	if got := log.position(1e7, 0, 800); got != 400 {
		t.Errorf("10^7 at %v, want 400", got)
	}
	lin := axis{lo: 0, hi: 60}
	if got := lin.position(90, 100, 700); got != 700 {
		t.Errorf("90 on a 0-60 axis at %v, want its end, 700", got)
	}
}
