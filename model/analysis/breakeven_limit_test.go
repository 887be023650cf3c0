package analysis

import (
	"slices"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// TestBreakEvenSaysWhereAPlatformStops: the duration and memory searches of flat-api scan
// one value a decade (duration 1, 10, ..., 10,000, 91,594, 900,000 ms; memory 128, 1,145,
// 10,240 MB), but say where each platform stops exactly, at the limits the providers publish:
//   - Workers: 30,000 ms of CPU time an invocation by default (Cloudflare, Workers limits:
//     https://developers.cloudflare.com/workers/platform/limits/), so from 30,001 ms, not
//     from the next value scanned, 91,594;
//   - Azure Functions Consumption: a 10-minute functionTimeout, 600,000 ms
//     (https://learn.microsoft.com/azure/azure-functions/functions-scale#timeout), and 1.5 GB
//     an instance, 1,536 MB.
//
// Each is checked on both sides by pricing the platform alone.
func TestBreakEvenSaysWhereAPlatformStops(t *testing.T) {
	cat := catalog(t)
	month := model.StandardMonth()
	w := flatAPI()
	workers, azure := model.Platform("workers"), model.Platform("azurefunctions")
	cases := []struct {
		v        Variable
		p        model.Platform
		runs     int64
		text     string
		withSize func(n int64) model.Workload
	}{
		{VaryDuration, workers, pricing.WorkersDefaultCPULimitMs,
			"workers cannot run at duration_ms from 30,001 (it runs at 30,000) to 900,000 (of the values scanned)",
			func(n int64) model.Workload { v := w; v.Function.DurationMs = decimal.NewFromInt(n); return v }},
		{VaryDuration, azure, 600000,
			"azurefunctions cannot run at duration_ms from 600,001 (it runs at 600,000) to 900,000 (of the values scanned)",
			func(n int64) model.Workload { v := w; v.Function.DurationMs = decimal.NewFromInt(n); return v }},
		{VaryMemory, azure, pricing.ConsumptionMaxMemoryMB,
			"azurefunctions cannot run at memory_mb from 1,537 (it runs at 1,536) to 10,240 (of the values scanned)",
			func(n int64) model.Workload { v := w; v.Function.MemoryMB = n; return v }},
	}
	evens := map[Variable][]BreakEven{}
	for _, c := range cases {
		if !slices.Contains(model.Platforms, c.p) {
			t.Fatalf("%s is not registered", c.p)
		}
		if evens[c.v] == nil {
			evens[c.v], _ = breakEvensOf(w, c.v, cat, month, 2)
		}
		said := 0
		for _, b := range evens[c.v] {
			if b.A != c.p && b.B != c.p {
				continue
			}
			if !slices.Contains(b.Infeasible, c.text) {
				t.Errorf("%s-%s %s: %q lacks %q", b.A, b.B, c.v, b.Infeasible, c.text)
			}
			said++
		}
		if said != len(model.Platforms)-1 {
			t.Errorf("%s %s: said by %d pairs, want %d", c.p, c.v, said, len(model.Platforms)-1)
		}
		if e := billOn(c.withSize(c.runs), cat, month, c.p); !e.Feasible {
			t.Errorf("%s cannot run at %s %d: %v", c.p, c.v, c.runs, e.Reasons)
		}
		if e := billOn(c.withSize(c.runs+1), cat, month, c.p); e.Feasible || len(e.Reasons) == 0 {
			t.Errorf("%s runs at %s %d, above its published limit", c.p, c.v, c.runs+1)
		}
	}
}
