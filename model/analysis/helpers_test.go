package analysis

import (
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func catalog(t testing.TB) *pricing.Catalog {
	t.Helper()
	cat, err := pricing.Load()
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

// priceOne prices w alone through the engine's entry, as price does.
func priceOne(w model.Workload, cat *pricing.Catalog, month model.Month) model.WorkloadResult {
	return model.Price([]model.Workload{w}, cat, model.Options{Month: month}).Workloads[0]
}

// awsPlatforms are the three AWS platforms the hand-worked figures of these tests were
// written for: Lambda, Fargate and EC2.
var awsPlatforms = []model.Platform{model.PlatformLambda, model.PlatformFargate, model.PlatformEC2}

// onAWS is w priced on Lambda, Fargate and EC2 alone (its platforms key), so a test of the
// AWS platforms' rules keeps its meaning whatever else is registered.
func onAWS(w model.Workload) model.Workload {
	w.Platforms = awsPlatforms
	return w
}
