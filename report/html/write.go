package html

import (
	"fmt"
	"io"
	"strings"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/analysis"
)

// Input is what a report shows: the decision analyses of the workloads (analysis.Compare),
// the same workloads priced together as one account (model.Price, for the portfolio), and the
// version of breakeven that worked them out.
type Input struct {
	Comparison analysis.CompareResult
	Priced     model.Result
	Version    string
}

// Write writes the report of in to w as one HTML document, in one write: the summary, then
// each workload's charts, bills and assumptions.
func Write(w io.Writer, in Input) error {
	var b strings.Builder
	pageOpen(&b, in)
	summary(&b, in)
	commitmentSection(&b, in.Comparison.Commitment)
	for i, c := range in.Comparison.Comparisons {
		workloadSection(&b, fmt.Sprintf("w%d", i+1), c)
	}
	pageClose(&b, in)
	_, err := io.WriteString(w, b.String())
	return err
}

// workloadSection writes one workload: what it is, the recommendations the summary leaves
// out, its charts with their tables, its bills and its assumptions.
func workloadSection(b *strings.Builder, id string, c analysis.Comparison) {
	wl := c.Base.Workload
	fmt.Fprintf(b, `<section class="workload" id="%s">`+"\n", id)
	element(b, "h2", "", wl.Name)
	b.WriteString("\n")
	if wl.Description != "" {
		element(b, "p", `class="description"`, wl.Description)
		b.WriteString("\n")
	}
	where := wl.Region
	if wl.File != "" {
		where = wl.File + ", " + wl.Region
	}
	element(b, "p", `class="where"`, where+". Now: "+nowCosts(c.Base))
	b.WriteString("\n")
	for _, note := range c.Notes {
		element(b, "p", `class="note"`, "Note: "+note+".")
		b.WriteString("\n")
	}
	if len(c.Recommendations) > topRecommendations {
		b.WriteString("<h3>The other recommendations (the largest three are in the summary)</h3>\n")
		fmt.Fprintf(b, `<ol class="recommendations" start="%d">`+"\n", topRecommendations+1)
		for _, r := range c.Recommendations[topRecommendations:] {
			recommendationItem(b, r, "")
		}
		b.WriteString("</ol>\n")
	}
	platformsChart(b, id+"-platforms", c.Base)
	curveChart(b, id+"-curve", c)
	hourlyCharts(b, id+"-hourly", c.Base)
	sweepChart(b, id+"-sweep", c.Sweep)
	growthChart(b, id+"-growth", c)
	tornadoChart(b, id+"-tornado", c)
	bills(b, c.Base)
	assumptions(b, c)
	b.WriteString("</section>\n")
}
