package chart

import (
	"math"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestBarsLengths(t *testing.T) {
	// Width 30: label "EC2 " (4 columns), text " $100" (5), leaving 21 for bars. 100 is the
	// largest, so it fills 21 cells; 50 fills 10.5 cells = 84 eighths = 10 blocks and a
	// half "▌"; 1 is 21/100 = 0.21 cell = 1.68 eighths, rounded to 2: "▎".
	out := Bars([]Bar{
		{Label: "EC2", Value: 100, Text: "$100"},
		{Label: "a", Value: 50, Text: "$50"},
		{Label: "b", Value: 1, Text: "$1"},
	}, 30)
	want := "EC2 █████████████████████ $100\n" +
		"a   ██████████▌            $50\n" +
		"b   ▎                       $1"
	if out != want {
		t.Errorf("Bars =\n%s\nwant\n%s", out, want)
	}
}

func TestBarsTornado(t *testing.T) {
	// Width 31: label "memory " (7), text " -$10" (5), leaving 19: the zero line takes one,
	// and the other 18 split as the largest fall (10) to the largest rise (20): 6 left,
	// 12 right. -10 fills the 6 on the left; +20 fills the 12 on the right; +5 is 5/20 of
	// 12 = 3 cells.
	out := Bars([]Bar{
		{Label: "memory", Value: -10, Text: "-$10"},
		{Label: "rps", Value: 20, Text: "+$20"},
		{Label: "x", Value: 5, Text: "+$5"},
	}, 31)
	want := "memory ██████│             -$10\n" +
		"rps          │████████████ +$20\n" +
		"x            │███           +$5"
	if out != want {
		t.Errorf("Bars =\n%s\nwant\n%s", out, want)
	}
}

func TestBarsGolden(t *testing.T) {
	out := Bars([]Bar{
		{Label: "Lambda", Value: 123.4, Text: "$123.40", Style: orange},
		{Label: "Fargate", Value: 45, Text: "$45.00", Style: blue},
		{Label: "EC2", Value: 300, Text: "$300.00", Style: green},
	}, 50)
	if !strings.Contains(out, "\x1b[") {
		t.Error("coloured bars drew no ANSI")
	}
	golden(t, "bars_50.golden", ansi.Strip(out))
}

// TestBarsProperties: exactly one line an item, each exactly width cells, at any width.
func TestBarsProperties(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	long := strings.Repeat("long ", 20)
	cases := map[string][]Bar{
		"zeros":       {{Label: "a"}, {Label: "b"}},
		"one":         {{Label: "a", Value: 1, Text: "$1"}},
		"nan and inf": {{Label: "a", Value: nan, Text: "?"}, {Label: "b", Value: inf}, {Label: "c", Value: -inf}, {Label: "d", Value: 2}},
		"all falls":   {{Label: "a", Value: -1}, {Label: "b", Value: -3, Text: "-$3"}},
		"long":        {{Label: long, Value: 5, Text: long}, {Label: "x", Value: -2}},
		"no labels":   {{Value: 5}, {Value: 3, Text: "3"}},
		"wide runes":  {{Label: "コスト", Value: 5, Text: "五"}, {Label: "x", Value: -1}},
	}
	for name, items := range cases {
		for _, w := range []int{-3, 0, 1, 5, 10, 20, 50, 120} {
			out := Bars(items, w)
			lines := strings.Split(out, "\n")
			if len(lines) != len(items) {
				t.Errorf("%s at %d: %d lines, want %d", name, w, len(lines), len(items))
				continue
			}
			for i, l := range lines {
				if got := ansi.StringWidth(l); got != max(w, 0) {
					t.Errorf("%s at %d: line %d is %d wide: %q", name, w, i, got, l)
				}
			}
		}
	}
	if Bars(nil, 40) != "" {
		t.Error("no items should draw nothing")
	}
}
