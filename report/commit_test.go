package report

import (
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/analysis"
	"github.com/shopspring/decimal"
)

func commitDec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// A Fargate workload's reservations say it has none, with the share of its task-hours the
// optimum covers: TestPlanCommitmentFlatFargateByHand's service, every task-hour ($346.02 of
// $346.02) at $0.3732 an hour; one the plan does not cover says why and the key that prices
// it. Every format carries them: the text, the JSON's reserved entry, the CSV's row.
func TestReservedTextSaysFargateHasNone(t *testing.T) {
	o := analysis.CommitPoint{Commitment: commitDec("0.3732")}
	r := analysis.ReservedAdvice{Workload: "flat-service", Platform: model.PlatformFargate, NoReservations: true, PlanCovers: true,
		PlanCovered: commitDec("346.02"), PlanCoverage: commitDec("100"), OnDemandMonth: commitDec("346.02")}
	want := "Reserved capacity for flat-service on Fargate: Fargate has no Reserved Instances; the Compute Savings Plan at $0.3732 an hour covers 100.0% of its task-hours ($346.02 of $346.02 a month on demand)."
	if got := ReservedText(r, o); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	none := analysis.ReservedAdvice{Workload: "svc", Platform: model.PlatformFargate, NoReservations: true, Reason: "not priced: no published rate",
		StateWith: "purchase.discounts.fargate.savings-plan-1y"}
	want = "Reserved capacity for svc on Fargate: Fargate has no Reserved Instances, and the Compute Savings Plan does not cover it: not priced: no published rate; state yours with purchase.discounts.fargate.savings-plan-1y."
	if got := ReservedText(none, o); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	p := analysis.CommitPlan{Purchase: "savings-plan-1y", Optimum: o, Reserved: []analysis.ReservedAdvice{r}}
	var js, csvOut strings.Builder
	if err := WriteCommitment(&js, p, JSON); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"platform": "fargate"`, `"reserved_instances": false`, `"optimum_covers": "346.02"`, `"optimum_coverage_percent": "100"`} {
		if !strings.Contains(js.String(), want) {
			t.Errorf("json lacks %s:\n%s", want, js.String())
		}
	}
	if err := WriteCommitment(&csvOut, p, CSV); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(csvOut.String(), "reserved,flat-service on fargate,no_reserved_instances_plan_coverage_percent,100\n") {
		t.Errorf("csv lacks Fargate's row:\n%s", csvOut.String())
	}
}

// A plan with nothing covered (every workload's cheapest platform outside the plan) says
// there is nothing to commit and why each workload's usage is left out, with no curve of
// $0.00 bills and no "Optimum: $0.00 an hour".
func TestCommitBodyWithNothingCovered(t *testing.T) {
	p := analysis.CommitPlan{Purchase: model.PurchaseOf(model.OfferComputeSavingsPlan, 1, model.NoUpfront),
		Curve:  []analysis.CommitPoint{{Utilisation: decimal.NewFromInt(100)}},
		Usages: []analysis.CommitUsage{{Workload: "checkout", Platform: model.PlatformLambda, Reason: "its duration is all inside the free tier"}}}
	var b strings.Builder
	commitBody(&b, p, false)
	text := strings.Join(strings.Fields(b.String()), " ")
	if !strings.Contains(text, "Nothing to commit") || !strings.Contains(text, "checkout on Lambda: not covered, its duration is all inside the free tier.") {
		t.Errorf("%s", text)
	}
	if strings.Contains(text, "Optimum: $0.00") || strings.Contains(text, "Utilisation") {
		t.Errorf("an optimum or a curve of nothing: %s", text)
	}
}
