package pricing

import (
	"testing"

	"github.com/shopspring/decimal"
)

// TestLambdaRatesTotalMatchesLambdaBill prices usages both ways: the lean total must equal
// the line items of LambdaBill to the last digit, across the free tier, the duration tiers,
// INIT, throttled requests, ephemeral storage and provisioned concurrency.
func TestLambdaRatesTotalMatchesLambdaBill(t *testing.T) {
	cat, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	d := decimal.RequireFromString
	cases := map[string][]LambdaUsage{
		"free tier absorbs part": {{Requests: d("3000000"), DurationGBSeconds: d("540000"), InitGBSeconds: d("38.22"), ColdStarts: 120, FreeTierEligible: true}},
		"free tier absorbs all":  {{Requests: d("1000"), DurationGBSeconds: d("12.5"), FreeTierEligible: true}},
		"across tiers":           {{Requests: d("9000000000"), DurationGBSeconds: d("7000000000.5"), InitGBSeconds: d("1000000")}},
		"INIT crosses a tier":    {{Requests: d("9000000000"), DurationGBSeconds: d("5999999000"), InitGBSeconds: d("2500")}},
		"throttled off the top": {{Requests: d("9000000000"), DurationGBSeconds: d("6000001000"), InitGBSeconds: d("500"),
			ThrottledRequests: d("4000"), ThrottledGBSeconds: d("2000"), FreeTierEligible: true}},
		"mixed eligibility": {
			{Requests: d("2000000"), DurationGBSeconds: d("300000"), FreeTierEligible: true},
			{Requests: d("500000"), DurationGBSeconds: d("900000"), EphemeralGBSeconds: d("1234.5"), InitEphemeralGBSeconds: d("3.5")},
		},
		"provisioned": {{Requests: d("100000"), DurationGBSeconds: d("100"), ProvisionedGBSeconds: d("2628000"),
			ProvisionedDurationGBSeconds: d("54321.125"), FreeTierEligible: true}},
		"all on provisioned": {{Requests: d("100000"), ProvisionedGBSeconds: d("2628000"), ProvisionedDurationGBSeconds: d("5000")}},
		"nothing":            {{}},
	}
	for name, usages := range cases {
		for _, arch := range []string{"x86_64", "arm64"} {
			var sum LambdaSum
			for i := range usages {
				usages[i].Region, usages[i].Architecture = "us-east-1", arch
				sum.Add(usages[i])
			}
			bill, err := cat.LambdaBill(usages, false)
			if err != nil {
				t.Fatal(err)
			}
			rates, err := cat.LambdaRates("us-east-1", arch)
			if err != nil {
				t.Fatal(err)
			}
			got, complete := rates.Total(sum)
			if want := bill.Total(); !got.Equal(want) || complete != bill.Complete() {
				t.Errorf("%s, %s: Total %s (complete %v), LambdaBill %s (complete %v)", name, arch, got, complete, want, bill.Complete())
			}
		}
	}
	// A worked figure: AWS's example 1 plus 38.22 GB-s of INIT (model/price_test.go):
	// (540,038.22 - 400,000) x $0.0000166667 + (3M - 1M) x $0.0000002 = $2.733975001274.
	rates, _ := cat.LambdaRates("us-east-1", "x86_64")
	got, _ := rates.Total(LambdaSum{Requests: d("3000000"), EligibleRequests: d("3000000"),
		Duration: d("540000"), EligibleDuration: d("540000"), Init: d("38.22"), EligibleInit: d("38.22")})
	if !got.Equal(d("2.733975001274")) {
		t.Errorf("example 1: %s, want 2.733975001274", got)
	}
}
