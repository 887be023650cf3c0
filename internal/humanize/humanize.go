// Package humanize writes numbers for people to read, one rule for every text breakeven
// writes (tables, markdown, the explorer, and the notes, warnings and line names of the model
// and the pricing): counts and quantities thousands separated and never in e-notation,
// durations to a tenth of a millisecond without a trailing ".0", correct plurals. It imports
// nothing of breakeven's, so that every package can use it. JSON and CSV keep exact values
// and do not go through it.
package humanize

import (
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// DurationPlaces is the precision durations are written to: a tenth of a millisecond, finer
// than anything Lambda bills (1 ms) and enough to tell sizes apart.
const DurationPlaces = 1

// Group puts commas between the thousands of the integer part of a plain decimal string,
// keeping its sign and fraction: "-1234.5" as "-1,234.5".
func Group(s string) string {
	sign := ""
	if rest, ok := strings.CutPrefix(s, "-"); ok {
		sign, s = "-", rest
	}
	intPart, frac := s, ""
	if i := strings.IndexByte(s, '.'); i >= 0 {
		intPart, frac = s[:i], s[i:]
	}
	if len(intPart) <= 3 {
		return sign + s
	}
	var b strings.Builder
	b.Grow(len(sign) + len(s) + len(intPart)/3)
	b.WriteString(sign)
	for i := range len(intPart) {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteByte(intPart[i])
	}
	b.WriteString(frac)
	return b.String()
}

// Count writes a whole number thousands separated: 1,358.
func Count(n int64) string { return Group(strconv.FormatInt(n, 10)) }

// Quantity writes a decimal with every digit, thousands separated, never in e-notation and
// without trailing zeros: 7,629.39453125.
func Quantity(d decimal.Decimal) string { return Group(d.String()) }

// Rounded writes d rounded half away from zero to places decimals, thousands separated and
// without trailing zeros: Rounded(7.62939453125, 2) is "7.63", Rounded(120.04, 1) is "120".
func Rounded(d decimal.Decimal, places int32) string { return Quantity(d.Round(places)) }

// Approximate writes d rounded to places decimals as Rounded does, for a figure a name only
// points at (the exact one is elsewhere): a positive d too small to show reads "less than
// 0.01" rather than "0".
func Approximate(d decimal.Decimal, places int32) string {
	if r := d.Round(places); r.IsZero() && !d.IsZero() {
		return "less than " + decimal.New(1, -places).String()
	}
	return Rounded(d, places)
}

// Milliseconds writes a duration in milliseconds to a tenth, without a trailing zero,
// thousands separated: "64.5 ms", "120 ms", "1,200 ms".
func Milliseconds(d decimal.Decimal) string { return Rounded(d, DurationPlaces) + " ms" }

// Dollars writes a plain decimal string as dollars, the sign before the dollar sign and the
// thousands separated: "-1234.5" as "-$1,234.5".
func Dollars(plain string) string {
	if rest, negative := strings.CutPrefix(plain, "-"); negative {
		return "-$" + Group(rest)
	}
	return "$" + Group(plain)
}

// WithCents pads a plain decimal string to at least the two decimals of a dollar amount:
// "0.2" as "0.20", "2" as "2.00"; "0.0000166667" stays as it is.
func WithCents(plain string) string {
	i := strings.IndexByte(plain, '.')
	switch {
	case i < 0:
		return plain + ".00"
	case len(plain)-i == 2:
		return plain + "0"
	}
	return plain
}

// Money writes an amount rounded half away from zero to cents, thousands separated:
// "$1,234.56", "-$0.20".
func Money(d decimal.Decimal) string { return Dollars(d.Round(2).StringFixed(2)) }

// UnitPrice writes an exact unit price with at least the cents: "$0.0000166667", "$0.50",
// "$2.00".
func UnitPrice(d decimal.Decimal) string { return Dollars(WithCents(d.String())) }

// Megabytes writes a size in MB thousands separated: "10,240 MB".
func Megabytes(mb int64) string { return Count(mb) + " MB" }

// Plural writes n and the noun, in the plural unless n is 1: "1 scale-out", "2 scale-outs",
// "1,200 tasks".
func Plural(n int64, one, many string) string {
	if n == 1 {
		return Count(n) + " " + one
	}
	return Count(n) + " " + many
}

// Noun is the noun alone, singular when n is 1: "task", "tasks".
func Noun(n int64, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// Possessive is name's possessive as the product names read: "Lambda's", and, for a name
// ending in s that is a plural ("Azure Functions", "Workers"), "Azure Functions'".
func Possessive(name string) string {
	if strings.HasSuffix(name, "s") {
		return name + "'"
	}
	return name + "'s"
}
