package report

import (
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/analysis"
	"github.com/breakeven/breakeven/pricing"
	"github.com/breakeven/breakeven/workloads"
	"github.com/shopspring/decimal"
)

// TestHybridTextSaysWhatIsCheapest: the case of the issue, where no baseline paid and
// Fargate alone ($199.70) cost less than Lambda alone ($230.75): it read "No baseline: Lambda
// alone is the cheapest split" and then "Fargate alone $199.70 (saves -$31.05)".
func TestHybridTextSaysWhatIsCheapest(t *testing.T) {
	d := decimal.RequireFromString
	pure := []model.PlatformCost{
		{Platform: model.PlatformLambda, Feasible: true, MonthlyCost: d("230.75")},
		{Platform: model.PlatformFargate, Feasible: true, MonthlyCost: d("199.70")},
		{Platform: model.PlatformEC2, Feasible: true, MonthlyCost: d("300")},
	}
	h := analysis.Hybrid{Baseline: model.PlatformFargate, MinUnits: 1, PeakUnits: 3, MonthlyCost: d("230.75"), Pure: pure}
	want := "No baseline pays: Lambda alone ($230.75) costs less than a baseline of 1 to 2 Fargate tasks with Lambda for the rest."
	if got := hybridText(h); got != want {
		t.Errorf("no baseline:\n got %s\nwant %s", got, want)
	}
	// $199.70 - $230.75 = -$31.05: said as what Fargate costs less; $300 - $230.75 = $69.25.
	want = "Against Fargate alone $199.70 ($31.05 less than Lambda alone), EC2 alone $300.00 (Lambda alone saves $69.25). Cheapest overall: Fargate alone, $199.70."
	if got := hybridAgainst(h); got != want {
		t.Errorf("against:\n got %s\nwant %s", got, want)
	}
	// The floor already takes the busiest hour: there is no split to make.
	h.MinUnits, h.PeakUnits = 2, 2
	want = "No split: the busiest hour fits in the fleet's least, 2 Fargate tasks (fargate.min_tasks), so any baseline would take every request; Lambda alone costs $230.75."
	if got := hybridText(h); got != want {
		t.Errorf("no room:\n got %s\nwant %s", got, want)
	}
	// A split of 2 EC2 instances ($120 + $40 of Lambda) beats every platform alone.
	h = analysis.Hybrid{Baseline: model.PlatformEC2, Units: 2, UnitSummary: "c7g.large on-demand, 10 rps", PerUnitPerHour: 25200,
		MinUnits: 1, PeakUnits: 4, BaselineCost: d("120"), OverflowRequests: 1000000, OverflowHours: 200, OverflowCost: d("40"), MonthlyCost: d("160"), Pure: pure}
	want = "Against Lambda alone $230.75 (the split saves $70.75), Fargate alone $199.70 (the split saves $39.70), EC2 alone $300.00 (the split saves $140.00). Cheapest overall: the split, $160.00."
	if got := hybridAgainst(h); got != want {
		t.Errorf("split:\n got %s\nwant %s", got, want)
	}
}

// TestHybridTextEveryExample: on every example the hybrid's text has no negative amount and
// names as cheapest overall the least of the split and the platforms alone.
func TestHybridTextEveryExample(t *testing.T) {
	cat, err := pricing.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range workloads.Examples() {
		h := analysis.PlanHybrid(w, cat, model.StandardMonth())
		if h == nil {
			continue
		}
		text := hybridText(*h) + " " + hybridAgainst(*h)
		if strings.Contains(text, "-$") {
			t.Errorf("%s: a negative amount: %s", w.Name, text)
		}
		least := h.MonthlyCost
		for _, p := range h.Pure {
			if p.Feasible {
				least = decimal.Min(least, p.MonthlyCost)
			}
		}
		if !strings.Contains(text, "Cheapest overall: ") || !strings.HasSuffix(text, ", "+money(least)+".") {
			t.Errorf("%s: cheapest overall is %s: %s", w.Name, money(least), text)
		}
	}
}
