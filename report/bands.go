package report

import (
	"strings"
	"unicode/utf8"
)

// A terminal has 80 columns, and a table with a column per platform outgrows them once the
// registry holds more platforms than fit. Such a table is written in bands: each band
// repeats the leading columns (the row's label) and carries as many platform columns as
// fit; the trailing columns (the cheapest) close the last band. A table that fits is one
// band, written as before.

// tableWidth is the width, in columns, of the terminal the table format is written for.
const tableWidth = 80

// bandColumns splits a table's columns into bands that fit tableWidth: widths[i] is the
// space column i takes on a line (its gap included), the first lead columns lead every
// band, the next platforms columns are shared out, and the columns after them close the
// last band. Each band is the list of column indexes it writes, in order. A band holds at
// least one platform column, however narrow the terminal.
func bandColumns(widths []int, lead, platforms int) [][]int {
	total := 0
	for _, w := range widths {
		total += w
	}
	all := make([]int, len(widths))
	for i := range all {
		all[i] = i
	}
	if total <= tableWidth || platforms <= 1 {
		return [][]int{all}
	}
	leadWidth, trailWidth := 0, 0
	for i, w := range widths {
		switch {
		case i < lead:
			leadWidth += w
		case i >= lead+platforms:
			trailWidth += w
		}
	}
	var bands [][]int
	band, width := leadColumns(lead), leadWidth
	for p := lead; p < lead+platforms; p++ {
		last := p == lead+platforms-1
		need := widths[p]
		if last {
			need += trailWidth
		}
		if len(band) > lead && width+need > tableWidth {
			bands = append(bands, band)
			band, width = leadColumns(lead), leadWidth
		}
		band, width = append(band, p), width+widths[p]
	}
	for i := lead + platforms; i < len(widths); i++ {
		band = append(band, i)
	}
	return append(bands, band)
}

// leadColumns is the indexes of the first lead columns, which begin every band.
func leadColumns(lead int) []int {
	cols := make([]int, lead)
	for i := range cols {
		cols[i] = i
	}
	return cols
}

// bandRows is the rows cut to one band's columns (a short row keeps the cells it has).
func bandRows(rows [][]string, cols []int) [][]string {
	out := make([][]string, len(rows))
	cells := make([]string, 0, len(rows)*len(cols)) // every row's, in one array
	for r, row := range rows {
		start := len(cells)
		for _, c := range cols {
			if c < len(row) {
				cells = append(cells, row[c])
			}
		}
		if len(cells) > start {
			out[r] = cells[start:len(cells):len(cells)]
		}
	}
	return out
}

// bandAlign is an alignment row cut to one band's columns.
func bandAlign(right []bool, cols []int) []bool {
	var out []bool
	for _, c := range cols {
		out = append(out, c < len(right) && right[c])
	}
	return out
}

// bandedRows writes rows as alignedRows does, in bands of platform columns that fit the
// terminal (lead columns before the platforms columns in each row, as platformHeader
// builds them), a blank line between bands. It returns the widest line written.
func bandedRows(b *strings.Builder, indent string, rows [][]string, right []bool, lead, platforms int) int {
	var widths []int
	for _, row := range rows {
		for i, c := range row {
			if i == len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	for i := range widths {
		if i > 0 {
			widths[i] += 2 // the gap alignedRows writes before a column
		}
	}
	if len(widths) > 0 {
		widths[0] += len(indent)
	}
	bands := bandColumns(widths, lead, platforms)
	widest := 0
	for i, cols := range bands {
		if i > 0 {
			b.WriteString("\n")
		}
		widest = max(widest, alignedRows(b, indent, bandRows(rows, cols), bandAlign(right, cols)))
	}
	return widest
}

// bandedColumns writes rows as writeColumns does, in bands of the platform columns that
// fit the terminal: the first column leads every band, the rest are the platforms'.
func bandedColumns(b *strings.Builder, rows [][]string, widths []int) {
	for i, cols := range bandColumns(widths, 1, len(widths)-1) {
		if i > 0 {
			b.WriteString("\n")
		}
		band := make([]int, len(cols))
		for j, c := range cols {
			band[j] = widths[c]
		}
		writeColumns(b, bandRows(rows, cols), band)
	}
}
