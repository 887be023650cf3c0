package analysis

import (
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/shopspring/decimal"
)

func TestPlanCommitmentFlatFargateByHand(t *testing.T) {
	// flatService runs cheapest on Fargate: 6 tasks of 2 vCPU / 4 GB arm64 every hour. A
	// task-hour costs 2 x $0.03238 + 4 x $0.00356 = $0.079 on demand and 2 x $0.0255 + 4 x
	// $0.0028 = $0.0622 under a 1-year Compute Savings Plan (us-east-1). Every hour alike, the
	// one kink above zero is 6 x $0.0622 = $0.3732 an hour: the month's bill 0.3732 x 730 =
	// $272.436 against 6 x 0.079 x 730 = $346.02 on demand, saving $73.584; every dollar used,
	// every task-hour covered. 3 years: 2 x $0.01749 + 4 x $0.00192 = $0.04266 a task-hour,
	// $0.25596 an hour, $186.8508, saving $159.1692.
	//   The low scenario (half the traffic) needs 3 tasks: at $0.3732 an hour the bill is
	//   still $272.436 against 3 x 0.079 x 730 = $173.01 on demand, 3 x 0.0622 x 730 =
	//   $136.218 of the commitment unused.
	w := flatService()
	w.Scenarios = []model.Scenario{{Name: "low", TrafficMultiplier: dec("0.5")}, {Name: "expected", TrafficMultiplier: dec("1")}}
	p := PlanCommitment([]model.Workload{w}, catalog(t), CommitOptions{Years: 1})
	for name, got := range map[string][2]decimal.Decimal{
		"commitment":  {p.Optimum.Commitment, dec("0.3732")},
		"bill":        {p.Optimum.Bill, dec("272.436")},
		"on demand":   {p.OnDemand, dec("346.02")},
		"saving":      {p.Optimum.Saving, dec("73.584")},
		"utilisation": {p.Optimum.Utilisation, dec("100")},
		"coverage":    {p.Optimum.Coverage, dec("100")},
	} {
		if !got[0].Equal(got[1]) {
			t.Errorf("%s = %s, want %s", name, got[0], got[1])
		}
	}
	if len(p.Usages) != 1 || p.Usages[0].Platform != model.PlatformFargate || !p.Usages[0].Covered {
		t.Fatalf("usages %+v", p.Usages)
	}
	r := p.Risk
	if r == nil || !r.AtOptimum.Bill.Equal(dec("272.436")) || !r.OnDemand.Equal(dec("173.01")) || !r.Unused.Equal(dec("136.218")) {
		t.Errorf("risk %+v", r)
	}
	if len(p.Advice) == 0 || len(p.Curve) < 2 || !p.Curve[0].Commitment.IsZero() || !p.Curve[0].Bill.Equal(dec("346.02")) {
		t.Errorf("advice %v curve %+v", p.Advice, p.Curve)
	}
	// Fargate has no Reserved Instances: the reservations say so, with the plan's coverage
	// of the service at the optimum, every task-hour ($346.02 of $346.02).
	u := p.Usages[0]
	if !u.PlanCovered.Equal(dec("346.02")) || !u.Coverage.Equal(dec("100")) {
		t.Errorf("usage covered %s (%s%%), want 346.02 (100%%)", u.PlanCovered, u.Coverage)
	}
	if len(p.Reserved) != 1 || !p.Reserved[0].NoReservations || !p.Reserved[0].PlanCovers || p.Reserved[0].Platform != model.PlatformFargate ||
		!p.Reserved[0].PlanCovered.Equal(dec("346.02")) || !p.Reserved[0].PlanCoverage.Equal(dec("100")) || !p.Reserved[0].OnDemandMonth.Equal(dec("346.02")) {
		t.Errorf("reserved %+v, want Fargate's none with 100%% plan coverage", p.Reserved)
	}
	p3 := PlanCommitment([]model.Workload{w}, catalog(t), CommitOptions{Years: 3})
	if !p3.Optimum.Commitment.Equal(dec("0.25596")) || !p3.Optimum.Bill.Equal(dec("186.8508")) || !p3.Optimum.Saving.Equal(dec("159.1692")) {
		t.Errorf("3 years: %+v", p3.Optimum)
	}
}

func TestReservedCountByHand(t *testing.T) {
	// Four hours of 1, 2, 3 and 1 instances at $0.10 on demand. Reserved at $0.06 (break-even
	// 60% of the hours): 1 or more run in 4 of 4 hours (pays), 2 or more in 2 of 4 (50%, not):
	// reserve 1, saving 4 x 0.10 - 4 x 0.06 = $0.16. At $0.05 (50%): 2 or more in exactly
	// half the hours pays, 3 or more in 1 of 4 does not: reserve 2, saving (1 + 2 + 2 + 1) x
	// 0.10 - 2 x 4 x 0.05 = $0.20.
	counts := []int64{1, 2, 3, 1}
	for _, c := range []struct {
		reserved string
		n        int64
		saving   string
	}{{"0.06", 1, "0.16"}, {"0.05", 2, "0.2"}, {"0.11", 0, "0"}} {
		n, saving := reservedCount(counts, dec("0.10"), dec(c.reserved))
		if n != c.n || !saving.Equal(dec(c.saving)) {
			t.Errorf("at %s: reserve %d saving %s, want %d saving %s", c.reserved, n, saving, c.n, c.saving)
		}
	}
}

func TestCommitmentRecommendationSavesAndWeighsTheLowScenario(t *testing.T) {
	// flatService's plan (TestPlanCommitmentFlatFargateByHand): commit $0.3732 an hour, saving
	// $73.584 a month ($883.008 over the year). At the low scenario the bill is $272.436
	// against $173.01 on demand: $136.218 of the commitment unused, $99.426 a month more
	// than buying nothing.
	w := flatService()
	w.Scenarios = []model.Scenario{{Name: "low", TrafficMultiplier: dec("0.5")}, {Name: "expected", TrafficMultiplier: dec("1")}}
	r, ok := commitmentFinding(PlanCommitment([]model.Workload{w}, catalog(t), CommitOptions{}))
	if !ok || r.Finding != FindCommitment || r.Platform != model.PlatformFargate || !r.MonthlySaving.Equal(dec("73.584")) {
		t.Fatalf("finding %+v, %v", r, ok)
	}
	if r.Action != "Commit $0.3732 an hour to a 1-year Compute Savings Plan (no upfront)" {
		t.Errorf("action %q", r.Action)
	}
	want := []string{
		"commitment: the usage it covers bills $272.44 a month against $346.02 on demand, at 100% utilisation and 100% coverage; $883.01 over the term",
		"risk: if traffic falls to flat-service low (0.5x), $136.22 of the commitment a month goes unused and the bill is $272.44 against $173.01 on demand, $99.43 a month more than buying nothing",
	}
	if strings.Join(r.Evidence, "\n") != strings.Join(want, "\n") {
		t.Errorf("evidence\n%s\nwant\n%s", strings.Join(r.Evidence, "\n"), strings.Join(want, "\n"))
	}
	// Without scenarios, compare weighs the risk at the default low scenario, half the
	// traffic: the same figures.
	w.Scenarios = nil
	r, _ = commitmentFinding(PlanCommitment([]model.Workload{w}, catalog(t), CommitOptions{DefaultScenarios: true}))
	if len(r.Evidence) != 2 || r.Evidence[1] != want[1] {
		t.Errorf("default scenarios: evidence %q", r.Evidence)
	}
	if p := PlanCommitment([]model.Workload{w}, catalog(t), CommitOptions{}); p.Risk != nil {
		t.Errorf("breakeven commit without scenarios weighs a risk: %+v", p.Risk)
	}
	// No commitment saves: no finding.
	if _, ok := commitmentFinding(CommitPlan{}); ok {
		t.Error("a plan committing nothing recommends a commitment")
	}
}
