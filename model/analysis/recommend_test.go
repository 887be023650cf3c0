package analysis

import (
	"slices"
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// TestRecommendationsFlatAPI: on flatAPI Lambda is cheapest at 10M requests. By hand: 10M x
// $0.00000186667 = $18.6667, plus INIT: concurrency 10M x 0.1 s / 2,628,000 s = 0.38, whose
// 99th percentile is 2 environments, 2 x 182.5 = 365 cold starts x 0.14 s x 1 GB = 51.1 GB-s
// x $0.0000166667 = $0.00085166837: $18.66755166837. The runner-up is Fargate, one task all month
// at $36.0401: choosing Lambda saves $17.37254833163 a month.
func TestRecommendationsFlatAPI(t *testing.T) {
	res := Compare([]model.Workload{onAWS(flatAPI())}, catalog(t), CompareOptions{})
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
	if platform == nil || platform.Platform != model.PlatformLambda || !platform.MonthlySaving.Equal(dec("17.37254833163")) {
		t.Fatalf("platform finding %+v, want Lambda saving 17.37254833163", platform)
	}
	if !strings.Contains(strings.Join(platform.Evidence, "\n"), "from 19,306,479 requests a month") {
		t.Errorf("evidence %v lacks the break-even", platform.Evidence)
	}
}

// memoryAdvice is the memory and arm64 findings for w, from its sweep.
func memoryAdvice(t *testing.T, w model.Workload) (memory Recommendation, memOK bool, arm Recommendation, armOK bool) {
	t.Helper()
	s := model.Sweep(w, catalog(t), model.SweepOptions{})
	c := Comparison{Base: model.WorkloadResult{Workload: w}, Sweep: &s}
	memory, memOK = memoryFinding(c)
	arm, armOK = arm64Finding(c)
	return
}

// TestMemoryAdviceBoundedBySlowdown works the memory advice for flat-paid by hand (200 ms at
// 1,024 MB x86_64, half of it CPU: d(m) = 100 + 100 x 1,024 / m ms below 1,769 MB). The
// sweep's cost-optimal size is 128 MB at 900 ms, 4.5 times slower ($0.20 + 900,018,200 ms x
// 0.125 GB / 1,000 = 112,502.275 GB-s x $0.0000166667 = $2.08). At most 10% slower is
// 220 ms: 102,400 / m <= 120, m >= 853.3, so 854 MB at 100 + 102,400 / 854 = 219.906323 ms,
// billed 220. Billed ms x memory grows with memory above it (855 MB: 220 ms; the first size
// billed 219 ms is 861 MB: 219 x 861 = 188,559 > 220 x 854 = 187,880), so 854 MB is the
// cheapest within the bound: $0.20 + (1,000,000 x 220 + 182 cold starts x 100 ms of INIT) x
// 854 / 1,024 / 1,000 = 183,491.741015625 GB-s x $0.0000166667 = $3.2582017999851171875,
// against $3.53364333394 now: $0.2754415339548828125 a month, 9.95% slower.
func TestMemoryAdviceBoundedBySlowdown(t *testing.T) {
	r, ok, arm, armOK := memoryAdvice(t, flatPaid())
	if !ok {
		t.Fatal("no memory finding")
	}
	if want := "Set Lambda memory to 854 MB (now 1,024 MB; 219.9 ms instead of 200 ms, 9.95% slower)"; r.Action != want {
		t.Errorf("action %q, want %q", r.Action, want)
	}
	if !r.DurationNowMs.Equal(dec("200")) || !r.DurationAfterMs.Equal(dec("219.906323")) || !r.MonthlySaving.Equal(dec("0.2754415339548828125")) {
		t.Errorf("durations %s -> %s ms, saving %s; want 200 -> 219.906323, 0.2754415339548828125", r.DurationNowMs, r.DurationAfterMs, r.MonthlySaving)
	}
	evidence := strings.Join(r.Evidence, "\n")
	if !strings.Contains(evidence, "the cost-optimal size, 128 MB, would cost $2.08 a month but runs 900 ms instead of 200 ms, 350% slower: left out, beyond 10% slower") {
		t.Errorf("evidence lacks the sweep's own pick:\n%s", evidence)
	}
	// arm64 at the same size and duration (arm64_duration_percent 100): 200 ms as now.
	if !armOK || arm.Action != "Run the function on arm64 at 1,024 MB (needs an arm64 build; 200 ms as now)" || !arm.DurationAfterMs.Equal(dec("200")) {
		t.Errorf("arm64: %v %q", armOK, arm.Action)
	}

	// No slowdown allowed: nothing below 1,024 MB runs in 200 ms, and larger sizes cost more.
	w := flatPaid()
	w.Tuning.MaxSlowdownPercent = decimal.NewNullDecimal(dec("0"))
	if r, ok, _, _ := memoryAdvice(t, w); ok {
		t.Errorf("max_slowdown_percent 0: %q", r.Action)
	}
	// 350% allowed: 128 MB's 900 ms is exactly 4.5 x 200 ms, within: the cost-optimal size is
	// the advice, with nothing left out.
	w.Tuning.MaxSlowdownPercent = decimal.NewNullDecimal(dec("350"))
	if r, ok, _, _ := memoryAdvice(t, w); !ok || !strings.HasPrefix(r.Action, "Set Lambda memory to 128 MB") || strings.Contains(strings.Join(r.Evidence, "\n"), "left out") {
		t.Errorf("max_slowdown_percent 350: %v %q %v", ok, r.Action, r.Evidence)
	}
	// arm64 20% slower is beyond the default 10%: no arm64 advice; 5% slower is within.
	w = flatPaid()
	w.Tuning.ARM64DurationPercent = dec("120")
	if _, _, arm, ok := memoryAdvice(t, w); ok {
		t.Errorf("arm64 20%% slower: %q", arm.Action)
	}
	w.Tuning.ARM64DurationPercent = dec("105")
	if _, _, arm, ok := memoryAdvice(t, w); !ok || arm.Action != "Run the function on arm64 at 1,024 MB (needs an arm64 build; 210 ms instead of 200 ms, 5% slower)" {
		t.Errorf("arm64 5%% slower: %v %q", ok, arm.Action)
	}
}

// TestPlatformFindingWeighsCompleteBills: Lambda $10 is the cheapest complete bill; another
// provider's $3 leaves out the API Gateway requests it does not price, so it is not the
// runner-up: Fargate $12 is, and running on Lambda saves $12 - $10 = $2 a month (the $3 bill
// would make it a loss of $7, and drop the finding). The $3 bill's price line says what it
// leaves out.
func TestPlatformFindingWeighsCompleteBills(t *testing.T) {
	other := model.Platforms[len(model.Platforms)-1]
	gateway := pricing.Unpriced{Key: "apigw.rest_requests", Region: "us-east-1", What: "API Gateway REST requests"}
	base := model.WorkloadResult{Cheapest: model.PlatformLambda, Estimates: []model.Estimate{
		{Platform: model.PlatformLambda, Feasible: true, MonthlyCost: dec("10")},
		{Platform: model.PlatformFargate, Feasible: true, MonthlyCost: dec("12")},
		{Platform: model.PlatformEC2, Feasible: true, MonthlyCost: dec("15")},
		{Platform: other, Feasible: true, MonthlyCost: dec("3"), Unpriced: []pricing.Unpriced{gateway}},
	}}
	r, ok := platformFinding(Comparison{Base: base})
	if !ok || r.Platform != model.PlatformLambda || !r.MonthlySaving.Equal(dec("2")) {
		t.Fatalf("finding %+v (%v), want Lambda saving 2 over Fargate", r, ok)
	}
	want := "price: Lambda $10.00 a month against " + other.Name() + " $3.00 (leaving out what it does not price)"
	if !slices.Contains(r.Evidence, want) {
		t.Errorf("evidence %q lacks %q", r.Evidence, want)
	}
	if slices.Contains(r.Evidence, "price: Lambda $10.00 a month against Fargate $12.00 (leaving out what it does not price)") {
		t.Errorf("evidence %q says Fargate's complete bill leaves something out", r.Evidence)
	}
}
