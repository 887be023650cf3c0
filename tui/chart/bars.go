package chart

import (
	"math"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Bar is one row of Bars: a label on the left, a bar for Value, and Text (the figure
// as the reader should see it, e.g. "$1,234.56") on the right.
type Bar struct {
	Label string
	Value float64
	Text  string
	Style lipgloss.Style // the bar's colour
}

// minBar is the fewest columns Bars keeps for the bars: labels are cut to leave them.
const minBar = 4

// eighths are the left-aligned partial blocks, by eighths of a cell.
var eighths = []string{"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"}

// Bars draws one horizontal bar per item, scaled so the largest |Value| fills the bar
// area: exactly len(items) lines, each exactly width cells wide. When every value is
// zero or more, bars grow right from the label at eighth-of-a-cell resolution. When
// some are negative (a tornado: a change down and a change up), a zero line "│" splits
// the area in proportion to the largest fall and the largest rise; negative bars grow
// left from it at half-cell resolution. NaN and infinite values draw no bar.
func Bars(items []Bar, width int) string {
	if len(items) == 0 {
		return ""
	}
	width = max(width, 0)
	lw, tw := 0, 0
	var pos, neg float64 // the largest rise and the largest fall
	for _, it := range items {
		lw = max(lw, runeCount(it.Label))
		tw = max(tw, runeCount(it.Text))
		if v := barValue(it.Value); v > 0 {
			pos = math.Max(pos, v)
		} else {
			neg = math.Max(neg, -v)
		}
	}
	// Columns: label, space, bars, space, text. Texts stay whole; labels give way.
	gaps := 0
	if tw > 0 {
		gaps++
	}
	if lw > 0 {
		gaps++
	}
	bw := width - lw - tw - gaps
	if bw < minBar && lw > 0 {
		lw = max(lw-(minBar-bw), 0)
		if lw == 0 {
			gaps--
		}
		bw = width - lw - tw - gaps
	}
	// The zero line takes a column when there are falls to draw.
	var zero, leftW, rightW int
	if neg > 0 && bw >= 3 {
		leftW = int(math.Round(float64(bw-1) * neg / (neg + pos)))
		zero, rightW = 1, bw-1-leftW
	} else {
		neg, rightW = 0, max(bw, 0)
	}

	lines := make([]string, len(items))
	for i, it := range items {
		var b strings.Builder
		if lw > 0 {
			b.WriteString(pad(ansi.Truncate(it.Label, lw, "…"), lw))
			b.WriteString(" ")
		}
		v := barValue(it.Value)
		st := ink(it.Style)
		if zero > 0 {
			fall := ""
			if v < 0 {
				fall = halves(-v / neg * float64(leftW))
			}
			b.WriteString(strings.Repeat(" ", leftW-ansi.StringWidth(fall)))
			b.WriteString(render(st, fall))
			b.WriteString("│")
		}
		rise := ""
		if v > 0 && pos > 0 {
			rise = blocks(v / pos * float64(rightW))
		}
		b.WriteString(render(st, rise))
		b.WriteString(strings.Repeat(" ", rightW-ansi.StringWidth(rise)))
		if tw > 0 && bw >= 0 {
			b.WriteString(" ")
			b.WriteString(padLeft(it.Text, tw))
		}
		lines[i] = fit(b.String(), width)
	}
	return strings.Join(lines, "\n")
}

// barValue is v, or 0 where v cannot be drawn.
func barValue(v float64) float64 {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0
	}
	return v
}

// blocks is a bar n cells long, in whole blocks and a last partial eighth.
func blocks(n float64) string {
	e := int(math.Round(n * 8))
	return strings.Repeat("█", e/8) + eighths[e%8]
}

// halves is a bar n cells long growing left: whole blocks after a right half block.
func halves(n float64) string {
	h := int(math.Round(n * 2))
	s := strings.Repeat("█", h/2)
	if h%2 == 1 {
		s = "▐" + s
	}
	return s
}

// render styles s, leaving an empty string empty.
func render(st lipgloss.Style, s string) string {
	if s == "" {
		return ""
	}
	return st.Render(s)
}

// pad fills s with spaces on the right to w cells.
func pad(s string, w int) string {
	return s + strings.Repeat(" ", max(w-ansi.StringWidth(s), 0))
}

// padLeft fills s with spaces on the left to w cells.
func padLeft(s string, w int) string {
	return strings.Repeat(" ", max(w-ansi.StringWidth(s), 0)) + s
}

// fit cuts s to w cells and pads it to exactly w.
func fit(s string, w int) string {
	return pad(ansi.Truncate(s, w, ""), w)
}
