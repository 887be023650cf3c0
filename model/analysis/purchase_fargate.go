package analysis

import (
	"strings"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
)

// fargatePurchases prices Fargate on demand, on Fargate Spot and under each Compute Savings
// Plan, from the vCPU and memory line items of its estimate e (fargate.vcpu.ARCH,
// fargate.memory.ARCH) re-priced at the option's rates; ephemeral storage stays on demand.
// Fargate Spot runs on ECS only, Linux only, and AWS may stop a task with two minutes'
// warning; its rate is dated (Spot prices move).
func fargatePurchases(w model.Workload, e model.Estimate, cat *pricing.Catalog, monthHours int64) []PurchaseOption {
	if !e.Feasible {
		return nil
	}
	out := []PurchaseOption{onDemandOption(model.PlatformFargate, e)}
	for _, p := range model.PurchasesOn(model.PlatformFargate)[1:] {
		o := PurchaseOption{Platform: model.PlatformFargate, Purchase: p, TermMonths: termMonths(p)}
		covers := func(rateKey string) (string, bool) {
			for _, prefix := range []string{"fargate.vcpu.", "fargate.memory."} {
				if arch, ok := strings.CutPrefix(rateKey, prefix); ok && !strings.Contains(arch, ".") {
					return rateKey + "." + string(p), true
				}
			}
			return "", false
		}
		b := rebilled(w, cat, model.PlatformFargate, p, e, covers)
		o = purchaseFrom(o, b, e, monthHours)
		if o.Priced && e.Capacity.BilledHours.IsPositive() {
			o.HourlyRate = b.spend.DivRound(e.Capacity.BilledHours, amortisedPlaces)
		}
		if p == model.Spot {
			o = spot(o)
		}
		out = append(out, o)
	}
	return out
}

// spot marks an option as spot capacity AWS may stop with two minutes' warning, dated by
// its published rates' date (the latest of them; none when every rate is the buyer's).
func spot(o PurchaseOption) PurchaseOption {
	o.Interruptible = true
	for _, r := range o.Rates {
		if r.AsOf > o.SpotAsOf {
			o.SpotAsOf = r.AsOf
		}
	}
	return o
}
