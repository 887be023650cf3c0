package html

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/breakeven/breakeven/model"
)

// A chart is drawn in a fixed coordinate space (the svg's viewBox) and scales to the page's
// width. Its geometry is float64: positions, never figures. Every number the chart prints (a
// tick, a label) is text made from a decimal by the chart's builder.

// Chart geometry, in the viewBox's units.
const (
	chartWidth   = 760.0
	chartHeight  = 380.0
	marginLeft   = 78.0
	marginRight  = 24.0
	marginTop    = 40.0
	marginBottom = 92.0
)

// tick is a value on an axis and the text it shows.
type tick struct {
	at   float64
	text string
}

// axis is one axis of a chart: its range, whether it is logarithmic, its ticks and its label
// (with the unit).
type axis struct {
	label  string
	log    bool
	lo, hi float64
	ticks  []tick
}

// position maps v on the axis to a pixel between a (at lo) and b (at hi).
func (ax axis) position(v, a, b float64) float64 {
	lo, hi := ax.lo, ax.hi
	if ax.log {
		v, lo, hi = math.Log10(math.Max(v, ax.lo)), math.Log10(lo), math.Log10(hi)
	}
	if hi == lo {
		return (a + b) / 2
	}
	v = math.Min(math.Max(v, lo), hi)
	return a + (v-lo)/(hi-lo)*(b-a)
}

// style is how a series looks, told apart without colour: by dash pattern, marker shape and
// fill pattern, as well as by colour.
type style struct {
	colour  string
	dash    string // stroke-dasharray; "" for solid
	marker  string // circle, square, triangle, diamond
	pattern string // fill: solid, hatch, dots, cross
}

// styles are the series' looks, one per platform in model.Platforms order (and for other
// series in turn).
var styles = []style{
	{"#c05621", "", "circle", "solid"},
	{"#2b6cb0", "9 4", "square", "hatch"},
	{"#2f855a", "2 3", "triangle", "dots"},
	{"#6b46c1", "12 3 2 3", "diamond", "cross"},
}

// styleOf is the i-th series' style.
func styleOf(i int) style { return styles[i%len(styles)] }

// platformStyle is platform p's look: its place in model.Platforms's, the same whichever
// platforms a workload is shown on.
func platformStyle(p model.Platform) style { return styleOf(max(slices.Index(model.Platforms, p), 0)) }

// point is a series' value at x.
type point struct{ x, y float64 }

// series is one line of a chart: its name, its style and its runs of points (a gap between
// runs where it has no value, such as where a platform cannot run).
type series struct {
	name  string
	style style
	runs  [][]point
}

// mark is a vertical line across the plot at x, labelled: a break-even, the workload's own
// traffic, a flip.
type mark struct {
	x     float64
	label string
	now   bool // the workload as it is: drawn solid and darker
}

// lineChart is a chart of lines against two axes.
type lineChart struct {
	id, title, desc string
	x, y            axis
	series          []series
	marks           []mark
	// maxMarkers is how many markers each series shows along its line.
	maxMarkers int
}

// frame is a chart's size and the rectangle its data is drawn in: x0 to x1 left to right,
// y0 (the bottom) to y1 (the top).
type frame struct {
	height         float64
	x0, x1, y0, y1 float64
}

// frameOf is the frame of a chart height units tall.
func frameOf(height float64) frame {
	return frame{height, marginLeft, chartWidth - marginRight, height - marginBottom, marginTop}
}

// svg draws the chart.
func (c lineChart) svg() string {
	var b strings.Builder
	f := frameOf(chartHeight)
	x0, x1, y0, y1 := f.x0, f.x1, f.y0, f.y1
	svgOpen(&b, c.id, c.title, c.desc, f)
	axes(&b, f, c.x, c.y)
	rows := labelRows{}
	for _, m := range c.marks {
		drawMark(&b, m, &rows, c.x.position(m.x, x0, x1), y0, y1)
	}
	var entries []style
	var names []string
	for si, s := range c.series {
		for _, run := range s.runs {
			var pts []string
			for _, p := range run {
				pts = append(pts, coord(c.x.position(p.x, x0, x1))+","+coord(c.y.position(p.y, y0, y1)))
			}
			fmt.Fprintf(&b, `<polyline class="series" points="%s" fill="none" stroke="%s" stroke-width="2.2"%s/>`+"\n", strings.Join(pts, " "), s.style.colour, dashAttr(s.style.dash))
		}
		for _, p := range markerPoints(s.runs, c.maxMarkers, si, len(c.series)) {
			b.WriteString(marker(s.style, c.x.position(p.x, x0, x1), c.y.position(p.y, y0, y1), 4.5))
		}
		entries = append(entries, s.style)
		names = append(names, s.name)
	}
	legend(&b, f, "", entries, names, true)
	b.WriteString("</svg>\n")
	return b.String()
}

// svgOpen starts an svg with its title and description, which screen readers read and
// which name the chart where it cannot be seen.
func svgOpen(b *strings.Builder, id, title, desc string, f frame) {
	fmt.Fprintf(b, `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 %s %s" role="img" aria-labelledby="%s-title %s-desc">`+"\n", coord(chartWidth), coord(f.height), id, id)
	fmt.Fprintf(b, `<title id="%s-title">%s</title>`+"\n"+`<desc id="%s-desc">%s</desc>`+"\n", id, esc(title), id, esc(desc))
	fmt.Fprintf(b, `<text class="chart-title" x="%s" y="22">%s</text>`+"\n", coord(marginLeft), esc(title))
}

// axes draws the grid, both axes with their ticks, and the axis labels, in frame f.
func axes(b *strings.Builder, f frame, x, y axis) {
	x0, x1, y0, y1 := f.x0, f.x1, f.y0, f.y1
	b.WriteString(`<g class="grid">` + "\n")
	for _, t := range x.ticks {
		px := coord(x.position(t.at, x0, x1))
		fmt.Fprintf(b, `<line x1="%s" y1="%s" x2="%s" y2="%s"/>`+"\n", px, coord(y0), px, coord(y1))
	}
	for _, t := range y.ticks {
		py := coord(y.position(t.at, y0, y1))
		fmt.Fprintf(b, `<line x1="%s" y1="%s" x2="%s" y2="%s"/>`+"\n", coord(x0), py, coord(x1), py)
	}
	b.WriteString("</g>\n")
	fmt.Fprintf(b, `<path class="axis" d="M%s %sV%sH%s" fill="none"/>`+"\n", coord(x0), coord(y1), coord(y0), coord(x1))
	for _, t := range x.ticks {
		px := coord(x.position(t.at, x0, x1))
		fmt.Fprintf(b, `<text class="tick" x="%s" y="%s" text-anchor="middle">%s</text>`+"\n", px, coord(y0+16), esc(t.text))
	}
	for _, t := range y.ticks {
		py := y.position(t.at, y0, y1)
		fmt.Fprintf(b, `<text class="tick" x="%s" y="%s" text-anchor="end">%s</text>`+"\n", coord(x0-6), coord(py+4), esc(t.text))
	}
	fmt.Fprintf(b, `<text class="axis-label" x="%s" y="%s" text-anchor="middle">%s</text>`+"\n", coord((x0+x1)/2), coord(y0+36), esc(x.label))
	if y.label != "" {
		fmt.Fprintf(b, `<text class="axis-label" transform="translate(16 %s) rotate(-90)" text-anchor="middle">%s</text>`+"\n", coord((y0+y1)/2), esc(y.label))
	}
}

// markLabelRows is how many rows the marks' labels may take at the top of the plot.
const markLabelRows = 8

// labelRows are the extents the marks' labels already take on each row at the top of the
// plot, so that the next label goes where it overlaps none.
type labelRows [markLabelRows]struct {
	used   bool
	lo, hi float64
}

// place returns the first row where a label from lo to hi overlaps no label there (the row
// whose labels end furthest left when every row has one in the way), and takes its place.
func (r *labelRows) place(lo, hi float64) int {
	best := 0
	for i := range r {
		if !r[i].used || lo > r[i].hi+6 || hi < r[i].lo-6 {
			best = i
			break
		}
		if r[i].hi < r[best].hi {
			best = i
		}
	}
	if !r[best].used {
		r[best].lo, r[best].hi, r[best].used = lo, hi, true
	} else {
		r[best].lo, r[best].hi = min(r[best].lo, lo), max(r[best].hi, hi)
	}
	return best
}

// drawMark draws a labelled vertical line at px, its label on the first row of rows where it
// overlaps no other mark's.
func drawMark(b *strings.Builder, m mark, rows *labelRows, px, y0, y1 float64) {
	class := "mark"
	if m.now {
		class = "mark now"
	}
	anchor, tx, lo, hi := "start", px+3, px+3, px+3+textWidth(m.label)*0.9
	if px > chartWidth*0.7 {
		anchor, tx, lo, hi = "end", px-3, px-3-textWidth(m.label)*0.9, px-3
	}
	ly := y1 + 12 + float64(rows.place(lo, hi))*13
	fmt.Fprintf(b, `<g class="%s"><line x1="%s" y1="%s" x2="%s" y2="%s"/><text x="%s" y="%s" text-anchor="%s">%s</text></g>`+"\n",
		class, coord(px), coord(y0), coord(px), coord(y1), coord(tx), coord(ly), anchor, esc(m.label))
}

// markerPoints picks at most n points of the runs, evenly spread, shifted for the si-th of
// count series so that the markers of lines that overlap do not fall on one another.
func markerPoints(runs [][]point, n, si, count int) []point {
	var all []point
	for _, r := range runs {
		all = append(all, r...)
	}
	if n <= 0 || len(all) == 0 {
		return nil
	}
	if len(all) <= n {
		return all
	}
	step := float64(len(all)) / float64(n)
	var out []point
	for k := range n {
		i := int((float64(k) + (float64(si)+0.5)/float64(max(count, 1))) * step)
		out = append(out, all[min(i, len(all)-1)])
	}
	return out
}

// marker draws a style's marker shape centred on (x, y).
func marker(s style, x, y, r float64) string {
	attrs := fmt.Sprintf(`fill="%s" stroke="#1a202c" stroke-width="0.8"`, s.colour)
	switch s.marker {
	case "square":
		return fmt.Sprintf(`<rect x="%s" y="%s" width="%s" height="%s" %s/>`+"\n", coord(x-r), coord(y-r), coord(2*r), coord(2*r), attrs)
	case "triangle":
		return fmt.Sprintf(`<path d="M%s %sL%s %sL%s %sZ" %s/>`+"\n", coord(x), coord(y-r*1.2), coord(x+r*1.1), coord(y+r*0.8), coord(x-r*1.1), coord(y+r*0.8), attrs)
	case "diamond":
		return fmt.Sprintf(`<path d="M%s %sL%s %sL%s %sL%s %sZ" %s/>`+"\n", coord(x), coord(y-r*1.3), coord(x+r), coord(y), coord(x), coord(y+r*1.3), coord(x-r), coord(y), attrs)
	}
	return fmt.Sprintf(`<circle cx="%s" cy="%s" r="%s" %s/>`+"\n", coord(x), coord(y), coord(r), attrs)
}

// legend draws one entry per style and name in a row under the axis label: for lines a
// stretch of the line with its dash and marker, for bars a swatch of the fill pattern of the
// chart id.
func legend(b *strings.Builder, f frame, id string, entries []style, names []string, lines bool) {
	x := marginLeft
	y := f.height - 26
	b.WriteString(`<g class="legend">` + "\n")
	for i, s := range entries {
		if lines {
			fmt.Fprintf(b, `<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="2.2"%s/>`+"\n", coord(x), coord(y), coord(x+34), coord(y), s.colour, dashAttr(s.dash))
			b.WriteString(marker(s, x+17, y, 4.5))
		} else {
			fmt.Fprintf(b, `<rect x="%s" y="%s" width="28" height="14" fill="%s" stroke="#1a202c" stroke-width="0.8"/>`+"\n", coord(x+3), coord(y-7), s.fill(id))
		}
		fmt.Fprintf(b, `<text x="%s" y="%s">%s</text>`+"\n", coord(x+40), coord(y+4), esc(names[i]))
		x += 40 + textWidth(names[i]) + 24
	}
	b.WriteString("</g>\n")
}

// textWidth estimates the width of s in the chart's 12-unit font, to lay the legend out.
func textWidth(s string) float64 { return float64(len([]rune(s))) * 6.6 }

// dashAttr is the stroke-dasharray attribute of a dash pattern ("" for a solid line).
func dashAttr(dash string) string {
	if dash == "" {
		return ""
	}
	return ` stroke-dasharray="` + dash + `"`
}

// coord writes a coordinate to a tenth of a unit: the same float always gives the same text.
func coord(v float64) string {
	s := strconv.FormatFloat(v, 'f', 1, 64)
	s = strings.TrimSuffix(s, ".0")
	if s == "-0" {
		return "0"
	}
	return s
}
