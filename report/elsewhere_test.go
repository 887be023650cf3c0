package report

import (
	"slices"
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/breakeven/breakeven/workloads"
	"github.com/shopspring/decimal"
)

// orderPipelineOn prices the order-pipeline example (SQS, SNS, logs, X-Ray and data transfer
// around its function) on Lambda and Cloud Run.
func orderPipelineOn(t *testing.T) model.WorkloadResult {
	t.Helper()
	cat, err := pricing.Load()
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(workloads.Examples(), func(w model.Workload) bool { return w.Name == "order-pipeline" })
	if i < 0 {
		t.Fatal("no order-pipeline example")
	}
	w := workloads.Examples()[i]
	w.Platforms = []model.Platform{model.PlatformLambda, "cloudrun"}
	return model.Price([]model.Workload{w}, cat, model.Options{}).Workloads[0]
}

// TestElsewhereServicesAreNotSaidToLackARate: Cloud Run's estimate leaves out the AWS
// services the file describes (model.SurroundElsewhere); the catalog lacks no rate for them,
// so they are listed under a heading of their own, named as AWS bills them, and the
// footnote says what the star means.
func TestElsewhereServicesAreNotSaidToLackARate(t *testing.T) {
	r := orderPipelineOn(t)
	if noRate, aws := SplitUnpriced(r.Estimate("cloudrun").Unpriced); len(noRate) != 0 || len(aws) == 0 {
		t.Fatalf("Cloud Run's unpriced: %d without a rate, %d AWS services; want none and some", len(noRate), len(aws))
	}
	var table, markdown strings.Builder
	tableWorkload(&table, newShownResult(r), 730)
	markdownWorkload(&markdown, newShownResult(r), 730)
	for _, want := range []string{
		"\n  Not priced on Cloud Run (Google Cloud): AWS services the file describes, no\n    equivalent priced (left out of its incomplete total):\n",
		"\n    SNS publishes (sns.publishes in us-east-1)\n",
		"\n    X-Ray traces recorded (xray.traces.recorded in us-east-1)\n",
	} {
		if !strings.Contains(table.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, table.String())
		}
	}
	if !contains(table.String(), "* incomplete: it leaves out AWS services the file describes that its provider has no equivalent priced for (listed after the platforms), so it may cost more") {
		t.Errorf("table's footnote:\n%s", table.String())
	}
	want := "\n**Not priced on Cloud Run (Google Cloud): AWS services the file describes, no equivalent priced** (left out of its incomplete total):\n\n"
	if !strings.Contains(markdown.String(), want) || !strings.Contains(markdown.String(), "\n- SNS publishes (`sns.publishes` in us-east-1)\n") {
		t.Errorf("markdown lacks %q and SNS:\n%s", want, markdown.String())
	}
	for name, out := range map[string]string{"table": table.String(), "markdown": markdown.String()} {
		if strings.Contains(out, "no rate in the catalog") || strings.Contains(out, "lacks a rate") || strings.Contains(out, "equivalent priced)") {
			t.Errorf("%s says an AWS service lacks a rate, or repeats the provider on each line:\n%s", name, out)
		}
	}
}

// TestBothKindsOfUnpricedAreSaidApart: a NAT rate the catalog lacks (on the AWS three) and
// SNS that Cloud Run leaves out are said under their two headings, the catalog's first, and
// the footnote gives both reasons. NAT is on three of the four platforms shown, so they are
// named rather than "every platform".
func TestBothKindsOfUnpricedAreSaidApart(t *testing.T) {
	r := missingRatesWorkload()
	sns := pricing.Unpriced{Key: "sns.publishes", Region: "eu-central-1", What: "SNS publishes (AWS; no Google Cloud equivalent priced)"}
	r.Estimates = append(r.Estimates, model.Estimate{Platform: "cloudrun", Feasible: true, Summary: "cloudrun", MonthlyCost: decimal.NewFromInt(5), Unpriced: []pricing.Unpriced{sns}})
	var table, markdown strings.Builder
	tableWorkload(&table, newShownResult(r), 730)
	markdownWorkload(&markdown, newShownResult(r), 730)
	want := "  Not priced, no rate in the catalog (left out of the incomplete totals):\n" +
		"    NAT gateway hours (nat.hours in eu-central-1): Lambda, Fargate and EC2\n" +
		"    Application Load Balancer LCU-hours (alb.lcu in eu-central-1): Fargate and\n      EC2\n" +
		"  Not priced on Cloud Run (Google Cloud): AWS services the file describes, no\n    equivalent priced (left out of its incomplete total):\n" +
		"    SNS publishes (sns.publishes in eu-central-1)\n"
	if !strings.Contains(table.String(), want) {
		t.Errorf("table lacks\n%s\nin\n%s", want, table.String())
	}
	if !contains(table.String(), "* incomplete: the catalog lacks a rate for some of its lines, or it leaves out AWS services the file describes that its provider has no equivalent priced for (listed after the platforms)") {
		t.Errorf("table's footnote:\n%s", table.String())
	}
	want = "\n**Not priced, no rate in the catalog** (left out of the incomplete totals):\n\n" +
		"- NAT gateway hours (`nat.hours` in eu-central-1): Lambda, Fargate and EC2\n" +
		"- Application Load Balancer LCU-hours (`alb.lcu` in eu-central-1): Fargate and EC2\n\n" +
		"**Not priced on Cloud Run (Google Cloud): AWS services the file describes, no equivalent priced** (left out of its incomplete total):\n\n" +
		"- SNS publishes (`sns.publishes` in eu-central-1)\n"
	if !strings.Contains(markdown.String(), want) {
		t.Errorf("markdown lacks\n%s\nin\n%s", want, markdown.String())
	}
}

// TestSplitUnpriced: only a What that ends as model.SurroundElsewhere ends it is an AWS
// service left out; a parenthesis of another kind stays a rate the catalog lacks.
func TestSplitUnpriced(t *testing.T) {
	nat := pricing.Unpriced{Key: "nat.hours", What: "NAT gateway hours (per zone)"}
	logs := pricing.Unpriced{Key: "logs.storage", What: "Log storage (AWS; no Cloudflare Workers equivalent priced)"}
	noRate, aws := SplitUnpriced([]pricing.Unpriced{logs, nat})
	if !slices.Equal(noRate, []pricing.Unpriced{nat}) || !slices.Equal(aws, []pricing.Unpriced{logs}) {
		t.Errorf("split %v / %v", noRate, aws)
	}
	if service, provider, ok := elsewhere(logs.What); !ok || service != "Log storage" || provider != "Cloudflare Workers" {
		t.Errorf("elsewhere(%q) = %q, %q, %v", logs.What, service, provider, ok)
	}
}

// TestPortfolioFootnoteSaysWhyATotalIsIncomplete: the portfolio's star said "no rate in the
// catalog" of every incomplete total; one on Cloud Run that leaves out SNS says that instead,
// and a NAT rate the catalog lacks keeps the words it had.
func TestPortfolioFootnoteSaysWhyATotalIsIncomplete(t *testing.T) {
	sns := pricing.Unpriced{Key: "sns.publishes", Region: "us-east-1", What: "SNS publishes (AWS; no Google Cloud equivalent priced)"}
	nat := pricing.Unpriced{Key: "nat.hours", Region: "us-east-1", What: "NAT gateway hours"}
	p := model.Portfolio{Shown: []model.Platform{model.PlatformLambda, "cloudrun"}, CheapestMix: decimal.NewFromInt(5), Platforms: []model.PortfolioTotal{
		{Platform: model.PlatformLambda, MonthlyCost: decimal.NewFromInt(10), StandaloneSum: decimal.NewFromInt(10), Workloads: 2},
		{Platform: "cloudrun", MonthlyCost: decimal.NewFromInt(5), StandaloneSum: decimal.NewFromInt(5), Workloads: 2, Unpriced: []pricing.Unpriced{sns}},
	}}
	const leavesOut = "* incomplete: it leaves out AWS services the files describe that another provider has no equivalent priced for"
	var table, markdown strings.Builder
	tablePortfolio(&table, 2, p)
	markdownPortfolio(&markdown, 2, p)
	if !contains(table.String(), leavesOut) || strings.Contains(table.String(), "no rate in the catalog") {
		t.Errorf("table:\n%s", table.String())
	}
	if !strings.Contains(markdown.String(), "\n\\"+leavesOut+".\n") {
		t.Errorf("markdown:\n%s", markdown.String())
	}
	p.Platforms[0].Unpriced = []pricing.Unpriced{nat}
	table.Reset()
	tablePortfolio(&table, 2, p)
	if !contains(table.String(), "* incomplete: some of its lines have no rate in the catalog, or "+strings.TrimPrefix(leavesOut, "* incomplete: ")) {
		t.Errorf("both kinds, table:\n%s", table.String())
	}
}

// TestPortfolioAmountsLineUp: every total of the portfolio's table ends in one column, the
// cheapest mix's too, when a platform's name is longer than the labels' least width.
func TestPortfolioAmountsLineUp(t *testing.T) {
	p := model.Portfolio{Shown: []model.Platform{model.PlatformLambda, "azurefunctions"}, CheapestMix: decimal.NewFromInt(5), Platforms: []model.PortfolioTotal{
		{Platform: model.PlatformLambda, MonthlyCost: decimal.NewFromInt(10), StandaloneSum: decimal.NewFromInt(10), Workloads: 2},
		{Platform: "azurefunctions", MonthlyCost: decimal.NewFromInt(1234), StandaloneSum: decimal.NewFromInt(1234), Workloads: 2},
	}}
	var table strings.Builder
	tablePortfolio(&table, 2, p)
	ends := map[int]int{}
	for _, line := range strings.Split(table.String(), "\n") {
		if strings.HasPrefix(line, "  All on ") || strings.HasPrefix(line, "  Each on cheapest") {
			ends[strings.LastIndex(line, ".")+3]++
		}
	}
	lines := 0
	for _, n := range ends {
		lines += n
	}
	if len(ends) != 1 || lines != 3 {
		t.Errorf("amounts end at columns %v, want the three in one:\n%s", ends, table.String())
	}
}
