package analysis

import (
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/shopspring/decimal"
)

// twoLevelAPI serves 10 requests a second from midnight to noon and 30 from noon to
// midnight: 24 hourly weights 1 and 3. The 730-hour month from a Monday midnight holds 370
// hours of weight 1 and 360 of weight 3 (30 days and 10 hours), 1,450 weight in all, so
// 52,200,000 requests put exactly 36,000 in each light hour and 108,000 in each busy one.
func twoLevelAPI() model.Workload {
	weights := make([]decimal.Decimal, 24)
	for h := range weights {
		weights[h] = dec("1")
		if h >= 12 {
			weights[h] = dec("3")
		}
	}
	return model.Workload{
		Name: "two-level", Region: "us-east-1",
		Traffic:  model.Traffic{RequestsPerMonth: 52200000, PeakPercentile: dec("50"), Shape: model.Shape{Kind: model.Weights, Weights: weights}},
		Function: model.Function{DurationMs: dec("100"), MemoryMB: 1024},
		Settings: map[model.Platform]any{model.PlatformLambda: model.LambdaConfig{Architecture: model.X86_64, EphemeralStorageMB: 512}, model.PlatformFargate: model.FargateConfig{Architecture: model.X86_64, VCPU: dec("1"), MemoryGB: dec("2"), EphemeralStorageGB: 20,
			Fleet: model.Fleet{RequestsPerSecondPerUnit: dec("10"), Min: 1, TargetUtilizationPercent: 100}}, model.PlatformEC2: model.EC2Config{InstanceType: "x9.none", Fleet: model.Fleet{RequestsPerSecondPerUnit: dec("10"), Min: 1}, Purchase: model.OnDemand}},
	}
}

// TestHybridByHand: a task takes 10 rps x 100% x 3,600 = 36,000 requests an hour and costs
// 730 x ($0.04048 + 2 x $0.004445) = $36.0401 a month. With one task, the busy hours overflow
// by 72,000: 360 x 72,000 = 25,920,000 requests to Lambda, $0.0000002 each ($5.184) and 0.1
// GB-s each (2,592,000 GB-s x $0.0000166667 = $43.2000864), plus the INIT of its cold starts.
// Lambda alone: 52,200,000 x $0.00000186667 = $97.44 and more; two tasks $72.08 + 12,960,000
// x $0.00000186667 = $96.27; three $108.12. One task is the cheapest split, about $84.42.
// (EC2's type is not in the catalog, so the baseline is Fargate.)
func TestHybridByHand(t *testing.T) {
	cat := catalog(t)
	h := PlanHybrid(twoLevelAPI(), cat, model.StandardMonth())
	if h == nil {
		t.Fatal("no hybrid")
	}
	if h.Baseline != model.PlatformFargate || h.Units != 1 || h.PerUnitPerHour != 36000 {
		t.Fatalf("baseline %s x %d of %d an hour, want fargate x 1 of 36,000", h.Baseline, h.Units, h.PerUnitPerHour)
	}
	if h.OverflowRequests != 25920000 || h.OverflowHours != 360 || h.BaselineRequests != 26280000 {
		t.Errorf("overflow %d in %d hours, baseline %d", h.OverflowRequests, h.OverflowHours, h.BaselineRequests)
	}
	if !h.BaselineCost.Equal(dec("36.0401")) {
		t.Errorf("baseline cost %s, want 36.0401", h.BaselineCost)
	}
	// Lambda for the overflow: requests and duration by hand, INIT from the model's cold starts.
	over := twoLevelAPI()
	over.Traffic.RequestsPerMonth = 25920000
	for i := range over.Traffic.Shape.Weights {
		over.Traffic.Shape.Weights[i] = dec("0")
		if i >= 12 {
			over.Traffic.Shape.Weights[i] = dec("1")
		}
	}
	e := priceOne(over, cat, model.StandardMonth()).Estimate(model.PlatformLambda)
	init := model.LambdaDetailOf(e).ColdStarts.BilledInitGBSeconds.Mul(dec("0.0000166667"))
	want := dec("5.184").Add(dec("43.2000864")).Add(init)
	if !h.OverflowCost.Equal(want) || !e.MonthlyCost.Equal(want) {
		t.Errorf("overflow cost %s (alone %s), want %s", h.OverflowCost, e.MonthlyCost, want)
	}
	if !h.MonthlyCost.Equal(want.Add(dec("36.0401"))) {
		t.Errorf("hybrid %s", h.MonthlyCost)
	}
	// Three tasks take every request (108,000 an hour): that is Fargate alone, which h.Pure
	// prices, so the splits tried are none, one and two tasks.
	if len(h.Curve) != 3 || h.MinUnits != 1 || h.PeakUnits != 3 {
		t.Errorf("curve %v, floor %d, peak %d: want 0 to 2 tasks, floor 1, peak 3", h.Curve, h.MinUnits, h.PeakUnits)
	}
	saving, ok := h.SavingOver(model.PlatformLambda)
	if !ok || saving.LessThan(dec("13")) || saving.GreaterThan(dec("13.1")) {
		t.Errorf("saving over Lambda %s, want about $97.44 - $84.42 = $13.02 (INIT on both sides)", saving)
	}
}

// TestHybridKeepsTheFleetFloor: a baseline keeps the file's min_tasks. With a floor of two
// the splits are none ($97.44 and the INIT, Lambda alone) and two tasks: 2 x $36.0401 =
// $72.0802, and the busy hours' 36,000 each above 72,000: 360 x 36,000 = 12,960,000 requests
// to Lambda, $2.592 + 1,296,000 GB-s x $0.0000166667 = $21.6000432, about $96.27 with INIT.
// One task, $84.43, is below the floor and not a candidate. With a floor of three, three
// tasks take every request: there is no split, and Lambda alone is what is left.
func TestHybridKeepsTheFleetFloor(t *testing.T) {
	cat := catalog(t)
	w := twoLevelAPI()
	model.EditSettings(&w, model.PlatformFargate, func(f *model.FargateConfig) { f.Fleet.Min = 2 })
	h := PlanHybrid(w, cat, model.StandardMonth())
	if h == nil || h.Units != 2 || len(h.Curve) != 2 || h.Curve[0].Units != 0 || h.Curve[1].Units != 2 {
		t.Fatalf("floor 2: %+v, want 2 tasks, tried none and 2", h)
	}
	if h.OverflowRequests != 12960000 || !h.BaselineCost.Equal(dec("72.0802")) {
		t.Errorf("floor 2: overflow %d, baseline %s; want 12,960,000 and $72.0802", h.OverflowRequests, h.BaselineCost)
	}
	if lo, hi := dec("72.0802").Add(dec("2.592")).Add(dec("21.6000432")), dec("96.28"); h.MonthlyCost.LessThan(lo) || h.MonthlyCost.GreaterThan(hi) {
		t.Errorf("floor 2: %s, want $96.27 and the overflow's INIT (from %s)", h.MonthlyCost, lo)
	}
	model.EditSettings(&w, model.PlatformFargate, func(f *model.FargateConfig) { f.Fleet.Min = 3 })
	h = PlanHybrid(w, cat, model.StandardMonth())
	if h == nil || h.Units != 0 || len(h.Curve) != 1 || h.MinUnits != 3 || h.PeakUnits != 3 {
		t.Fatalf("floor 3: %+v, want no baseline: three tasks take every request", h)
	}
}

func TestHybridSizesABurstableBaselineByItsBaseline(t *testing.T) {
	// A t3.micro whose throughput the engine chose is sized by its 10% baseline: the hybrid's
	// baseline unit serves that, at 70%, an hour, not the full-CPU figure.
	w := mobileBackend()
	w.SetSettings(model.PlatformEC2, model.EC2Config{InstanceType: "t3.micro", Purchase: model.OnDemand})
	pure := priceOne(w, catalog(t), model.StandardMonth())
	cfg := ec2Of(pure.Workload)
	if !cfg.SizedByBaseline {
		t.Fatal("the default throughput of a burstable type is sized by its baseline")
	}
	s := newHybridSearch(pure, model.PlatformEC2, nil, catalog(t), model.StandardMonth())
	sized := cfg.SizingThroughput(catalog(t).InstanceTypes["t3.micro"])
	want := sized.Mul(dec("2520")).IntPart() // x 70% x 3,600 s
	if s.perUnit != want || !sized.LessThan(cfg.Fleet.RequestsPerSecondPerUnit) {
		t.Errorf("a unit serves %d requests an hour, want %d (%s rps of %s at full CPU)", s.perUnit, want, sized, cfg.Fleet.RequestsPerSecondPerUnit)
	}
}
