package model

import (
	"strings"
	"testing"
)

// TestRecommendationsFlatAPI: on flatAPI Lambda is cheapest at 10M requests. By hand: 10M x
// $0.00000186667 = $18.6667, plus INIT: concurrency 10M x 0.1 s / 2,628,000 s = 0.38, whose
// 99th percentile is 2 environments, 2 x 182.5 = 365 cold starts x 0.14 s x 1 GB = 51.1 GB-s
// x $0.0000166667 = $0.00085166837: $18.66755166837. The runner-up is Fargate, one task all month
// at $36.0401: choosing Lambda saves $17.37254833163 a month.
func TestRecommendationsFlatAPI(t *testing.T) {
	res := Compare([]Workload{flatAPI()}, catalog(t), CompareOptions{})
	recs := res.Comparisons[0].Recommendations
	if len(recs) == 0 {
		t.Fatal("no recommendations")
	}
	var platform *Recommendation
	for i, r := range recs {
		if !r.MonthlySaving.IsPositive() || len(r.Evidence) == 0 {
			t.Errorf("%s: saving %s, evidence %v", r.Action, r.MonthlySaving, r.Evidence)
		}
		if i > 0 && r.MonthlySaving.GreaterThan(recs[i-1].MonthlySaving) {
			t.Errorf("%s saves more than %s ranked above it", r.Action, recs[i-1].Action)
		}
		if r.Finding == FindPlatform {
			platform = &recs[i]
		}
	}
	if platform == nil || platform.Platform != PlatformLambda || !platform.MonthlySaving.Equal(dec("17.37254833163")) {
		t.Fatalf("platform finding %+v, want Lambda saving 17.37254833163", platform)
	}
	if !strings.Contains(strings.Join(platform.Evidence, "\n"), "from 19,306,479 requests a month") {
		t.Errorf("evidence %v lacks the break-even", platform.Evidence)
	}
}

// TestProvisionedAbovePeakIsLowered: 50 provisioned environments for a function whose
// busiest hour needs a handful: lowering to the peak saves the difference, priced again.
func TestProvisionedAbovePeakIsLowered(t *testing.T) {
	w := mobileBackend()
	w.Lambda.ProvisionedConcurrency = 50
	cat := catalog(t)
	base := priceAlone(w, cat, StandardMonth())
	p := sizeProvisioned(w, base, cat, StandardMonth())
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
