// Package report renders priced results as a table, markdown, CSV or JSON. It computes
// nothing: every figure comes from package model. Amounts are rounded to cents only here, in
// the formats people read (table and markdown), half away from zero: $0.125 shows as $0.13
// and a $0.125 credit as -$0.13, like the charge it cancels. JSON and CSV carry exact values.
//
// One file per section of the output (workload.go: a workload's estimates and bills;
// capacity.go, coldstarts.go, throttling.go, flow.go, schedule.go, unpriced.go,
// portfolio.go; compare's recommendations.go, breakeven.go, curve.go, rightsize.go,
// purchase.go, hybrid.go, growth.go, scenarios.go, sensitivity.go; sweep.go, catalog.go),
// each holding that section's table, markdown, CSV and JSON side by side. What is common to
// a format is one small file of its mechanics: table.go (wrapping, columns), markdown.go
// (escaping, headers), csv.go, json.go (jsonWriter); format.go and decimaltext.go write
// numbers. document.go, stream.go and compare.go put the sections together. A column per
// platform comes from model.Platforms (platforms.go), never a hand-written list.
package report

import (
	"io"
	"strconv"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/model"
	"github.com/shopspring/decimal"
)

// Format is an output format.
type Format string

// The output formats.
const (
	Table    Format = "table"
	JSON     Format = "json"
	Markdown Format = "markdown"
	CSV      Format = "csv"
)

// Formats lists the formats in the order the help shows them.
var Formats = []Format{Table, JSON, Markdown, CSV}

// Write renders res to w in format f: a Writer given every workload of res.
func Write(w io.Writer, res model.Result, f Format) error {
	sw, err := NewWriter(w, f, res)
	if err != nil {
		return err
	}
	for _, r := range res.Workloads {
		part, err := Render(f, r, res.MonthHours)
		if err != nil {
			return err
		}
		if err := sw.Add(part); err != nil {
			return err
		}
	}
	return sw.Close(res.Portfolio)
}

// money writes an amount rounded to cents with thousands separators: $1,234.56, -$0.20 (the
// rule of humanize.Money, written by appendMoney).
func money(d decimal.Decimal) string {
	var space [32]byte
	return string(appendMoney(space[:0], d))
}

// appendMoney appends money(d) to buf.
func appendMoney(buf []byte, d decimal.Decimal) []byte {
	return appendNumber(buf, d, 2, numberStyle{minPlaces: 2, dollars: true})
}

// Money writes an amount as the table and markdown show it: rounded half away from zero to
// cents, with thousands separators ($1,234.56, -$0.20). For the explorer.
func Money(d decimal.Decimal) string { return money(d) }

// Shown writes a quantity as the table shows it: to four decimal places, thousands
// separated. For the explorer.
func Shown(d decimal.Decimal) string { return shownQuantity(d) }

// quantity writes an exact quantity with thousands separators and no trailing zeros (the
// rule of humanize.Quantity).
func quantity(d decimal.Decimal) string {
	var space [32]byte
	return string(appendNumber(space[:0], d, allPlaces, numberStyle{trim: true, group: true}))
}

// shownQuantity is a quantity rounded to four decimal places for the table and markdown,
// where a quantity like 871.4583333333 vCPU-hours (tasks started minutes into an hour) reads
// better as 871.4583; JSON and CSV carry every digit.
func shownQuantity(d decimal.Decimal) string {
	var space [32]byte
	return string(appendShownQuantity(space[:0], d))
}

// appendShownQuantity appends shownQuantity(d) to buf.
func appendShownQuantity(buf []byte, d decimal.Decimal) []byte {
	return appendNumber(buf, d, shownPlaces, numberStyle{trim: true, group: true})
}

// shownPlaces are the decimals of a quantity the table and markdown show.
const shownPlaces = 4

// group puts commas between thousands in the integer part of a plain decimal string.
func group(s string) string { return humanize.Group(s) }

// unitPrice writes an exact unit price, with at least the two decimals of a dollar amount:
// $0.0000166667, $0.50, $2.00 (the rule of humanize.UnitPrice).
func unitPrice(d decimal.Decimal) string {
	var space [32]byte
	return string(appendUnitPrice(space[:0], d))
}

// appendUnitPrice appends unitPrice(d) to buf.
func appendUnitPrice(buf []byte, d decimal.Decimal) []byte {
	return appendNumber(buf, d, allPlaces, numberStyle{trim: true, minPlaces: 2, dollars: true})
}

// UnitPrice writes an exact unit price as the table and markdown show it: every digit, at
// least two decimals, thousands separated ($0.0000166667, $0.50). For the explorer.
func UnitPrice(d decimal.Decimal) string { return unitPrice(d) }

// milliseconds writes a duration in milliseconds rounded half away from zero to a tenth,
// without a trailing zero, thousands separated: "64.5 ms", "120 ms", "1,200 ms" (the rule of
// humanize.Milliseconds).
func milliseconds(d decimal.Decimal) string {
	var space [32]byte
	return string(appendMilliseconds(space[:0], d))
}

// appendMilliseconds appends milliseconds(d) to buf.
func appendMilliseconds(buf []byte, d decimal.Decimal) []byte {
	return append(appendNumber(buf, d, humanize.DurationPlaces, numberStyle{trim: true, group: true}), " ms"...)
}

// Milliseconds writes a duration as the table and markdown show it: "64.5 ms". For the
// explorer.
func Milliseconds(d decimal.Decimal) string { return milliseconds(d) }

// count writes a whole number thousands separated: 1,358.
func count(n int64) string {
	var space [32]byte
	return string(appendCount(space[:0], n))
}

// appendCount appends count(n) to buf (humanize.Count's rule).
func appendCount(buf []byte, n int64) []byte {
	var space [24]byte
	return appendGroupedText(buf, strconv.AppendInt(space[:0], n, 10))
}

// appendGroupedText appends the plain number text (a sign, digits, no fraction) with commas
// between thousands, as humanize.Group writes it.
func appendGroupedText(buf, text []byte) []byte {
	if len(text) > 0 && text[0] == '-' {
		buf, text = append(buf, '-'), text[1:]
	}
	return appendGrouped(buf, text, 0, true)
}

// Count writes a whole number as the table and markdown show it: 1,358. For the explorer.
func Count(n int64) string { return count(n) }

// plural writes n and the noun, in the plural unless n is 1: "1 scale-out", "2 scale-outs".
func plural(n int64, one, many string) string { return humanize.Plural(n, one, many) }
