package chart

import (
	"math"
	"strconv"
	"strings"
)

// Dollars formats v as a compact money tick label: "$0", "$0.05", "$2.5", "$950",
// "$1.2k", "$35k", "$1.3M", "-$400". It is for axis labels, where a reader wants the
// size of a figure at a glance; bills themselves are decimals formatted elsewhere.
func Dollars(v float64) string {
	if math.IsNaN(v) {
		return "NaN"
	}
	if v < 0 {
		return "-$" + compact(-v)
	}
	return "$" + compact(v)
}

// Count formats v as a compact count tick label: "0", "0.5", "950", "1k", "10M",
// "3.2B", "-20k". It is the default tick format of Line.
func Count(v float64) string {
	if math.IsNaN(v) {
		return "NaN"
	}
	if v < 0 {
		return "-" + compact(-v)
	}
	return compact(v)
}

// scales are the suffixes compact uses, smallest first.
var scales = []struct {
	div    float64
	suffix string
}{
	{1, ""}, {1e3, "k"}, {1e6, "M"}, {1e9, "B"}, {1e12, "T"},
}

// compact formats a non-negative v with at most three significant figures and a
// k/M/B/T suffix. Scaled values keep one decimal below 10 ("1.2k") and none above
// ("35k"); plain values keep up to two decimals below 10, one below 100. A value that
// rounds up to 1000 moves to the next suffix ("999.7" gives "1k", not "1000").
func compact(v float64) string {
	switch {
	case math.IsInf(v, 1):
		return "∞"
	case v == 0:
		return "0"
	case v < 1:
		return strconv.FormatFloat(v, 'g', 2, 64)
	}
	i := 0
	for i+1 < len(scales) && v >= scales[i+1].div {
		i++
	}
	for {
		s := v / scales[i].div
		d := decimals(s, i == 0)
		r := strconv.FormatFloat(s, 'f', d, 64)
		if rounded, _ := strconv.ParseFloat(r, 64); rounded >= 1000 && i+1 < len(scales) {
			i++
			continue
		}
		return trimZeros(r) + scales[i].suffix
	}
}

// decimals is how many decimals compact keeps for a scaled value s.
func decimals(s float64, plain bool) int {
	switch {
	case s >= 100:
		return 0
	case s >= 10:
		if plain {
			return 1
		}
		return 0
	case plain:
		return 2
	default:
		return 1
	}
}

// trimZeros drops trailing zeros after a decimal point, and the point itself.
func trimZeros(s string) string {
	if !strings.Contains(s, ".") {
		return s
	}
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}
