package report

import (
	"testing"

	"github.com/shopspring/decimal"
)

func TestMoneyRoundsHalfAwayFromZeroToCents(t *testing.T) {
	cases := map[string]string{
		"0":           "$0.00",
		"2.733338":    "$2.73",
		"0.125":       "$0.13",
		"0.124999":    "$0.12",
		"-0.125":      "-$0.13",
		"-0.2":        "-$0.20",
		"1234567.891": "$1,234,567.89",
		"999.995":     "$1,000.00",
		"28.835":      "$28.84",
	}
	for in, want := range cases {
		if got := money(decimal.RequireFromString(in)); got != want {
			t.Errorf("money(%s) = %s, want %s", in, got, want)
		}
	}
}

func TestQuantityKeepsEveryDigit(t *testing.T) {
	cases := map[string]string{
		"540000":          "540,000",
		"-1000000":        "-1,000,000",
		"182.5":           "182.5",
		"0.0000009765625": "0.0000009765625",
		"1234567.25":      "1,234,567.25",
	}
	for in, want := range cases {
		if got := quantity(decimal.RequireFromString(in)); got != want {
			t.Errorf("quantity(%s) = %s, want %s", in, got, want)
		}
	}
}

func TestWrapFitsWidth(t *testing.T) {
	got := wrap("  Assumed a = b: one two three four five six seven", "    ", 20)
	want := "  Assumed a = b: one\n    two three four\n    five six seven\n"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
