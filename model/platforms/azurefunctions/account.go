package azurefunctions

import (
	"slices"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// Account is an Azure Functions estimate's part billed once per subscription: its uses of
// each plan (the function app's first, then the timer triggers') and what their bill costs
// alone. The free grants are the subscription's, "across all function apps in that
// subscription" (Azure Functions pricing): the portfolio bills every workload's uses together
// (BillAccount), so the grants are taken off once.
type Account struct {
	Flex        []pricing.FlexUse
	Consumption []pricing.ConsumptionUse
	Bill        decimal.Decimal
}

// Cost is what the uses' bill adds to the estimate.
func (a *Account) Cost() decimal.Decimal { return a.Bill }

// add appends b's uses to a's.
func (a *Account) add(b *Account) {
	a.Flex = append(a.Flex, b.Flex...)
	a.Consumption = append(a.Consumption, b.Consumption...)
}

// Platform bills the subscription's free grants once across the portfolio's workloads.
var _ model.AccountBiller = Platform{}

// BillAccount bills every estimate's uses as one subscription: each plan's free grants once.
func (Platform) BillAccount(parts []model.AccountPart, cat *pricing.Catalog) (decimal.Decimal, []pricing.LineItem, error) {
	var all Account
	for _, p := range parts {
		all.add(p.(*Account))
	}
	c, err := catalogOf(cat)
	if err != nil {
		return decimal.Zero, nil, err
	}
	bill, err := subscriptionBill(c, &all)
	if err != nil {
		return decimal.Zero, nil, err
	}
	return bill.Total(), bill.Items, nil
}

// subscriptionBill bills a's uses as one subscription: the Flex Consumption uses' bill, then
// the Consumption uses'. A Flex use that asks for the free grants when the catalog has none
// lists them as unpriced: the bill takes nothing off for them.
func subscriptionBill(c *pricing.ProviderCatalog, a *Account) (pricing.Bill, error) {
	var out pricing.Bill
	if len(a.Flex) > 0 {
		b, err := c.FlexBill(a.Flex)
		if err != nil {
			return pricing.Bill{}, err
		}
		out.Items, out.Unpriced = append(out.Items, b.Items...), append(out.Unpriced, b.Unpriced...)
		out.Unpriced = append(out.Unpriced, missingGrants(c, a.Flex)...)
	}
	if len(a.Consumption) > 0 {
		b, err := c.ConsumptionBill(a.Consumption)
		if err != nil {
			return pricing.Bill{}, err
		}
		out.Items, out.Unpriced = append(out.Items, b.Items...), append(out.Unpriced, b.Unpriced...)
	}
	out.Unpriced = unique(out.Unpriced)
	return out, nil
}

// unique is list with each entry once, in the order first listed (each use of a plan lists the
// rates it lacks).
func unique(list []pricing.Unpriced) []pricing.Unpriced {
	var out []pricing.Unpriced
	for _, u := range list {
		if !slices.Contains(out, u) {
			out = append(out, u)
		}
	}
	return out
}

// missingGrants lists Flex Consumption's free grants the catalog lacks when a use asks for
// them (the embedded catalog has no source for them: docs/providers.md).
func missingGrants(c *pricing.ProviderCatalog, uses []pricing.FlexUse) []pricing.Unpriced {
	var out []pricing.Unpriced
	for _, u := range uses {
		if !u.Free {
			continue
		}
		for _, g := range []struct{ key, what string }{
			{"flex.free_grant.memory", "Flex Consumption free grant of on demand GB-seconds (none taken off)"},
			{"flex.free_grant.executions", "Flex Consumption free grant of on demand executions (none taken off)"},
		} {
			if _, ok := c.Allowance(g.key); !ok {
				out = append(out, pricing.Unpriced{Key: g.key, Region: u.Region, What: g.what})
			}
		}
		return out
	}
	return out
}
