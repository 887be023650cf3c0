package chart

import (
	"strconv"
	"unicode"
)

// Without colour (Options.Mono) lines drawn in braille look alike, so each series is drawn
// with a dash pattern of its own, by its position (solid, dashed, dotted, then again), and
// carries a marker, a letter on its line every few columns; the legend shows both.

// dash is a dash pattern: of every period dots along a line, the first on are drawn.
type dash struct{ on, period int }

// dashes are the series' patterns in order: solid; dashed, four dots on and two off (two
// cells drawn and one blank along a flat line); dotted, one dot in four.
var dashes = []dash{{1, 1}, {4, 6}, {1, 4}}

// draws says whether the step-th dot along a line is drawn.
func (d dash) draws(step int) bool { return step%d.period < d.on }

// dashOf is series i's pattern.
func dashOf(i int) dash { return dashes[i%len(dashes)] }

// markerGap is the columns between one series' markers, when the plot is wide enough for
// each series to show several.
const markerGap = 12

// markers are the series' marker runes: the first letter of each name, upper-cased, or the
// series' position (1, 2, ...) when that letter is taken or the name starts otherwise.
func markers(series []Series) []rune {
	out := make([]rune, len(series))
	taken := map[rune]bool{}
	for i, s := range series {
		r := []rune(s.Name + " ")[0]
		r = unicode.ToUpper(r)
		if r > unicode.MaxASCII || !unicode.IsLetter(r) || taken[r] {
			r = []rune(strconv.Itoa((i + 1) % 10))[0]
		}
		taken[r] = true
		out[i] = r
	}
	return out
}

// placeMarkers puts each series' marker on its line every markerGap columns (fewer apart on
// a narrow plot), the series staggered so that their markers fall in different columns.
// trace[i][col] is the plot row series i passes through in column col (-1: none). A marker
// goes in the nearest column to its place where the series passes and no other marker is
// in that cell or beside it; where there is none, it is left out. The result is a marker
// cell by plot row and column, with its series' index.
func placeMarkers(trace [][]int, runes []rune, width int) map[[2]int]cell {
	out := map[[2]int]cell{}
	gap := min(markerGap, max(width/3, 2))
	free := func(row, col int) bool {
		for c := col - 1; c <= col+1; c++ {
			if _, ok := out[[2]int{row, c}]; ok {
				return false
			}
		}
		return true
	}
	for i, rows := range trace {
		for at := gap/2 + i*gap/max(len(trace), 1); at < width; at += gap {
			for _, c := range []int{at, at + 1, at - 1, at + 2, at - 2} {
				if c >= 0 && c < width && rows[c] >= 0 && free(rows[c], c) {
					out[[2]int{rows[c], c}] = cell{runes[i], i}
					break
				}
			}
		}
	}
	return out
}

// sample is a short stretch of pattern d as the chart draws it along a flat line: four
// cells of the braille middle row.
func sample(d dash) string {
	var b []rune
	for c := range 4 {
		bits := 0
		if d.draws(2 * c) {
			bits |= 0x02 // dot 2: the left column's second row
		}
		if d.draws(2*c + 1) {
			bits |= 0x10 // dot 5: the right column's second row
		}
		r := ' '
		if bits != 0 {
			r = rune(0x2800 + bits)
		}
		b = append(b, r)
	}
	return string(b)
}
