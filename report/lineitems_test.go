package report

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// referenceWriteItems is writeItems as fmt wrote it, before it wrote its cells itself.
func referenceWriteItems(b *strings.Builder, items []pricing.LineItem, indent string) {
	for _, it := range items {
		left := it.Name
		mid := fmt.Sprintf("%s %s @ %s", shownQuantity(it.Quantity), shortUnit(it.Unit), unitPrice(it.UnitPrice))
		cost := money(it.Cost)
		gap := itemsWidth - len(indent) - utf8.RuneCountInString(left) - len(mid) - costWidth - 2
		if gap < 1 {
			fmt.Fprintf(b, "%s%s\n%s  %s\n", indent, left, indent, apart(pad(mid, itemsWidth-len(indent)-costWidth-3), pad(cost, costWidth)))
		} else {
			fmt.Fprintf(b, "%s%s %s%s %s\n", indent, left, strings.Repeat(" ", gap), mid, pad(cost, costWidth))
		}
		if it.Estimate != "" {
			b.WriteString(wrap(indent+"  ("+it.Estimate+")", indent+"   ", itemsWidth))
		}
	}
}

// TestWriteItemsIsTheReference: line items of short and long names (one wider than the
// line, one non-ASCII), costs narrower and wider than their column ($666,476,482.96),
// negative ones, and estimates, under indents of 2 and 4, are written as fmt wrote them.
func TestWriteItemsIsTheReference(t *testing.T) {
	var items []pricing.LineItem
	for _, name := range []string{"Requests", "Duration, first 6B GB-s", "Free tier, vCPU-seconds (at tier-1 prices) — café", strings.Repeat("Long name ", 9)} {
		for _, cost := range []string{"0", "2", "-4.32", "186.15", "1234567.891", "666476482.96", "-99999999.5"} {
			for _, estimate := range []string{"", "estimate: 365 cold starts x 140 ms, each hour's busiest window sized on its requests in flight"} {
				items = append(items, pricing.LineItem{Name: name, Quantity: decimal.RequireFromString("831742.18"), Unit: "GB-seconds",
					UnitPrice: decimal.RequireFromString("0.0000166667"), Cost: decimal.RequireFromString(cost), Estimate: estimate})
			}
		}
	}
	for _, indent := range []string{"  ", "    "} {
		var got, want strings.Builder
		writeItems(&got, items, indent)
		referenceWriteItems(&want, items, indent)
		if got.String() != want.String() {
			t.Errorf("indent %q: got\n%s\nwant\n%s", indent, got.String(), want.String())
		}
	}
}
