package model

import "testing"

// TestProvisionedAbovePeakIsLowered: 50 provisioned environments for a function whose
// busiest hour needs a handful: lowering to the peak saves the difference, priced again.
func TestProvisionedAbovePeakIsLowered(t *testing.T) {
	w := mobileBackend()
	w.Lambda.ProvisionedConcurrency = 50
	cat := catalog(t)
	base := priceAlone(w, cat, StandardMonth())
	p := SizeProvisioned(w, base, cat, StandardMonth())
	if p == nil || !p.Priced || p.Peak >= 50 {
		t.Fatalf("provisioned sizing %+v", p)
	}
	v := w
	v.Lambda.ProvisionedConcurrency = p.Peak
	lower := priceAlone(v, cat, StandardMonth()).Estimate(PlatformLambda).MonthlyCost
	if !p.Saving.Equal(base.Estimate(PlatformLambda).MonthlyCost.Sub(lower)) || !p.Saving.IsPositive() {
		t.Errorf("saving %s, want %s - %s", p.Saving, base.Estimate(PlatformLambda).MonthlyCost, lower)
	}
}
