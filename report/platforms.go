package report

import (
	"github.com/breakeven/breakeven/model"
)

// The platforms' columns. Every table with a column per platform takes its headers, widths
// and alignments from the platforms a workload is shown on (model.WorkloadResult.Shown, from
// model.Platforms) through these, so that a platform added to the registry gets its column
// in every format with no edit here, and a platform not shown gets none.

// platformName is how people name a platform.
func platformName(p model.Platform) string { return p.Name() }

// platformHeader is a header row: the lead columns, a column per platform shown (in
// model.Platforms order, as model.WorkloadResult.Shown lists them), then the trailing columns.
func platformHeader(shown []model.Platform, lead []string, trail ...string) []string {
	row := append([]string{}, lead...)
	for _, p := range shown {
		row = append(row, platformName(p))
	}
	return append(row, trail...)
}

// platformAlign is an alignment row for alignedRows: the lead columns', then a
// right-aligned column per platform (amounts), then the trailing columns'.
func platformAlign(shown []model.Platform, lead []bool, trail ...bool) []bool {
	right := append([]bool{}, lead...)
	for range shown {
		right = append(right, true)
	}
	return append(right, trail...)
}

// platformWidths are column widths for writeColumns: the first column's, then each shown
// platform's.
func platformWidths(shown []model.Platform, first, each int) []int {
	widths := []int{first}
	for range shown {
		widths = append(widths, each)
	}
	return widths
}

// shownCosts are the costs of the platforms shown, in their order (a platform without one
// is left out).
func shownCosts(shown []model.Platform, costs []model.PlatformCost) []model.PlatformCost {
	out := make([]model.PlatformCost, 0, len(shown))
	for _, p := range shown {
		for _, c := range costs {
			if c.Platform == p {
				out = append(out, c)
			}
		}
	}
	return out
}
