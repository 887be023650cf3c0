package workers

import (
	"testing"

	"github.com/breakeven/breakeven/model"
)

// TestPortfolioBillsTheMinimumOnce: two workloads of 8M requests at 2.5 ms of CPU (20M CPU ms)
// are each inside the included usage, $5.00 alone; the account bills the $5 minimum once and
// the usage together: 16M - 10M = 6M requests x $0.30/M = $1.80, 40M - 30M = 10M CPU ms x
// $0.02/M = $0.20: $7.00, not $10.00 (as pricing's TestWorkersMinimumOncePerAccount).
func TestPortfolioBillsTheMinimumOnce(t *testing.T) {
	w := model.Workload{Region: "us-east-1", Traffic: model.Traffic{RequestsPerMonth: 8_000_000},
		Function: model.Function{DurationMs: dec("2.5"), MemoryMB: 128}}
	a, b := w, w
	a.Name, b.Name = "a", "b"
	r := priceIn(t, catalog(t), model.Month{}, a, b)
	for _, wr := range r.Workloads {
		wantCost(t, wr.Workload.Name+" alone", wr.Estimate(ID), "5.00")
	}
	var total *model.PortfolioTotal
	for i := range r.Portfolio.Platforms {
		if r.Portfolio.Platforms[i].Platform == ID {
			total = &r.Portfolio.Platforms[i]
		}
	}
	if total == nil {
		t.Fatal("no Workers total in the portfolio")
	}
	if !total.MonthlyCost.Equal(dec("7")) || !total.StandaloneSum.Equal(dec("10")) || total.Workloads != 2 {
		t.Errorf("portfolio: $%s (alone $%s, %d workloads), want $7.00 (alone $10.00, 2)", total.MonthlyCost, total.StandaloneSum, total.Workloads)
	}
	minimums := 0
	for _, it := range total.LineItems {
		if it.ID == "workers.standard.subscription" {
			minimums++
		}
	}
	if minimums != 1 {
		t.Errorf("%d minimum lines in the account's bill, want 1: %v", minimums, total.LineItems)
	}
}
