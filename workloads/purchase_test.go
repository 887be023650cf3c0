package workloads

import (
	"testing"

	"github.com/breakeven/breakeven/model"
)

// TestPurchaseSection reads a purchase section: the option each platform is bought at, the
// buyer's discounts and rates as written.
func TestPurchaseSection(t *testing.T) {
	src := minimal + `purchase:
  fargate: spot
  ec2: reserved-3y-all-upfront
  discounts:
    ec2.reserved-3y-all-upfront: 61.5
  rates:
    ec2.m7g.large.reserved-1y-partial-upfront: {price: "0.0230", upfront: 201}
    ec2.m7g.large.convertible-3y-all-upfront: {upfront: "1100"}
    fargate.memory.x86_64.savings-plan-1y-all-upfront: {price: "0.0032"}
`
	w, err := Parse("fast-api.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	p := w.Purchase
	if p.BuyOn(model.PlatformFargate) != model.Spot || p.BuyOn(model.PlatformEC2) != "reserved-3y-all-upfront" || p.BuyOn(model.PlatformLambda) != model.OnDemand {
		t.Errorf("buy = %v", p.Buy)
	}
	if d := p.Discounts["ec2.reserved-3y-all-upfront"]; d.String() != "61.5" {
		t.Errorf("discount = %s", d)
	}
	for key, want := range map[string][2]string{
		"ec2.m7g.large.reserved-1y-partial-upfront":         {"0.023", "201"},
		"ec2.m7g.large.convertible-3y-all-upfront":          {"0", "1100"},
		"fargate.memory.x86_64.savings-plan-1y-all-upfront": {"0.0032", "0"},
	} {
		r := p.Rates[key]
		if r.Price.String() != want[0] || r.Upfront.String() != want[1] {
			t.Errorf("%s = %s + %s upfront; want %s + %s", key, r.Price, r.Upfront, want[0], want[1])
		}
	}
}

// TestPurchaseNames checks the option names against their parts.
func TestPurchaseNames(t *testing.T) {
	for name, want := range map[model.Purchase]struct {
		offer string
		years int64
		pay   model.Payment
	}{
		"reserved-1y":                          {"reserved", 1, model.NoUpfront},
		"convertible-3y-partial-upfront":       {"convertible", 3, model.PartialUpfront},
		"instance-savings-plan-1y-all-upfront": {"instance-savings-plan", 1, model.AllUpfront},
		"savings-plan-3y":                      {"savings-plan", 3, model.NoUpfront},
		"spot":                                 {"", 0, model.NoUpfront},
		"on-demand":                            {"", 0, model.NoUpfront},
	} {
		offer, years, pay := name.Commitment()
		if offer != want.offer || years != want.years || pay != want.pay {
			t.Errorf("%s = %s %d %s", name, offer, years, pay)
		}
		if want.years > 0 && model.PurchaseOf(offer, years, pay) != name {
			t.Errorf("PurchaseOf(%s, %d, %s) = %s", offer, years, pay, model.PurchaseOf(offer, years, pay))
		}
	}
	if n := len(model.PurchasesOn(model.PlatformEC2)); n != 2+4*2*3 {
		t.Errorf("EC2 has %d options; want on-demand, spot and 4 offers x 2 terms x 3 payments", n)
	}
}
