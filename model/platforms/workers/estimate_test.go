package workers

import (
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
)

// TestPublishedExamplesAsWorkloads prices Cloudflare's Workers pricing examples 1 and 2 as
// workload files through model.Price (figures worked in each file's comment): 15M requests at
// 7 ms of CPU, $8.00; 15M requests of which 80% static assets, $5.00.
func TestPublishedExamplesAsWorkloads(t *testing.T) {
	cat := catalog(t)
	api := workersOf(priceIn(t, cat, model.Month{}, parse(t, "workers-api.yaml")))
	wantCost(t, "example 1", api, "8.00")
	if it := item(api, "workers.standard.requests"); !it.Quantity.Equal(dec("15000000")) {
		t.Errorf("example 1: %s requests billed, want 15,000,000", it.Quantity)
	}
	if it := item(api, "workers.standard.cpu_ms"); !it.Quantity.Equal(dec("105000000")) {
		t.Errorf("example 1: %s CPU ms, want 7 x 15M = 105,000,000", it.Quantity)
	}
	static := workersOf(priceIn(t, cat, model.Month{}, parse(t, "workers-static.yaml")))
	wantCost(t, "example 2", static, "5.00")
	if it := item(static, "workers.standard.requests"); !it.Quantity.Equal(dec("3000000")) {
		t.Errorf("example 2: %s Worker requests, want 3,000,000 (12M static are free)", it.Quantity)
	}
	if it := item(static, "workers.standard.cpu_ms"); !it.Quantity.Equal(dec("21000000")) {
		t.Errorf("example 2: %s CPU ms, want 3M x 14 ms x 50%% = 21,000,000", it.Quantity)
	}
}

// TestPlainAPI prices a plain API by hand: 40M requests of 120 ms at the default CPU share,
// all of the duration: 40M x 120 = 4,800,000,000 CPU ms. $5 + (40M - 10M) x $0.30/M = $9.00
// requests + (4,800M - 30M) x $0.02/M = $95.40 CPU: $109.40. Stating cpu_ms 3 instead:
// 120M CPU ms, (120M - 30M) x $0.02/M = $1.80: $15.80. Workers bill CPU, not duration.
func TestPlainAPI(t *testing.T) {
	cat := catalog(t)
	w := model.Workload{Name: "api", Region: "us-east-1", Traffic: model.Traffic{RequestsPerMonth: 40_000_000},
		Function: model.Function{DurationMs: dec("120"), MemoryMB: 128}}
	e := workersOf(priceIn(t, cat, model.Month{}, w))
	wantCost(t, "default share", e, "109.40")
	if !strings.Contains(e.Summary, "120 ms CPU a request (100% of function.duration_ms)") || !strings.Contains(e.Summary, "global") {
		t.Errorf("summary %q: want the CPU time, its origin and the region", e.Summary)
	}
	w.SetSettings(ID, Config{Region: "global", CPUMs: dec("3"), CPUPercentOfDuration: defaultCPUPercent, CPULimitMs: defaultCPULimitMs})
	wantCost(t, "cpu_ms 3", workersOf(priceIn(t, cat, model.Month{}, w)), "15.80")
}

// TestCPULimits: a request's CPU time above the configured limit (default 30 s; at most 5
// minutes) makes Workers infeasible, with the limit and its source named; a raised limit runs
// it; a limit set above 5 minutes (in code: the file's spec refuses it) is not one a request
// can have. The CPU time from the default
// share of a long duration breaks it the same way, as a break-even moving duration_ms does.
func TestCPULimits(t *testing.T) {
	cat := catalog(t)
	w := model.Workload{Name: "heavy", Region: "us-east-1", Traffic: model.Traffic{RequestsPerMonth: 1000},
		Function: model.Function{DurationMs: dec("31000"), MemoryMB: 128}}
	e := workersOf(priceIn(t, cat, model.Month{}, w))
	if e.Feasible || len(e.Reasons) != 1 || !strings.Contains(e.Reasons[0], "CPU time per invocation") || !strings.Contains(e.Reasons[0], limitsPage) {
		t.Errorf("31 s of CPU at the 30 s default: feasible %v, reasons %q; want the limit and its source", e.Feasible, e.Reasons)
	}
	w.SetSettings(ID, Config{Region: "global", CPUPercentOfDuration: defaultCPUPercent, CPULimitMs: 300_000})
	// 1,000 x 31,000 = 31M CPU ms: 1M over the included 30M, $0.02; $5.02.
	wantCost(t, "limit raised to 5 minutes", workersOf(priceIn(t, cat, model.Month{}, w)), "5.02")
	w.SetSettings(ID, Config{Region: "global", CPUPercentOfDuration: defaultCPUPercent, CPULimitMs: 600_000})
	if e := workersOf(priceIn(t, cat, model.Month{}, w)); e.Feasible || !strings.Contains(strings.Join(e.Reasons, " "), "CPU limit setting") {
		t.Errorf("a 10-minute limit on requests: feasible %v, reasons %q", e.Feasible, e.Reasons)
	}
}

// TestMemoryAbove128MBWarns: the isolate has 128 MB; a function.memory_mb of 1,536 is a
// warning naming the key, not a limit broken (the Lambda setting is not the memory used).
func TestMemoryAbove128MBWarns(t *testing.T) {
	e := workersOf(priceIn(t, catalog(t), model.Month{}, parse(t, "workers-static.yaml")))
	if !e.Feasible || len(e.Warnings) != 1 || !strings.Contains(e.Warnings[0], "function.memory_mb is 1,536 MB, above the 128 MB") {
		t.Errorf("feasible %v, warnings %q", e.Feasible, e.Warnings)
	}
	if e := workersOf(priceIn(t, catalog(t), model.Month{}, parse(t, "workers-api.yaml"))); len(e.Warnings) != 0 {
		t.Errorf("128 MB: warnings %q, want none", e.Warnings)
	}
}
