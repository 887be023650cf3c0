package chart

import (
	"math"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// layout is where everything of one Line chart goes: which optional lines it has, the
// gutter for the y labels, the plot's size in cells and both axes.
type layout struct {
	opt    Options
	xf, yf func(float64) string
	top    bool // the label line above the plot
	// legend is the legend's lines below the plot, each the series it names (by index);
	// info says there are any (the legend's or the x label's line).
	legend  [][]int
	info    bool
	ph, pw  int // the plot, in cells
	gw      int // the y labels' gutter; the y axis is column gw, the plot starts at gw+1
	xa, ya  axis
	hasData bool
}

// newLayout places the chart: ranges from the points that can be drawn, the optional
// lines dropped (legend first) while the plot would have fewer than minPlotRows rows,
// the y axis (its labels set the gutter, which sets the plot's width), then the x axis.
func newLayout(series []Series, opt Options) *layout {
	l := &layout{opt: opt, xf: opt.XFormat, yf: opt.YFormat}
	if l.xf == nil {
		l.xf = Count
	}
	if l.yf == nil {
		l.yf = Count
	}
	var xs, ys span
	named := false
	for _, s := range series {
		named = named || s.Name != ""
		for _, p := range s.Points {
			if usable(p.X, opt.LogX) && usable(p.Y, opt.LogY) {
				xs.add(p.X)
				ys.add(p.Y)
			}
		}
	}
	l.hasData = xs.ok
	if ys.ok && !opt.LogY && ys.lo >= 0 {
		ys.add(0)
	}

	l.ph = opt.Height - 2 // the x axis and its labels
	l.info = ((opt.Legend && named) || opt.XLabel != "") && l.ph-1 >= minPlotRows
	if l.info {
		l.ph--
		l.legend = legendLines(series, opt)
		// lines past the first while the plot keeps its rows; the series of those left out
		// are not named
		more := min(max(len(l.legend)-1, 0), max(l.ph-minPlotRows, 0))
		l.legend = l.legend[:min(len(l.legend), 1+more)]
		l.ph -= max(len(l.legend)-1, 0)
	}
	l.top = (opt.YLabel != "" || len(opt.Marks) > 0) && l.ph-1 >= minPlotRows
	if l.top {
		l.ph--
	}

	minGap := 2 // rows between y ticks: one blank row between labels when there is room
	if l.ph < 6 {
		minGap = 1
	}
	l.ya = newAxis(ys, opt.LogY, func(a axis) bool { return l.fitsY(a, minGap) })
	for _, t := range l.ya.ticks {
		l.gw = max(l.gw, runeCount(l.yf(t)))
	}
	l.pw = opt.Width - l.gw - 1
	if l.pw < minPlotWidth {
		return l
	}
	l.xa = newAxis(xs, opt.LogX, l.fitsX)
	return l
}

// yDot is the dot row (from the bottom) of v on axis a.
func (l *layout) yDot(a axis, v float64) int { return pixel(a.pos(v), 4*l.ph) }

// xDot is the dot column of v on axis a.
func (l *layout) xDot(a axis, v float64) int { return pixel(a.pos(v), 2*l.pw) }

// yRow is the plot row (from the top) of v on axis a.
func (l *layout) yRow(a axis, v float64) int { return l.ph - 1 - l.yDot(a, v)/4 }

// xCol is the chart column of v on axis a.
func (l *layout) xCol(a axis, v float64) int { return l.gw + 1 + l.xDot(a, v)/2 }

// fitsY reports whether a's ticks fall on rows at least minGap apart, with labels
// that differ from their neighbours'.
func (l *layout) fitsY(a axis, minGap int) bool {
	for i := 1; i < len(a.ticks); i++ {
		// Rows count down the screen while values rise.
		if l.yRow(a, a.ticks[i-1])-l.yRow(a, a.ticks[i]) < minGap {
			return false
		}
		if l.yf(a.ticks[i-1]) == l.yf(a.ticks[i]) {
			return false
		}
	}
	return true
}

// fitsX reports whether a's tick labels, each centred under its tick, fit the width
// with two blank columns between neighbours and differ from their neighbours.
func (l *layout) fitsX(a axis) bool {
	end := -2 // one past the previous label
	for i, t := range a.ticks {
		s := l.xf(t)
		w := runeCount(s)
		if w > l.opt.Width {
			return false
		}
		start := labelStart(l.xCol(a, t), w, l.opt.Width)
		if i > 0 && (start < end+2 || s == l.xf(a.ticks[i-1])) {
			return false
		}
		end = start + w
	}
	return true
}

// plot draws the marks that fall in the x range, then each series over them, and
// returns the canvas, the styles its cells index, each series' style index and the
// marks drawn (whose style index is their position). In Mono each series is drawn with
// its dash pattern, and trace says which plot row it passes through in each column (-1:
// none), for its markers.
func (l *layout) plot(series []Series) (cv *canvas, inks []lipgloss.Style, seriesInk []int, marks []Mark, trace [][]int) {
	cv = newCanvas(l.pw, l.ph)
	for _, m := range l.opt.Marks {
		if !usable(m.X, l.opt.LogX) || m.X < l.xa.lo || m.X > l.xa.hi {
			continue
		}
		marks = append(marks, m)
		inks = append(inks, ink(m.Style))
		x := l.xDot(l.xa, m.X)
		for y := 0; y < 4*l.ph; y += 2 { // every other dot: a dotted line
			cv.set(x, y, len(inks)-1)
		}
	}
	seriesInk = make([]int, len(series))
	for i, s := range series {
		inks = append(inks, ink(s.Style))
		seriesInk[i] = len(inks) - 1
		pattern, step := dashOf(i), 0
		if !l.opt.Mono {
			pattern = dashes[0]
		}
		var rows []int
		if l.opt.Mono {
			rows = make([]int, l.pw)
			for c := range rows {
				rows[c] = -1
			}
			trace = append(trace, rows)
		}
		dot := func(x, y int) {
			if pattern.draws(step) {
				cv.set(x, y, seriesInk[i])
			}
			step++
			if rows != nil && x >= 0 && x < 2*l.pw && y >= 0 && y < 4*l.ph {
				rows[x/2] = cv.row(y)
			}
		}
		px, py, joined := 0, 0, false
		for _, p := range s.Points {
			if !usable(p.X, l.opt.LogX) || !usable(p.Y, l.opt.LogY) {
				joined = false // a gap: the next point starts a new stretch
				continue
			}
			x, y := l.xDot(l.xa, p.X), l.yDot(l.ya, p.Y)
			if joined {
				line(px, py, x, y, dot)
			} else {
				dot(x, y)
			}
			px, py, joined = x, y, true
		}
	}
	return cv, inks, seriesInk, marks, trace
}

// topRow is the y label at the left and each mark's label from its column (or ending
// at it, near the right edge); a label that would touch another is left out.
func (l *layout) topRow(marks []Mark) row {
	r := newRow(l.opt.Width)
	r.put(0, l.opt.YLabel, noInk)
	for i, m := range marks {
		col := l.xCol(l.xa, m.X)
		w := runeCount(m.Label)
		if col+w > l.opt.Width {
			col = max(col-w+1, 0)
		}
		if r.free(max(col-1, 0), min(col+w+1, l.opt.Width)) {
			r.put(col, m.Label, i)
		}
	}
	return r
}

// plotRows are the plot's rows behind the y labels and axis, the markers over the lines,
// with "no data" across the middle when nothing could be drawn.
func (l *layout) plotRows(cv *canvas, markers map[[2]int]cell) []row {
	rows := make([]row, l.ph)
	for y := range rows {
		rows[y] = newRow(l.opt.Width)
		rows[y][l.gw] = cell{'│', noInk}
		for x := range l.pw {
			rows[y][l.gw+1+x] = cv.cellAt(x, y)
			if m, ok := markers[[2]int{y, x}]; ok {
				rows[y][l.gw+1+x] = m
			}
		}
	}
	for _, t := range l.ya.ticks {
		r := rows[l.yRow(l.ya, t)]
		s := l.yf(t)
		r.put(l.gw-runeCount(s), s, noInk)
		r[l.gw] = cell{'┤', noInk}
	}
	if !l.hasData {
		msg := "no data"
		rows[(l.ph-1)/2].put(l.gw+1+(l.pw-len(msg))/2, msg, noInk)
	}
	return rows
}

// xRows are the x axis with its ticks and the line of their labels.
func (l *layout) xRows() []row {
	axisRow, labels := newRow(l.opt.Width), newRow(l.opt.Width)
	axisRow[l.gw] = cell{'└', noInk}
	for x := range l.pw {
		axisRow[l.gw+1+x] = cell{'─', noInk}
	}
	for _, t := range l.xa.ticks {
		c := l.xCol(l.xa, t)
		axisRow[c] = cell{'┬', noInk}
		s := l.xf(t)
		labels.put(labelStart(c, runeCount(s), l.opt.Width), s, noInk)
	}
	return []row{axisRow, labels}
}

// legendKey is series i's key in the legend: "━", or in Mono its marker and a sample of its
// pattern ("L ⠒⠒⠒⠒").
func legendKey(i int, runes []rune, mono bool) string {
	if mono {
		return string(runes[i]) + " " + sample(dashOf(i))
	}
	return "━"
}

// legendLines are the legend's lines: "━ Name" for each named series, two spaces apart,
// on as many lines of the width as they need (a name wider than the width alone on its
// line, cut); none when the chart has no legend.
func legendLines(series []Series, opt Options) [][]int {
	if !opt.Legend {
		return nil
	}
	keyWidth := 1
	if opt.Mono {
		keyWidth = 6 // marker, space, four cells of pattern
	}
	var lines [][]int
	col := 0
	for i, s := range series {
		if s.Name == "" {
			continue
		}
		w := keyWidth + 1 + runeCount(s.Name)
		if len(lines) == 0 || (col > 0 && col+w > opt.Width) {
			lines, col = append(lines, nil), 0
		}
		lines[len(lines)-1] = append(lines[len(lines)-1], i)
		col += w + 2
	}
	return lines
}

// infoRows are the legend's lines (legendLines) and the x label at the right of the last,
// or of the first where the last has no room for it.
func (l *layout) infoRows(series []Series, seriesInk []int, runes []rune) []row {
	rows := make([]row, max(len(l.legend), 1))
	for k := range rows {
		rows[k] = newRow(l.opt.Width)
		col := 0
		if k >= len(l.legend) {
			continue
		}
		for _, i := range l.legend[k] {
			key := legendKey(i, runes, l.opt.Mono)
			rows[k].put(col, key, seriesInk[i])
			rows[k].put(col+runeCount(key)+1, series[i].Name, noInk)
			col += runeCount(key) + 1 + runeCount(series[i].Name) + 2
		}
	}
	if w := runeCount(l.opt.XLabel); w > 0 {
		from := max(l.opt.Width-w-1, 0)
		for _, r := range []row{rows[len(rows)-1], rows[0]} {
			if r.free(from, l.opt.Width) {
				r.put(l.opt.Width-w, l.opt.XLabel, noInk)
				break
			}
		}
	}
	return rows
}

// labelStart is where a label w wide starts when centred on column c, moved inwards
// to lie within [0, width).
func labelStart(c, w, width int) int {
	return max(0, min(c-(w-1)/2, width-w))
}

// pixel maps a position on an axis (0 to 1) to one of n dots, clamped to [0, n).
func pixel(pos float64, n int) int {
	p := int(math.Round(pos * float64(n-1)))
	return max(0, min(p, n-1))
}

// runeCount is the width of a label as row.put writes it: one column a rune.
func runeCount(s string) int {
	return len([]rune(s))
}

// tooSmall is the chart drawn where there is no room: the message, cut to the width,
// then blank lines, each padded to the width.
func tooSmall(width, height int) string {
	if height <= 0 {
		return ""
	}
	width = max(width, 0)
	lines := make([]string, height)
	msg := ansi.Truncate(TooSmall, width, "")
	lines[0] = msg + strings.Repeat(" ", width-ansi.StringWidth(msg))
	for i := 1; i < height; i++ {
		lines[i] = strings.Repeat(" ", width)
	}
	return strings.Join(lines, "\n")
}
