package model_test

import (
	"slices"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/platforms/azurefunctions"
	"github.com/breakeven/breakeven/model/platformtest"
	"github.com/shopspring/decimal"
)

// plain is a service with nothing around it: 10,000,000 requests a month of 100 ms at
// 1,024 MB, which FlatRate bills $20 + $10 = $30.
func plain(name string) model.Workload {
	w := service()
	w.Name, w.Database, w.Schedules = name, nil, nil
	w.Traffic = model.Traffic{RequestsPerMonth: 10000000}
	w.Function = model.Function{DurationMs: decimal.NewFromInt(100), MemoryMB: 1024}
	w.Settings = map[model.Platform]any{model.PlatformLambda: model.LambdaConfig{Architecture: model.X86_64, EphemeralStorageMB: 512},
		model.PlatformFargate: w.Settings[model.PlatformFargate], model.PlatformEC2: w.Settings[model.PlatformEC2]}
	return w
}

// TestChosenPlatformsAlone: a workload that chooses Fargate and FlatRate is priced on them
// alone (Lambda's and EC2's estimates are empty, with no reason), shown on them, and its
// cheapest is the cheaper of them; FlatRate bills $20 + 10,000,000 x $0.000001 = $30.
func TestChosenPlatformsAlone(t *testing.T) {
	register(t)
	w := plain("chosen")
	w.Platforms = []model.Platform{platformtest.ID, model.PlatformFargate} // any order: shown in the registry's
	r := model.Price([]model.Workload{w}, catalogOf(t), model.Options{}).Workloads[0]
	for _, p := range []model.Platform{model.PlatformLambda, model.PlatformEC2} {
		if e := r.Estimate(p); e.Feasible || len(e.LineItems) > 0 || len(e.Reasons) > 0 {
			t.Errorf("%s was not chosen, yet priced: %+v", p, e)
		}
	}
	if got := r.Shown(); !slices.Equal(got, []model.Platform{model.PlatformFargate, platformtest.ID}) {
		t.Errorf("Shown = %v, want [fargate flatrate]", got)
	}
	if flat := r.Estimate(platformtest.ID).MonthlyCost; !flat.Equal(decimal.NewFromInt(30)) {
		t.Errorf("FlatRate bills %s, want $30", flat)
	}
	// Fargate (one arm64 task) bills $28.835, below FlatRate's $30: the cheapest of the two
	// chosen, though platforms not chosen bill less. Lambda: 10,000,000 x $0.0000002 = $2 and
	// 1,000,000 GB-s x $0.0000166667 = $16.67, $18.67 (and its INIT estimate). Azure
	// Functions, the cheapest of all: 9,000,000 executions past the 1M free x $0.20/M = $1.80
	// and 1,000,000 GB-s, 600,000 past the 400,000 free, x $0.000016 = $9.60, $11.40.
	all := model.Price([]model.Workload{plain("all")}, catalogOf(t), model.Options{}).Workloads[0]
	lambda, azure := all.Estimate(model.PlatformLambda).MonthlyCost, all.Estimate(azurefunctions.ID).MonthlyCost
	if r.Cheapest != model.PlatformFargate || all.Cheapest != azurefunctions.ID || !azure.Equal(decimal.RequireFromString("11.40")) || !lambda.Round(2).Equal(decimal.RequireFromString("18.67")) {
		t.Errorf("cheapest %s of the chosen, %s of all (Azure Functions %s, Lambda %s); want fargate, azurefunctions at $11.40, Lambda $18.67", r.Cheapest, all.Cheapest, azure, lambda)
	}
	if len(r.CannotRun()) != 0 || len(r.PricedEstimates()) != 2 {
		t.Errorf("CannotRun %v, %d priced; want none and 2", r.CannotRun(), len(r.PricedEstimates()))
	}
}

// TestDefaultShowsWhatCanRun: without a choice, a platform that cannot run the workload
// (FlatRate runs no scheduled job) is priced but not shown, and CannotRun names it; chosen,
// it is shown.
func TestDefaultShowsWhatCanRun(t *testing.T) {
	register(t)
	cat := catalogOf(t)
	r := model.Price([]model.Workload{service()}, cat, model.Options{}).Workloads[0]
	if got := r.Shown(); !slices.Equal(got, model.Platforms[:len(model.Platforms)-1]) {
		t.Errorf("Shown = %v, want every platform but FlatRate, which runs no schedule", got)
	}
	if cannot := r.CannotRun(); len(cannot) != 1 || cannot[0].Platform != platformtest.ID || len(cannot[0].Reasons) == 0 {
		t.Errorf("CannotRun = %+v, want FlatRate with its reason", cannot)
	}
	w := service()
	w.Platforms = []model.Platform{model.PlatformLambda, platformtest.ID}
	r = model.Price([]model.Workload{w}, cat, model.Options{}).Workloads[0]
	if got := r.Shown(); !slices.Equal(got, []model.Platform{model.PlatformLambda, platformtest.ID}) || r.Cheapest != model.PlatformLambda {
		t.Errorf("chosen: Shown = %v, cheapest %s; want [lambda flatrate], lambda", got, r.Cheapest)
	}
}

// TestPortfolioMixAmongShown: the portfolio's cheapest mix runs each workload on its
// cheapest shown platform: one that chose Fargate alone is billed there even though Azure
// Functions bills it less ($11.40, TestChosenPlatformsAlone), so the mix is its Fargate bill
// plus the other's Azure Functions bill (nothing around them is billed per subscription,
// and on Azure Functions only one of them runs). The portfolio's
// columns are the platforms either is shown on; a stream of the two gives the same.
func TestPortfolioMixAmongShown(t *testing.T) {
	cat := catalogOf(t)
	onFargate, free := plain("on-fargate"), plain("free")
	onFargate.Platforms = []model.Platform{model.PlatformFargate}
	res := model.Price([]model.Workload{onFargate, free}, cat, model.Options{})
	a, b := res.Workloads[0], res.Workloads[1]
	if a.Cheapest != model.PlatformFargate || b.Cheapest != azurefunctions.ID {
		t.Fatalf("cheapest %s and %s, want fargate and azurefunctions", a.Cheapest, b.Cheapest)
	}
	want := a.Estimate(model.PlatformFargate).MonthlyCost.Add(b.Estimate(azurefunctions.ID).MonthlyCost)
	if !res.Portfolio.CheapestMix.Equal(want) {
		t.Errorf("cheapest mix %s, want Fargate's %s + Azure Functions' %s", res.Portfolio.CheapestMix, a.Estimate(model.PlatformFargate).MonthlyCost, b.Estimate(azurefunctions.ID).MonthlyCost)
	}
	if !slices.Equal(res.Portfolio.Shown, model.Platforms) {
		t.Errorf("portfolio shown %v, want every platform (the second shows all)", res.Portfolio.Shown)
	}
	s := model.NewStream(cat, model.Options{})
	for _, w := range []model.Workload{onFargate, free} {
		s.Add(s.Price(w))
	}
	if p := s.Portfolio(); !p.CheapestMix.Equal(want) || !slices.Equal(p.Shown, res.Portfolio.Shown) {
		t.Errorf("stream: mix %s, shown %v; want %s, %v", p.CheapestMix, p.Shown, want, res.Portfolio.Shown)
	}
	only := model.Price([]model.Workload{onFargate, onFargate}, cat, model.Options{}).Portfolio
	if !slices.Equal(only.Shown, []model.Platform{model.PlatformFargate}) {
		t.Errorf("two workloads on Fargate alone: portfolio shown %v", only.Shown)
	}
}
