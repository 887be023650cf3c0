package model

import (
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// AccountPart is the part of an estimate's bill that one AWS account pays once across all its
// workloads rather than per workload (Lambda's tiers and free tier): the portfolio takes it out
// of each estimate and bills the parts together with the platform's AccountBiller.
type AccountPart interface {
	// Cost is what the part adds to the estimate's MonthlyCost, billed for the workload alone.
	Cost() decimal.Decimal
}

// AccountBiller is a platform whose estimates carry a part billed once for the account
// (Estimate.Account): Lambda bills its tiers and its free tier once per account, across
// regions.
type AccountBiller interface {
	// BillAccount bills the parts of the account's estimates on the platform together, as
	// one account: the total and its line items.
	BillAccount(parts []AccountPart, cat *pricing.Catalog) (decimal.Decimal, []pricing.LineItem, error)
}

// LambdaAccount is a Lambda estimate's account part: the usages its Lambda bill holds (the
// function's first, then the flow's steps' and the schedules') and what that bill costs alone.
// The flow's result and the memory sweep read the usages from it.
type LambdaAccount struct {
	Usages []pricing.LambdaUsage
	Bill   decimal.Decimal
}

// Cost is what the usages' bill adds to the estimate.
func (a *LambdaAccount) Cost() decimal.Decimal { return a.Bill }

// LambdaUsagesOf is the Lambda usages e bills (nil: none), from its account part.
func LambdaUsagesOf(e Estimate) []pricing.LambdaUsage {
	if a, ok := e.Account.(*LambdaAccount); ok {
		return a.Usages
	}
	return nil
}

// accountBill bills estimates, feasible ones' account shares, as one account: each
// estimate's own lines but its account part and its services', and those billed once for all
// of them (the parts by their platform's AccountBiller, in the order of Platforms). It returns
// the total, the account-level lines and what is unpriced anywhere in it.
func accountBill(estimates []*estimateShare, cat *pricing.Catalog) (decimal.Decimal, []pricing.LineItem, []pricing.Unpriced) {
	total := decimal.Zero
	services := make([]pricing.Services, 0, len(estimates))
	var unpriced []pricing.Unpriced
	for _, e := range estimates {
		total = total.Add(e.monthlyCost.Sub(e.servicesCost))
		if e.account != nil {
			total = total.Sub(e.account.Cost())
		}
		if e.services != nil {
			services = append(services, *e.services)
		}
		unpriced = appendNew(unpriced, e.unpriced...)
	}
	var items []pricing.LineItem
	for _, p := range pricers {
		biller, ok := p.(AccountBiller)
		if !ok {
			continue
		}
		var parts []AccountPart
		for _, e := range estimates {
			if e.platform == p.ID() && e.account != nil {
				parts = append(parts, e.account)
			}
		}
		if len(parts) == 0 {
			continue
		}
		cost, lines, err := biller.BillAccount(parts, cat)
		if err != nil { // each part was billed alone with the same rates: cannot happen
			return total, items, unpriced
		}
		total, items = total.Add(cost), append(items, lines...)
	}
	bill, err := cat.ServicesBill(services)
	if err != nil { // each was billed alone: cannot happen
		return total, items, unpriced
	}
	return total.Add(bill.Total()), append(items, bill.Items...), unpriced
}
