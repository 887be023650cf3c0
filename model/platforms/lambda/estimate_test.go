package lambda

import (
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
)

// lineOf returns the line with id among items.
func lineOf(items []pricing.LineItem, id string) (pricing.LineItem, bool) {
	for _, it := range items {
		if it.ID == id {
			return it, true
		}
	}
	return pricing.LineItem{}, false
}

func TestInitIsItsOwnEstimatedLine(t *testing.T) {
	// AWS's example 1: the duration line is the page's 540,000 GB-s; the 182 cold starts x
	// 140 ms x 1.5 GB = 38.22 GB-s of INIT are a line of their own, labelled an estimate.
	e := model.Price([]model.Workload{mobileBackend()}, catalog(t), model.Options{}).Workloads[0].Estimate(model.PlatformLambda)
	d, ok := lineOf(e.LineItems, "lambda.duration.tier1")
	if !ok || !d.Quantity.Equal(dec("540000")) || d.Estimate != "" {
		t.Errorf("duration line %+v, want 540,000 GB-s, exact", d)
	}
	i, ok := lineOf(e.LineItems, "lambda.init.tier1")
	if !ok || !i.Quantity.Equal(dec("38.22")) || !strings.Contains(i.Estimate, "182 cold starts x 140 ms") {
		t.Errorf("INIT line %+v, want 38.22 GB-s, an estimate of 182 cold starts x 140 ms", i)
	}
}

func TestColdStartsLeftOutOfTheBill(t *testing.T) {
	// With init_ms: 0, or with bill_cold_starts: false, the bill is AWS's example 1 exactly:
	// (540,000 - 400,000) x $0.0000166667 + (3M - 1M) x $0.0000002 = $2.333338 + $0.40.
	zero := mobileBackend()
	model.EditSettings(&zero, model.PlatformLambda, func(c *model.LambdaConfig) { c.ColdStart.InitMeasured = true })
	omit := mobileBackend()
	model.EditSettings(&omit, model.PlatformLambda, func(c *model.LambdaConfig) { c.OmitColdStarts = true })
	for name, w := range map[string]model.Workload{"init_ms 0": zero, "bill_cold_starts false": omit} {
		e := model.Price([]model.Workload{w}, catalog(t), model.Options{}).Workloads[0].Estimate(model.PlatformLambda)
		if !e.MonthlyCost.Equal(dec("2.733338")) {
			t.Errorf("%s: %s, want 2.733338", name, e.MonthlyCost)
		}
		if _, ok := lineOf(e.LineItems, "lambda.init.tier1"); ok {
			t.Errorf("%s: an INIT line is billed", name)
		}
		if model.LambdaDetailOf(e).ColdStarts == nil || model.LambdaDetailOf(e).ColdStarts.Total != 182 {
			t.Errorf("%s: cold starts still estimated: %+v", name, model.LambdaDetailOf(e).ColdStarts)
		}
	}
}

// throttled is a flat 20 requests a second of 1 s at 1,024 MB against a limit of 10: a mean
// concurrency of 20 every hour.
func throttled() model.Workload {
	w := mobileBackend()
	w.Traffic.RequestsPerMonth = 20 * 3600 * 730
	w.Function = model.Function{DurationMs: dec("1000"), MemoryMB: 1024}
	model.EditSettings(&w, model.PlatformLambda, func(c *model.LambdaConfig) { c.ConcurrencyLimit = 10 })
	model.EditSettings(&w, model.PlatformLambda, func(c *model.LambdaConfig) { c.OmitColdStarts = true })
	return w
}

func TestThrottledRequestsAreNotBilled(t *testing.T) {
	// Erlang's loss formula with 10 servers and an offered load of 20 turns away B = 0.537963
	// of the 72,000 requests an hour: 38,733 an hour, 28,275,090 in 730 hours. They are taken
	// off on their own lines: the requests, and 28,275,090 x 1 s x 1 GB of duration.
	e := model.Price([]model.Workload{throttled()}, catalog(t), model.Options{}).Workloads[0].Estimate(model.PlatformLambda)
	if th := model.LambdaDetailOf(e).Throttling; th == nil || th.Requests != 28275090 || th.Unbilled != 28275090 || th.Hours != 730 {
		t.Fatalf("throttling %+v, want 28,275,090 in 730 hours, unbilled", model.LambdaDetailOf(e).Throttling)
	}
	all, _ := lineOf(e.LineItems, "lambda.requests")
	off, _ := lineOf(e.LineItems, "lambda.throttled.requests")
	dur, _ := lineOf(e.LineItems, "lambda.throttled.duration.tier1")
	if !all.Quantity.Equal(dec("52560000")) || all.Estimate != "" {
		t.Errorf("requests line %s, want every request of the file, 52,560,000, exact", all.Quantity)
	}
	if !off.Quantity.Equal(dec("-28275090")) || off.Estimate == "" || !dur.Quantity.Equal(dec("-28275090")) || dur.Estimate == "" {
		t.Errorf("throttled lines %s requests, %s GB-s, want -28,275,090 of each, estimates", off.Quantity, dur.Quantity)
	}
	// Billed: 24,284,910 requests served, less the free million, x $0.0000002 = $4.656982;
	// (52,560,000 - 28,275,090) GB-s, less 400,000 free, x $0.0000166667 = $398.0826...
	want := dec("23284910").Mul(dec("0.0000002")).Add(dec("23884910").Mul(dec("0.0000166667")))
	if !e.MonthlyCost.Equal(want) {
		t.Errorf("bill %s, want %s", e.MonthlyCost, want)
	}
}

func TestQuotaRaisedBillsEveryRequest(t *testing.T) {
	w := throttled()
	model.EditSettings(&w, model.PlatformLambda, func(c *model.LambdaConfig) { c.QuotaRaised = true })
	e := model.Price([]model.Workload{w}, catalog(t), model.Options{}).Workloads[0].Estimate(model.PlatformLambda)
	if _, ok := lineOf(e.LineItems, "lambda.throttled.requests"); ok {
		t.Error("throttled requests are taken off although the quota is to be raised")
	}
	// (52,560,000 - 1M) x $0.0000002 + (52,560,000 - 400,000) GB-s x $0.0000166667
	want := dec("51560000").Mul(dec("0.0000002")).Add(dec("52160000").Mul(dec("0.0000166667")))
	if !e.MonthlyCost.Equal(want) {
		t.Errorf("bill %s, want %s", e.MonthlyCost, want)
	}
	if len(e.Warnings) == 0 || !strings.Contains(e.Warnings[0], "quota_raised") {
		t.Errorf("warnings %v do not say every request is billed", e.Warnings)
	}
}
