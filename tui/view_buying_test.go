package tui

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/analysis"
	"github.com/breakeven/breakeven/report"
	"github.com/charmbracelet/x/ansi"
	"github.com/shopspring/decimal"
)

// The Buying view shows the analysis's figures: each priced option's month's bill and
// saving on its line, each option not priced with its keys, and the portfolio's commitment,
// which is breakeven commit's plan of the valid workloads on the platforms the explorer
// chose (analysis.PlanCommitment, as breakeven commit --platforms plans them): its optimum
// sentence and every point of its curve's bill.
func TestBuyingViewShowsTheOptionsAndThePlan(t *testing.T) {
	m := started(t, 80, 24)
	m.screen, m.tab = detailScreen, viewIndex(t, m, "Buying")
	d := m.current()
	c := m.analysisOf(d)
	var valid []model.Workload
	for _, o := range m.docs {
		if o.valid() {
			valid = append(valid, m.pr.chosen(o.work))
		}
	}
	want := analysis.PlanCommitment(valid, m.pr.cat, analysis.CommitOptions{Month: m.pr.month})
	got := m.work.planFor(m.docs)
	if got == nil || !got.Optimum.Commitment.Equal(want.Optimum.Commitment) || !got.Optimum.Bill.Equal(want.Optimum.Bill) || len(got.Usages) != len(valid) {
		t.Fatalf("the explorer's plan %+v, breakeven commit's %+v", got, want.Optimum)
	}
	page := ansi.Strip(drawn(m, 80, 1000))
	lines := strings.Split(page, "\n")
	for _, o := range c.RightSizing.Purchases {
		if !o.Priced {
			keys := strings.ReplaceAll(o.StateWith, string(o.Purchase), "OPTION")
			if !strings.Contains(strings.Join(strings.Fields(page), " "), keys) {
				t.Errorf("%s %s not priced: no %q", o.Platform, o.Purchase, keys)
			}
			continue
		}
		found := false
		for _, l := range lines {
			f := strings.Fields(l)
			if len(f) >= 3 && f[0] == string(o.Purchase) && f[len(f)-2] == money(o.MonthlyCost) && (!o.Compared || f[len(f)-1] == money(o.Saving)) {
				found = true
			}
		}
		if !found {
			t.Errorf("no line of %s %s %s at %s saving %s:\n%s", o.Platform, o.InstanceType, o.Purchase, money(o.MonthlyCost), money(o.Saving), page)
		}
	}
	flat := strings.Join(strings.Fields(page), " ")
	if !strings.Contains(flat, report.CommitOptimumText(want)) {
		t.Errorf("no optimum %q in\n%s", report.CommitOptimumText(want), page)
	}
	for _, p := range want.Curve {
		if !strings.Contains(flat, report.UnitPrice(p.Commitment.Round(4))+"/h") || !strings.Contains(flat, money(p.Bill)+",") {
			t.Errorf("no curve point %s at %s", money(p.Bill), p.Commitment)
		}
	}
	checkSize(t, "buying", plain(m), 80, 24)
}

// A plan with nothing to commit (the workload's cheapest platform is one a Compute Savings
// Plan does not cover) says why each workload's usage is not the plan's, and draws no
// curve of $0.00 bills.
func TestBuyingViewSaysWhyNothingIsCommitted(t *testing.T) {
	v := buyingView{frame{common: &common{st: newStyles()}}}
	p := analysis.CommitPlan{Purchase: model.PurchaseOf(model.OfferComputeSavingsPlan, 1, model.NoUpfront),
		Curve:  []analysis.CommitPoint{{Utilisation: decimal.NewFromInt(100)}},
		Usages: []analysis.CommitUsage{{Workload: "checkout", Platform: "cloudrun", Reason: "a Compute Savings Plan covers EC2, Fargate and Lambda only"}}}
	var b strings.Builder
	v.commitment(&b, p, 80, true)
	page := strings.Join(strings.Fields(ansi.Strip(b.String())), " ")
	for _, want := range []string{report.CommitOptimumText(p), "checkout on Cloud Run: not covered, a Compute Savings Plan covers EC2, Fargate and Lambda only."} {
		if !strings.Contains(page, want) {
			t.Errorf("no %q in\n%s", want, page)
		}
	}
	if strings.Contains(page, "at each commitment") || strings.Contains(page, "Optimum: $0.00") {
		t.Errorf("a curve or an optimum of nothing:\n%s", page)
	}
}

// An edit puts the plan out of date until the queue drains again; the export of the Buying
// view carries the plan it shows.
func TestBuyingPlanFollowsTheEditsAndExports(t *testing.T) {
	t.Chdir(t.TempDir())
	m := press(t, started(t, 80, 24), "enter", "left", "left")
	if m.shownView().title() != "Buying" || m.work.planFor(m.docs) == nil {
		t.Fatalf("view %s, plan %v", m.shownView().title(), m.work.planFor(m.docs))
	}
	plan := *m.work.planFor(m.docs)
	d := m.current()
	// the plan as if worked out for an earlier text of the open workload
	stale := *m.work.plan
	stale.texts = append([][]byte{[]byte("name: before\n")}, stale.texts[1:]...)
	m.work.plan = &stale
	if m.work.planFor(m.docs) != nil {
		t.Error("the plan is still shown for a text it was not worked out for")
	}
	if !strings.Contains(drawn(m, 80, 1000), "Working out the portfolio's commitment") {
		t.Errorf("the view does not say it waits:\n%s", plain(m))
	}
	m, cmd := m.replan()
	m = settle(t, m, cmd)
	if m.work.planFor(m.docs) == nil {
		t.Fatal("no plan once the worker is done")
	}
	m = press(t, m, "x", "m")
	md, err := os.ReadFile("breakeven-" + d.work.Name + "-buying.md")
	if err != nil {
		t.Fatalf("%v (status %q)", err, m.status)
	}
	for _, want := range []string{fmt.Sprintf("## Commitment of the %d workloads together", len(plan.Usages)), report.CommitOptimumText(plan)} {
		if !strings.Contains(strings.Join(strings.Fields(string(md)), " "), want) {
			t.Errorf("the export lacks %q:\n%s", want, md)
		}
	}
}

// BenchmarkBuyingView: the Buying view drawn at 80x24 with the analyses and the portfolio's
// plan at hand, as every key on it redraws it: budget one frame, 16 ms (the plan itself is
// worked out on the worker, never here).
func BenchmarkBuyingView(b *testing.B) {
	m := started(b, 80, 24)
	m.screen, m.tab = detailScreen, viewIndex(b, m, "Buying")
	for b.Loop() {
		_ = m.View()
	}
}
