package analysis

import (
	"strings"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// ec2Purchases prices the workload on EC2 with instance type t bought every way AWS sells
// it, against the current configuration: t is billed on demand once, and its instance-hours
// (ec2.TYPE.on-demand) re-priced at each option's effective hourly rate, any upfront
// payment spread over the term's hours; surplus CPU credits cost the same whichever way the
// instance is bought. Spot is priced at the buyer's discount (ec2.spot_discount_percent
// when ec2.purchase is spot, or purchase.discounts.ec2.spot) or rate: AWS may stop a spot
// instance with two minutes' warning.
func ec2Purchases(w model.Workload, t SizeOption, current SizeOption, cat *pricing.Catalog, month model.Month) []PurchaseOption {
	if _, err := cat.Rate(w.Region, "ec2."+t.Name+"."+string(model.OnDemand)); err != nil {
		return nil
	}
	t.Purchase = model.OnDemand
	e := billOn(t.onEC2(w), cat, month, model.PlatformEC2)
	now := model.Estimate{Feasible: current.Feasible, MonthlyCost: current.MonthlyCost}
	var out []PurchaseOption
	for _, p := range model.PurchasesOn(model.PlatformEC2) {
		o := PurchaseOption{Platform: model.PlatformEC2, InstanceType: t.Name, Purchase: p, TermMonths: termMonths(p)}
		if !e.Feasible {
			o.Reason = strings.Join(e.Reasons, "; ")
			out = append(out, o)
			continue
		}
		if p == model.OnDemand {
			o.Priced, o.MonthlyCost, o.HourlyRate = true, e.MonthlyCost, instanceRate(e)
			out = append(out, compared(o, now))
			continue
		}
		if i := ec2Instance(w); p == model.Spot && i.Purchase == model.Spot && !hasDiscount(w, model.PlatformEC2, p) {
			w.Purchase.Discounts = withDiscount(w.Purchase.Discounts, discountKey(model.PlatformEC2, p), i.SpotDiscountPercent)
		}
		covers := func(rateKey string) (string, bool) {
			if typ, ok := strings.CutSuffix(rateKey, "."+string(model.OnDemand)); ok && strings.HasPrefix(typ, "ec2.") {
				return typ + "." + string(p), true
			}
			return "", false
		}
		b := rebilled(w, cat, model.PlatformEC2, p, e, covers)
		o = purchaseFrom(o, b, now, month.Hours)
		if !o.Priced {
			out = append(out, o)
			continue
		}
		o.HourlyRate = o.Rates[0].Price
		if p == model.Spot {
			o = spot(o)
		}
		out = append(out, reservedUpfront(o))
	}
	return out
}

// instanceRate is the price of an instance-hour on e's bill.
func instanceRate(e model.Estimate) decimal.Decimal {
	for _, it := range e.LineItems {
		if it.Kind == pricing.KindEC2Instances {
			return it.UnitPrice
		}
	}
	return decimal.Zero
}

// reservedUpfront sets a Reserved Instance's upfront payment per instance: the buyer's
// stated upfront, or, bought all upfront, the whole effective rate over the term's hours;
// a partial-upfront split that is not stated is not derived.
func reservedUpfront(o PurchaseOption) PurchaseOption {
	offer, _, pay := o.Purchase.Commitment()
	if (offer != model.OfferStandardReserved && offer != model.OfferConvertibleReserved) || pay == model.NoUpfront {
		return o
	}
	o.UpfrontPerUnit = true
	if r := o.Rates[0]; r.Upfront.IsPositive() {
		o.Upfront = r.Upfront
		return o
	}
	if pay == model.AllUpfront {
		o.Upfront = o.HourlyRate.Mul(termHours(o.Purchase))
		return o
	}
	o.UpfrontUnstated = true
	return o
}

// hasDiscount says the buyer states a discount for option p on platform.
func hasDiscount(w model.Workload, platform model.Platform, p model.Purchase) bool {
	_, ok := w.Purchase.Discounts[discountKey(platform, p)]
	return ok
}

// withDiscount is discounts with key's discount set to percent, in a new map.
func withDiscount(discounts map[string]decimal.Decimal, key string, percent decimal.Decimal) map[string]decimal.Decimal {
	out := map[string]decimal.Decimal{key: percent}
	for k, v := range discounts {
		out[k] = v
	}
	return out
}
