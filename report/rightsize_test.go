package report

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/analysis"
	"github.com/breakeven/breakeven/pricing"
	"github.com/breakeven/breakeven/workloads"
	"github.com/shopspring/decimal"
)

// rightSized right-sizes w as Compare would, into a Comparison holding only that.
func rightSized(t *testing.T, w model.Workload) analysis.Comparison {
	t.Helper()
	cat, err := pricing.Load()
	if err != nil {
		t.Fatal(err)
	}
	return analysis.Comparison{RightSizing: analysis.RightSize(w, cat, model.StandardMonth())}
}

// flatSavingsPlan is a flat service of 1e9 requests a month, 120 ms at 1,536 MB, on
// m7g.large at 120 rps (see model's TestPurchaseOptionsSavingsPlanByHand).
func flatSavingsPlan() model.Workload {
	d := decimal.RequireFromString
	return model.Workload{
		Name: "flat-service", Region: "us-east-1",
		Traffic:  model.Traffic{RequestsPerMonth: 1000000000},
		Function: model.Function{DurationMs: d("120"), MemoryMB: 1536},
		Settings: map[model.Platform]any{model.PlatformLambda: model.LambdaConfig{Architecture: model.X86_64, EphemeralStorageMB: 512}, model.PlatformFargate: model.FargateConfig{Architecture: model.ARM64, VCPU: d("2"), MemoryGB: d("4"), EphemeralStorageGB: 20,
			Fleet: model.Fleet{RequestsPerSecondPerUnit: d("120"), Min: 1}}, model.PlatformEC2: model.EC2Config{InstanceType: "m7g.large", Fleet: model.Fleet{RequestsPerSecondPerUnit: d("120"), Min: 1}, Purchase: model.OnDemand}},
	}
}

func checkWidth(t *testing.T, name, text string) {
	t.Helper()
	for _, line := range strings.Split(text, "\n") {
		if n := utf8.RuneCountInString(line); n > 80 {
			t.Errorf("%s: %d columns: %q", name, n, line)
		}
	}
}

func TestTableRightSizingFits80Columns(t *testing.T) {
	var b strings.Builder
	tableRightSizing(&b, rightSized(t, flatSavingsPlan()))
	out := b.String()
	checkWidth(t, "flat-service", out)
	// The figures of model's hand-worked tests, rounded to cents: the best Fargate size
	// 1 vCPU / 2 GB at $317.185, saving $28.835 on the 2 vCPU / 4 GB's $346.02; the 3-year
	// savings plan on m7g.large at $181.332, $176.076 a month below on demand, $6,338.736
	// over 36 months.
	for _, want := range []string{"  Right-sizing\n", "1 vCPU / 2 GB saves $28.84 a month", "$317.19", "$346.02  current",
		"$181.33", "$176.08", "savings-plan-3y, $0.0414/h", "$6,338.74",
		"Left out: t3.micro, t3a.micro, t4g.micro (1 GiB", "Not priced: m7g.large: every option not listed above"} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in\n%s", want, out)
		}
	}
	for _, w := range workloads.Examples() {
		var b strings.Builder
		tableRightSizing(&b, rightSized(t, w))
		checkWidth(t, w.Name, b.String())
	}
}

func TestRightSizingOtherFormats(t *testing.T) {
	c := rightSized(t, flatSavingsPlan())
	var md strings.Builder
	markdownRightSizing(&md, c)
	if !strings.Contains(md.String(), "### Right-sizing") || !strings.Contains(md.String(), "| 1 | 1 vCPU / 2 GB | 60 | 11 | $317.19 |") {
		t.Errorf("markdown:\n%s", md.String())
	}
	found := false
	for _, row := range csvRightSizing(c) {
		if len(row) != 5 {
			t.Fatalf("row %v", row)
		}
		if row[1] == "purchase: m7g.large savings-plan-1y" && row[3] == "saving_over_12_months" {
			found = row[4] == "1140.552" // exact: 95.046 x 12
		}
	}
	if !found {
		t.Error("csv: no exact 12-month saving of the 1-year savings plan")
	}
	data := compactJSON(t, func(j *jsonWriter) {
		j.key("right_sizing")
		rightSizingJSON(j, c.RightSizing)
	})
	if s := data; !strings.Contains(s, `"monthly_saving":"28.835"`) || !strings.Contains(s, `"monthly_cost":"181.332"`) {
		t.Errorf("json: %s", s)
	}
}
