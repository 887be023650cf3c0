package cli

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// flatMonthly is a test platform billing a fixed amount a month, nothing else, and running
// no scheduled job: four of them beside Lambda, Fargate and EC2 make the seven platforms of
// issue 16.
type flatMonthly struct {
	id   model.Platform
	usd  int64
	name string
}

func (f flatMonthly) ID() model.Platform                        { return f.id }
func (f flatMonthly) Name() string                              { return f.name }
func (f flatMonthly) Resolve(*model.Workload, *pricing.Catalog) {}
func (f flatMonthly) Estimate(*model.Demand) model.Estimate {
	cost := decimal.NewFromInt(f.usd)
	items := []pricing.LineItem{{ID: string(f.id) + ".month", Name: "Month", Quantity: decimal.NewFromInt(1), Unit: "month", UnitPrice: cost, Cost: cost}}
	return model.Estimate{Platform: f.id, Feasible: true, Summary: "flat", LineItems: items, MonthlyCost: cost}
}
func (f flatMonthly) Schedule(*model.ScheduledJob) model.Estimate {
	return model.Estimate{Platform: f.id, Reasons: []string{f.name + " runs no scheduled jobs"}}
}
func (f flatMonthly) SchedulesOnly(*model.Demand) model.Estimate {
	return model.Estimate{Platform: f.id, Feasible: true}
}

// withSeven registers four flat platforms after the three: $25, $40, $60 and $90 a month.
func withSeven(t *testing.T) {
	for i, usd := range []int64{25, 40, 60, 90} {
		t.Cleanup(model.RegisterPlatform(flatMonthly{id: model.Platform(fmt.Sprintf("flat%d", i+1)), usd: usd, name: fmt.Sprintf("Flat%d", i+1)}))
	}
}

// TestSevenPlatformsLayouts: with seven platforms every table line of price and compare
// fits 80 columns (the platforms in bands), every platform is named, and compare's JSON
// carries the 21 pairs of each of the three inputs (63) while the table lists the cheapest's
// (Lambda's $18.67 on flat-api: 6 pairs) and those that cross, saying how many more there
// are. A workload with a schedule shows the three that run it and names the four others in
// one line.
func TestSevenPlatformsLayouts(t *testing.T) {
	withSeven(t)
	_, table, stderr := run(t, "price", flatAPI, "testdata/schedule-early-exit.yaml")
	_, compare, _ := run(t, "compare", flatAPI)
	for name, out := range map[string]string{"price": table, "compare": compare} {
		for _, line := range strings.Split(out, "\n") {
			if n := utf8.RuneCountInString(line); n > 80 {
				t.Errorf("%s: a line of %d columns: %q", name, n, line)
			}
		}
		for _, p := range []string{"Lambda", "Fargate", "EC2", "Flat1", "Flat2", "Flat3", "Flat4"} {
			if !strings.Contains(out, p) {
				t.Errorf("%s: %s missing (%s):\n%s", name, p, stderr, out)
			}
		}
	}
	if !strings.Contains(table, "  Cannot run it: Flat1 (schedule sweep: Flat1 runs no scheduled jobs), Flat2") {
		t.Errorf("price: the schedule's workload does not name the four that cannot run it:\n%s", table)
	}
	if !strings.Contains(table, "All on Flat4") || !strings.Contains(table, "without schedule-early-exit") {
		t.Errorf("price: the portfolio lacks Flat4's total without the schedule's workload:\n%s", table)
	}
	if !strings.Contains(compare, "more pairs, neither the cheapest platform nor crossing in range") {
		t.Errorf("compare: no line saying how many pairs the table leaves out:\n%s", compare)
	}
	_, out, _ := run(t, "compare", "--format", "json", flatAPI)
	var doc struct {
		Comparisons []struct {
			BreakEvens []json.RawMessage `json:"break_evens"`
		} `json:"comparisons"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil || len(doc.Comparisons) != 1 || len(doc.Comparisons[0].BreakEvens) != 63 {
		t.Errorf("compare json: %v, want 63 break-evens", err)
	}
}
