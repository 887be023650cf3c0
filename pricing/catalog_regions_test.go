package pricing

import (
	"testing"

	"github.com/shopspring/decimal"
)

// The rates issue 11 added outside us-east-1, each priced by hand from the catalog's figures.

func TestIssue11RatesInEveryRegion(t *testing.T) {
	cat := embedded(t)
	for _, region := range []string{"us-east-1", "eu-west-1", "eu-central-1", "us-west-2"} {
		for _, key := range []string{"alb.hours", "data_transfer.out", "logs.ingestion", "logs.storage", "logs.vended.ingestion"} {
			if _, err := cat.Rate(region, key); err != nil {
				t.Error(err)
			}
		}
		for _, key := range []string{"data_transfer.free_tier.out", "logs.free_tier.ingestion", "logs.free_tier.storage"} {
			if _, ok := cat.Allowance(region, key); !ok {
				t.Errorf("%s: no %s", region, key)
			}
		}
	}
	// alb.lcu everywhere but eu-central-1, where no public source gave it.
	for _, region := range []string{"us-east-1", "eu-west-1", "us-west-2"} {
		if _, err := cat.Rate(region, "alb.lcu"); err != nil {
			t.Error(err)
		}
	}
	if a, ok := cat.Allowance("us-east-1", "sns.free_tier.publishes"); !ok || !a.Quantity.Equal(dec("1000000")) {
		t.Errorf("sns.free_tier.publishes: %+v, %v; want 1,000,000", a, ok)
	}
	if a, ok := cat.Allowance("eu-central-1", "logs.free_tier.ingestion"); !ok || !a.Quantity.Equal(dec("5")) {
		t.Errorf("logs.free_tier.ingestion: %+v, %v; want 5 GB", a, ok)
	}
}

func TestRegionalServiceBills(t *testing.T) {
	cat := embedded(t)
	z := decimal.Zero
	cases := []struct {
		name string
		bill func() ([]LineItem, error)
		want string
	}{
		// 10,240 GB x $0.09 = $921.60; 760 GB x $0.085 = $64.60.
		{"eu-west-1 data transfer across 10 TB", func() ([]LineItem, error) { return cat.DataTransferOutBill("eu-west-1", dec("11000"), false) }, "986.2"},
		// the free 100 GB off, then 10,240 GB x $0.09 = $921.60 and 49,660 GB x $0.085 = $4,221.10
		{"us-west-2 data transfer, free tier", func() ([]LineItem, error) { return cat.DataTransferOutBill("us-west-2", dec("60000"), true) }, "5142.7"},
		// flat first tier only: 20,000 GB x $0.09
		{"eu-central-1 data transfer", func() ([]LineItem, error) { return cat.DataTransferOutBill("eu-central-1", dec("20000"), false) }, "1800"},
		// 730 h x $0.0252 = $18.396; 100 LCU-hours x $0.008 = $0.80
		{"eu-west-1 ALB", func() ([]LineItem, error) { return cat.ALBBill("eu-west-1", dec("730"), dec("100")) }, "19.196"},
		// 730 h x $0.0225 = $16.425; 100 x $0.008 = $0.80
		{"us-west-2 ALB", func() ([]LineItem, error) { return cat.ALBBill("us-west-2", dec("730"), dec("100")) }, "17.225"},
		// 10 GB x $0.63 = $6.30; 5 GB-months x $0.0324 = $0.162
		{"eu-central-1 logs", func() ([]LineItem, error) { return cat.LogsBill("eu-central-1", dec("10"), dec("5"), false) }, "6.462"},
		// 10 GB x $0.57 = $5.70; 5 GB-months x $0.03 = $0.15
		{"eu-west-1 logs", func() ([]LineItem, error) { return cat.LogsBill("eu-west-1", dec("10"), dec("5"), false) }, "5.85"},
		// 1,460 h x $0.045 = $65.70; 146 GB x $0.045 = $6.57
		{"us-west-2 NAT", func() ([]LineItem, error) { return cat.NATBill("us-west-2", dec("1460"), dec("146")) }, "72.27"},
		// 2,000 GB-months x $0.0952 = $190.40; 7,000 IOPS-months x $0.006 = $42; 375 MB/s-months x $0.0476 = $17.85
		{"eu-central-1 gp3", func() ([]LineItem, error) { return cat.EBSBill("eu-central-1", dec("2000"), dec("7000"), dec("375")) }, "250.25"},
		// 10M requests x $0.40/M = $4.00, no free tier
		{"eu-central-1 SQS", func() ([]LineItem, error) { return cat.SQSBill("eu-central-1", dec("10000000"), z, false) }, "4"},
	}
	for _, c := range cases {
		items, err := c.bill()
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if got := Total(items); !got.Equal(dec(c.want)) {
			t.Errorf("%s: %s, want %s", c.name, got, c.want)
		}
	}
}

func TestVendedLogTiers(t *testing.T) {
	// 60 TB of Lambda logs a month in us-east-1, 1 TB = 1,024 GB: 61,440 GB =
	// 10,240 x $0.50 + 20,480 x $0.25 + 20,480 x $0.10 + 10,240 x $0.05
	// = $5,120 + $5,120 + $2,048 + $512 = $12,800. (Duckbill's $12,500 counts 1 TB as 1,000 GB:
	// 5,000 + 5,000 + 2,000 + 500.)
	cat := embedded(t)
	for _, c := range []struct {
		region, gb, want string
	}{
		{"us-east-1", "61440", "12800"},
		{"us-east-1", "1", "0.5"},
		// eu-central-1: 10,240 x $0.63 + 20,480 x $0.315 + 20,480 x $0.126 + 10,240 x $0.063
		// = $6,451.20 + $6,451.20 + $2,580.48 + $645.12 = $16,128
		{"eu-central-1", "61440", "16128"},
		// eu-west-1: 10,240 x $0.57 + 1,760 x $0.285 = $5,836.80 + $501.60 = $6,338.40
		{"eu-west-1", "12000", "6338.4"},
	} {
		r, err := cat.Rate(c.region, "logs.vended.ingestion")
		if err != nil {
			t.Fatal(err)
		}
		sum := decimal.Zero
		for _, b := range SplitTiers(r.Tiers, decimal.Zero, dec(c.gb)) {
			sum = sum.Add(b.Quantity.Mul(b.Price))
		}
		if !sum.Equal(dec(c.want)) {
			t.Errorf("%s %s GB: %s, want %s", c.region, c.gb, sum, c.want)
		}
	}
}
