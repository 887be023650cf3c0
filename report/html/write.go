package html

import (
	"fmt"
	"io"
	"strings"

	"github.com/breakeven/breakeven/internal/spool"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/analysis"
)

// Head is what the report says of how its figures were worked out: the prices and the month
// (the comparison's provenance) and the version of breakeven.
type Head struct {
	Provenance model.Provenance
	Version    string
}

// Writer writes a report a workload at a time, so that a set of any size is reported in
// bounded memory: Add renders each workload's section as its analyses are done and keeps it
// in a spool (in memory up to sectionMemory, in a temporary file beyond), with what the
// summary at the top needs of it; Close writes the document, the summary first, then the
// sections in order.
type Writer struct {
	head     Head
	names    []string
	shown    map[model.Platform]bool
	rows     []string // the summary's row of each workload
	lists    []string // the summary's heading and top recommendations of each workload
	all      []namedRecommendation
	sections *spool.Spool
}

// sectionMemory is how much of the workloads' sections a Writer keeps in memory before it
// moves them to a temporary file: 8 MB, some 50 workloads of ~160 KB (their charts' SVG most
// of it).
const sectionMemory = 8 << 20

// NewWriter is a Writer of a report whose figures were worked out as head says.
func NewWriter(head Head) *Writer {
	return &Writer{head: head, shown: map[model.Platform]bool{}, sections: spool.New(sectionMemory)}
}

// Add renders the next workload's analyses.
func (w *Writer) Add(c analysis.Comparison) error {
	id := fmt.Sprintf("w%d", len(w.names)+1)
	w.names = append(w.names, c.Base.Workload.Name)
	for _, p := range c.Base.Shown() {
		w.shown[p] = true
	}
	w.rows = append(w.rows, summaryRow(c))
	w.lists = append(w.lists, summaryList(id, c))
	for _, r := range c.Recommendations {
		w.all = append(w.all, namedRecommendation{c.Base.Workload.Name, r})
	}
	var b strings.Builder
	workloadSection(&b, id, c)
	return w.sections.WriteString(b.String())
}

// Close writes the report to out: the head, the summary with the portfolio (every workload
// billed as one account) and their commitment, then each workload's section, and lets go of
// the sections kept.
func (w *Writer) Close(out io.Writer, commitment analysis.CommitPlan, portfolio model.Portfolio) error {
	defer w.sections.Close()
	var shown []model.Platform
	for _, p := range model.Platforms {
		if w.shown[p] {
			shown = append(shown, p)
		}
	}
	var b strings.Builder
	pageOpen(&b, w.head, w.names, shown)
	summary(&b, w.rows, w.lists, w.all, commitment, portfolio)
	commitmentSection(&b, commitment)
	if _, err := io.WriteString(out, b.String()); err != nil {
		return err
	}
	if err := w.sections.WriteOut(out); err != nil {
		return err
	}
	b.Reset()
	pageClose(&b, w.head)
	_, err := io.WriteString(out, b.String())
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
