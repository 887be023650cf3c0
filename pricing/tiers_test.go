package pricing

import (
	"fmt"
	"testing"

	"github.com/shopspring/decimal"
)

var x86Tiers = []Tier{
	{UpTo: dec("6000000000"), Price: dec("0.0000166667")},
	{UpTo: dec("15000000000"), Price: dec("0.0000150000")},
	{Price: dec("0.0000133334")},
}

func TestSplitTiers(t *testing.T) {
	cases := []struct {
		before, quantity string
		want             []string // "tier:quantity"
	}{
		{"0", "0", nil},
		{"0", "540000", []string{"1:540000"}},
		{"0", "6000000000", []string{"1:6000000000"}},
		{"0", "7000000000", []string{"1:6000000000", "2:1000000000"}},
		{"5500000000", "7000000000", []string{"1:500000000", "2:6500000000"}},
		{"0", "20000000000", []string{"1:6000000000", "2:9000000000", "3:5000000000"}},
		{"15000000000", "1", []string{"3:1"}},
		{"14999999999.5", "1", []string{"2:0.5", "3:0.5"}},
	}
	for _, c := range cases {
		t.Run(c.before+"+"+c.quantity, func(t *testing.T) {
			got := SplitTiers(x86Tiers, dec(c.before), dec(c.quantity))
			var s []string
			sum := decimal.Zero
			for _, b := range got {
				s = append(s, fmt.Sprintf("%d:%s", b.Tier, b.Quantity))
				sum = sum.Add(b.Quantity)
			}
			if fmt.Sprint(s) != fmt.Sprint(c.want) {
				t.Errorf("buckets %v, want %v", s, c.want)
			}
			if !sum.Equal(dec(c.quantity)) {
				t.Errorf("buckets sum to %s, want %s", sum, c.quantity)
			}
		})
	}
}

// TestSplitTiersSumsToInput checks the property on many quantities and offsets.
func TestSplitTiersSumsToInput(t *testing.T) {
	for before := int64(0); before <= 20e9; before += 1.7e9 {
		for q := int64(0); q <= 20e9; q += 1.3e9 {
			sum := decimal.Zero
			for _, b := range SplitTiers(x86Tiers, decimal.NewFromInt(before), decimal.NewFromInt(q)) {
				sum = sum.Add(b.Quantity)
			}
			if !sum.Equal(decimal.NewFromInt(q)) {
				t.Fatalf("before %d quantity %d: buckets sum to %s", before, q, sum)
			}
		}
	}
}

func TestLambdaTieredDurationAboveSixBillion(t *testing.T) {
	// 7 billion x86 GB-s: 6e9 x 0.0000166667 + 1e9 x 0.000015 = 100,000.20 + 15,000 = 115,000.20.
	bill, err := embedded(t).LambdaBill([]LambdaUsage{{Region: "us-east-1", Architecture: "x86_64",
		DurationGBSeconds: dec("7000000000")}}, false)
	if err != nil {
		t.Fatal(err)
	}
	items := bill.Items
	got := map[string]string{}
	for _, it := range items {
		got[it.ID] = it.Cost.String()
	}
	if got["lambda.duration.tier1"] != "100000.2" || got["lambda.duration.tier2"] != "15000" {
		t.Errorf("tiers: %v", got)
	}
}

func TestFreeTierOncePerRegionSharedByArchitectures(t *testing.T) {
	// Two eligible functions, one per architecture, each 300,000 GB-s and 800,000 requests:
	// the account gets 1M free requests and 400,000 free GB-s in all, x86 first.
	cat := embedded(t)
	usage := func(arch string) LambdaUsage {
		return LambdaUsage{Region: "us-east-1", Architecture: arch, Requests: dec("800000"),
			DurationGBSeconds: dec("300000"), FreeTierEligible: true}
	}
	bill, err := cat.LambdaBill([]LambdaUsage{usage("x86_64"), usage("arm64")}, true)
	if err != nil {
		t.Fatal(err)
	}
	items := bill.Items
	got := map[string]string{}
	for _, it := range items {
		got[it.ID] = it.Quantity.String()
	}
	want := map[string]string{
		"lambda.requests":                  "1600000",
		"lambda.free_tier.requests":        "-1000000",
		"lambda.duration.x86_64.tier1":     "300000",
		"lambda.free_tier.duration.x86_64": "-300000",
		"lambda.duration.arm64.tier1":      "300000",
		"lambda.free_tier.duration.arm64":  "-100000",
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("quantities\n got %v\nwant %v", got, want)
	}
	// 600,000 requests x $0.0000002 + 300,000 x 0 (x86 free) + 200,000 arm GB-s x $0.0000133334.
	if total := Total(items); !total.Equal(dec("2.78668")) {
		t.Errorf("total %s, want 2.78668", total)
	}
}

func TestFreeTierSkipsIneligibleUsage(t *testing.T) {
	bill, err := embedded(t).LambdaBill([]LambdaUsage{{Region: "us-east-1", Architecture: "x86_64",
		Requests: dec("500000"), DurationGBSeconds: dec("1000")}}, false)
	if err != nil {
		t.Fatal(err)
	}
	items := bill.Items
	for _, it := range items {
		if it.Cost.IsNegative() {
			t.Errorf("credit %s on ineligible usage", it.ID)
		}
	}
}

func TestProvisionedSecondsRoundsUpToFiveMinutes(t *testing.T) {
	for in, want := range map[int64]int64{0: 0, 1: 300, 300: 300, 301: 600, 28800: 28800, 2628000: 2628000} {
		if got := ProvisionedSeconds(in); got != want {
			t.Errorf("ProvisionedSeconds(%d) = %d, want %d", in, got, want)
		}
	}
}

func TestLambdaBilledMsRoundsUpToOneMs(t *testing.T) {
	for in, want := range map[string]string{"120": "120", "120.001": "121", "0.2": "1", "899999.5": "900000"} {
		if got := LambdaBilledMs(dec(in)); !got.Equal(dec(want)) {
			t.Errorf("LambdaBilledMs(%s) = %s, want %s", in, got, want)
		}
	}
}

func TestGBSecondsIsExact(t *testing.T) {
	// 1 request of 1 ms at 1 MB is 1/1,024,000 GB-s exactly.
	if got := GBSeconds(dec("1"), dec("1"), 1); !got.Equal(dec("0.0000009765625")) {
		t.Errorf("got %s", got)
	}
	if got := GBSeconds(dec("3000000"), dec("120"), 1536); !got.Equal(dec("540000")) {
		t.Errorf("got %s", got)
	}
}

func TestCheckFargateSize(t *testing.T) {
	ok := [][2]string{{"0.25", "0.5"}, {"0.25", "2"}, {"0.5", "4"}, {"4", "30"}, {"8", "60"}, {"16", "120"}, {"16", "32"}, {"32", "244"}}
	for _, s := range ok {
		if err := CheckFargateSize(dec(s[0]), dec(s[1])); err != nil {
			t.Errorf("%s vCPU %s GB: %v", s[0], s[1], err)
		}
	}
	bad := map[[2]string]string{
		{"0.25", "3"}: "no Fargate task has 0.25 vCPU and 3 GB: 0.25 vCPU allows 0.5, 1, 2 GB",
		{"8", "18"}:   "no Fargate task has 8 vCPU and 18 GB: 8 vCPU allows 16 to 60 GB in 4 GB steps",
		{"3", "8"}:    "no Fargate task has 3 vCPU: choose 0.25, 0.5, 1, 2, 4, 8, 16 or 32",
	}
	for s, want := range bad {
		err := CheckFargateSize(dec(s[0]), dec(s[1]))
		if err == nil || err.Error() != want {
			t.Errorf("%v: got %v, want %q", s, err, want)
		}
	}
}

func TestEC2SpotIsDiscountOffOnDemand(t *testing.T) {
	// t4g.small on demand $0.0168/h; 65% off is $0.00588/h; 730 h is $4.2924.
	items, err := embedded(t).EC2Bill(EC2Usage{Region: "us-east-1", InstanceType: "t4g.small", Purchase: "spot",
		SpotDiscountPercent: dec("65"), InstanceHours: dec("730")})
	if err != nil {
		t.Fatal(err)
	}
	if !items[0].UnitPrice.Equal(dec("0.00588")) || !items[0].Cost.Equal(dec("4.2924")) {
		t.Errorf("got %s/h, %s", items[0].UnitPrice, items[0].Cost)
	}
}

func TestEC2OnDemand(t *testing.T) {
	// The seed article's t4g.small "about $7 a month" is wrong: 730 h x $0.0168 = $12.264.
	items, err := embedded(t).EC2Bill(EC2Usage{Region: "us-east-1", InstanceType: "t4g.small", Purchase: "on-demand",
		InstanceHours: dec("730")})
	if err != nil {
		t.Fatal(err)
	}
	if !Total(items).Equal(dec("12.264")) {
		t.Errorf("got %s", Total(items))
	}
}

func TestRDSProxyBillsAtLeastTwoVCPUs(t *testing.T) {
	// $0.015 per database vCPU-hour, at least 2: a 1-vCPU database for 730 h is 2 x 730 x
	// $0.015 = $21.90; a 4-vCPU one $43.80.
	cat := embedded(t)
	for vcpu, want := range map[int64]string{1: "21.9", 4: "43.8"} {
		items, err := cat.RDSProxyBill("us-east-1", vcpu, dec("730"))
		if err != nil || !Total(items).Equal(dec(want)) {
			t.Errorf("%d vCPU: %v %v", vcpu, items, err)
		}
	}
}
