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
