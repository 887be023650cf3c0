// Package report renders priced results as a table, markdown, CSV or JSON. It computes
// nothing: every figure comes from package model. Amounts are rounded to cents only here, in
// the formats people read (table and markdown), half away from zero: $0.125 shows as $0.13
// and a $0.125 credit as -$0.13, like the charge it cancels. JSON and CSV carry exact values.
package report

import (
	"fmt"
	"io"
	"strings"

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

// money writes an amount rounded to cents with thousands separators: $1,234.56, -$0.20.
func money(d decimal.Decimal) string {
	s := roundedText(d, 2, true)
	if rest, negative := strings.CutPrefix(s, "-"); negative {
		return "-$" + group(rest)
	}
	return "$" + group(s)
}

// Money writes an amount as the table and markdown show it: rounded half away from zero to
// cents, with thousands separators ($1,234.56, -$0.20). For the explorer.
func Money(d decimal.Decimal) string { return money(d) }

// Shown writes a quantity as the table shows it: to four decimal places, thousands
// separated. For the explorer.
func Shown(d decimal.Decimal) string { return quantity(shown(d)) }

// quantity writes an exact quantity with thousands separators and no trailing zeros.
func quantity(d decimal.Decimal) string {
	s := decimalText(d)
	if strings.HasPrefix(s, "-") {
		return "-" + group(s[1:])
	}
	return group(s)
}

// shown rounds a quantity to four decimal places for the table and markdown, where a
// quantity like 871.4583333333 vCPU-hours (tasks started minutes into an hour) reads better
// as 871.4583; JSON and CSV carry every digit.
func shown(d decimal.Decimal) decimal.Decimal {
	if d.Exponent() < -4 {
		return rounded(d, 4)
	}
	return d
}

// group puts commas between thousands in the integer part of a plain decimal string.
func group(s string) string {
	intPart, frac := s, ""
	if i := strings.IndexByte(s, '.'); i >= 0 {
		intPart, frac = s[:i], s[i:]
	}
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String() + frac
}

// unitPrice writes an exact unit price: $0.0000166667.
func unitPrice(d decimal.Decimal) string { return "$" + decimalText(d) }

// platformName is how people name a platform.
func platformName(p model.Platform) string { return p.Name() }

// capacityText describes an estimate's capacity: "Tasks: 2-5 an hour, 1,532 task-hours" or
// "Concurrency: 3 at most (hourly mean)".
func capacityText(c model.Capacity) string {
	span := fmt.Sprint(c.Min)
	if c.Max != c.Min {
		span = fmt.Sprintf("%d-%d", c.Min, c.Max)
	}
	switch c.Unit {
	case "":
		return ""
	case "concurrent executions":
		return fmt.Sprintf("Concurrency: %d at most (mean of the busiest hour)", c.Max)
	}
	label, unit := "Tasks", "task"
	if c.Unit == "instances" {
		label, unit = "Instances", "instance"
	}
	s := fmt.Sprintf("%s: %s an hour, %s %s-hours billed", label, span, quantity(c.BilledHours.Round(2)), unit)
	if c.LagHours > 0 {
		s += fmt.Sprintf(", %s scale-outs", group(fmt.Sprint(c.LagHours)))
	}
	return s
}
