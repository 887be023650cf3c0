package report

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/breakeven/breakeven/pricing"
)

// lineItemsJSON writes "line_items": each line of a bill with its exact quantity, rate and
// cost, and where the rate comes from.
func lineItemsJSON(j *jsonWriter, items []pricing.LineItem) {
	j.array("line_items")
	for _, it := range items {
		j.element()
		j.open('{')
		j.string("id", it.ID)
		j.string("name", it.Name)
		j.decimal("quantity", it.Quantity)
		j.string("unit", it.Unit)
		j.decimal("unit_price", it.UnitPrice)
		j.decimal("cost", it.Cost)
		j.string("region", it.Region)
		j.string("rate", it.RateKey)
		j.string("source", it.Source)
		j.string("as_of", it.AsOf)
		if it.Estimate != "" { // the quantity is a model estimate, and what it rests on
			j.string("estimate", it.Estimate)
		}
		j.close('}')
	}
	j.close(']')
}

// writeItems writes line items as "name  quantity unit @ price  cost", aligned. Each line's
// figures are written on the stack, and copied into b.
func writeItems(b *strings.Builder, items []pricing.LineItem, indent string) {
	var midSpace [96]byte
	var costSpace [32]byte
	for _, it := range items {
		left := it.Name
		mid := append(append(appendShownQuantity(midSpace[:0], it.Quantity), ' '), shortUnit(it.Unit)...)
		mid = appendUnitPrice(append(mid, " @ "...), it.UnitPrice)
		cost := appendMoney(costSpace[:0], it.Cost)
		gap := itemsWidth - len(indent) - utf8.RuneCountInString(left) - len(mid) - costWidth - 2
		b.WriteString(indent)
		b.WriteString(left)
		if gap < 1 {
			b.WriteByte('\n')
			b.WriteString(indent)
			b.WriteString("  ")
			writeApart(b, mid, itemsWidth-len(indent)-costWidth-3, cost)
		} else {
			writeSpaces(b, 1+gap)
			b.Write(mid)
			writeSpaces(b, 1+max(0, costWidth-utf8.RuneCount(cost))) // a space, then pad(cost, costWidth)
			b.Write(cost)
		}
		b.WriteByte('\n')
		if it.Estimate != "" {
			writeWrap(b, indent+"  ("+it.Estimate+")", indent+"   ", itemsWidth)
		}
	}
}

// writeApart writes mid right-aligned in width columns, then cost right-aligned in
// costWidth, without their strings: the cost a space apart from mid when neither pads it, so
// that a cost wider than its column ($666,476,482.96) never runs into the unit price before
// it.
func writeApart(b *strings.Builder, mid []byte, width int, cost []byte) {
	writeSpaces(b, width-utf8.RuneCount(mid))
	b.Write(mid)
	costPad := costWidth - utf8.RuneCount(cost)
	endsInSpace := len(mid) > 0 && mid[len(mid)-1] == ' ' || len(mid) == 0 && width > 0
	if startsWithSpace := costPad > 0 || len(cost) > 0 && cost[0] == ' '; !endsInSpace && !startsWithSpace {
		b.WriteByte(' ')
	}
	writeSpaces(b, costPad)
	b.Write(cost)
}

// markdownLineItems writes line items as the rows of a markdown table, each with its id, its
// estimate in italics.
func markdownLineItems(b *strings.Builder, items []pricing.LineItem) {
	b.WriteString("| Line item | Quantity | Unit price | Cost |\n|---|---:|---:|---:|\n")
	for _, it := range items {
		name := cell(it.Name)
		if it.Estimate != "" {
			name += " *(" + cell(it.Estimate) + ")*"
		}
		fmt.Fprintf(b, "| %s (`%s`) | %s %s | %s | %s |\n", name, it.ID, shownQuantity(it.Quantity), it.Unit, unitPrice(it.UnitPrice), money(it.Cost))
	}
}

// shortUnit abbreviates long unit names in the table.
func shortUnit(u string) string {
	switch u {
	case "GB-seconds":
		return "GB-s"
	case "requests":
		return "req"
	case "vCPU-hours":
		return "vCPU-h"
	case "GB-hours":
		return "GB-h"
	}
	return u
}

// spaces is a run of spaces for writeSpaces to copy from.
const spaces = "                                                                                "

// writeSpaces writes n spaces (none when n < 1).
func writeSpaces(b *strings.Builder, n int) {
	for n > 0 {
		k := min(n, len(spaces))
		b.WriteString(spaces[:k])
		n -= k
	}
}
