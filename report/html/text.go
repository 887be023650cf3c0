package html

import (
	stdhtml "html"

	"github.com/breakeven/breakeven/internal/humanize"
	"strings"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/report"
	"github.com/shopspring/decimal"
)

// esc escapes s for HTML text and attribute values.
func esc(s string) string { return stdhtml.EscapeString(s) }

// money writes an amount as the table and markdown do: rounded half away from zero to cents,
// thousands separated (report.Money).
func money(d decimal.Decimal) string { return report.Money(d) }

// monthsInYear turns a month's bill into a year's: twelve months at this month's bill.
var monthsInYear = decimal.NewFromInt(12)

// yearly is twelve months at the bill of one.
func yearly(monthly decimal.Decimal) decimal.Decimal { return monthly.Mul(monthsInYear) }

// platformName is how people name a platform.
func platformName(p model.Platform) string { return p.Name() }

// element writes <tag attrs>text</tag>, text escaped.
func element(b *strings.Builder, tag, attrs, text string) {
	b.WriteString("<" + tag)
	if attrs != "" {
		b.WriteString(" " + attrs)
	}
	b.WriteString(">" + esc(text) + "</" + tag + ">")
}

// numericRow writes a row whose first cell names it and whose other cells are mostly figures,
// right-aligned (see isFigure).
func numericRow(b *strings.Builder, name string, figures ...string) {
	b.WriteString("<tr>")
	element(b, "th", `scope="row"`, name)
	for _, f := range figures {
		attrs := ""
		if isFigure(f) {
			attrs = `class="num"`
		}
		element(b, "td", attrs, f)
	}
	b.WriteString("</tr>\n")
}

// isFigure says a cell holds a figure (an amount, a count), to be aligned right: it starts
// with a digit, a dollar sign or a minus.
func isFigure(s string) bool {
	return s != "" && (s[0] >= '0' && s[0] <= '9' || s[0] == '$' || s[0] == '-')
}

// headRow writes a table's header row: the first column's heading, then the figures'.
func headRow(b *strings.Builder, first string, figures ...string) {
	b.WriteString("<thead><tr>")
	element(b, "th", `scope="col"`, first)
	for _, f := range figures {
		element(b, "th", `scope="col"`, f)
	}
	b.WriteString("</tr></thead>\n")
}

// groupDigits puts commas between thousands in a plain decimal string (humanize.Group).
func groupDigits(s string) string { return humanize.Group(s) }
