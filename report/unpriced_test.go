package report

import (
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/analysis"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// missingRatesWorkload is priced in a region without a NAT gateway rate (every platform
// bills NAT hours, Fargate's tasks twice over, in two lines) and without an ALB LCU rate
// (only Fargate and EC2 sit behind the load balancer).
func missingRatesWorkload() model.WorkloadResult {
	nat := pricing.Unpriced{Key: "nat.hours", Region: "eu-central-1", What: "NAT gateway hours"}
	lcu := pricing.Unpriced{Key: "alb.lcu", Region: "eu-central-1", What: "Application Load Balancer LCU-hours"}
	estimate := func(p model.Platform, unpriced ...pricing.Unpriced) model.Estimate {
		return model.Estimate{Platform: p, Feasible: true, Summary: p.Name(), MonthlyCost: decimal.NewFromInt(10), Unpriced: unpriced}
	}
	return model.WorkloadResult{
		Workload: model.Workload{Name: "regional", Region: "eu-central-1"},
		Estimates: []model.Estimate{
			estimate(model.PlatformLambda, nat),
			estimate(model.PlatformFargate, lcu, nat, nat),
			estimate(model.PlatformEC2, lcu, nat),
		},
		Cheapest: model.PlatformLambda,
	}
}

// TestMissingRatesAreSaidOncePerWorkload: a rate the catalog lacks was listed under every
// platform that bills it (18 lines for six rates in `price`); it is said once, with the
// platforms whose totals leave it out.
func TestMissingRatesAreSaidOncePerWorkload(t *testing.T) {
	r := missingRatesWorkload()
	var table, markdown strings.Builder
	tableWorkload(&table, newShownResult(r), 730)
	markdownWorkload(&markdown, newShownResult(r), 730)
	for name, out := range map[string]string{"table": table.String(), "markdown": markdown.String()} {
		if n := strings.Count(out, "NAT gateway hours"); n != 1 {
			t.Errorf("%s names NAT gateway hours %d times, want once:\n%s", name, n, out)
		}
		if n := strings.Count(out, "LCU-hours"); n != 1 {
			t.Errorf("%s names LCU-hours %d times, want once:\n%s", name, n, out)
		}
		if n := strings.Count(out, "Total, incomplete"); n != 3 {
			t.Errorf("%s marks %d totals incomplete, want 3:\n%s", name, n, out)
		}
	}
	for _, want := range []string{
		"  Not priced, no rate in the catalog (left out of the incomplete totals):\n",
		"    NAT gateway hours (nat.hours in eu-central-1): every platform\n",
		"    Application Load Balancer LCU-hours (alb.lcu in eu-central-1): Fargate and\n      EC2\n",
	} {
		if !strings.Contains(table.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, table.String())
		}
	}
	for _, want := range []string{
		"- NAT gateway hours (`nat.hours` in eu-central-1): every platform\n",
		"- Application Load Balancer LCU-hours (`alb.lcu` in eu-central-1): Fargate and EC2\n",
	} {
		if !strings.Contains(markdown.String(), want) {
			t.Errorf("markdown lacks %q:\n%s", want, markdown.String())
		}
	}
}

// TestMissingRatesLeaveOutWhatCannotRun: a platform that cannot run the workload bills
// nothing, so "every platform" means every one that can.
func TestMissingRatesLeaveOutWhatCannotRun(t *testing.T) {
	r := missingRatesWorkload()
	r.Estimates[0] = model.Estimate{Platform: model.PlatformLambda, Reasons: []string{"runs too long"}}
	list := missingRates(newShownResult(r))
	if len(list) != 2 {
		t.Fatalf("%d missing rates, want 2: %+v", len(list), list)
	}
	for _, m := range list {
		if got := platformsText(newShownResult(r), m.Platforms); got != "every platform" {
			t.Errorf("%s: %q, want every platform", m.Key, got)
		}
	}
}

// TestSharedWarningsAreSaidOncePerPlatform: a warning no choice of size changes (a schedule's)
// was repeated under every ranked option; it is said once, and an option keeps its own.
func TestSharedWarningsAreSaidOncePerPlatform(t *testing.T) {
	schedule := "schedule reconcile: 40 parallel tasks need 80 GB"
	ranked := []analysis.SizeOption{
		{Name: "a", Warnings: []string{schedule}},
		{Name: "b", Notes: []string{"needs an arm64 build"}, Warnings: []string{"opens 160 connections", schedule}},
		{Name: "c", Warnings: []string{schedule}},
	}
	shared := sharedWarnings(ranked)
	if len(shared) != 1 || shared[0] != schedule {
		t.Fatalf("shared %q, want the schedule's", shared)
	}
	if got := optionNotes(ranked[1], shared); strings.Join(got, "; ") != "needs an arm64 build; opens 160 connections" {
		t.Errorf("option b's notes %q", got)
	}
	if got := sharedWarnings(ranked[:1]); got != nil {
		t.Errorf("one option shares %q, want nothing", got)
	}
}
