package azurefunctions

import (
	"testing"

	"github.com/breakeven/breakeven/model"
)

// portfolioOf is the portfolio's total on Azure Functions.
func portfolioOf(t *testing.T, r model.Result) model.PortfolioTotal {
	t.Helper()
	for _, p := range r.Portfolio.Platforms {
		if p.Platform == ID {
			return p
		}
	}
	t.Fatal("no Azure Functions total in the portfolio")
	return model.PortfolioTotal{}
}

// TestFreeGrantsOncePerSubscription: two workloads of 600,000 executions of 1 s at 512 MB,
// 300,000 GB-s each, are each free alone (under 400,000 GB-s and 1 million executions), but one
// subscription takes the grants off once: (600,000 - 400,000) x $0.000016 = $3.20 and
// (1,200,000 - 1,000,000) x $0.20 / 1M = $0.04: $3.24 (pricing's
// TestAzureFreeGrantsOncePerSubscription, here through the portfolio).
func TestFreeGrantsOncePerSubscription(t *testing.T) {
	a := api(t, "600000", "1000", "512", "")
	b := api(t, "600000", "1000", "512", "")
	b.Name = "second"
	r := priced(catalog(t), model.Options{}, a, b)
	for _, w := range r.Workloads {
		wantCost(t, w.Workload.Name+" alone", w.Estimate(ID), "0.00")
	}
	p := portfolioOf(t, r)
	if p.MonthlyCost.StringFixed(2) != "3.24" || !p.StandaloneSum.IsZero() || p.Workloads != 2 {
		t.Errorf("portfolio $%s (alone $%s, %d workloads), want $3.24", p.MonthlyCost, p.StandaloneSum, p.Workloads)
	}
}
