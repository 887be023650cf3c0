package pricing

import (
	"testing"

	"github.com/shopspring/decimal"
)

// TestTierNamesArePlainCounts: a tier's bound reads "first 10,240 GB" (AWS's data transfer
// and vended-log tiers end at 10 TB, 10,240 GB), not "first 10.24K GB"; millions and billions
// keep their short names, as AWS writes "First 6 Billion GB-seconds" and "first 300 million".
func TestTierNamesArePlainCounts(t *testing.T) {
	cases := map[string]string{
		"10240":       "10,240",
		"1000":        "1,000",
		"999":         "999",
		"153600":      "153,600",
		"300000000":   "300M",
		"333000000":   "333M",
		"6000000000":  "6B",
		"7500000000":  "7.5B",
		"11250000000": "11.25B",
	}
	for in, want := range cases {
		if got := humanCount(decimal.RequireFromString(in)); got != want {
			t.Errorf("humanCount(%s) = %q, want %q", in, got, want)
		}
	}
	r := Rate{Key: "data_transfer.out", Region: "us-east-1", Unit: "GB", Tiers: []Tier{
		{UpTo: decimal.NewFromInt(10240), Price: decimal.RequireFromString("0.09")},
		{UpTo: decimal.NewFromInt(51200), Price: decimal.RequireFromString("0.085")},
		{Price: decimal.RequireFromString("0.07")},
	}}
	for n, want := range []string{"first 10,240 GB", "next 40,960 GB", "over 51,200 GB"} {
		if got := tierName(r, n+1); got != want {
			t.Errorf("tier %d: %q, want %q", n+1, got, want)
		}
	}
}
