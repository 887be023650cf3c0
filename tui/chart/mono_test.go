package chart

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestLineMonoGolden freezes the break-even picture drawn without colour: three patterns,
// the markers L, F and E on the lines, and a legend that shows both.
func TestLineMonoGolden(t *testing.T) {
	opt := breakevenOptions(76, 16)
	opt.Mono = true
	out := ansi.Strip(Line(breakevenSeries(), opt))
	golden(t, "breakeven_mono_76x16.golden", out)
	lines := strings.Split(out, "\n")
	legend := lines[len(lines)-1]
	for _, want := range []string{"L ⠒⠒⠒⠒ Lambda", "F ⠒⠒ ⠒ Fargate", "E ⠂ ⠂  EC2"} {
		if !strings.Contains(legend, want) {
			t.Errorf("legend %q lacks %q", legend, want)
		}
	}
	plot := strings.Join(lines[1:len(lines)-3], "\n")
	for _, m := range []string{"L", "F", "E"} {
		if n := strings.Count(plot, m); n < 3 {
			t.Errorf("marker %s is on its line %d times, want at least 3:\n%s", m, n, plot)
		}
	}
}

// TestLineMonoPatterns checks three flat lines drawn without colour against patterns
// worked out by hand. A flat line from the first dot column to the last is drawn dot by
// dot, so its step is its dot column x and cell c holds dots 2c and 2c+1: the first
// series is solid (every cell), the second dashed (a dot is drawn when x mod 6 < 4: cells
// with c mod 3 of 0 or 1), the third dotted (x mod 4 = 0: the even cells). Markers: the
// plot is 28 columns wide (30 less the gutter, one column for "3", and the axis), so they
// stand min(12, 28/3) = 9 columns apart, the series staggered by 9/3 = 3: the first at
// columns 4, 13, 22, the second at 7, 16, 25, the third at 10, 19.
func TestLineMonoPatterns(t *testing.T) {
	flat := func(name string, y float64) Series {
		return Series{Name: name, Points: []Point{{0, y}, {10, y}}}
	}
	out := Line([]Series{flat("a", 1), flat("b", 2), flat("c", 3)}, Options{Width: 30, Height: 8, Mono: true})
	rows := map[rune][]rune{} // each series' plot row, found by its marker
	for _, l := range strings.Split(out, "\n") {
		r := []rune(l)
		if len(r) == 30 && (r[1] == '│' || r[1] == '┤') {
			plot := r[2:]
			for _, m := range []rune{'A', 'B', 'C'} {
				if strings.ContainsRune(string(plot), m) {
					rows[m] = plot
				}
			}
		}
	}
	if len(rows) != 3 {
		t.Fatalf("want the three lines on rows of their own:\n%s", out)
	}
	wantMarkers := map[rune][]int{'A': {4, 13, 22}, 'B': {7, 16, 25}, 'C': {10, 19}}
	drawn := map[rune]func(c int) bool{
		'A': func(int) bool { return true },
		'B': func(c int) bool { return c%3 != 2 },
		'C': func(c int) bool { return c%2 == 0 },
	}
	for m, plot := range rows {
		if len(plot) != 28 {
			t.Fatalf("plot of %d columns, want 28", len(plot))
		}
		for c, r := range plot {
			switch {
			case r == m:
				if !containsInt(wantMarkers[m], c) {
					t.Errorf("%c: marker at column %d, want only at %v", m, c, wantMarkers[m])
				}
			case drawn[m](c) != (r != ' '):
				t.Errorf("%c: column %d is %q: drawn %v, want %v\n%s", m, c, r, r != ' ', drawn[m](c), string(plot))
			}
		}
		for _, c := range wantMarkers[m] {
			if plot[c] != m {
				t.Errorf("%c: column %d is %q, want the marker", m, c, plot[c])
			}
		}
	}
}

func containsInt(list []int, v int) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

// TestMarkers: a series is marked by the first letter of its name, upper-cased; a letter
// taken already, or a name that does not start with an ASCII letter, gives its position.
func TestMarkers(t *testing.T) {
	got := string(markers([]Series{{Name: "Lambda"}, {Name: "fargate"}, {Name: "lambda@edge"}, {Name: ""}, {Name: "コスト"}, {Name: "EC2"}}))
	if got != "LF345E" {
		t.Errorf("markers %q, want LF345E", got)
	}
}

// TestLineMonoOneSeries: one series is solid, so without colour only its
// markers differ from the coloured chart.
func TestLineMonoOneSeries(t *testing.T) {
	s := []Series{{Name: "requests", Points: []Point{{0, 0}, {5, 9}, {10, 3}}, Style: orange}}
	opt := Options{Width: 40, Height: 10}
	colour := []rune(ansi.Strip(Line(s, opt)))
	opt.Mono = true
	mono := []rune(ansi.Strip(Line(s, opt)))
	if len(colour) != len(mono) {
		t.Fatalf("sizes differ")
	}
	markers := 0
	for i := range colour {
		switch {
		case mono[i] == 'R':
			markers++
		case colour[i] != mono[i]:
			t.Errorf("rune %d: %q without colour, %q with", i, mono[i], colour[i])
		}
	}
	if markers < 2 {
		t.Errorf("%d markers", markers)
	}
}
