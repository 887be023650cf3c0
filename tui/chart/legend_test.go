package chart

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// sevenSeries are seven flat lines named as seven platforms might be: 120 cells of names
// and keys, more than one 80-column line holds.
func sevenSeries() []Series {
	names := []string{"Lambda", "Fargate", "EC2", "Cloudflare Workers", "Cloud Run", "Azure Functions", "Lambda Managed Instances"}
	out := make([]Series, len(names))
	for i, n := range names {
		out[i] = Series{Name: n, Points: []Point{{X: 0, Y: float64(i + 1)}, {X: 10, Y: float64(i + 1)}}}
	}
	return out
}

// TestLegendWrapsOntoMoreLines: seven names do not fit one 80-column line, so the legend
// takes two, every name whole on one of them, the chart still exactly 16 lines of 80 cells
// and the x label at the right of the last line. In Mono each name keeps its marker.
func TestLegendWrapsOntoMoreLines(t *testing.T) {
	for _, mono := range []bool{false, true} {
		out := ansi.Strip(Line(sevenSeries(), Options{Width: 80, Height: 16, Legend: true, XLabel: "x", Mono: mono}))
		lines := strings.Split(out, "\n")
		if len(lines) != 16 {
			t.Fatalf("mono %v: %d lines, want 16", mono, len(lines))
		}
		for i, l := range lines {
			if n := ansi.StringWidth(l); n != 80 {
				t.Errorf("mono %v: line %d is %d cells", mono, i+1, n)
			}
		}
		legend := strings.Join(lines[len(lines)-2:], "\n")
		for _, s := range sevenSeries() {
			if strings.Count(legend, s.Name) < 1 {
				t.Errorf("mono %v: the legend lacks %q:\n%s", mono, s.Name, legend)
			}
		}
		if !strings.HasSuffix(lines[len(lines)-1], " x") {
			t.Errorf("mono %v: x label not at the right of the last line: %q", mono, lines[len(lines)-1])
		}
		if strings.Contains(lines[len(lines)-3], "Lambda") {
			t.Errorf("mono %v: legend on three lines where two hold it:\n%s", mono, out)
		}
	}
}

// TestLegendLeavesThePlotItsRows: on a chart too short for more lines, the legend keeps
// one and leaves out the names past it; the plot keeps its 3 rows.
func TestLegendLeavesThePlotItsRows(t *testing.T) {
	out := ansi.Strip(Line(sevenSeries(), Options{Width: 80, Height: 6, Legend: true}))
	lines := strings.Split(out, "\n")
	if len(lines) != 6 || !strings.HasPrefix(lines[5], "━ Lambda") || strings.Contains(out, "Lambda Managed") {
		t.Errorf("a short chart:\n%s", out)
	}
}
