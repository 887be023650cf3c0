package report

import (
	"strings"
)

// cell escapes text for a markdown table cell.
func cell(s string) string { return strings.ReplaceAll(s, "|", `\|`) }

// markdownCostRow writes one markdown table row of cells.
func markdownCostRow(b *strings.Builder, cells []string) {
	for i := range cells {
		cells[i] = cell(cells[i])
	}
	b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
}

// markdownHeader is a markdown table's header and delimiter lines for header, the columns
// marked right aligned right: "| A | B |\n|---|---:|\n".
func markdownHeader(header []string, right []bool) string {
	var b strings.Builder
	b.WriteString("|")
	for _, h := range header {
		if h == "" {
			b.WriteString(" |")
			continue
		}
		b.WriteString(" " + h + " |")
	}
	b.WriteString("\n|")
	for i := range header {
		if i < len(right) && right[i] {
			b.WriteString("---:|")
		} else {
			b.WriteString("---|")
		}
	}
	return b.String() + "\n"
}
