package report

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/analysis"
	"github.com/breakeven/breakeven/pricing"
	"github.com/breakeven/breakeven/workloads"
	"github.com/shopspring/decimal"
)

// fakePlatform is a platform the registry does not have, to see the report give it a
// column wherever the AWS three have one.
const fakePlatform model.Platform = "fakecloud"

// awsThree are the AWS platforms the tests below show with fakePlatform as a fourth.
var awsThree = []model.Platform{model.PlatformLambda, model.PlatformFargate, model.PlatformEC2}

// withFakePlatform appends fakePlatform to model.Platforms for the test, and puts it back.
func withFakePlatform(t *testing.T) {
	t.Helper()
	kept := model.Platforms
	model.Platforms = append(slices.Clone(kept), fakePlatform)
	t.Cleanup(func() { model.Platforms = kept })
}

// fourPlatforms prices two examples on the AWS three and fakePlatform (their platforms
// key), then gives each workload its estimate on fakePlatform, of $1.23 a month.
func fourPlatforms(t *testing.T) model.Result {
	t.Helper()
	cat, err := pricing.Load()
	if err != nil {
		t.Fatal(err)
	}
	examples := workloads.Examples()[:2]
	for i := range examples {
		examples[i].Platforms = append(slices.Clone(awsThree), fakePlatform)
	}
	res := model.Price(examples, cat, model.Options{})
	for i := range res.Workloads {
		res.Workloads[i].Estimates = append(res.Workloads[i].Estimates, model.Estimate{
			Platform: fakePlatform, Feasible: true, Summary: "a fake", MonthlyCost: decimal.RequireFromString("1.23")})
	}
	res.Portfolio.Shown = model.ShownOnAny(res.Workloads) // the fourth platform's estimates came after the pricing
	return res
}

// TestSummaryHeadersFollowThePlatforms: with a fourth platform in model.Platforms and in
// the estimates, the table's and markdown's summaries have a column for it, JSON four
// estimates a workload and CSV its rows.
func TestSummaryHeadersFollowThePlatforms(t *testing.T) {
	withFakePlatform(t)
	res := fourPlatforms(t)
	var table, markdown, doc, csv bytes.Buffer
	for f, out := range map[Format]*bytes.Buffer{Table: &table, Markdown: &markdown, JSON: &doc, CSV: &csv} {
		if err := Write(out, res, f); err != nil {
			t.Fatal(f, err)
		}
	}
	lines := strings.Split(table.String(), "\n")[2:5] // after the pricing header and a blank line
	if got, want := strings.Fields(lines[0]), []string{"Workload", "Lambda", "Fargate", "EC2", "fakecloud", "Cheapest"}; !slices.Equal(got, want) {
		t.Errorf("table summary header %q, want the columns %q", lines[0], want)
	}
	for _, line := range lines[1:] {
		if !strings.Contains(line, " $1.23 ") {
			t.Errorf("table summary row %q has no $1.23 in the fourth platform's column", line)
		}
	}
	if !strings.Contains(table.String(), "\n  fakecloud: a fake\n") {
		t.Errorf("table has no section for the fourth platform's estimate:\n%s", table.String())
	}
	const header = "| Workload | Lambda | Fargate | EC2 | fakecloud | Cheapest |\n|---|---:|---:|---:|---:|---|\n"
	if !strings.Contains(markdown.String(), header) {
		t.Errorf("markdown has no summary header\n%s\nin\n%s", header, markdown.String())
	}
	var parsed struct {
		Workloads []struct {
			Estimates []struct{ Platform string }
		}
	}
	if err := json.Unmarshal(doc.Bytes(), &parsed); err != nil {
		t.Fatal(err)
	}
	for _, w := range parsed.Workloads {
		if len(w.Estimates) != 4 || w.Estimates[3].Platform != string(fakePlatform) {
			t.Errorf("JSON estimates %+v, want four, the last on %s", w.Estimates, fakePlatform)
		}
	}
	if n := strings.Count(csv.String(), ",fakecloud,true,total,"); n != 2 {
		t.Errorf("CSV has %d total rows on %s, want one for each of the 2 workloads", n, fakePlatform)
	}
}

// TestAnalysisHeadersFollowThePlatforms: the curve, growth and scenarios tables and the
// sensitivity's markdown have a column for a fourth platform of model.Platforms.
func TestAnalysisHeadersFollowThePlatforms(t *testing.T) {
	c := grown(t, growingAPI(), model.StandardMonth())
	withFakePlatform(t)
	c.Base.Workload.Platforms = append(slices.Clone(awsThree), fakePlatform)
	c.Base.Estimates = append(c.Base.Estimates, model.Estimate{Platform: fakePlatform, Feasible: true, MonthlyCost: decimal.RequireFromString("1.23")})
	fake := analysis.VariantCost{Platform: fakePlatform, Feasible: true, Cost: decimal.RequireFromString("1.23")}
	for i := range c.Scenarios {
		c.Scenarios[i].Costs = append(c.Scenarios[i].Costs, fake)
	}
	for i := range c.Growth.Points {
		c.Growth.Points[i].Costs = append(c.Growth.Points[i].Costs, fake)
	}
	c.Growth.Cumulative = append(c.Growth.Cumulative, fake)
	for i := range c.Sensitivity {
		c.Sensitivity[i].LowCosts = append(c.Sensitivity[i].LowCosts, fake)
		c.Sensitivity[i].HighCosts = append(c.Sensitivity[i].HighCosts, fake)
	}
	c.Curve = []analysis.CurvePoint{{RequestsPerMonth: 1000, PerSecond: decimal.RequireFromString("0.0004"), Costs: []model.PlatformCost{
		{Platform: model.PlatformLambda, Feasible: true, MonthlyCost: decimal.RequireFromString("0.01")},
		{Platform: model.PlatformFargate}, {Platform: model.PlatformEC2},
		{Platform: fakePlatform, Feasible: true, MonthlyCost: decimal.RequireFromString("1.23")}}}}
	table, markdown := renderAll(c)
	var curve, curveMarkdown strings.Builder
	tableCurve(&curve, c)
	markdownCurve(&curveMarkdown, c)
	for _, want := range []string{
		"Month Requests Lambda Fargate EC2 fakecloud Cheapest",
		"Scenario Traffic Requests Lambda Fargate EC2 fakecloud Cheapest",
		"high x2 8,000,000 $8.27 $9.01 $12.26 $1.23 Lambda",
	} {
		if !contains(table, want) {
			t.Errorf("table has no %q:\n%s", want, table)
		}
	}
	if !strings.Contains(curve.String(), "Average/s  Lambda  Fargate  EC2  fakecloud") ||
		!strings.Contains(curve.String(), "$0.01        -    -      $1.23") {
		t.Errorf("curve table has no fourth column:\n%s", curve.String())
	}
	for _, want := range []string{
		"| Month | Requests | Lambda | Fargate | EC2 | fakecloud | Cheapest |\n|---|---:|---:|---:|---:|---:|---|\n",
		"| Scenario | Traffic multiplier | Requests | Lambda | Fargate | EC2 | fakecloud | Cheapest |\n|---|---:|---:|---:|---:|---:|---:|---|\n",
		"| Rank | Input | As given | -20% | +20% | Lambda | Fargate | EC2 | fakecloud | Swing | Notes |\n|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n",
	} {
		if !strings.Contains(markdown, want) {
			t.Errorf("markdown has no\n%s\nin\n%s", want, markdown)
		}
	}
	if want := "| Requests/month | Average/s | Lambda | Fargate | EC2 | fakecloud |\n|---:|---:|---:|---:|---:|---:|\n| 1,000 | 0.0004 | $0.01 | - | - | $1.23 |\n"; !strings.Contains(curveMarkdown.String(), want) {
		t.Errorf("curve markdown is\n%s\nwant\n%s", curveMarkdown.String(), want)
	}
}
