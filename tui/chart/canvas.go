package chart

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// noInk marks a cell drawn without a style.
const noInk = -1

// cell is one terminal cell of a chart: a rune of width one and the index of its style.
type cell struct {
	r   rune
	ink int
}

// row is one line of a chart, a cell per column.
type row []cell

// newRow returns a blank row of w cells.
func newRow(w int) row {
	r := make(row, max(w, 0))
	for i := range r {
		r[i] = cell{' ', noInk}
	}
	return r
}

// put writes s from column col on, clipping at both edges. Runes that are not one
// cell wide (wide, combining or control characters) are written as '?', so every
// rune takes exactly one column.
func (r row) put(col int, s string, ink int) {
	for _, c := range s {
		if col >= 0 && col < len(r) {
			if ansi.StringWidth(string(c)) != 1 {
				c = '?'
			}
			r[col] = cell{c, ink}
		}
		col++
	}
}

// free reports whether the columns [from, to) are all blank and inside the row.
func (r row) free(from, to int) bool {
	if from < 0 || to > len(r) {
		return false
	}
	for _, c := range r[from:to] {
		if c.r != ' ' {
			return false
		}
	}
	return true
}

// paint is how one style colours a run of text: the sequences before and after it.
type paint struct{ pre, post string }

// paints renders each style once around a placeholder and keeps what it put around it,
// so a chart costs one lipgloss render per style rather than one per run of cells.
// The styles are ink's: colour and weight only, which never change the text itself.
func paints(inks []lipgloss.Style) []paint {
	ps := make([]paint, len(inks))
	for i, st := range inks {
		pre, post, _ := strings.Cut(st.Render("x"), "x")
		ps[i] = paint{pre, post}
	}
	return ps
}

// render joins the row into a string, each run of cells of one style painted once.
func (r row) render(ps []paint) string {
	var b strings.Builder
	for i := 0; i < len(r); {
		ink := r[i].ink
		if ink != noInk {
			b.WriteString(ps[ink].pre)
		}
		for ; i < len(r) && r[i].ink == ink; i++ {
			b.WriteRune(r[i].r)
		}
		if ink != noInk {
			b.WriteString(ps[ink].post)
		}
	}
	return b.String()
}

// ink keeps only the colour and weight of a caller's style, so a width, padding or
// border set on it cannot change the chart's geometry. An unset style stays unset and
// renders text unchanged.
func ink(s lipgloss.Style) lipgloss.Style {
	out := lipgloss.NewStyle()
	if fg := s.GetForeground(); fg != (lipgloss.NoColor{}) {
		out = out.Foreground(fg)
	}
	if s.GetBold() {
		out = out.Bold(true)
	}
	if s.GetFaint() {
		out = out.Faint(true)
	}
	return out
}

// braille dots of one cell, by [column][row from the top]: Unicode numbers them
// 1,2,3,7 down the left and 4,5,6,8 down the right.
var dotBits = [2][4]uint8{{0x01, 0x02, 0x04, 0x40}, {0x08, 0x10, 0x20, 0x80}}

// canvas is a grid of braille cells, 2 dots wide and 4 high each. Pixel (0, 0) is the
// bottom-left dot.
type canvas struct {
	w, h int // in cells
	dots []uint8
	inks []int
}

// newCanvas returns a blank canvas of w x h cells.
func newCanvas(w, h int) *canvas {
	c := &canvas{w: w, h: h, dots: make([]uint8, w*h), inks: make([]int, w*h)}
	for i := range c.inks {
		c.inks[i] = noInk
	}
	return c
}

// set lights the dot at pixel (x, y), counted from the bottom left. A cell's dots are
// shared by everything drawn through it, but it has one colour: the last drawn wins,
// so where series overlap in a cell the later series' colour shows.
func (c *canvas) set(x, y, ink int) {
	if x < 0 || y < 0 || x >= 2*c.w || y >= 4*c.h {
		return
	}
	top := 4*c.h - 1 - y
	i := (top/4)*c.w + x/2
	c.dots[i] |= dotBits[x%2][top%4]
	c.inks[i] = ink
}

// line calls dot for each dot after (x0, y0), the end of the stretch drawn before it, up to
// and including (x1, y1), in order (Bresenham's algorithm).
func line(x0, y0, x1, y1 int, dot func(x, y int)) {
	dx, dy := abs(x1-x0), -abs(y1-y0)
	sx, sy := sign(x1-x0), sign(y1-y0)
	e := dx + dy
	for start := true; ; start = false {
		if !start {
			dot(x0, y0)
		}
		if x0 == x1 && y0 == y1 {
			return
		}
		e2 := 2 * e
		if e2 >= dy {
			e += dy
			x0 += sx
		}
		if e2 <= dx {
			e += dx
			y0 += sy
		}
	}
}

// row is the cell row (from the top) of dot row y (from the bottom).
func (c *canvas) row(y int) int { return (4*c.h - 1 - y) / 4 }

// cellAt returns the cell at column x and row y (from the top) as text.
func (c *canvas) cellAt(x, y int) cell {
	i := y*c.w + x
	if c.dots[i] == 0 {
		return cell{' ', noInk}
	}
	return cell{rune(0x2800 + int(c.dots[i])), c.inks[i]}
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

func sign(v int) int {
	switch {
	case v < 0:
		return -1
	case v > 0:
		return 1
	}
	return 0
}
