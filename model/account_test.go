package model_test

import (
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/platformtest"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// seatFee is a platform written against model's exported API alone whose $20 base is an
// account's: each workload alone pays it, the account once (its AccountBiller).
type seatFee struct{ platformtest.FlatRate }

// seatFeeID is seatFee's id.
const seatFeeID model.Platform = "seatfee"

func (seatFee) ID() model.Platform { return seatFeeID }

func (seatFee) Name() string { return "SeatFee" }

// fee is seatFee's account part: the $20 base.
type fee struct{}

func (fee) Cost() decimal.Decimal { return decimal.NewFromInt(20) }

func (p seatFee) Estimate(d *model.Demand) model.Estimate {
	e := p.FlatRate.Estimate(d)
	e.Platform, e.Account = seatFeeID, fee{}
	return e
}

// BillAccount bills the base once however many parts there are.
func (seatFee) BillAccount(parts []model.AccountPart, _ *pricing.Catalog) (decimal.Decimal, []pricing.LineItem, error) {
	base := decimal.NewFromInt(20)
	return base, []pricing.LineItem{{ID: "seatfee.base", Name: "Base", Quantity: decimal.NewFromInt(1), Unit: "account", UnitPrice: base, Cost: base}}, nil
}

func TestAPlatformBillsItsAccountPartOnce(t *testing.T) {
	t.Cleanup(model.RegisterPlatform(seatFee{}))
	a := service()
	a.Schedules = nil // seatFee, like FlatRate, runs no scheduled job
	b := a
	b.Name = "api-2"
	res := model.Price([]model.Workload{a, b}, catalogOf(t), model.Options{})
	var total *model.PortfolioTotal
	for i := range res.Portfolio.Platforms {
		if res.Portfolio.Platforms[i].Platform == seatFeeID {
			total = &res.Portfolio.Platforms[i]
		}
	}
	if total == nil || total.Workloads != 2 {
		t.Fatalf("the portfolio has no SeatFee total of both workloads: %+v", total)
	}
	if saved := total.StandaloneSum.Sub(total.MonthlyCost); !saved.Equal(decimal.NewFromInt(20)) {
		t.Errorf("the account saves %s on SeatFee, want 20 (one base of two)", saved)
	}
	if len(total.LineItems) == 0 || total.LineItems[0].ID != "seatfee.base" {
		t.Errorf("the account's lines do not start with the base: %+v", total.LineItems)
	}
}
