package analysis

import (
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
