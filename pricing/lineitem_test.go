package pricing

import (
	"testing"

	"github.com/shopspring/decimal"
)

// TestTotalAsAddedOneByOne: the 64-bit sum is the decimal adding the costs to zero one by one
// gives, its exponent included, and past 64 bits the sum is still exact.
func TestTotalAsAddedOneByOne(t *testing.T) {
	costs := func(list ...string) []LineItem {
		items := make([]LineItem, len(list))
		for i, s := range list {
			items[i].Cost = decimal.RequireFromString(s)
		}
		return items
	}
	for _, list := range [][]string{
		{},
		{"0"},
		{"12.5", "-0.0000166667", "3", "1e3"},
		{"117.970833", "-117.970833"},
		{"0.000000000000000001", "5"},               // 18 places, one digit
		{"0.0000000000000000001", "5"},              // 19 places: past 64 bits at that exponent
		{"9223372036854775807", "1"},                // the sum overflows
		{"-9223372036854775807", "-2"},              // so does a negative one
		{"922337203685477580.7", "0.01"},            // scaling overflows
		{"123456789012345678901234567890.5", "0.5"}, // a coefficient past 18 digits
		{"1e20", "1"},                               // a positive exponent past 64 bits
	} {
		items := costs(list...)
		want := decimal.Zero
		for _, it := range items {
			want = want.Add(it.Cost)
		}
		got := Total(items)
		if !got.Equal(want) || got.Exponent() != want.Exponent() || got.String() != want.String() {
			t.Errorf("%v: %s (exponent %d), want %s (exponent %d)", list, got, got.Exponent(), want, want.Exponent())
		}
	}
	for _, list := range [][]string{{"999999999999999999", "0.1"}, {"999999999999999999", "999999999999999999", "999999999999999999", "999999999999999999", "999999999999999999", "999999999999999999", "999999999999999999", "999999999999999999", "999999999999999999", "999999999999999999"}} {
		if _, ok := totalInt64(costs(list...)); ok {
			t.Errorf("%v: an overflowing sum taken in 64 bits", list)
		}
	}
	if _, ok := totalInt64(costs("12.5", "-0.0000166667")); !ok {
		t.Error("costs that fit not taken in 64 bits")
	}
}
