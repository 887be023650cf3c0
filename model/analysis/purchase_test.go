package analysis

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// byPurchase indexes options by "platform type option".
func byPurchase(list []PurchaseOption) map[string]PurchaseOption {
	got := map[string]PurchaseOption{}
	for _, o := range list {
		got[string(o.Platform)+" "+o.InstanceType+" "+string(o.Purchase)] = o
	}
	return got
}

// item is a line item billed at rate key, price and quantity.
func item(id, key, quantity, price string) pricing.LineItem {
	q, p := dec(quantity), dec(price)
	return pricing.LineItem{ID: id, RateKey: key, Quantity: q, UnitPrice: p, Cost: q.Mul(p)}
}

// estimateOf is a feasible estimate billed by items.
func estimateOf(p model.Platform, billedHours string, items ...pricing.LineItem) model.Estimate {
	e := model.Priced(model.Estimate{Platform: p}, items)
	if billedHours != "" {
		e.Capacity.BilledHours = dec(billedHours)
	}
	return e
}

func TestFargatePurchasesByHand(t *testing.T) {
	// One 1 vCPU / 2 GB x86_64 task for 730 hours in us-east-1: 730 vCPU-hours and 1,460
	// GB-hours. On demand: 730 x $0.04048 = $29.5504 + 1,460 x $0.004445 = $6.4897, $36.0401.
	//   Spot (feed of 2026-09-28): 730 x $0.01288871 = $9.4087583 + 1,460 x $0.00141527 =
	//     $2.0662942: $11.4750525, saving $24.5650475; a task-hour 0.01288871 + 2 x
	//     0.00141527 = $0.01571925.
	//   Savings Plan 1y, no upfront: 730 x $0.032384 = $23.64032 + 1,460 x $0.003556 =
	//     $5.19176: $28.83208, saving $7.20802, x 12 = $86.49624; commitment $28.83208 / 730
	//     = $0.039496 an hour.
	//   Savings Plan 3y, no upfront: 730 x $0.022264 = $16.25272 + 1,460 x $0.00244475 =
	//     $3.569335: $19.822055, saving $16.218045, x 36 = $583.84962.
	//   Savings Plan 1y, all upfront: $0.0295504 a vCPU-hour is published, the GB-hour rate is
	//     not: not priced, and the key to state it is the memory rate's alone. Stated at
	//     $0.0032: 730 x $0.0295504 = $21.571792 + 1,460 x $0.0032 = $4.672: $26.243792; the
	//     commitment $26.243792 / 730 = $0.0359504 an hour, paid upfront for 8,760 hours:
	//     $314.925504.
	e := estimateOf(model.PlatformFargate, "730",
		item("fargate.vcpu", "fargate.vcpu.x86_64", "730", "0.04048"),
		item("fargate.memory", "fargate.memory.x86_64", "1460", "0.004445"))
	w := model.Workload{Region: "us-east-1"}
	got := byPurchase(fargatePurchases(w, e, catalog(t), 730))
	for key, want := range map[string][3]string{
		"fargate  on-demand":       {"36.0401", "0", "0"},
		"fargate  spot":            {"11.4750525", "24.5650475", "0"},
		"fargate  savings-plan-1y": {"28.83208", "7.20802", "86.49624"},
		"fargate  savings-plan-3y": {"19.822055", "16.218045", "583.84962"},
	} {
		o := got[key]
		if !o.Priced || !o.MonthlyCost.Equal(dec(want[0])) || !o.Saving.Equal(dec(want[1])) || !o.TermSaving.Equal(dec(want[2])) {
			t.Errorf("%s: cost %s saving %s over term %s; want %v (%+v)", key, o.MonthlyCost, o.Saving, o.TermSaving, want, o)
		}
	}
	if o := got["fargate  spot"]; !o.Interruptible || o.SpotAsOf != "2026-09-28" || !o.HourlyRate.Equal(dec("0.01571925")) || o.Yours {
		t.Errorf("spot: %+v", o)
	}
	if o := got["fargate  savings-plan-1y"]; !o.Commitment.Equal(dec("0.039496")) || !o.Upfront.IsZero() || o.Interruptible {
		t.Errorf("savings plan 1y: %+v", o)
	}
	o := got["fargate  savings-plan-1y-all-upfront"]
	if o.Priced || o.Reason != NoPublishedRate ||
		o.StateWith != "purchase.discounts.fargate.savings-plan-1y-all-upfront or purchase.rates.fargate.memory.x86_64.savings-plan-1y-all-upfront" {
		t.Errorf("1y all upfront without a GB-hour rate: %+v", o)
	}
	w.Purchase.Rates = map[string]model.StatedRate{"fargate.memory.x86_64.savings-plan-1y-all-upfront": {Price: dec("0.0032")}}
	o = byPurchase(fargatePurchases(w, e, catalog(t), 730))["fargate  savings-plan-1y-all-upfront"]
	if !o.Priced || !o.Yours || !o.MonthlyCost.Equal(dec("26.243792")) || !o.Commitment.Equal(dec("0.0359504")) || !o.Upfront.Equal(dec("314.925504")) {
		t.Errorf("1y all upfront at the buyer's GB-hour rate: %+v", o)
	}
}

func TestLambdaSavingsPlanOnDuration(t *testing.T) {
	// 10 million requests of 100 ms at 1,024 MB, x86_64, us-east-1, with the free tier:
	// 1,000,000 GB-s billed at the first tier's $0.0000166667 = $16.6667, less the free tier's
	// 400,000 GB-s = -$6.66668; requests 10M x $0.0000002 = $2. On demand $12.00002.
	// Under a Compute Savings Plan (1y or 3y, no upfront): the requests stay on demand and
	// the plan covers the 600,000 GB-s billed after the free tier at $0.0000147 = $8.82:
	// $10.82, saving $1.18002 a month ($14.16024 over 12 months), a commitment of $8.82 / 730
	// = $0.0120821918 an hour.
	e := estimateOf(model.PlatformLambda, "",
		item("lambda.requests", "lambda.requests", "10000000", "0.0000002"),
		item("lambda.duration.tier1", "lambda.duration.x86_64", "1000000", "0.0000166667"),
		item("lambda.free_tier.duration", "lambda.duration.x86_64", "-400000", "0.0000166667"))
	w := model.Workload{Region: "us-east-1"}
	got := byPurchase(lambdaPurchases(w, e, catalog(t), 730))
	for _, key := range []string{"lambda  savings-plan-1y", "lambda  savings-plan-3y"} {
		o := got[key]
		if !o.Priced || !o.MonthlyCost.Equal(dec("10.82")) || !o.Saving.Equal(dec("1.18002")) || !o.Commitment.Equal(dec("0.0120821918")) {
			t.Errorf("%s: %+v", key, o)
		}
	}
	if o := got["lambda  savings-plan-1y"]; !o.TermSaving.Equal(dec("14.16024")) || len(o.Rates) != 1 || o.Rates[0].How != "published" || o.Rates[0].AsOf != "2026-10-01" {
		t.Errorf("1y: %+v", o)
	}
	if o := got["lambda  savings-plan-1y-all-upfront"]; o.Priced || o.StateWith != "purchase.discounts.lambda.savings-plan-1y-all-upfront or purchase.rates.lambda.duration.x86_64.savings-plan-1y-all-upfront" {
		t.Errorf("1y all upfront: %+v", o)
	}
	// A month that reaches the second tier ($0.000015) has no published plan rate: not
	// priced, unless the buyer states a discount, 17% off every duration line. With 3,000,000
	// GB-s in the second tier ($45) the duration lines cost 16.6667 - 6.66668 + 45 =
	// $55.00002; x 0.83 = $45.6500166; with the requests $47.6500166.
	e.LineItems = append(e.LineItems, item("lambda.duration.tier2", "lambda.duration.x86_64", "3000000", "0.000015"))
	e = model.Priced(e, e.LineItems)
	if o := byPurchase(lambdaPurchases(w, e, catalog(t), 730))["lambda  savings-plan-1y"]; o.Priced || o.Reason != noDurationTierRate {
		t.Errorf("second tier: %+v", o)
	}
	w.Purchase.Discounts = map[string]decimal.Decimal{"lambda.savings-plan-1y": dec("17")}
	if o := byPurchase(lambdaPurchases(w, e, catalog(t), 730))["lambda  savings-plan-1y"]; !o.Priced || !o.Yours || !o.MonthlyCost.Equal(dec("47.6500166")) {
		t.Errorf("second tier at the buyer's 17%%: %+v", o)
	}
}

func TestEC2ReservedEachPaymentAtStatedRates(t *testing.T) {
	// The file's m7g.large at 120 rps: 6 instances, 4,380 instance-hours; on demand 4,380 x
	// $0.0816 = $357.408.
	//   reserved-1y at the buyer's $0.051: 4,380 x 0.051 = $223.38, saving $134.028.
	//   reserved-1y-partial-upfront, $0.024 an hour and $230 upfront: 4,380 x 0.024 = $105.12
	//     + 4,380 x 230 / 8,760 = $115: $220.12; effective $0.024 + 230 / 8,760 =
	//     $0.0502557078 an hour; $230 upfront per instance.
	//   reserved-1y-all-upfront at the buyer's 40% discount: 0.0816 x 0.6 = $0.04896 an hour,
	//     4,380 x 0.04896 = $214.4448; upfront per instance 0.04896 x 8,760 = $428.8896.
	//   reserved-3y-partial-upfront at 50%: 4,380 x 0.0408 = $178.704, its split not stated.
	//   convertible-3y-all-upfront, $900 upfront: 4,380 x 900 / 26,280 = $150 exactly.
	//   reserved-3y from a --pricing overlay at $0.035: 4,380 x 0.035 = $153.30, "your rate".
	//   instance-savings-plan-1y: no rate anywhere, not priced, with the keys to state it.
	dir := t.TempDir()
	overlay := filepath.Join(dir, "negotiated.yaml")
	if err := os.WriteFile(overlay, []byte(`catalog: acme
as_of: "2026-11-01"
sources:
  contract: {url: "https://example.com/acme-aws-agreement", title: "ACME's AWS agreement"}
regions:
  us-east-1:
    rates:
      ec2.m7g.large.reserved-3y: {price: "0.035", unit: hours, source: contract, as_of: "2026-11-01"}
`), 0o600); err != nil {
		t.Fatal(err)
	}
	cat, err := pricing.Load(overlay)
	if err != nil {
		t.Fatal(err)
	}
	w := flatService()
	model.EditSettings(&w, model.PlatformEC2, func(c *model.EC2Config) { c.InstanceType, c.Fleet.RequestsPerSecondPerUnit = "m7g.large", dec("120") })
	w.Purchase = model.PurchasePlan{
		Rates: map[string]model.StatedRate{
			"ec2.m7g.large.reserved-1y":                 {Price: dec("0.051")},
			"ec2.m7g.large.reserved-1y-partial-upfront": {Price: dec("0.024"), Upfront: dec("230")},
			"ec2.m7g.large.convertible-3y-all-upfront":  {Upfront: dec("900")},
		},
		Discounts: map[string]decimal.Decimal{"ec2.reserved-1y-all-upfront": dec("40"), "ec2.reserved-3y-partial-upfront": dec("50")},
	}
	got := byPurchase(RightSize(w, cat, model.StandardMonth()).Purchases)
	for key, want := range map[string][3]string{
		"ec2 m7g.large reserved-1y":                 {"223.38", "0.051", "0"},
		"ec2 m7g.large reserved-1y-partial-upfront": {"220.12", "0.0502557078", "230"},
		"ec2 m7g.large reserved-1y-all-upfront":     {"214.4448", "0.04896", "428.8896"},
		"ec2 m7g.large reserved-3y-partial-upfront": {"178.704", "0.0408", "0"},
		"ec2 m7g.large convertible-3y-all-upfront":  {"150", "0.0342465753", "900"},
		"ec2 m7g.large reserved-3y":                 {"153.3", "0.035", "0"},
	} {
		o := got[key]
		if !o.Priced || !o.Yours || !o.MonthlyCost.Equal(dec(want[0])) || !o.HourlyRate.Equal(dec(want[1])) || !o.Upfront.Equal(dec(want[2])) {
			t.Errorf("%s: cost %s rate %s upfront %s; want %v (%+v)", key, o.MonthlyCost, o.HourlyRate, o.Upfront, want, o)
		}
	}
	if o := got["ec2 m7g.large reserved-1y"]; !o.Saving.Equal(dec("134.028")) || o.Rates[0].How != "your rate" {
		t.Errorf("reserved-1y: %+v", o)
	}
	if o := got["ec2 m7g.large reserved-1y-all-upfront"]; o.Rates[0].How != "your 40% discount" || !o.UpfrontPerUnit {
		t.Errorf("all upfront: %+v", o)
	}
	if o := got["ec2 m7g.large reserved-3y-partial-upfront"]; !o.UpfrontUnstated {
		t.Errorf("partial upfront from a discount: %+v", o)
	}
	if o := got["ec2 m7g.large reserved-3y"]; o.Rates[0].How != "your rate" || o.Rates[0].AsOf != "" {
		t.Errorf("overlay rate: %+v", o)
	}
	if o := got["ec2 m7g.large instance-savings-plan-1y"]; o.Priced || o.Reason != NoPublishedRate ||
		o.StateWith != "purchase.discounts.ec2.instance-savings-plan-1y or purchase.rates.ec2.m7g.large.instance-savings-plan-1y" {
		t.Errorf("not priced: %+v", o)
	}
	// the published Compute Savings Plan rate is not the buyer's
	if o := got["ec2 m7g.large savings-plan-1y"]; !o.Priced || o.Yours || !o.MonthlyCost.Equal(dec("262.362")) {
		t.Errorf("savings plan 1y: %+v", o)
	}
}

func TestEC2SavingsPlansEachTypeAndTerm(t *testing.T) {
	// The file's m7g.large at 120 rps: 6 instances, 4,380 instance-hours; on demand 4,380 x
	// $0.0816 = $357.408.
	//   Compute Savings Plans from the catalog (m7g.large, us-east-1, no upfront): 1y $0.0599,
	//     4,380 x 0.0599 = $262.362; 3y $0.0414, 4,380 x 0.0414 = $181.332. Published, not
	//     the buyer's.
	//   EC2 Instance Savings Plans, no published rate: 1y at the buyer's $0.055, 4,380 x 0.055
	//     = $240.90, saving $116.508; 3y all upfront at the buyer's 55% discount: 0.0816 x
	//     0.45 = $0.03672 an hour, 4,380 x 0.03672 = $160.8336.
	w := flatService()
	model.EditSettings(&w, model.PlatformEC2, func(c *model.EC2Config) { c.InstanceType, c.Fleet.RequestsPerSecondPerUnit = "m7g.large", dec("120") })
	w.Purchase = model.PurchasePlan{
		Rates:     map[string]model.StatedRate{"ec2.m7g.large.instance-savings-plan-1y": {Price: dec("0.055")}},
		Discounts: map[string]decimal.Decimal{"ec2.instance-savings-plan-3y-all-upfront": dec("55")},
	}
	got := byPurchase(RightSize(w, catalog(t), model.StandardMonth()).Purchases)
	for key, want := range map[string]struct {
		cost, rate string
		yours      bool
	}{
		"ec2 m7g.large savings-plan-1y":                      {"262.362", "0.0599", false},
		"ec2 m7g.large savings-plan-3y":                      {"181.332", "0.0414", false},
		"ec2 m7g.large instance-savings-plan-1y":             {"240.9", "0.055", true},
		"ec2 m7g.large instance-savings-plan-3y-all-upfront": {"160.8336", "0.03672", true},
	} {
		o := got[key]
		if !o.Priced || o.Yours != want.yours || !o.MonthlyCost.Equal(dec(want.cost)) || !o.HourlyRate.Equal(dec(want.rate)) {
			t.Errorf("%s: priced %v yours %v cost %s rate %s; want %+v", key, o.Priced, o.Yours, o.MonthlyCost, o.HourlyRate, want)
		}
	}
	if o := got["ec2 m7g.large instance-savings-plan-1y"]; !o.Saving.Equal(dec("116.508")) || o.TermMonths != 12 {
		t.Errorf("instance savings plan 1y: saving %s over %d months", o.Saving, o.TermMonths)
	}
	if o := got["ec2 m7g.large instance-savings-plan-3y-all-upfront"]; o.TermMonths != 36 || o.Rates[0].How != "your 55% discount" {
		t.Errorf("instance savings plan 3y all upfront: %+v", o)
	}
}
