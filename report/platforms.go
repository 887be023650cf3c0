package report

import (
	"github.com/breakeven/breakeven/model"
)

// The platforms' columns. Every table with a column per platform takes its headers, widths
// and alignments from model.Platforms through these, so that a platform added to the
// registry gets its column in every format with no edit here.

// platformName is how people name a platform.
func platformName(p model.Platform) string { return p.Name() }

// platformHeader is a header row: the lead columns, a column per platform in model.Platforms
// order, then the trailing columns.
func platformHeader(lead []string, trail ...string) []string {
	row := append([]string{}, lead...)
	for _, p := range model.Platforms {
		row = append(row, platformName(p))
	}
	return append(row, trail...)
}

// platformAlign is an alignment row for alignedRows: the lead columns', then a
// right-aligned column per platform (amounts), then the trailing columns'.
func platformAlign(lead []bool, trail ...bool) []bool {
	right := append([]bool{}, lead...)
	for range model.Platforms {
		right = append(right, true)
	}
	return append(right, trail...)
}

// platformWidths are column widths for writeColumns: the first column's, then each
// platform's.
func platformWidths(first, each int) []int {
	widths := []int{first}
	for range model.Platforms {
		widths = append(widths, each)
	}
	return widths
}
