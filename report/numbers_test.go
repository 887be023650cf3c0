package report

import (
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// TestPercentNeverInENotation: cold-start shares read "9e-05%" and "1e+02%"; they are two
// significant digits, whole from 10%.
func TestPercentNeverInENotation(t *testing.T) {
	cases := map[float64]string{
		0.0000009: "0.00009%", // 9e-05%
		0.000055:  "0.0055%",
		0.00029:   "0.029%",
		0.001:     "0.1%",
		0.016:     "1.6%",
		0.5:       "50%",
		1:         "100%", // 1e+02%
		0:         "0%",
	}
	for share, want := range cases {
		if got := percent(share); got != want {
			t.Errorf("percent(%v) = %s, want %s", share, got, want)
		}
	}
}

// TestUnitPriceHasCentsAtLeast: "$0.2 per 1M requests" and "@ $0.5" read as $0.20 and $0.50;
// a price finer than a cent keeps every digit.
func TestUnitPriceHasCentsAtLeast(t *testing.T) {
	cases := map[string]string{
		"0.2":          "$0.20",
		"0.20":         "$0.20",
		"0.5":          "$0.50",
		"2":            "$2.00",
		"0.0000166667": "$0.0000166667",
		"0.0225":       "$0.0225",
		"1234.5":       "$1,234.50",
	}
	for in, want := range cases {
		if got := unitPrice(decimal.RequireFromString(in)); got != want {
			t.Errorf("unitPrice(%s) = %s, want %s", in, got, want)
		}
	}
}

// TestMillisecondsToATenth: "64.471453 ms" reads 64.5 ms; a whole duration has no ".0".
func TestMillisecondsToATenth(t *testing.T) {
	cases := map[string]string{
		"64.471453": "64.5 ms",
		"77.365743": "77.4 ms",
		"120":       "120 ms",
		"120.04":    "120 ms",
		"0.05":      "0.1 ms", // half away from zero
		"48166":     "48,166 ms",
		"6298.61":   "6,298.6 ms",
	}
	for in, want := range cases {
		if got := milliseconds(decimal.RequireFromString(in)); got != want {
			t.Errorf("milliseconds(%s) = %s, want %s", in, got, want)
		}
	}
}

// TestCapacityTextCountsAndPlurals: "Tasks: 1358 an hour" and "1 scale-outs" read with
// thousands separators and the singular.
func TestCapacityTextCountsAndPlurals(t *testing.T) {
	c := model.Capacity{Unit: model.CapacityUnit{Name: "tasks", Label: "Tasks", Noun: "task"}, Min: 1358, Max: 1358, BilledHours: decimal.RequireFromString("991340"), LagHours: 1}
	if got, want := capacityText(c), "Tasks: 1,358 an hour, 991,340 task-hours billed, 1 scale-out"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	c = model.Capacity{Unit: model.CapacityUnit{Name: "instances", Label: "Instances", Noun: "instance"}, Min: 2, Max: 1200, BilledHours: decimal.RequireFromString("2920.5"), LagHours: 1002}
	if got, want := capacityText(c), "Instances: 2-1,200 an hour, 2,920.5 instance-hours billed, 1,002 scale-outs"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestOneConcurrencyFigure: Lambda's capacity is its peak concurrency against the limit, the
// same words in the table's throttling line, markdown's capacity column and the explorer
// (which calls CapacityText); before, markdown said "Concurrency: 3 at most" beside "Peak
// concurrency 7".
func TestOneConcurrencyFigure(t *testing.T) {
	e := model.Estimate{Platform: model.PlatformLambda, Feasible: true,
		Capacity: model.Capacity{Unit: model.CapacityUnit{Name: "concurrent executions", Label: "Concurrency", Noun: "concurrent execution", Concurrency: true}, Min: 1, Max: 3},
		Detail:   &model.LambdaDetail{Throttling: &model.Throttling{Limit: 1000, PeakConcurrency: 7}}}
	want := "Peak concurrency 7 of a 1,000 limit"
	if got := CapacityText(e); got != want {
		t.Errorf("CapacityText %q, want %q", got, want)
	}
	if got := throttlingText(model.LambdaDetailOf(e).Throttling); got != want+": no throttling" {
		t.Errorf("throttlingText %q", got)
	}
	r := model.WorkloadResult{Workload: model.Workload{Name: "w"}, Estimates: []model.Estimate{e}, Cheapest: model.PlatformLambda}
	var md strings.Builder
	markdownWorkload(&md, newShownResult(r), 730)
	if n := strings.Count(md.String(), "Peak concurrency 7 of a 1,000 limit"); n != 2 {
		t.Errorf("markdown says the peak %d times, want in the capacity column and the throttling line:\n%s", n, md.String())
	}
	if strings.Contains(md.String(), "at most") {
		t.Errorf("markdown still gives a second figure:\n%s", md.String())
	}
}

// TestLargeAmountsKeepTheirColumnsApart: at $666,476,482.96 the cost outgrew its column and
// ran into the unit price ("$0.0000133334$666,476,482.96").
func TestLargeAmountsKeepTheirColumnsApart(t *testing.T) {
	var b strings.Builder
	writeItems(&b, []pricing.LineItem{{
		Name: "Duration, first 7.5B GB-s", Unit: "GB-seconds",
		Quantity:  decimal.RequireFromString("49985715000000"),
		UnitPrice: decimal.RequireFromString("0.0000133334"),
		Cost:      decimal.RequireFromString("666476482.96"),
	}}, "    ")
	if out := b.String(); strings.Contains(out, "$0.0000133334$") || !strings.Contains(out, "$0.0000133334 $666,476,482.96") {
		t.Errorf("columns run together:\n%s", out)
	}
}

// TestFlowTableFitsLongStepNames: a step name longer than its column pushed every cell of
// its row out of line; the columns widen to the longest cell.
func TestFlowTableFitsLongStepNames(t *testing.T) {
	d := decimal.RequireFromString
	r := model.WorkloadResult{
		Workload: model.Workload{Flow: []model.Step{{Name: "entry"}, {Name: "enrich-customer-profile", From: "entry"}}},
		Flow: &model.FlowResult{InvocationsPerRequest: d("2"), Invocations: d("2000"), Steps: []model.StepResult{
			{Name: "entry", Kind: model.StepFunction, PerRequest: d("1"), Invocations: d("1000"), LambdaCost: d("1")},
			{Name: "enrich-customer-profile", Kind: model.StepFunction, From: "entry", PerRequest: d("1"), Invocations: d("1000"), LambdaCost: d("1")},
		}},
	}
	var b strings.Builder
	tableFlow(&b, newShownResult(r))
	lines := strings.Split(strings.TrimRight(b.String(), "\n"), "\n")[1:]
	at := strings.Index(lines[0], "Type")
	for _, line := range lines[1:] {
		if i := strings.Index(line, "function"); i != at {
			t.Errorf("type column at %d, header at %d:\n%s", i, at, b.String())
		}
		if !strings.Contains(line, "enrich-customer-profile function") && strings.Contains(line, "enrich") {
			t.Errorf("name runs into its type: %q", line)
		}
	}
}

// TestCountsAndLatenciesAreHumanizes: counts and latencies written in place are package
// humanize's and strconv's text, grouped, for the edges of int64, negatives, and floats of
// every kind (NaN and infinities as they are).
func TestCountsAndLatenciesAreHumanizes(t *testing.T) {
	for _, n := range []int64{0, 1, -1, 999, 1000, -1000, 123456789, math.MaxInt64, math.MinInt64} {
		if got, want := count(n), humanize.Count(n); got != want {
			t.Errorf("count(%d) = %q, want %q", n, got, want)
		}
	}
	for _, v := range []float64{0, 0.4, 0.5, 1.5, 999.5, 1234.5, -1234.5, 1e25, -1e-3, math.NaN(), math.Inf(1), math.Inf(-1)} {
		if got, want := ms(v), group(strconv.FormatFloat(v, 'f', 0, 64)); got != want {
			t.Errorf("ms(%v) = %q, want %q", v, got, want)
		}
	}
}
