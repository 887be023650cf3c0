package analysis

import (
	"strings"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
)

// lambdaDurationKey is the prefix of Lambda's on-demand duration rate keys
// (lambda.duration.ARCH).
const lambdaDurationKey = "lambda.duration."

// lambdaPurchases prices Lambda on demand and under each Compute Savings Plan, from the
// duration line items of its estimate e. A Compute Savings Plan discounts Lambda's duration
// only: requests are billed on demand, and so is provisioned concurrency, for which no
// Savings Plans rate was found. AWS applies a plan to the usage billed at on-demand rates
// ("Your Savings Plans are applied to your highest savings percentage first... Any remaining
// usage is charged at the On-Demand rates", Savings Plans User Guide,
// https://docs.aws.amazon.com/savingsplans/latest/userguide/sp-applying.html): the free
// tier's GB-seconds, when the workload draws on it, are not billed, so the plan covers the
// duration billed after the free tier's credit line, and the throttled requests' duration
// that the estimate takes off is not covered either. The published rate ($0.0000147 a
// GB-second, x86_64) is the first duration tier's: a month that reaches a higher tier is
// priced only at the buyer's discount.
func lambdaPurchases(w model.Workload, e model.Estimate, cat *pricing.Catalog, monthHours int64) []PurchaseOption {
	if !e.Feasible {
		return nil
	}
	out := []PurchaseOption{onDemandOption(model.PlatformLambda, e)}
	for _, p := range model.PurchasesOn(model.PlatformLambda)[1:] {
		o := PurchaseOption{Platform: model.PlatformLambda, Purchase: p, TermMonths: termMonths(p)}
		covers := func(rateKey string) (string, bool) {
			if arch, ok := strings.CutPrefix(rateKey, lambdaDurationKey); ok && !strings.Contains(arch, ".") {
				return rateKey + "." + string(p), true
			}
			return "", false
		}
		_, discount := w.Purchase.Discounts[discountKey(model.PlatformLambda, p)]
		if !discount && beyondFirstTier(w, e, cat) {
			o.Reason, o.StateWith = noDurationTierRate, "purchase.discounts."+discountKey(model.PlatformLambda, p)
			out = append(out, o)
			continue
		}
		out = append(out, purchaseFrom(o, rebilled(w, cat, model.PlatformLambda, p, e, covers), e, monthHours))
	}
	return out
}

// beyondFirstTier says e bills duration at a tier's price other than the first's.
func beyondFirstTier(w model.Workload, e model.Estimate, cat *pricing.Catalog) bool {
	for _, it := range e.LineItems {
		if !strings.HasPrefix(it.RateKey, lambdaDurationKey) || it.Quantity.IsZero() {
			continue
		}
		r, err := cat.Rate(w.Region, it.RateKey)
		if err != nil || (r.Tiered() && !it.UnitPrice.Equal(r.Tiers[0].Price)) {
			return true
		}
	}
	return false
}
