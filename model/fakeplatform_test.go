package model_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/analysis"
	"github.com/breakeven/breakeven/model/platformtest"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

func catalogOf(t *testing.T) *pricing.Catalog {
	t.Helper()
	cat, err := pricing.Load()
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

// service is an API of 3 million requests a month with a database and a nightly job on its
// instances: enough for every analysis to run.
func service() model.Workload {
	return model.Workload{
		Name: "api", Region: "us-east-1",
		Traffic:  model.Traffic{RequestsPerMonth: 3000000},
		Function: model.Function{DurationMs: decimal.NewFromInt(120), MemoryMB: 1536},
		Settings: map[model.Platform]any{model.PlatformLambda: model.LambdaConfig{Architecture: model.X86_64, EphemeralStorageMB: 512, ProvisionedConcurrency: 1}, model.PlatformFargate: model.FargateConfig{Architecture: model.ARM64, EphemeralStorageGB: 20, Fleet: model.Fleet{Min: 1}}, model.PlatformEC2: model.EC2Config{Fleet: model.Fleet{Min: 1}, Purchase: model.OnDemand}},
		Database: &model.Database{MaxConnections: 100, ConnectionsPerTask: 10, ConnectionsPerInstance: 10},
		Schedules: []model.Schedule{{Name: "nightly", Cron: "0 2 * * *", DurationMs: decimal.NewFromInt(60000), MemoryMB: 1024,
			Parallel: 1, Settings: map[model.Platform]any{model.PlatformEC2: model.EC2Schedule{Host: model.DedicatedInstance}}}},
	}
}

// register adds flatRate for the test.
func register(t *testing.T) {
	t.Cleanup(model.RegisterPlatform(platformtest.FlatRate{}))
}

func TestAFourthPlatformIsPriced(t *testing.T) {
	registered := strings.Join(platformNames(), ",")
	register(t)
	if got := strings.Join(platformNames(), ","); got != registered+",flatrate" {
		t.Fatalf("Platforms = %s, want %s,flatrate", got, registered)
	}
	n := len(model.Platforms)
	res := model.Price([]model.Workload{service()}, catalogOf(t), model.Options{})
	r := res.Workloads[0]
	if len(r.Estimates) != n {
		t.Fatalf("%d estimates, want %d", len(r.Estimates), n)
	}
	for i, p := range model.Platforms {
		if r.Estimates[i].Platform != p {
			t.Errorf("estimate %d is %s, want %s", i, r.Estimates[i].Platform, p)
		}
		if p != platformtest.ID && !r.Estimates[i].Feasible {
			t.Errorf("%s cannot run the service: %v", p, r.Estimates[i].Reasons)
		}
	}
	// The nightly job runs on no FlatRate, so FlatRate cannot run the workload as a whole.
	if e := r.Estimate(platformtest.ID); e.Feasible || !strings.Contains(strings.Join(e.Reasons, "; "), "FlatRate runs no scheduled jobs") {
		t.Errorf("FlatRate with a schedule it cannot run: feasible %v, reasons %v", e.Feasible, e.Reasons)
	}
	if len(res.Portfolio.Platforms) != n || res.Portfolio.Platforms[n-1].Platform != platformtest.ID {
		t.Fatalf("portfolio totals %v, want one per platform", res.Portfolio.Platforms)
	}

	w := service()
	w.Schedules = nil
	r = model.Price([]model.Workload{w}, catalogOf(t), model.Options{}).Workloads[0]
	e := r.Estimate(platformtest.ID)
	if want := platformtest.Bill(decimal.NewFromInt(3000000)); !e.Feasible || !e.MonthlyCost.Equal(want) {
		t.Errorf("FlatRate: feasible %v, $%s, want $%s", e.Feasible, e.MonthlyCost, want)
	}
	if platformtest.ID.Name() != "FlatRate" {
		t.Errorf("Name() = %q", platformtest.ID.Name())
	}
}

func TestSchedulesAloneAreNotCheapestWhereNothingRunsThem(t *testing.T) {
	register(t)
	w := model.Workload{Name: "jobs", Region: "us-east-1", SchedulesOnly: true,
		Settings: map[model.Platform]any{model.PlatformLambda: model.LambdaConfig{Architecture: model.X86_64, EphemeralStorageMB: 512}, model.PlatformFargate: model.FargateConfig{Architecture: model.X86_64, EphemeralStorageGB: 20}, model.PlatformEC2: model.EC2Config{Purchase: model.OnDemand}},
		Schedules: []model.Schedule{{Name: "report", Cron: "@daily", DurationMs: decimal.NewFromInt(30000), MemoryMB: 512,
			Parallel: 1, Settings: map[model.Platform]any{model.PlatformEC2: model.EC2Schedule{Host: model.DedicatedInstance}}}},
	}
	r := model.Price([]model.Workload{w}, catalogOf(t), model.Options{}).Workloads[0]
	if len(r.Estimates) != len(model.Platforms) {
		t.Fatalf("%d estimates, want %d", len(r.Estimates), len(model.Platforms))
	}
	if e := r.Estimate(platformtest.ID); e.Feasible {
		t.Errorf("FlatRate runs schedules it does not price, at $%s", e.MonthlyCost)
	}
	if r.Cheapest == platformtest.ID || r.Cheapest == "" {
		t.Errorf("cheapest = %q, want one of the platforms that run the schedule", r.Cheapest)
	}
	c := analysis.Compare([]model.Workload{w}, catalogOf(t), analysis.CompareOptions{GrowthMonths: 3, Serial: true}).Comparisons[0]
	if c.Base.Cheapest == platformtest.ID {
		t.Errorf("compare's base is cheapest on FlatRate, which runs none of the schedules")
	}
	for _, rec := range c.Recommendations {
		if rec.Platform == platformtest.ID {
			t.Errorf("recommendation on a platform that runs none of the schedules: %q", rec.Action)
		}
	}
}

func TestAFourthPlatformInEveryAnalysis(t *testing.T) {
	register(t)
	w := service()
	w.Schedules = nil
	c := analysis.Compare([]model.Workload{w}, catalogOf(t), analysis.CompareOptions{GrowthMonths: 3, Serial: true}).Comparisons[0]
	pairs := map[string]int{}
	for _, b := range c.BreakEvens {
		pairs[fmt.Sprintf("%s %s-%s", b.Variable, b.A, b.B)]++
	}
	for _, v := range []analysis.Variable{analysis.VaryTraffic, analysis.VaryDuration, analysis.VaryMemory} {
		for i, a := range model.Platforms {
			for _, b := range model.Platforms[i+1:] {
				if key := fmt.Sprintf("%s %s-%s", v, a, b); pairs[key] != 1 {
					t.Errorf("break-even %s found %d times, want once", key, pairs[key])
				}
			}
		}
	}
	n := len(model.Platforms)
	if pairs := n * (n - 1) / 2; len(c.BreakEvens) != 3*pairs {
		t.Errorf("%d break-evens, want %d pairs for each of 3 inputs", len(c.BreakEvens), pairs)
	}
	// Lambda costs less than $20 at 3 million requests and far more at 10 billion: the
	// search must find where it meets FlatRate's bill, at that bill.
	var crossings int
	for _, b := range c.BreakEvens {
		if b.Variable != analysis.VaryTraffic || b.A != model.PlatformLambda || b.B != platformtest.ID {
			continue
		}
		for _, x := range b.Crossings {
			crossings++
			cost := x.AboveCost
			if x.Below == platformtest.ID {
				cost = x.BelowCost
			}
			if want := platformtest.Bill(x.At); !cost.Equal(want) {
				t.Errorf("at %s requests FlatRate costs $%s, want $%s", x.At, cost, want)
			}
		}
	}
	if crossings == 0 {
		t.Error("no crossing of Lambda and FlatRate as traffic moves")
	}
	for _, p := range c.Curve {
		if len(p.Costs) != n {
			t.Fatalf("curve point with %d costs, want %d", len(p.Costs), n)
		}
	}
	if len(c.Growth.Cumulative) != n {
		t.Errorf("growth totals for %d platforms, want %d", len(c.Growth.Cumulative), n)
	}
	for _, s := range c.Scenarios {
		if len(s.Costs) != n {
			t.Errorf("scenario %s priced on %d platforms, want %d", s.Name, len(s.Costs), n)
		}
	}
	for _, s := range c.Sensitivity {
		if len(s.LowCosts) != n || len(s.HighCosts) != n {
			t.Errorf("sensitivity of %s priced on %d and %d platforms, want %d", s.Input, len(s.LowCosts), len(s.HighCosts), n)
		}
	}
}

func platformNames() []string {
	var out []string
	for _, p := range model.Platforms {
		out = append(out, string(p))
	}
	return out
}
