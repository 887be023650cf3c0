package html

import (
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/analysis"
	"github.com/shopspring/decimal"
)

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// The four hours worked by hand in model/analysis (TestCommitCurveFourHoursByHand): $5.00 on
// demand, the optimum $0.60 an hour bills $4.65, saving $0.35 at 75% utilisation and 55%
// coverage; the curve's points at 0, 0.60, 0.90, 1.20 and 1.60 an hour.
func fourHourPlan() analysis.CommitPlan {
	pt := func(c, bill, util, cov string) analysis.CommitPoint {
		return analysis.CommitPoint{Commitment: d(c), Bill: d(bill), Saving: d("5").Sub(d(bill)), Utilisation: d(util), Coverage: d(cov)}
	}
	opt := pt("0.6", "4.65", "75", "55")
	return analysis.CommitPlan{Purchase: "savings-plan-1y", OnDemand: d("5"), Optimum: opt,
		Curve: []analysis.CommitPoint{pt("0", "5", "100", "0"), opt, pt("0.9", "5.1", "58.3333", "66.25"), pt("1.2", "5.55", "47.9167", "77.5"), pt("1.6", "6.4", "40.625", "100")}}
}

// The commitment's section shows the plan's figures: the optimum sentence, the chart's title,
// description naming the optimum, axis labels and legend, and a table row for every point of
// the curve with its bill, saving, utilisation and coverage.
func TestCommitmentSectionShowsThePlan(t *testing.T) {
	var b strings.Builder
	commitmentSection(&b, fourHourPlan())
	page := b.String()
	for _, want := range []string{
		`<section class="commitment" id="commitment">`,
		"Optimum: $0.60 an hour. The month&#39;s bill of the usage the plan covers: $4.65 against $5.00 on demand, saving $0.35; utilisation 75.0%, coverage 55.0%.",
		`<figure class="chart-figure" id="portfolio-commitment">`,
		"the optimum, $0.60 an hour, is marked (bill $4.65, saving $0.35)",
		`<text class="axis-label" x="407" y="324" text-anchor="middle">commitment, US dollars an hour</text>`,
		">US dollars a month</text>",
		"<text x=\"118\" y=\"358\">Bill with the commitment</text>",
		"On demand, no commitment</text>",
		`<th scope="row">$0.00</th><td class="num">$5.00</td><td class="num">$0.00</td><td class="num">100.0%</td><td class="num">0.0%</td>`,
		`<th scope="row">$0.60 (optimum)</th><td class="num">$4.65</td><td class="num">$0.35</td><td class="num">75.0%</td><td class="num">55.0%</td>`,
		`<th scope="row">$0.90</th><td class="num">$5.10</td><td class="num">-$0.10</td><td class="num">58.3%</td><td class="num">66.3%</td>`,
		`<th scope="row">$1.20</th><td class="num">$5.55</td><td class="num">-$0.55</td><td class="num">47.9%</td><td class="num">77.5%</td>`,
		`<th scope="row">$1.60</th><td class="num">$6.40</td><td class="num">-$1.40</td><td class="num">40.6%</td><td class="num">100.0%</td>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the section lacks %q:\n%s", want, page)
		}
	}
	b.Reset()
	commitmentSection(&b, analysis.CommitPlan{})
	if b.Len() != 0 {
		t.Errorf("a plan with no curve draws %q", b.String())
	}
	// Nothing the plan covers: no chart, each workload's reason.
	b.Reset()
	commitmentSection(&b, analysis.CommitPlan{Curve: []analysis.CommitPoint{{}}, Usages: []analysis.CommitUsage{{Workload: "nightly", Reason: "no service task-hours"}}})
	if strings.Contains(b.String(), "<svg") || !strings.Contains(b.String(), "<li>nightly: no service task-hours</li>") {
		t.Errorf("a plan covering nothing: %s", b.String())
	}
}

// The summary's purchase names the commitment the analyses recommend for the cheapest
// platform, with its saving.
func TestPurchaseTextNamesTheCommitment(t *testing.T) {
	c := analysis.Comparison{Base: model.WorkloadResult{Cheapest: model.PlatformLambda}}
	if got := purchaseText(c); got != "on-demand rates" {
		t.Errorf("no recommendation: %q", got)
	}
	c.Recommendations = []analysis.Recommendation{{Finding: analysis.FindCommitment, Platform: model.PlatformLambda, MonthlySaving: d("1.966"),
		Action: "Commit $0.0201 an hour to a 1-year Compute Savings Plan (no upfront)"}}
	want := "on-demand rates; recommended: Commit $0.0201 an hour to a 1-year Compute Savings Plan (no upfront) (saves $1.97 a month)"
	if got := purchaseText(c); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
