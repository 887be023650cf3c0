package pricing

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// Conventions of the bills of the services around a function (API Gateway, ALB, SQS, ...),
// each line a Meter (aws_meters.go) billed by MeterBill:
//   - A tiered rate gives one line item per tier used, with ids ID.tier1, ID.tier2, ... The
//     tiers count from zero, so a bill's quantity must be the account's whole usage of that
//     ladder in the month (AWS tiers aggregate per account, per region unless said otherwise):
//     MeterBill sums the region's uses first.
//   - A free allowance, when asked for and present in the catalog, is its own line item with a
//     negative quantity (a credit) whose id is the allowance key, like the Lambda free tier.
//   - A zero quantity gives no line item, except the fixed hourly (or monthly) line of a
//     resource the caller asked to price, such as alb.hours (a Quantity that is Always).
//   - A rate the catalog lacks leaves its line out and is listed as Unpriced (ServicesBill,
//     MeterBill); the single-service bills (SQSBill, ...) return it as an error.

// nonNegative returns an error naming bill if any quantity is negative: usage cannot be.
func nonNegative(bill string, quantities ...decimal.Decimal) error {
	for _, q := range quantities {
		if q.IsNegative() {
			return fmt.Errorf("%s: quantity %s is negative", bill, q)
		}
	}
	return nil
}
