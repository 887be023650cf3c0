package analysis

import (
	"fmt"
	"strings"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// PurchaseOption is one way to buy a platform's capacity, priced for the workload when the
// catalog has a sourced rate for it.
type PurchaseOption struct {
	Platform model.Platform
	// InstanceType is the EC2 type bought ("" for Lambda and Fargate); Current and Best say
	// whether it is the type priced now, the cheapest type on demand, or both.
	InstanceType  string
	Current, Best bool
	Purchase      model.Purchase
	// TermMonths is the commitment: 12 or 36 months for reserved and savings plans, 0 for
	// on-demand and spot.
	TermMonths int64
	// Priced says the option was priced; Reason says why not, when it was not.
	Priced bool
	Reason string
	// HourlyRate is the effective price of one instance-hour bought this way.
	HourlyRate decimal.Decimal
	// MonthlyCost is the workload's whole EC2 bill with the capacity bought this way.
	MonthlyCost decimal.Decimal
	// Compared says the current EC2 configuration is priced; Saving is then its monthly cost
	// less MonthlyCost (negative: dearer), and TermSaving is Saving over TermMonths (the
	// month priced, repeated).
	Compared   bool
	Saving     decimal.Decimal
	TermSaving decimal.Decimal
}

// NoSourcedRate is why a purchase option is listed but not priced: the embedded catalog's
// header (pricing/data/aws.yaml) lists the rates searched for and not found; none is
// invented or derived from a discount percentage.
const NoSourcedRate = "no sourced rate in the catalog"

// computeSavingsPlanNote is why Lambda's and Fargate's savings plans are not priced.
const computeSavingsPlanNote = NoSourcedRate + "; Compute Savings Plans cover Lambda and Fargate too"

// termMonths is the commitment of a purchase option in months (0: none).
func termMonths(p model.Purchase) int64 {
	switch p {
	case model.Reserved1y, model.SavingsPlan1y:
		return 12
	case model.Reserved3y, model.SavingsPlan3y:
		return 36
	}
	return 0
}

// purchaseOptions prices every way to buy the current EC2 type and the cheapest type on
// demand (spot only when the file gives its discount), then lists Compute Savings Plans for
// Lambda and Fargate as not priced.
func purchaseOptions(w model.Workload, ec2 PlatformSizing, cat *pricing.Catalog, month model.Month) []PurchaseOption {
	purchases := []model.Purchase{model.OnDemand, model.Reserved1y, model.Reserved3y, model.SavingsPlan1y, model.SavingsPlan3y}
	if w.EC2.Purchase == model.Spot {
		purchases = append(purchases, model.Spot)
	}
	var out []PurchaseOption
	current := ec2.Current
	best, hasBest := ec2.Best()
	if _, ok := cat.InstanceTypes[current.Name]; ok {
		for _, p := range purchases {
			o := pricePurchase(w, current, p, current, cat, month)
			o.Current, o.Best = true, hasBest && best.Name == current.Name
			out = append(out, o)
		}
	}
	if hasBest && best.Name != current.Name {
		for _, p := range purchases {
			o := pricePurchase(w, best, p, current, cat, month)
			o.Best = true
			out = append(out, o)
		}
	}
	for _, platform := range []model.Platform{model.PlatformLambda, model.PlatformFargate} {
		for _, p := range []model.Purchase{model.SavingsPlan1y, model.SavingsPlan3y} {
			out = append(out, PurchaseOption{Platform: platform, Purchase: p, TermMonths: termMonths(p), Reason: computeSavingsPlanNote})
		}
	}
	return out
}

// pricePurchase prices the workload on EC2 with instance type t bought as p, against the
// current configuration.
func pricePurchase(w model.Workload, t SizeOption, p model.Purchase, current SizeOption, cat *pricing.Catalog, month model.Month) PurchaseOption {
	o := PurchaseOption{Platform: model.PlatformEC2, InstanceType: t.Name, Purchase: p, TermMonths: termMonths(p)}
	key := p
	if p == model.Spot { // spot is a discount off the on-demand rate, at the file's percentage
		key = model.OnDemand
	}
	if _, err := cat.Rate(w.Region, fmt.Sprintf("ec2.%s.%s", t.Name, key)); err != nil {
		o.Reason = NoSourcedRate
		return o
	}
	t.Purchase = p
	e := billOn(t.onEC2(w), cat, month, model.PlatformEC2)
	if !e.Feasible {
		o.Reason = strings.Join(e.Reasons, "; ")
		return o
	}
	o.Priced, o.MonthlyCost = true, e.MonthlyCost
	for _, it := range e.LineItems {
		if it.ID == "ec2.instances" {
			o.HourlyRate = it.UnitPrice
		}
	}
	if current.Feasible {
		o.Compared = true
		o.Saving = current.MonthlyCost.Sub(e.MonthlyCost)
		o.TermSaving = o.Saving.Mul(decimal.NewFromInt(o.TermMonths))
	}
	return o
}

// CheapestPurchase is the cheapest priced way to buy EC2 capacity among the options, if
// any is priced.
func (rs RightSizing) CheapestPurchase() (PurchaseOption, bool) {
	var best PurchaseOption
	found := false
	for _, o := range rs.Purchases {
		if o.Priced && (!found || o.MonthlyCost.LessThan(best.MonthlyCost)) {
			best, found = o, true
		}
	}
	return best, found
}
