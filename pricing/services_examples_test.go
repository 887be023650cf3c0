package pricing

import (
	"testing"

	"github.com/shopspring/decimal"
)

// These tests reproduce the worked examples for the services around a function that
// docs/worked-examples-issue4.md transcribes, with the catalog's us-east-1 rates unless a test
// says otherwise.

// lineCost sums the cost of the items with id.
func lineCost(items []LineItem, id string) decimal.Decimal {
	sum := decimal.Zero
	for _, it := range items {
		if it.ID == id {
			sum = sum.Add(it.Cost)
		}
	}
	return sum
}

// lineQuantity sums the quantity of the items with id.
func lineQuantity(items []LineItem, id string) decimal.Decimal {
	sum := decimal.Zero
	for _, it := range items {
		if it.ID == id {
			sum = sum.Add(it.Quantity)
		}
	}
	return sum
}

func TestStepFunctionsExpressExample(t *testing.T) {
	// AWS page (mdsite mirror), memory estimate: 50 MB + 50 KB + 32 KB x 400 steps
	// = 50 MB + 0.05 MB + 12.8 MB = 62.85 MB (AWS adds KB to MB in decimal), billed as 64 MB.
	memory := dec("50").Add(dec("50").Add(dec("32").Mul(dec("400"))).Shift(-3)) // KB to MB, decimal
	if !memory.Equal(dec("62.85")) || ExpressBilledMB(memory) != 64 {
		t.Fatalf("memory %s MB billed as %d MB, want 62.85 billed as 64", memory, ExpressBilledMB(memory))
	}
	// 100 million workflows of 10 seconds at 64 MB: 1,000,000,000 s x 64/1024 GB
	// = 62,500,000 GB-s; / 3,600 = 17,361.11 GB-hours.
	ms := ExpressBilledMs(dec("10000"))
	gbHours := ExpressGBHours(dec("100000000"), ms, 64)
	if !ms.Equal(dec("10000")) || !gbHours.Round(2).Equal(dec("17361.11")) {
		t.Fatalf("billed %s ms, %s GB-hours; want 10000 ms, 17361.11", ms, gbHours)
	}
	items, err := embedded(t).StepFunctionsExpressBill("us-east-1", dec("100000000"), gbHours)
	if err != nil {
		t.Fatal(err)
	}
	// Requests: 100M x $1.00 per million = $100.00.
	// Duration: $0.06 x 1,000 = $60.00; $0.03 x 4,000 = $120.00; $0.01642 x 12,361.11 = $202.97;
	// $60.00 + $120.00 + $202.97 = $382.97. (The page's total line is missing from the stored
	// copy; $482.97 below is the sum of its two published subtotals.)
	requireCents(t, items, "482.97", map[string]string{
		"stepfunctions.express.requests":       "100.00",
		"stepfunctions.express.duration.tier1": "60.00",
		"stepfunctions.express.duration.tier2": "120.00",
		"stepfunctions.express.duration.tier3": "202.97",
	})
	if q := lineQuantity(items, "stepfunctions.express.duration.tier3"); !q.Round(2).Equal(dec("12361.11")) {
		t.Errorf("tier 3 holds %s GB-hours, want 12,361.11", q)
	}
	duration := Total(items).Sub(lineCost(items, "stepfunctions.express.requests"))
	if !duration.Round(2).Equal(dec("382.97")) {
		t.Errorf("duration %s, want 382.97", duration)
	}
}

func TestXRayExample1(t *testing.T) {
	// AWS page (de/cn/vi), example 1: 2,000 requests an hour x 24 h x 31 days x 10% sampling
	// = 148,800 recorded traces; 148,800 - 100,000 free = 48,800 x $0.000005 = $0.244 = $0.24.
	// Retrieved 100 x 50 x 31 = 155,000 and scanned 100 x 200 x 31 = 620,000: 775,000, all
	// within the 1,000,000 free, so $0. (The example's X-Ray Insights line, $0.15, has no rate
	// in the catalog; its total $0.39 is not reproduced.)
	recorded := dec("2000").Mul(dec("24")).Mul(dec("31")).Mul(dec("0.1"))
	retrieved := dec("100").Mul(dec("50")).Mul(dec("31")).Add(dec("100").Mul(dec("200")).Mul(dec("31")))
	if !recorded.Equal(dec("148800")) || !retrieved.Equal(dec("775000")) {
		t.Fatalf("recorded %s, retrieved %s", recorded, retrieved)
	}
	items, err := embedded(t).XRayBill("us-east-1", recorded, retrieved, true)
	if err != nil {
		t.Fatal(err)
	}
	requireCents(t, items, "0.24", map[string]string{"xray.traces.retrieved": "0.39", "xray.free_tier.retrieved": "-0.39"})
	recordedCost := lineCost(items, "xray.traces.recorded").Add(lineCost(items, "xray.free_tier.recorded"))
	if !recordedCost.Equal(dec("0.244")) {
		t.Errorf("recorded traces cost %s, want 48,800 x 0.000005 = 0.244", recordedCost)
	}
	retrievedCost := lineCost(items, "xray.traces.retrieved").Add(lineCost(items, "xray.free_tier.retrieved"))
	if !retrievedCost.IsZero() {
		t.Errorf("retrieved traces cost %s, want 0", retrievedCost)
	}
}

func TestEBSGP3Example1(t *testing.T) {
	// AWS page, gp3 example 1, "in a region that charges" $0.08 per GB-month, $0.005 per
	// IOPS-month and $0.06 per MB/s-month: the region is not named. The catalog's us-east-1
	// storage and IOPS rates are the example's; its throughput rate is $0.04 (third-party), so
	// this test lays a test-local $0.06 throughput rate over it.
	cat := embedded(t)
	over := cat.Regions["us-east-1"].Rates["ebs.gp3.throughput"]
	over.Price, over.Origin = dec("0.06"), "test overlay: the EBS page's example rate"
	cat.Regions["us-east-1"].Rates["ebs.gp3.throughput"] = over

	// 2,000 GB, 10,000 IOPS and 500 MB/s for 12 hours (43,200 s) of a 30-day month
	// (2,592,000 s): a month's fraction of 43,200 / 2,592,000 = 1/60.
	const precision = 12
	seconds := EBSBilledSeconds(dec("43200"))
	fraction := seconds.DivRound(dec("2592000"), precision)
	gbMonths := dec("2000").Mul(fraction)
	iopsMonths := dec("10000").Sub(decimal.NewFromInt(EBSGP3BaselineIOPS)).Mul(fraction)
	mbpsMonths := dec("500").Sub(decimal.NewFromInt(EBSGP3BaselineThroughputMBps)).Mul(fraction)
	items, err := cat.EBSBill("us-east-1", gbMonths, iopsMonths, mbpsMonths)
	if err != nil {
		t.Fatal(err)
	}
	// AWS rounds to the tenth of a cent here: $0.08 x 2,000 / 60 = $2.667; $0.005 x 7,000 / 60
	// = $0.583; $0.06 x 375 / 60 = $0.375; total $3.625.
	for id, want := range map[string]string{"ebs.gp3.storage": "2.667", "ebs.gp3.iops": "0.583", "ebs.gp3.throughput": "0.375"} {
		if got := lineCost(items, id).Round(3); !got.Equal(dec(want)) {
			t.Errorf("%s: %s, want %s", id, got, want)
		}
	}
	if got := Total(items).Round(3); !got.Equal(dec("3.625")) {
		t.Errorf("total %s, want 3.625", Total(items))
	}
}

func TestALBLCUThirdPartyExample(t *testing.T) {
	// THIRD-PARTY, not an AWS page: a public document's calculation in AWS's format, us-east-1
	// (docs/worked-examples-issue4.md). 1 new connection a second / 25 = 0.04 LCU; 120 active
	// connections a minute / 3,000 = 0.04; 300 KB a second x 3,600 = 1,080,000 KB = 1.08 GB an
	// hour = 1.08 LCU; rules within the 10 free = 0. 1.08 LCU (processed bytes) dominates.
	lcus, dim := ALBLCUs(ALBDimensions{
		NewConnectionsPerSecond:    dec("1"),
		ActiveConnectionsPerMinute: dec("120"),
		ProcessedGBPerHour:         KBToDecimalGB(dec("300").Mul(dec("3600"))),
	})
	if !lcus.Equal(dec("1.08")) || dim != ALBProcessedBytes {
		t.Fatalf("%s LCU by %s, want 1.08 by processed_bytes", lcus, dim)
	}
	// One hour: $0.0225 + 1.08 x $0.008 = $0.0225 + $0.00864 = $0.03114 (the document's
	// $0.03674 adds a $0.0056 mutual TLS trust store, which the catalog does not price).
	items, err := embedded(t).ALBBill("us-east-1", dec("1"), lcus)
	if err != nil {
		t.Fatal(err)
	}
	if !lineCost(items, "alb.lcu").Equal(dec("0.00864")) || !lineCost(items, "alb.hours").Equal(dec("0.0225")) || !Total(items).Equal(dec("0.03114")) {
		t.Errorf("%+v: total %s, want 0.03114", items, Total(items))
	}
}
