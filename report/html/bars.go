package html

import (
	"fmt"
	"strings"
)

// Bars are told apart in grey-scale print by their fill pattern (solid, hatched, dotted,
// cross-hatched over the colour), besides their colour, and each bar is labelled directly.

// Bar chart geometry: each row is a band with its label above its bars.
const (
	barRowHeight = 40.0
	barHeight    = 16.0
)

// bar is one bar of a row, from one value to another on the chart's axis, labelled at its end
// (before its start when before: the left side of a tornado).
type bar struct {
	from, to float64
	style    style
	text     string
	before   bool
}

// barRow is one row of a bar chart: its label and its bars (none: the row says why in note).
type barRow struct {
	label string
	bars  []bar
	note  string
}

// barChart is a chart of horizontal bars against one axis, with an optional reference line.
type barChart struct {
	id, title, desc string
	x               axis
	rows            []barRow
	legendStyles    []style
	legendNames     []string
	// reference, when referenceLabel is not empty, is a vertical line across the rows at that
	// value (the tornado's base cost).
	reference      float64
	referenceLabel string
}

// svg draws the chart.
func (c barChart) svg() string {
	var b strings.Builder
	f := frameOf(marginTop + 8 + barRowHeight*float64(len(c.rows)) + marginBottom)
	svgOpen(&b, c.id, c.title, c.desc, f)
	patternDefs(&b, c.id)
	axes(&b, f, c.x, axis{})
	for i, r := range c.rows {
		top := f.y1 + 8 + barRowHeight*float64(i)
		fmt.Fprintf(&b, `<text class="bar-label" x="%s" y="%s">%s</text>`+"\n", coord(f.x0+4), coord(top+11), esc(r.label))
		by := top + 16
		if len(r.bars) == 0 {
			fmt.Fprintf(&b, `<text class="bar-note" x="%s" y="%s">%s</text>`+"\n", coord(f.x0+4), coord(by+12), esc(r.note))
		}
		for _, br := range r.bars {
			a, z := c.x.position(br.from, f.x0, f.x1), c.x.position(br.to, f.x0, f.x1)
			if z < a {
				a, z = z, a
			}
			fmt.Fprintf(&b, `<rect class="bar" x="%s" y="%s" width="%s" height="%s" fill="%s" stroke="#1a202c" stroke-width="0.8"/>`+"\n", coord(a), coord(by), coord(max(z-a, 1)), coord(barHeight), br.style.fill(c.id))
			tx, anchor := z+5, "start"
			if br.to < br.from || br.before {
				tx, anchor = a-5, "end"
			}
			if tx+textWidth(br.text) > f.x1+marginRight && anchor == "start" {
				tx, anchor = z-5, "end"
				fmt.Fprintf(&b, `<text class="bar-value inside" x="%s" y="%s" text-anchor="%s">%s</text>`+"\n", coord(tx), coord(by+12), anchor, esc(br.text))
				continue
			}
			fmt.Fprintf(&b, `<text class="bar-value" x="%s" y="%s" text-anchor="%s">%s</text>`+"\n", coord(tx), coord(by+12), anchor, esc(br.text))
		}
	}
	if c.referenceLabel != "" {
		px := c.x.position(c.reference, f.x0, f.x1)
		fmt.Fprintf(&b, `<g class="mark now"><line x1="%s" y1="%s" x2="%s" y2="%s"/><text x="%s" y="%s" text-anchor="middle">%s</text></g>`+"\n",
			coord(px), coord(f.y0), coord(px), coord(f.y1), coord(px), coord(f.y1-4), esc(c.referenceLabel))
	}
	legend(&b, f, c.id, c.legendStyles, c.legendNames, false)
	b.WriteString("</svg>\n")
	return b.String()
}

// fill is the style's fill in chart id: its colour, or its pattern over the colour.
func (s style) fill(id string) string {
	if s.pattern == "solid" {
		return s.colour
	}
	return "url(#" + id + "-" + s.pattern + "-" + strings.TrimPrefix(s.colour, "#") + ")"
}

// patternDefs defines, in chart id, the fill patterns of every style: each svg holds its own,
// so that a chart copied alone keeps its fills.
func patternDefs(b *strings.Builder, id string) {
	b.WriteString("<defs>\n")
	for _, s := range styles {
		if s.pattern == "solid" {
			continue
		}
		var marks string
		switch s.pattern {
		case "hatch":
			marks = `<path d="M0 8L8 0M-2 2L2 -2M6 10L10 6" stroke="#fff" stroke-width="2"/>`
		case "dots":
			marks = `<circle cx="4" cy="4" r="1.6" fill="#fff"/>`
		default:
			marks = `<path d="M0 4H8M4 0V8" stroke="#fff" stroke-width="1.5"/>`
		}
		fmt.Fprintf(b, `<pattern id="%s-%s-%s" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="%s"/>%s</pattern>`+"\n",
			id, s.pattern, strings.TrimPrefix(s.colour, "#"), s.colour, marks)
	}
	b.WriteString("</defs>\n")
}
