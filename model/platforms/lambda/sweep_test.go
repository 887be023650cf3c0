package lambda

import (
	"maps"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// bruteForce prices one size the slow way: the workload as loaded with the function at the
// row's memory and duration and Lambda on its architecture, through priceAlone.
func bruteForce(w model.Workload, row model.SweepRow, cat *pricing.Catalog) model.Estimate {
	v := w
	v.Function.MemoryMB, v.Function.DurationMs = row.MemoryMB, row.DurationMs
	model.EditSettings(&v, model.PlatformLambda, func(c *model.LambdaConfig) { c.Architecture = row.Architecture })
	return priceAlone(v, cat, model.StandardMonth()).Estimate(model.PlatformLambda)
}

// checkAgainstBruteForce prices every step-th size of every architecture through
// priceAlone and wants exactly the sweep's decimal, then the same optima from the
// brute-force costs.
func checkAgainstBruteForce(t *testing.T, w model.Workload, step int) {
	t.Helper()
	checkAgainstBruteForceIn(t, w, step, catalog(t))
}

func checkAgainstBruteForceIn(t *testing.T, w model.Workload, step int, cat *pricing.Catalog) {
	t.Helper()
	res := model.Sweep(w, cat, model.SweepOptions{AllSizes: true}) // every row's cost per 1,000 too
	if len(res.Architectures) != 2 {
		t.Fatalf("%d architectures", len(res.Architectures))
	}
	var brute []model.SweepRow
	for _, s := range res.Architectures {
		if len(s.Rows) != 10113 {
			t.Fatalf("%s: %d rows, want 10,113 (128 to 10,240 MB)", s.Architecture, len(s.Rows))
		}
		for i := 0; i < len(s.Rows); i += step {
			row := s.Rows[i]
			e := bruteForce(w, row, cat)
			if e.Feasible != row.Feasible || !e.MonthlyCost.Equal(row.MonthlyCost) {
				t.Fatalf("%s %d MB (%s ms): sweep %v %s, priceAlone %v %s %v", row.Architecture, row.MemoryMB, row.DurationMs,
					row.Feasible, row.MonthlyCost, e.Feasible, e.MonthlyCost, e.Reasons)
			}
			if !e.CostPerThousandRequests.Equal(row.CostPerThousandRequests) {
				t.Fatalf("%s %d MB: per 1,000 requests %s, priceAlone %s", row.Architecture, row.MemoryMB, row.CostPerThousandRequests, e.CostPerThousandRequests)
			}
			if row.Feasible {
				row.MonthlyCost = e.MonthlyCost
				brute = append(brute, row)
			}
		}
	}
	if step != 1 {
		return
	}
	var bruteMin []model.SweepRow
	for _, r := range brute {
		if r.MemoryMB >= res.MinMemoryMB {
			bruteMin = append(bruteMin, r)
		}
	}
	// The brute-force optimum: a plain scan for the least cost (ties: the shorter duration,
	// then the first in sweep order).
	var cheapest model.SweepRow
	for i, r := range bruteMin {
		if i == 0 || r.MonthlyCost.LessThan(cheapest.MonthlyCost) ||
			r.MonthlyCost.Equal(cheapest.MonthlyCost) && r.DurationMs.LessThan(cheapest.DurationMs) {
			cheapest = r
		}
	}
	got := res.Optima[0].Row
	if res.Optima[0].Strategy != model.StrategyCost || got.MemoryMB != cheapest.MemoryMB || got.Architecture != cheapest.Architecture {
		t.Errorf("cost optimum %s %d MB, brute force %s %d MB", got.Architecture, got.MemoryMB, cheapest.Architecture, cheapest.MemoryMB)
	}
	want := picks([][]model.SweepRow{bruteMin}, res.BalancedWeight)
	for i := range want {
		saving := res.Current.MonthlyCost.Sub(want[i].Row.MonthlyCost)
		if g := res.Optima[i]; g.Row.MemoryMB != want[i].Row.MemoryMB || g.Row.Architecture != want[i].Row.Architecture || !g.MonthlySaving.Equal(saving) {
			t.Errorf("%s: %s %d MB saving %s, brute force %s %d MB saving %s", g.Strategy, g.Row.Architecture, g.Row.MemoryMB, g.MonthlySaving,
				want[i].Row.Architecture, want[i].Row.MemoryMB, saving)
		}
	}
}

// TestSweepMatchesBruteForce: every one of the 10,113 sizes on both architectures of the
// mobile backend, priced through priceAlone, is the sweep's decimal exactly, and the
// optima are the same.
func TestSweepMatchesBruteForce(t *testing.T) {
	if testing.Short() {
		t.Skip("prices 20,226 workloads")
	}
	checkAgainstBruteForce(t, mobileBackend(), 1)
}

// TestSweepMatchesBruteForceEverywhere checks a sample of sizes of workloads that use every
// part of the Lambda bill: a flow with a sync call from the function (its wait scales with
// the function's memory), queues, retries and schedules; provisioned concurrency on a
// diurnal shape; ephemeral storage; no free tier; defaults left to the engine.
func TestSweepMatchesBruteForceEverywhere(t *testing.T) {
	pipeline := orderPipeline()
	pipeline.Tuning = model.Tuning{CPUBoundPercent: decimal.NewNullDecimal(dec("80")), Threads: 2, ARM64DurationPercent: dec("85")}

	provisioned := mobileBackend()
	provisioned.Traffic.Shape = model.Shape{Kind: model.Diurnal, PeakToAverage: dec("2.5"), PeakHour: 14}
	model.EditSettings(&provisioned, model.PlatformLambda, func(c *model.LambdaConfig) { c.ProvisionedConcurrency = 2 })
	model.EditSettings(&provisioned, model.PlatformLambda, func(c *model.LambdaConfig) { c.EphemeralStorageMB = 2048 })
	model.EditSettings(&provisioned, model.PlatformLambda, func(c *model.LambdaConfig) { c.ColdStart.Runtime = "java21" })
	model.EditSettings(&provisioned, model.PlatformLambda, func(c *model.LambdaConfig) { c.Architecture = model.ARM64 })
	provisioned.Tuning.Measured = []model.MeasuredDuration{{MemoryMB: 512, DurationMs: dec("400")}, {MemoryMB: 3008, DurationMs: dec("95.5"), Architecture: model.X86_64}}

	paid := mobileBackend()
	model.EditSettings(&paid, model.PlatformLambda, func(c *model.LambdaConfig) { c.FreeTier = false })
	paid.Function.DurationMs = dec("850000") // 14 minutes: the small sizes pass the 15-minute limit
	paid.SetSettings(model.PlatformFargate, model.FargateConfig{Architecture: model.X86_64, EphemeralStorageGB: 20, Fleet: model.Fleet{Min: 1}})
	paid.SetSettings(model.PlatformEC2, model.EC2Config{Fleet: model.Fleet{Min: 1}, Purchase: model.OnDemand})

	for name, w := range map[string]model.Workload{"order-pipeline": pipeline, "provisioned": provisioned, "paid": paid} {
		t.Run(name, func(t *testing.T) { checkAgainstBruteForce(t, w, 97) })
	}
}

// TestSweepBeyondFixedPoint: a request price of 40 decimal places (a --pricing overlay can
// state one) puts the bills beyond 128-bit fixed point, so that every size is billed by
// decimals and the optima are picked on them: the same figures and picks as priceAlone's.
func TestSweepBeyondFixedPoint(t *testing.T) {
	cat := *catalog(t) // a copy, changed in us-east-1's request rate only
	cat.Regions = maps.Clone(cat.Regions)
	region := *cat.Regions["us-east-1"]
	region.Rates = maps.Clone(region.Rates)
	r := region.Rates["lambda.requests"]
	r.Price = dec("0.2000000000000000000000000000000000000001") // per million requests
	region.Rates["lambda.requests"] = r
	cat.Regions["us-east-1"] = &region
	w := mobileBackend()
	swept := sweepArchitecture(w, model.X86_64, newDurationModel(w), &cat, model.StandardMonth())
	if swept.exact {
		t.Fatal("the bills fit in fixed point: the case does not reach the decimal path")
	}
	checkAgainstBruteForceIn(t, w, 53, &cat)
	checkAgainstBruteForceIn(t, flatPaid(), 211, &cat)
}
