package html

import (
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
)

// TestBillSaysWhyALineIsNotPriced: a rate the catalog lacks and an AWS service Cloud Run has
// no equivalent priced for (model.SurroundElsewhere's What) are listed under their own
// headings; a bill that lacks only the first keeps the heading it always had.
func TestBillSaysWhyALineIsNotPriced(t *testing.T) {
	nat := pricing.Unpriced{Key: "nat.hours", Region: "us-east-1", What: "NAT gateway hours"}
	sns := pricing.Unpriced{Key: "sns.publishes", Region: "us-east-1", What: "SNS publishes (AWS; no Google Cloud equivalent priced)"}
	r := model.WorkloadResult{Workload: model.Workload{Name: "api", Platforms: []model.Platform{model.PlatformLambda, "cloudrun"}},
		Estimates: []model.Estimate{
			{Platform: model.PlatformLambda, Feasible: true, MonthlyCost: d("10"), Unpriced: []pricing.Unpriced{nat}},
			{Platform: "cloudrun", Feasible: true, MonthlyCost: d("5"), Unpriced: []pricing.Unpriced{nat, sns}},
		}}
	var b strings.Builder
	bills(&b, r)
	out := b.String()
	const noRate = `<p>Not priced, no rate in the catalog (left out of the total):</p><ul class="unpriced">`
	const elsewhere = `<p>Not priced on Cloud Run: AWS services the file describes, no equivalent priced (left out of the total):</p><ul class="unpriced"><li>` + "SNS publishes (AWS; no Google Cloud equivalent priced)"
	if n := strings.Count(out, noRate); n != 2 {
		t.Errorf("%d lists of rates the catalog lacks, want Lambda's and Cloud Run's:\n%s", n, out)
	}
	if n := strings.Count(out, elsewhere); n != 1 {
		t.Errorf("%d lists of AWS services left out, want Cloud Run's:\n%s", n, out)
	}
}
