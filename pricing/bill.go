package pricing

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// Helpers shared by the bills of the services around a function (API Gateway, ALB, SQS, ...).
//
// Conventions of those bills:
//   - A tiered rate gives one line item per tier used, with ids ID.tier1, ID.tier2, ... The
//     tiers count from zero, so a bill's quantity must be the account's whole usage of that
//     ladder in the month (AWS tiers aggregate per account, per region unless said otherwise):
//     a caller pricing several workloads sums their usage first.
//   - A free allowance, when asked for and present in the catalog, is its own line item with a
//     negative quantity (a credit) whose id is the allowance key, like the Lambda free tier.
//   - A zero quantity gives no line item, except the fixed hourly (or monthly) line of a
//     resource the caller asked to price, such as alb.hours.

// tieredLines prices quantity on rate's tiers, starting from zero, one line item per tier used.
func tieredLines(id, name string, rate Rate, quantity decimal.Decimal) []LineItem {
	if !quantity.IsPositive() {
		return nil
	}
	var items []LineItem
	for _, b := range splitRate(rate, decimal.Zero, quantity) {
		items = append(items, lineAt(fmt.Sprintf("%s.tier%d", id, b.Tier), name+", "+tierName(rate, b.Tier), rate, b.Quantity, b.Price))
	}
	return items
}

// flatLine prices a positive quantity at rate's single price; zero gives no line.
func flatLine(id, name string, rate Rate, quantity decimal.Decimal) []LineItem {
	if !quantity.IsPositive() {
		return nil
	}
	return []LineItem{charge(id, name, rate, quantity)}
}

// freeAllowance is the quantity of allowance key in region when free is true and the catalog
// has the allowance; zero otherwise.
func (c *Catalog) freeAllowance(region, key string, free bool) decimal.Decimal {
	if !free {
		return decimal.Zero
	}
	a, ok := c.Allowance(region, key)
	if !ok {
		return decimal.Zero
	}
	return a.Quantity
}

// credit is a free-tier line: quantity units taken off at price, citing rate.
func credit(id, name string, rate Rate, quantity, price decimal.Decimal) LineItem {
	return lineAt(id, name, rate, quantity.Neg(), price)
}

// nonNegative returns an error naming bill if any quantity is negative: usage cannot be.
func nonNegative(bill string, quantities ...decimal.Decimal) error {
	for _, q := range quantities {
		if q.IsNegative() {
			return fmt.Errorf("%s: quantity %s is negative", bill, q)
		}
	}
	return nil
}
