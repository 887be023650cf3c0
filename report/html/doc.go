// Package html renders the decision analyses of `breakeven report` as one self-contained HTML
// document, for proposals: a summary at the top, charts drawn as inline SVG (each with its
// title, description, axis labels, legend and data table), every platform's bill and every
// assumption, with the provenance repeated on every printed page. The document loads nothing:
// no script, stylesheet, font or image from anywhere, so that it opens from an email
// attachment and prints to PDF as it shows.
//
// It computes no figure: every amount comes from model and model/analysis and is written by
// package report's rules (report.Money, report.Shown, report.UnitPrice). Floats are used for
// chart geometry only, never for a figure the document prints as money. The same input gives
// the same bytes: nothing depends on the time or on the order of a map.
//
// One file per section (summary.go, bill.go, assumptions.go) and per chart (chart_*.go, each
// with its data table); svg.go (axes, lines, marks, legends) and bars.go draw what the charts
// share, ticks.go chooses and writes their ticks from decimals, figure.go puts a chart beside
// its table, text.go escapes and writes cells, page.go is the document around them (its style
// sheet and provenance) and write.go the entry, Write.
package html
