// Package chart draws small terminal charts for the explorer: line charts in braille
// dots on shared linear or log axes, and horizontal bars. It knows nothing of prices:
// callers pass float64 geometry (money stays decimal in model and is converted only
// to be drawn) and get back a string of exactly the size they asked for.
package chart

import (
	"strings"

	"charm.land/lipgloss/v2"
)

// Point is one (x, y) of a series, in data units.
type Point struct{ X, Y float64 }

// Series is one line of a chart.
type Series struct {
	Name   string
	Points []Point        // in rising X; a gap (NaN Y) breaks the line
	Style  lipgloss.Style // its colour (ignored where colour is off)
}

// Mark is a vertical marker at X with a short label (a crossing, the workload's own
// traffic, an optimum).
type Mark struct {
	X     float64
	Label string
	Style lipgloss.Style
}

// Options say how to draw.
type Options struct {
	Width, Height    int  // the whole chart, axes and legend included
	LogX, LogY       bool // log10 axes (values <= 0 are left out on a log axis)
	XLabel, YLabel   string
	XFormat, YFormat func(float64) string // tick labels, e.g. "$1.2k", "10M"; Count when nil
	Marks            []Mark
	// Legend names the series under the plot: "━ Lambda  ━ Fargate  ━ EC2", on as many
	// lines as the names need (the plot keeps at least 3 rows; names past that are left out).
	Legend bool
	// Mono says colour is off (NO_COLOR, or a terminal without colour), so series cannot be
	// told apart by colour: each is drawn with a dash pattern by its position (solid, dashed,
	// dotted) and its marker, the first letter of its name, on its line every few columns;
	// the legend shows both ("L ⠒⠒⠒⠒ Lambda  F ⠒⠒ ⠒ Fargate  E ⠂ ⠂  EC2").
	Mono bool
}

// TooSmall is the message Line draws when the chart cannot fit its size.
const TooSmall = "too small to draw"

// Minimum sizes: below them Line draws TooSmall.
const (
	minWidth     = 20 // whole chart
	minHeight    = 5  // whole chart
	minPlotWidth = 10 // plot area, once the y tick labels are placed
	minPlotRows  = 3  // an optional line (labels, legend) is dropped before the plot has fewer
)

// Line draws series as lines (braille dots: 2x4 per cell) on shared axes, with y ticks
// on the left, x ticks at the bottom, marks as vertical dotted lines labelled at the
// top, and the legend. The result is exactly Height lines, each exactly Width cells
// wide (padded with spaces); the same input gives the same string.
//
// Layout, top to bottom: a line for the y label and the marks' labels (when there are
// any), the plot, the x axis, the x tick labels, and a line for the legend with the x
// label at its right (when asked for). The optional lines are dropped, legend first,
// when the plot would otherwise have fewer than 3 rows.
//
// Ranges come from the data: points whose X or Y is NaN, infinite or (on a log axis)
// not positive are skipped and break their line. A linear y axis includes 0 when no
// value is negative. Ranges are widened to nice tick values (1, 2, 5 x 10^n). Marks
// outside the x range are not drawn. Where series share a cell, the later series'
// colour shows (the dots of both stay). In Mono a marker takes its cell whole.
func Line(series []Series, opt Options) string {
	if opt.Width < minWidth || opt.Height < minHeight {
		return tooSmall(opt.Width, opt.Height)
	}
	l := newLayout(series, opt)
	if l.pw < minPlotWidth {
		return tooSmall(opt.Width, opt.Height)
	}
	cv, inks, seriesInk, marks, trace := l.plot(series)
	var runes []rune
	var onLines map[[2]int]cell
	if opt.Mono {
		runes = markers(series)
		onLines = placeMarkers(trace, runes, l.pw)
		for at, m := range onLines {
			onLines[at] = cell{m.r, seriesInk[m.ink]}
		}
	}
	var rows []row
	if l.top {
		rows = append(rows, l.topRow(marks))
	}
	rows = append(rows, l.plotRows(cv, onLines)...)
	rows = append(rows, l.xRows()...)
	if l.info {
		rows = append(rows, l.infoRows(series, seriesInk, runes)...)
	}
	ps := paints(inks)
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = r.render(ps)
	}
	return strings.Join(out, "\n")
}
