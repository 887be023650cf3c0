package analysis

import (
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// ProvisionedSizing compares the provisioned concurrency configured with the busiest hour's
// peak concurrency (the traffic's peak percentile of a Poisson concurrency), which is all
// provisioned environments can usefully serve at once.
type ProvisionedSizing struct {
	Current, Peak int64
	// Priced says Peak is below Current and both were priced on Lambda.
	Priced                bool
	CurrentCost, PeakCost decimal.Decimal
	// Saving is CurrentCost less PeakCost.
	Saving decimal.Decimal
}

// SizeProvisioned prices the workload's Lambda bill with provisioned concurrency lowered to
// the peak concurrency of base, its own pricing; nil when it has none or is at most the peak.
func SizeProvisioned(w model.Workload, base model.WorkloadResult, cat *pricing.Catalog, month model.Month) *ProvisionedSizing {
	fs := model.FunctionSettingsOf(w)
	pc := fs.ProvisionedConcurrency
	e := base.Estimate(model.PlatformLambda)
	th := model.LambdaDetailOf(e).Throttling
	if pc == 0 || !e.Feasible || th == nil {
		return nil
	}
	peak := max(th.PeakConcurrency, 1)
	p := &ProvisionedSizing{Current: pc, Peak: peak, CurrentCost: e.MonthlyCost}
	if peak >= pc {
		return p
	}
	fs.ProvisionedConcurrency = peak
	v := model.WithFunctionSettings(w, fs)
	lower := billOn(v, cat, month, model.PlatformLambda)
	if !lower.Feasible {
		return p
	}
	p.Priced, p.PeakCost, p.Saving = true, lower.MonthlyCost, e.MonthlyCost.Sub(lower.MonthlyCost)
	return p
}
