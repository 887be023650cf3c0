package pricing

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// Bill is a priced set of line items and what could not be priced for want of a rate.
type Bill struct {
	Items []LineItem
	// Unpriced lists the quantities the catalog has no rate for: their lines are left out, so
	// the bill is incomplete.
	Unpriced []Unpriced
}

// Total sums the bill's line items.
func (b Bill) Total() decimal.Decimal { return Total(b.Items) }

// Complete says every quantity of the bill was priced.
func (b Bill) Complete() bool { return len(b.Unpriced) == 0 }

// Unpriced is a billed quantity the catalog has no rate for.
type Unpriced struct {
	// Key is the rate key that is missing, e.g. "alb.lcu"; Region where.
	Key    string
	Region string
	// What names the quantity for people, e.g. "Application Load Balancer LCU-hours".
	What string
}

// String says what is missing: "Application Load Balancer LCU-hours: no alb.lcu rate in
// eu-west-1".
func (u Unpriced) String() string {
	return fmt.Sprintf("%s: no %s rate in %s", u.What, u.Key, u.Region)
}
