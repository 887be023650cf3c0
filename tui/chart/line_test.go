package chart

import (
	"flag"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// update rewrites the golden files: go test ./tui/chart -update, then review git diff.
var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got+"\n" != string(want) {
		t.Errorf("%s differs (go test ./tui/chart -update to rewrite):\n got:\n%s\nwant:\n%s", name, got, want)
	}
}

// Colours as the explorer might pass them, so the goldens prove ANSI is stripped.
var (
	orange = lipgloss.NewStyle().Foreground(lipgloss.Color("#ff9900"))
	blue   = lipgloss.NewStyle().Foreground(lipgloss.Color("#3399ff"))
	green  = lipgloss.NewStyle().Foreground(lipgloss.Color("#33cc66"))
	grey   = lipgloss.NewStyle().Foreground(lipgloss.Color("#888888"))
)

// breakevenSeries is a cost-against-traffic picture shaped like the break-even screen's,
// over 1k..10B requests a month, 41 points four to a decade-and-three-quarters:
// Lambda grows with traffic ($0.30 per million requests), Fargate and EC2 start at a
// floor ($30, $60) and grow in steps an order of magnitude more slowly.
func breakevenSeries() []Series {
	var l, f, e []Point
	for i := 0; i <= 40; i++ {
		x := math.Pow(10, 3+float64(i)*7/40)
		l = append(l, Point{x, 0.3 * x / 1e6})
		f = append(f, Point{x, 30 + x/5e4})
		e = append(e, Point{x, 60 + x/1e5})
	}
	return []Series{
		{Name: "Lambda", Points: l, Style: orange},
		{Name: "Fargate", Points: f, Style: blue},
		{Name: "EC2", Points: e, Style: green},
	}
}

func breakevenOptions(w, h int) Options {
	return Options{
		Width: w, Height: h, LogX: true, LogY: true,
		XLabel: "requests/month", YLabel: "$/month", YFormat: Dollars, Legend: true,
		Marks: []Mark{{X: 1e8, Label: "crossing", Style: grey}, {X: 3e6, Label: "you", Style: grey}},
	}
}

func TestLineGolden(t *testing.T) {
	lin := breakevenOptions(76, 16)
	lin.LogY = false
	for _, c := range []struct {
		name string
		opt  Options
	}{
		{"breakeven_76x16.golden", breakevenOptions(76, 16)},
		{"breakeven_40x8.golden", breakevenOptions(40, 8)},
		{"breakeven_linear_76x16.golden", lin},
	} {
		out := Line(breakevenSeries(), c.opt)
		if !strings.Contains(out, "\x1b[") {
			t.Errorf("%s: coloured series drew no ANSI", c.name)
		}
		golden(t, c.name, ansi.Strip(out))
	}
}

// TestLineGeometry checks a small chart against positions worked out by hand.
func TestLineGeometry(t *testing.T) {
	// y = x from (0,0) to (10,10), 30x8, a mark at x=5, no labels or legend.
	// Rows: 8 - 2 (axis, tick labels) = 6; the mark asks for the label line on top and
	// 6-1 = 5 >= 3 rows remain, so 5 plot rows.
	// Y: 0..10 in 5 rows is 20 dots; with fewer than 6 rows ticks need 1 row apart.
	//   step 2: 0,2,..,10 at dots round(pos*19) = 0,4,8,11,15,19 -> rows 4,3,2,2,... 8/4=2
	//   and 11/4=2 collide; step 5: 0, 5, 10 at dots 0, 10 (9.5 rounds up), 19 -> rows
	//   4, 2, 0. The widest label "10" makes the gutter 2, the axis is column 2, and the
	//   plot is 30-3 = 27 columns, 54 dots, from column 3.
	// X: 0..10; step 1 puts "0" at column 3 and "1" at 3+round(0.1*53)/2 = 3+2 = 5, under
	//   two apart; step 2: dots round(0.2*53)=11, 21, 32, 42, 53 -> columns 5, 10, 16, 21,
	//   26 -> labels at 3, 8, 13, 19, 24 and "10" centred at 29 moves in to 28.
	// Mark x=5: dot round(0.5*53) = 27 (26.5 rounds away from zero), column 13, right half.
	out := Line([]Series{{Points: []Point{{0, 0}, {10, 10}}}}, Options{
		Width: 30, Height: 8, Marks: []Mark{{X: 5, Label: "m"}},
	})
	lines := strings.Split(out, "\n")
	want := []string{
		// top line: the label "m" at column 3+13 = 16
		"                m             ",
		// rows 0..4 with ticks 10, 5, 0 at rows 0, 2, 4
		"10┤",
		"  │",
		" 5┤",
		"  │",
		" 0┤",
		"  └┬────┬────┬─────┬────┬────┬",
		"   0    2    4     6    8   10",
	}
	if len(lines) != len(want) {
		t.Fatalf("got %d lines, want %d:\n%s", len(lines), len(want), out)
	}
	for i, w := range want {
		if !strings.HasPrefix(lines[i], w) {
			t.Errorf("line %d = %q, want prefix %q", i, lines[i], w)
		}
	}
	cellBits := func(row, col int) int {
		r := []rune(lines[1+row])[3+col]
		if r == ' ' {
			return 0
		}
		return int(r - 0x2800)
	}
	// (0,0) is the bottom-left dot of the bottom-left cell: dot 7, bit 0x40.
	if cellBits(4, 0)&0x40 == 0 {
		t.Errorf("bottom-left cell %q lacks its bottom-left dot", []rune(lines[5])[3])
	}
	// (53,19) is the top-right dot of the top-right cell: dot 4, bit 0x08.
	if cellBits(0, 26)&0x08 == 0 {
		t.Errorf("top-right cell %q lacks its top-right dot", []rune(lines[1])[29])
	}
	// The mark at dot 27 lights the right half (dots 4,5,6,8) every other dot from the
	// bottom: dots y=0 and y=2 of the bottom cell are its rows 3 and 1 from the top, bits
	// 0x80 and 0x10. The line passes elsewhere in that column, so the cell four rows
	// below the top holds both.
	if got := cellBits(4, 13); got&0x90 != 0x90 {
		t.Errorf("mark cell = %#x, want bits 0x90 set", got)
	}
}

// TestLineLaterSeriesWins checks the overlap rule: two series through the same cells
// share their dots, and the cell takes the later series' colour.
func TestLineLaterSeriesWins(t *testing.T) {
	pts := []Point{{0, 1}, {10, 1}}
	out := Line([]Series{{Points: pts, Style: orange}, {Points: pts, Style: blue}},
		Options{Width: 30, Height: 8})
	plain := Line([]Series{{Points: pts}}, Options{Width: 30, Height: 8})
	if ansi.Strip(out) != plain {
		t.Errorf("overlapping series changed the dots:\n%s\n%s", ansi.Strip(out), plain)
	}
	// Render wraps a run in the style's opening sequence and a reset: find the openings.
	open := func(st lipgloss.Style) string { return strings.Split(st.Render("x"), "x")[0] }
	if strings.Contains(out, open(orange)) || !strings.Contains(out, open(blue)) {
		t.Errorf("the later (blue) series should colour the shared cells:\n%q", out)
	}
}

// braille counts the braille cells of a chart.
func braille(s string) int {
	n := 0
	for _, r := range s {
		if r > 0x2800 && r <= 0x28ff {
			n++
		}
	}
	return n
}

func TestLineGapsBreakTheLine(t *testing.T) {
	// Two segments separated by a NaN: the columns between them stay empty.
	pts := []Point{{0, 5}, {1, 5}, {2, math.NaN()}, {9, 5}, {10, 5}}
	// Two segments separated by a NaN: 0..1 and 9..10 on a 0..10 axis of 38 columns (40 less the gutter "5" and the axis)
	// light about 4 + 4 cells; joined, the line lights all 38.
	gap := Line([]Series{{Points: pts}}, Options{Width: 40, Height: 8})
	joined := Line([]Series{{Points: []Point{{0, 5}, {10, 5}}}}, Options{Width: 40, Height: 8})
	if g, j := braille(gap), braille(joined); g >= j/2 || j != 38 {
		t.Errorf("a NaN did not break the line: %d cells with the gap, %d without:\n%s\n%s", g, j, gap, joined)
	}
}

func TestLineNoData(t *testing.T) {
	out := Line(nil, Options{Width: 40, Height: 8})
	if !strings.Contains(out, "no data") {
		t.Errorf("empty chart lacks \"no data\":\n%s", out)
	}
}

func TestLineTooSmall(t *testing.T) {
	out := Line(breakevenSeries(), Options{Width: 19, Height: 5})
	want := "too small to draw  \n" + strings.Repeat(strings.Repeat(" ", 19)+"\n", 3) + strings.Repeat(" ", 19)
	if out != want {
		t.Errorf("19x5 = %q, want %q", out, want)
	}
	if got := Line(nil, Options{Width: 8, Height: 1}); got != "too smal" {
		t.Errorf("8x1 = %q, want the message cut to 8", got)
	}
}

// TestLineProperties draws every degenerate input at every size, with colour and without:
// never a panic, always exactly Height lines of exactly Width cells, the same string twice.
func TestLineProperties(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	long := strings.Repeat("very long label ", 10)
	many := make([]Point, 10000)
	for i := range many {
		many[i] = Point{float64(i), math.Sin(float64(i) / 100)}
	}
	cases := map[string]struct {
		series []Series
		opt    Options
	}{
		"nil":             {nil, Options{}},
		"empty series":    {[]Series{{Name: "a"}}, Options{Legend: true}},
		"one point":       {[]Series{{Points: []Point{{5, 5}}}}, Options{}},
		"one point log":   {[]Series{{Points: []Point{{5, 5}}}}, Options{LogX: true, LogY: true}},
		"zero point":      {[]Series{{Points: []Point{{0, 0}}}}, Options{}},
		"all equal":       {[]Series{{Points: []Point{{1, 3}, {2, 3}, {3, 3}}}}, Options{}},
		"all equal x":     {[]Series{{Points: []Point{{1, 3}, {1, 4}}}}, Options{LogX: true}},
		"all nan":         {[]Series{{Points: []Point{{nan, nan}, {1, nan}, {nan, 1}}}}, Options{}},
		"infinities":      {[]Series{{Points: []Point{{inf, 1}, {1, inf}, {2, -inf}, {3, 3}}}}, Options{}},
		"non-positive":    {[]Series{{Points: []Point{{-1, -1}, {0, 0}, {1, -5}}}}, Options{LogX: true, LogY: true}},
		"huge":            {[]Series{{Points: []Point{{-1e300, -1e300}, {1e300, 1e300}}}}, Options{}},
		"huge log":        {[]Series{{Points: []Point{{1e-300, 1e-300}, {1e300, 1e300}}}}, Options{LogX: true, LogY: true}},
		"beyond limit":    {[]Series{{Points: []Point{{1e308, 1}, {2, 1e308}}}}, Options{}},
		"close":           {[]Series{{Points: []Point{{1e15 + 1, 1e15 + 1}, {1e15 + 2, 1e15 + 2}}}}, Options{}},
		"negative":        {[]Series{{Points: []Point{{-5, -3}, {5, -1}}}}, Options{}},
		"unsorted":        {[]Series{{Points: []Point{{5, 1}, {1, 5}, {3, 2}}}}, Options{}},
		"many":            {[]Series{{Points: many}}, Options{}},
		"long labels":     {breakevenSeries(), Options{XLabel: long, YLabel: long, Legend: true, Marks: []Mark{{X: 1e5, Label: long}}, LogX: true}},
		"long names":      {[]Series{{Name: long, Points: []Point{{1, 1}, {2, 2}}}}, Options{Legend: true}},
		"wide runes":      {[]Series{{Name: "コスト", Points: []Point{{1, 1}, {2, 2}}}}, Options{Legend: true, YLabel: "円/月", Marks: []Mark{{X: 1.5, Label: "交差"}}}},
		"long formats":    {breakevenSeries(), Options{XFormat: func(float64) string { return long }, YFormat: func(float64) string { return long }}},
		"empty formats":   {breakevenSeries(), Options{XFormat: func(float64) string { return "" }, YFormat: func(float64) string { return "" }}},
		"marks off range": {breakevenSeries(), Options{LogX: true, Marks: []Mark{{X: -1, Label: "neg"}, {X: nan, Label: "nan"}, {X: 1e20, Label: "far"}, {X: 1e3, Label: "edge"}, {X: 1e10, Label: "right edge"}}}},
		"breakeven":       {breakevenSeries(), breakevenOptions(0, 0)},
	}
	sizes := [][2]int{{0, 0}, {-5, 3}, {3, -5}, {1, 1}, {19, 5}, {20, 4}, {20, 5}, {21, 6}, {40, 8}, {76, 16}, {80, 24}, {200, 60}}
	for name, c := range cases {
		for _, sz := range sizes {
			for _, mono := range []bool{false, true} {
				checkLine(t, name, c.series, c.opt, sz, mono)
			}
		}
	}
}

// checkLine draws series at size sz, with colour or without (mono): exactly the size, the
// same string twice.
func checkLine(t *testing.T, name string, series []Series, opt Options, sz [2]int, mono bool) {
	t.Helper()
	opt.Width, opt.Height, opt.Mono = sz[0], sz[1], mono
	out := Line(series, opt)
	if again := Line(series, opt); again != out {
		t.Errorf("%s %dx%d mono %v: two draws differ", name, sz[0], sz[1], mono)
	}
	var lines []string
	if out != "" {
		lines = strings.Split(out, "\n")
	}
	if len(lines) != max(sz[1], 0) {
		t.Errorf("%s %dx%d mono %v: %d lines, want %d:\n%s", name, sz[0], sz[1], mono, len(lines), max(sz[1], 0), out)
		return
	}
	for i, l := range lines {
		if w := ansi.StringWidth(l); w != max(sz[0], 0) {
			t.Errorf("%s %dx%d mono %v: line %d is %d wide: %q", name, sz[0], sz[1], mono, i, w, ansi.Strip(l))
		}
	}
}

// BenchmarkLine draws the break-even chart at 80x24: a redraw must leave most of the
// 16 ms a keystroke may take to pricing.
func BenchmarkLine(b *testing.B) {
	s, opt := breakevenSeries(), breakevenOptions(80, 24)
	for b.Loop() {
		Line(s, opt)
	}
}

// FuzzLine draws fuzzed points at fuzzed sizes: go test ./tui/chart -fuzz FuzzLine.
func FuzzLine(f *testing.F) {
	f.Add(76, 16, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, true, false)
	f.Add(20, 5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, false, true)
	f.Add(40, 8, -1e300, 1e300, math.NaN(), math.Inf(1), 1e-300, math.Copysign(0, -1), true, true)
	f.Fuzz(func(t *testing.T, w, h int, x0, y0, x1, y1, x2, y2 float64, logX, logY bool) {
		w, h = w%300, h%100
		s := []Series{{Name: "s", Points: []Point{{x0, y0}, {x1, y1}, {x2, y2}}}}
		opt := Options{Width: w, Height: h, LogX: logX, LogY: logY, Legend: true, XLabel: "x", YLabel: "y",
			Marks: []Mark{{X: x1, Label: "m"}}}
		out := Line(s, opt)
		if h <= 0 {
			if out != "" {
				t.Fatalf("%dx%d: want nothing, got %q", w, h, out)
			}
			return
		}
		lines := strings.Split(out, "\n")
		if len(lines) != h {
			t.Fatalf("%dx%d: %d lines", w, h, len(lines))
		}
		for i, l := range lines {
			if got := ansi.StringWidth(l); got != max(w, 0) {
				t.Fatalf("%dx%d: line %d is %d wide", w, h, i, got)
			}
		}
	})
}
