package report

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/breakeven/breakeven/internal/spool"
	"github.com/breakeven/breakeven/model"
)

// writeMarkdown renders the comparison as GitHub-flavoured markdown, for proposals: the
// header; for more than one workload a summary table of their rows (see summaryRow); each
// workload's text, rendered by markdownWorkload and held in details until now; and for more
// than one the portfolio p.
func writeMarkdown(w io.Writer, head model.Result, rows [][]string, details *spool.Spool, p model.Portfolio) error {
	var b strings.Builder
	b.WriteString("# Monthly cost comparison\n\n")
	fmt.Fprintf(&b, "%s Amounts are rounded to the cent.\n", header(head.Provenance, head.MonthsAhead))
	if len(rows) > 1 {
		markdownSummary(&b, summaryColumns(rows, p.Shown))
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return err
	}
	if err := details.WriteOut(w); err != nil {
		return err
	}
	if len(rows) < 2 {
		return nil
	}
	b.Reset()
	markdownPortfolio(&b, len(rows), p)
	_, err := io.WriteString(w, b.String())
	return err
}

// summaryRow is r's row of the summary the table and markdown open with: its name, each
// registered platform's monthly cost ("cannot run", or "-" where r was not priced on it), in
// the order of model.Platforms, and the cheapest. summaryColumns keeps the columns of the
// platforms the portfolio shows.
func summaryRow(r *shownResult) []string {
	row := []string{r.Workload.Name}
	priced := pricedPlatforms(r)
	for _, p := range model.Platforms {
		e := r.Estimate(p)
		cell := "cannot run"
		switch {
		case !slices.Contains(priced, p):
			cell = "-"
		case e.Feasible:
			cell = costText(e)
		}
		row = append(row, cell)
	}
	return append(row, platformName(r.Cheapest))
}

// summaryColumns are the summary's rows (summaryRow) with the columns of the platforms
// shown alone, and shown itself for the header.
func summaryColumns(rows [][]string, shown []model.Platform) summaryTable {
	keep := []int{0}
	for i, p := range model.Platforms {
		if slices.Contains(shown, p) {
			keep = append(keep, i+1)
		}
	}
	keep = append(keep, len(model.Platforms)+1)
	return summaryTable{shown: shown, rows: bandRows(rows, keep)}
}

// summaryTable is the summary's rows, cut to the columns of the platforms shown.
type summaryTable struct {
	shown []model.Platform
	rows  [][]string
}

// writeTable renders the comparison for a terminal: the header; for more than one workload a
// summary, a line of each of their rows (see summaryRow); each workload's text, rendered by
// tableWorkload and held in details until now (a blank line between two); and for more than
// one the portfolio p. It fits 80 columns for usual names.
func writeTable(w io.Writer, head model.Result, rows [][]string, details *spool.Spool, p model.Portfolio) error {
	var b strings.Builder
	b.WriteString(wrap(header(head.Provenance, head.MonthsAhead), "", itemsWidth) + "\n")
	if len(rows) > 1 {
		tableSummary(&b, summaryColumns(rows, p.Shown))
		b.WriteString("\n")
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return err
	}
	if err := details.WriteOut(w); err != nil {
		return err
	}
	if len(rows) > 1 {
		b.Reset()
		b.WriteString("\n")
		tablePortfolio(&b, len(rows), p)
		_, err := io.WriteString(w, b.String())
		return err
	}
	return nil
}

// tableSummary lists every workload's monthly cost on each platform, one line each, from
// their summary rows (see summaryRow).
func tableSummary(b *strings.Builder, workloads summaryTable) {
	rows := append([][]string{platformHeader(workloads.shown, []string{"Workload"}, "Cheapest")}, workloads.rows...)
	width := 8
	for _, row := range rows {
		width = max(width, utf8.RuneCountInString(row[0]))
	}
	widths := []int{width}
	for range workloads.shown {
		widths = append(widths, 1+summaryCostWidth)
	}
	cheapest := 0
	for _, row := range rows {
		cheapest = max(cheapest, utf8.RuneCountInString(row[len(row)-1]))
	}
	widths = append(widths, 2+cheapest)
	for i, cols := range bandColumns(widths, 1, len(workloads.shown)) {
		if i > 0 {
			b.WriteString("\n")
		}
		for _, row := range bandRows(rows, cols) {
			line := fmt.Sprintf("%-*s", width, row[0])
			for j, cost := range row[1:] {
				if cols[j+1] == len(widths)-1 {
					line += "  " + cost
				} else {
					line += fmt.Sprintf(" %*s", summaryCostWidth, cost)
				}
			}
			b.WriteString(strings.TrimRight(line, " ") + "\n")
		}
	}
}

// summaryCostWidth is the width of a platform's cost in the summary table.
const summaryCostWidth = 12

// markdownSummary is the markdown table of every workload's monthly cost on each platform,
// from their summary rows (see summaryRow).
func markdownSummary(b *strings.Builder, summary summaryTable) {
	b.WriteString("\n" + markdownHeader(platformHeader(summary.shown, []string{"Workload"}, "Cheapest"), platformAlign(summary.shown, []bool{false})))
	for _, row := range summary.rows {
		fmt.Fprintf(b, "| %s |", row[0])
		for _, cost := range row[1 : len(row)-1] {
			fmt.Fprintf(b, " %s |", cost)
		}
		fmt.Fprintf(b, " %s |\n", row[len(row)-1])
	}
}
