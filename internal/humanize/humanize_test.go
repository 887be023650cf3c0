package humanize

import (
	"testing"

	"github.com/shopspring/decimal"
)

func TestGroupSeparatesThousands(t *testing.T) {
	cases := map[string]string{
		"0":              "0",
		"999":            "999",
		"1000":           "1,000",
		"-1234.5":        "-1,234.5",
		"100000000000":   "100,000,000,000",
		"7629.39453125":  "7,629.39453125",
		"-999":           "-999",
		"123456.0000001": "123,456.0000001",
	}
	for in, want := range cases {
		if got := Group(in); got != want {
			t.Errorf("Group(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCount(t *testing.T) {
	cases := map[int64]string{0: "0", 7: "7", 1358: "1,358", -20000: "-20,000", 1 << 62: "4,611,686,018,427,387,904"}
	for in, want := range cases {
		if got := Count(in); got != want {
			t.Errorf("Count(%d) = %q, want %q", in, got, want)
		}
	}
}

// TestQuantityNeverInENotation: a decimal's String is plain; a float's %v would write 1e+11.
func TestQuantityNeverInENotation(t *testing.T) {
	cases := map[string]string{
		"1e11":          "100,000,000,000",
		"0.00009":       "0.00009",
		"2920.50":       "2,920.5",
		"7.62939453125": "7.62939453125",
	}
	for in, want := range cases {
		if got := Quantity(decimal.RequireFromString(in)); got != want {
			t.Errorf("Quantity(%s) = %q, want %q", in, got, want)
		}
	}
}

func TestRounded(t *testing.T) {
	cases := []struct {
		in     string
		places int32
		want   string
	}{
		{"7.62939453125", 2, "7.63"},
		{"7629.39453125", 2, "7,629.39"},
		{"120.04", 1, "120"},
		{"0.125", 2, "0.13"},
		{"-0.125", 2, "-0.13"},
	}
	for _, c := range cases {
		if got := Rounded(decimal.RequireFromString(c.in), c.places); got != c.want {
			t.Errorf("Rounded(%s, %d) = %q, want %q", c.in, c.places, got, c.want)
		}
	}
}

// TestApproximateNeverReadsZero: a figure a line name points at is rounded, but a positive
// one never reads as nothing.
func TestApproximateNeverReadsZero(t *testing.T) {
	cases := map[string]string{
		"7.62939453125": "7.63",
		"100":           "100",
		"1234.5678":     "1,234.57",
		"0.001":         "less than 0.01",
		"0":             "0",
	}
	for in, want := range cases {
		if got := Approximate(decimal.RequireFromString(in), 2); got != want {
			t.Errorf("Approximate(%s, 2) = %q, want %q", in, got, want)
		}
	}
}

// TestMillisecondsToATenth: "64.471453 ms" reads 64.5 ms; a whole duration has no ".0".
func TestMillisecondsToATenth(t *testing.T) {
	cases := map[string]string{
		"64.471453": "64.5 ms",
		"120":       "120 ms",
		"120.04":    "120 ms",
		"0.05":      "0.1 ms",
		"1200000":   "1,200,000 ms",
		"6298.61":   "6,298.6 ms",
	}
	for in, want := range cases {
		if got := Milliseconds(decimal.RequireFromString(in)); got != want {
			t.Errorf("Milliseconds(%s) = %q, want %q", in, got, want)
		}
	}
}

func TestMegabytes(t *testing.T) {
	if got := Megabytes(10240); got != "10,240 MB" {
		t.Errorf("Megabytes(10240) = %q", got)
	}
}

func TestPluralAndNoun(t *testing.T) {
	cases := []struct {
		n      int64
		plural string
		noun   string
	}{
		{0, "0 tasks", "tasks"},
		{1, "1 task", "task"},
		{2, "2 tasks", "tasks"},
		{1200, "1,200 tasks", "tasks"},
	}
	for _, c := range cases {
		if got := Plural(c.n, "task", "tasks"); got != c.plural {
			t.Errorf("Plural(%d) = %q, want %q", c.n, got, c.plural)
		}
		if got := Noun(c.n, "task", "tasks"); got != c.noun {
			t.Errorf("Noun(%d) = %q, want %q", c.n, got, c.noun)
		}
	}
}

// TestMoneyToTheCent: amounts round half away from zero, a credit like the charge it cancels.
func TestMoneyToTheCent(t *testing.T) {
	cases := map[string]string{
		"0.125":        "$0.13",
		"-0.125":       "-$0.13",
		"1234.5":       "$1,234.50",
		"0":            "$0.00",
		"666476482.96": "$666,476,482.96",
	}
	for in, want := range cases {
		if got := Money(decimal.RequireFromString(in)); got != want {
			t.Errorf("Money(%s) = %q, want %q", in, got, want)
		}
	}
}

// TestUnitPriceHasCentsAtLeast: "$0.2 per 1M requests" reads $0.20; a price finer than a
// cent keeps every digit.
func TestUnitPriceHasCentsAtLeast(t *testing.T) {
	cases := map[string]string{
		"0.2":          "$0.20",
		"2":            "$2.00",
		"0.0000166667": "$0.0000166667",
		"1234.5":       "$1,234.50",
		"-0.5":         "-$0.50",
	}
	for in, want := range cases {
		if got := UnitPrice(decimal.RequireFromString(in)); got != want {
			t.Errorf("UnitPrice(%s) = %q, want %q", in, got, want)
		}
	}
}

// TestPossessive: "Azure Functions's" read wrong in the recommendations.
func TestPossessive(t *testing.T) {
	for name, want := range map[string]string{"Lambda": "Lambda's", "Azure Functions": "Azure Functions'", "Workers": "Workers'", "Lambda MI": "Lambda MI's"} {
		if got := Possessive(name); got != want {
			t.Errorf("Possessive(%q) = %q, want %q", name, got, want)
		}
	}
}
