package analysis

import (
	"testing"

	"github.com/breakeven/breakeven/model"
)

// TestProvisionedAbovePeakIsLowered: 50 provisioned environments for a function whose
// busiest hour needs a handful: lowering to the peak saves the difference, priced again.
func TestProvisionedAbovePeakIsLowered(t *testing.T) {
	w := mobileBackend()
	model.EditSettings(&w, model.PlatformLambda, func(c *model.LambdaConfig) { c.ProvisionedConcurrency = 50 })
	cat := catalog(t)
	base := priceOne(w, cat, model.StandardMonth())
	p := SizeProvisioned(w, base, cat, model.StandardMonth())
	if p == nil || !p.Priced || p.Peak >= 50 {
		t.Fatalf("provisioned sizing %+v", p)
	}
	v := w
	model.EditSettings(&v, model.PlatformLambda, func(c *model.LambdaConfig) { c.ProvisionedConcurrency = p.Peak })
	lower := priceOne(v, cat, model.StandardMonth()).Estimate(model.PlatformLambda).MonthlyCost
	if !p.Saving.Equal(base.Estimate(model.PlatformLambda).MonthlyCost.Sub(lower)) || !p.Saving.IsPositive() {
		t.Errorf("saving %s, want %s - %s", p.Saving, base.Estimate(model.PlatformLambda).MonthlyCost, lower)
	}
}
