package pricing

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

// lineByID returns the line with id in items (and whether there is one).
func lineByID(items []LineItem, id, region string) (LineItem, bool) {
	for _, it := range items {
		if it.ID == id && (region == "" || it.Region == region) {
			return it, true
		}
	}
	return LineItem{}, false
}

// requireLine checks the quantity and unit price of line id, and whether it is an estimate.
func requireLine(t *testing.T, items []LineItem, id, region, quantity, price string, estimate bool) {
	t.Helper()
	it, ok := lineByID(items, id, region)
	if !ok {
		t.Errorf("no line %s (%s)", id, region)
		return
	}
	if !it.Quantity.Equal(dec(quantity)) || !it.UnitPrice.Equal(dec(price)) {
		t.Errorf("%s (%s): %s @ %s, want %s @ %s", id, region, it.Quantity, it.UnitPrice, quantity, price)
	}
	if (it.Estimate != "") != estimate {
		t.Errorf("%s: estimate %q, want an estimate: %v", id, it.Estimate, estimate)
	}
}

func TestInitIsTieredAboveTheDuration(t *testing.T) {
	// 5,999,999,000 GB-s measured leave 1,000 GB-s of tier 1 (6 billion) for INIT; the other
	// 1,500 of its 2,500 GB-s fall in tier 2 at $0.000015:
	// 1,000 x $0.0000166667 + 1,500 x $0.000015 = $0.0166667 + $0.0225 = $0.0391667.
	bill, err := embedded(t).LambdaBill([]LambdaUsage{{Region: "us-east-1", Architecture: "x86_64",
		Requests: dec("9000000000"), DurationGBSeconds: dec("5999999000"),
		ColdStarts: 1000, InitMs: dec("2500"), InitGBSeconds: dec("2500")}}, false)
	if err != nil {
		t.Fatal(err)
	}
	requireLine(t, bill.Items, "lambda.duration.tier1", "", "5999999000", "0.0000166667", false)
	requireLine(t, bill.Items, "lambda.init.tier1", "", "1000", "0.0000166667", true)
	requireLine(t, bill.Items, "lambda.init.tier2", "", "1500", "0.000015", true)
	init := decimal.Zero
	for _, it := range bill.Items {
		if strings.HasPrefix(it.ID, "lambda.init.") {
			init = init.Add(it.Cost)
			if !strings.Contains(it.Estimate, "1,000 cold starts x 2,500 ms") {
				t.Errorf("%s: estimate %q does not give the cold starts", it.ID, it.Estimate)
			}
		}
	}
	if !init.Equal(dec("0.0391667")) {
		t.Errorf("INIT costs %s, want 0.0391667", init)
	}
}

func TestThrottledRequestsComeOffTheTop(t *testing.T) {
	// 6,000,001,000 GB-s measured + 500 INIT = 6,000,001,500; the 2,000 GB-s the throttled
	// requests would have used come off the top: 1,500 from tier 2 and 500 from tier 1. The
	// 4,000 throttled requests come off the 9 billion sent before the free tier's million.
	bill, err := embedded(t).LambdaBill([]LambdaUsage{{Region: "us-east-1", Architecture: "x86_64",
		Requests: dec("9000000000"), DurationGBSeconds: dec("6000001000"), InitGBSeconds: dec("500"), ColdStarts: 5,
		ThrottledRequests: dec("4000"), ThrottledGBSeconds: dec("2000"), FreeTierEligible: true}}, false)
	if err != nil {
		t.Fatal(err)
	}
	requireLine(t, bill.Items, "lambda.requests", "", "9000000000", "0.0000002", false)
	requireLine(t, bill.Items, "lambda.throttled.requests", "", "-4000", "0.0000002", true)
	requireLine(t, bill.Items, "lambda.free_tier.requests", "", "-1000000", "0.0000002", false)
	requireLine(t, bill.Items, "lambda.throttled.duration.tier2", "", "-1500", "0.000015", true)
	requireLine(t, bill.Items, "lambda.throttled.duration.tier1", "", "-500", "0.0000166667", true)
	requireLine(t, bill.Items, "lambda.free_tier.duration", "", "-400000", "0.0000166667", false)
	// The net is the ladder priced on 6,000,001,500 - 2,000 = 5,999,999,500 GB-s, all in tier
	// 1, less 400,000 free, plus (9,000,000,000 - 4,000 - 1,000,000) requests:
	// 5,999,599,500 x $0.0000166667 = $99,993.52498665; 8,998,996,000 x $0.0000002 = $1,799.7992.
	if got, want := bill.Total(), dec("101793.32418665"); !got.Equal(want) {
		t.Errorf("total %s, want %s", got, want)
	}
}

func TestFreeTierOncePerAccountAcrossRegions(t *testing.T) {
	// Two regions with 600,000 requests and 300,000 GB-s each, both eligible. The account has
	// one free tier (1M requests, 400,000 GB-s), given to the regions in name order: eu-west-1
	// takes 600,000 requests and 300,000 GB-s, us-east-1 the 400,000 and 100,000 left.
	usage := func(region string) LambdaUsage {
		return LambdaUsage{Region: region, Architecture: "x86_64", Requests: dec("600000"),
			DurationGBSeconds: dec("300000"), FreeTierEligible: true}
	}
	bill, err := embedded(t).LambdaBill([]LambdaUsage{usage("us-east-1"), usage("eu-west-1")}, true)
	if err != nil {
		t.Fatal(err)
	}
	requireLine(t, bill.Items, "lambda.free_tier.requests", "eu-west-1", "-600000", "0.0000002", false)
	requireLine(t, bill.Items, "lambda.free_tier.duration.x86_64", "eu-west-1", "-300000", "0.0000166667", false)
	requireLine(t, bill.Items, "lambda.free_tier.requests", "us-east-1", "-400000", "0.0000002", false)
	requireLine(t, bill.Items, "lambda.free_tier.duration.x86_64", "us-east-1", "-100000", "0.0000166667", false)
	// Billed: 200,000 requests x $0.0000002 + 200,000 GB-s x $0.0000166667 = $0.04 + $3.33334.
	if got, want := bill.Total(), dec("3.37334"); !got.Equal(want) {
		t.Errorf("total %s, want %s", got, want)
	}
}

func TestMissingProvisionedRateLeavesTheLineUnpriced(t *testing.T) {
	// A catalog without arm64 provisioned-concurrency rates still prices the requests and the
	// duration, and says what it left out.
	cat := embedded(t)
	reg := *cat.Regions["us-east-1"]
	reg.Rates = map[string]Rate{}
	for k, r := range cat.Regions["us-east-1"].Rates {
		if !strings.HasPrefix(k, "lambda.provisioned") {
			reg.Rates[k] = r
		}
	}
	cut := *cat
	cut.Regions = map[string]*Region{"us-east-1": &reg}
	bill, err := cut.LambdaBill([]LambdaUsage{{Region: "us-east-1", Architecture: "arm64", Requests: dec("1000000"),
		DurationGBSeconds: dec("1000"), ProvisionedGBSeconds: dec("2628000"), ProvisionedDurationGBSeconds: dec("10")}}, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(bill.Unpriced) != 2 || bill.Unpriced[0].Key != "lambda.provisioned_concurrency.arm64" || bill.Unpriced[1].Key != "lambda.provisioned_duration.arm64" {
		t.Errorf("unpriced %v, want the two provisioned rates", bill.Unpriced)
	}
	// 1M x $0.0000002 + 1,000 x $0.0000133334 = $0.2133334.
	if got := bill.Total(); !got.Equal(dec("0.2133334")) {
		t.Errorf("total %s, want 0.2133334", got)
	}
}
