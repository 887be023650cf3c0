package model

import (
	"strings"

	"github.com/shopspring/decimal"
)

// The ways to buy capacity beyond on-demand (issue 15), as a Purchase names them: an offer,
// a term and a payment, "reserved-1y-all-upfront". "savings-plan-1y" is a Compute Savings
// Plan with no upfront payment, "reserved-1y" a Standard Reserved Instance with none.
const (
	// OfferComputeSavingsPlan is a Compute Savings Plan: dollars an hour committed for the
	// term, covering EC2 (any family, size, region), Fargate and Lambda.
	OfferComputeSavingsPlan = "savings-plan"
	// OfferInstanceSavingsPlan is an EC2 Instance Savings Plan: one family in one region.
	OfferInstanceSavingsPlan = "instance-savings-plan"
	// OfferStandardReserved is a Standard Reserved Instance.
	OfferStandardReserved = "reserved"
	// OfferConvertibleReserved is a Convertible Reserved Instance.
	OfferConvertibleReserved = "convertible"
)

// Payment is how a commitment is paid: nothing, part or all of it upfront.
type Payment string

// The payment options AWS offers for Savings Plans and Reserved Instances.
const (
	NoUpfront      Payment = "no-upfront"
	PartialUpfront Payment = "partial-upfront"
	AllUpfront     Payment = "all-upfront"
)

// payments lists the payments in the order they are documented.
var payments = []Payment{NoUpfront, PartialUpfront, AllUpfront}

// PurchaseOf names a commitment: offer, term in years (1 or 3) and payment.
func PurchaseOf(offer string, years int64, pay Payment) Purchase {
	p := offer + "-" + map[int64]string{1: "1y", 3: "3y"}[years]
	if pay != NoUpfront {
		p += "-" + string(pay)
	}
	return Purchase(p)
}

// Commitment is what a purchase option commits to: its offer ("" for on-demand and spot),
// its term in years (0 without one) and its payment.
func (p Purchase) Commitment() (offer string, years int64, pay Payment) {
	s := string(p)
	pay = NoUpfront
	for _, pp := range payments[1:] {
		if rest, ok := strings.CutSuffix(s, "-"+string(pp)); ok {
			s, pay = rest, pp
		}
	}
	for _, t := range []struct {
		suffix string
		years  int64
	}{{"-1y", 1}, {"-3y", 3}} {
		if rest, ok := strings.CutSuffix(s, t.suffix); ok {
			return rest, t.years, pay
		}
	}
	return "", 0, NoUpfront
}

// IsSavingsPlan says the option is a Savings Plan (Compute or EC2 Instance): a commitment in
// dollars an hour, whose rate is the price of the usage it covers.
func (p Purchase) IsSavingsPlan() bool {
	offer, _, _ := p.Commitment()
	return offer == OfferComputeSavingsPlan || offer == OfferInstanceSavingsPlan
}

// commitments lists the options of offers, by offer, term and payment.
func commitments(offers ...string) []Purchase {
	var out []Purchase
	for _, o := range offers {
		for _, y := range []int64{1, 3} {
			for _, pay := range payments {
				out = append(out, PurchaseOf(o, y, pay))
			}
		}
	}
	return out
}

// PurchasesOn lists the ways AWS sells platform p's capacity, on-demand first: Lambda's
// duration under a Compute Savings Plan; Fargate Spot and Compute Savings Plans; EC2 Spot,
// Compute and EC2 Instance Savings Plans, Standard and Convertible Reserved Instances. A
// platform without any is bought on demand only.
func PurchasesOn(p Platform) []Purchase {
	switch p {
	case PlatformLambda:
		return append([]Purchase{OnDemand}, commitments(OfferComputeSavingsPlan)...)
	case PlatformFargate:
		return append([]Purchase{OnDemand, Spot}, commitments(OfferComputeSavingsPlan)...)
	case PlatformEC2:
		return append([]Purchase{OnDemand, Spot}, commitments(OfferComputeSavingsPlan, OfferInstanceSavingsPlan,
			OfferStandardReserved, OfferConvertibleReserved)...)
	}
	return []Purchase{OnDemand}
}

// PurchasePlan is the workload file's purchase section: how the organisation buys each
// platform, and the rates the buyer states for what the catalog has no published rate for.
type PurchasePlan struct {
	// Buy is the purchase option each platform is bought at (absent: on-demand).
	Buy map[Platform]Purchase
	// Discounts are the buyer's discounts off on-demand in percent, by "PLATFORM.OPTION"
	// (purchase.discounts.ec2.reserved-1y-all-upfront).
	Discounts map[string]decimal.Decimal
	// Rates are the buyer's rates by catalog rate key (purchase.rates.KEY).
	Rates map[string]StatedRate
}

// StatedRate is a rate the buyer states: Price per unit (for an EC2 Reserved Instance, the
// hourly recurring charge) and Upfront, a Reserved Instance's payment per instance for the
// term.
type StatedRate struct {
	Price   decimal.Decimal
	Upfront decimal.Decimal
}

// BuyOn is the purchase option the plan buys platform p at: on-demand if it names none.
func (pp PurchasePlan) BuyOn(p Platform) Purchase {
	if b, ok := pp.Buy[p]; ok {
		return b
	}
	return OnDemand
}
