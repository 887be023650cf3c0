package report

import (
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/analysis"
	"github.com/breakeven/breakeven/pricing"
	"github.com/breakeven/breakeven/workloads"
	"github.com/shopspring/decimal"
)

// TestMemoryAdviceCheckoutByHand: checkout-provisioned's top recommendation was "Set Lambda
// memory to 128 MB (now 2048 MB)", 1,852.5 ms against 250 ms. By hand: 250 ms at 2,048 MB
// x86_64, half of it CPU (the default), single-threaded, so the CPU part, 125 ms, is at
// 1,769 MB's one vCPU: d(m) = 125 + 125 x 1,769 / m below 1,769 MB. At most 10% slower is
// 275 ms: 221,125 / m <= 150, m >= 1,474.2, so 1,475 MB at 125 + 221,125 / 1,475 =
// 274.915254 ms (billed 275). Every part of the bill grows with memory from there (billed
// ms x MB: 275 x 1,475 = 405,625; the first size billed 274 ms is 1,485 MB, 406,890;
// provisioned concurrency is memory x time), so 1,475 MB is the advice. What it saves, line
// by line (the GB-seconds of 2,048 MB less those of 1,475 MB = 1.4404296875 GB):
//
//   - provisioned concurrency, 10 environments x 454 hours enabled (8:00-23:00 New York in
//     the 730-hour month) x 3,600 s x (2 - 1.4404296875) GB = 9,145,617.1875 GB-s x
//     $0.0000041667 = $38.10704313515625;
//   - the 2,043,312 requests it absorbs (the model's hour by hour split) x (0.25 s x 2 GB -
//     0.275 s x 1.4404296875 GB) x $0.0000097222 = $2.063663357588671875;
//   - on demand, the other 456,688 requests likewise, and INIT: 146 cold starts x 0.24 s x 2
//     GB against 154 x 0.24 s x 1.4404296875 GB (the cold-start estimate at each duration),
//     x $0.0000166667 = $0.7909754087705703125;
//
// $40.9616819015154921875 a month in all.
func TestMemoryAdviceCheckoutByHand(t *testing.T) {
	cat, err := pricing.Load()
	if err != nil {
		t.Fatal(err)
	}
	var w model.Workload
	for _, e := range workloads.Examples() {
		if e.Name == "checkout-provisioned" {
			w = e
		}
	}
	res := analysis.Compare([]model.Workload{w}, cat, analysis.CompareOptions{})
	var memory *analysis.Recommendation
	for i, r := range res.Comparisons[0].Recommendations {
		if r.Finding == analysis.FindMemory {
			memory = &res.Comparisons[0].Recommendations[i]
		}
	}
	if memory == nil {
		t.Fatal("no memory recommendation")
	}
	action := "Set Lambda memory to 1,475 MB (now 2,048 MB; 274.9 ms instead of 250 ms, 9.97% slower)"
	if memory.Action != action {
		t.Errorf("action %q, want %q", memory.Action, action)
	}
	d := decimal.RequireFromString
	if !memory.DurationNowMs.Equal(d("250")) || !memory.DurationAfterMs.Equal(d("274.915254")) || !memory.MonthlySaving.Equal(d("40.9616819015154921875")) {
		t.Errorf("durations %s -> %s ms, saving %s; want 250 -> 274.915254, $40.9616819015154921875", memory.DurationNowMs, memory.DurationAfterMs, memory.MonthlySaving)
	}
	// Every format states the durations; the sweep's own cheapest size stays as information.
	for _, f := range []Format{Table, Markdown, JSON, CSV} {
		var b strings.Builder
		if err := WriteComparison(&b, res, f); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		want := []string{"274.9 ms instead of 250 ms, 9.97% slower", "the cost-optimal size, 128 MB, would cost $15.38 a month but runs 1,852.5 ms instead of 250 ms, 641.02% slower: left out, beyond 10% slower"}
		switch f {
		case JSON:
			want = append(want, `"duration_now_ms": "250"`, `"duration_after_ms": "274.915254"`)
		case CSV:
			want = []string{",memory,40.9616819015154921875", ",lambda,duration_now_ms,250", ",lambda,duration_after_ms,274.915254"}
		}
		for _, s := range want {
			if !contains(out, s) {
				t.Errorf("%s lacks %q", f, s)
			}
		}
	}
}
