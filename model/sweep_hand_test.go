package model

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

// flatPaid is testdata/sweep/flat-paid.yaml: 1,000,000 flat requests, 200 ms at 1,024 MB,
// half of it CPU, no free tier, init 100 ms.
func flatPaid() Workload {
	w := mobileBackend()
	w.Traffic = Traffic{RequestsPerMonth: 1000000}
	w.Function = Function{DurationMs: dec("200"), MemoryMB: 1024}
	w.Lambda.FreeTier = false
	w.Lambda.ColdStart.InitMs = dec("100")
	w.Tuning = Tuning{CPUBoundPercent: decimal.NewNullDecimal(dec("50"))}
	return w
}

func TestSweepByHand(t *testing.T) {
	res := Sweep(flatPaid(), catalog(t), SweepOptions{})
	// Worked in testdata/sweep/flat-paid.yaml: 182 cold starts of 100 ms at either size.
	// 1,024 MB x86_64: 1,000,000 x $0.0000002 + (1,000,000 x 200 + 182 x 100) / 1,000 GB-s
	//   x $0.0000166667 = $0.20 + 200,018.2 x $0.0000166667 = $3.53364333394
	// 2,048 MB x86_64: 157.885811 ms billed 158: 2 x 158,018.2 = 316,036.4 GB-s:
	//   $0.20 + $5.26728386788 = $5.46728386788
	// 1,024 MB arm64: $0.20 + 200,018.2 x $0.0000133334 = $2.86692266788
	for _, c := range []struct {
		arch     Architecture
		mb       int64
		duration string
		billed   int64
		cost     string
	}{
		{X86_64, 1024, "200", 200, "3.53364333394"},
		{X86_64, 2048, "157.885811", 158, "5.46728386788"},
		{ARM64, 1024, "200", 200, "2.86692266788"},
	} {
		row, ok := res.Row(c.arch, c.mb)
		if !ok || !row.Feasible || !row.DurationMs.Equal(dec(c.duration)) || row.BilledMs != c.billed || !row.MonthlyCost.Equal(dec(c.cost)) {
			t.Errorf("%s %d MB: %+v, want %s ms billed %d, $%s", c.arch, c.mb, row, c.duration, c.billed, c.cost)
		}
	}
	if res.Current.MemoryMB != 1024 || res.Current.Architecture != X86_64 || !res.Current.MonthlyCost.Equal(dec("3.53364333394")) {
		t.Errorf("current %+v", res.Current)
	}
	// Every saving is the current cost less the pick's.
	for _, p := range res.Optima {
		if !p.MonthlySaving.Equal(dec("3.53364333394").Sub(p.Row.MonthlyCost)) {
			t.Errorf("%s: saving %s", p.Strategy, p.MonthlySaving)
		}
	}
	// Shown: the default list, the current size and the optima, ascending, once each.
	for i := 1; i < len(res.Shown); i++ {
		if res.Shown[i] <= res.Shown[i-1] {
			t.Fatalf("shown %v", res.Shown)
		}
	}
}

func TestSweepOptions(t *testing.T) {
	cat := catalog(t)
	w := flatPaid()
	w.Tuning.MinMemoryMB = 1024
	res := Sweep(w, cat, SweepOptions{Architectures: []Architecture{X86_64}, Sizes: []int64{512}})
	if len(res.Architectures) != 1 || res.Architectures[0].Architecture != X86_64 {
		t.Fatalf("architectures %+v", res.Architectures)
	}
	// Below min_memory_mb nothing is a candidate: the cheapest is then 1,024 MB (cost rises
	// with memory from there: the duration falls slower than memory grows).
	if p := res.Optima[0]; p.Row.MemoryMB != 1024 || !p.MonthlySaving.IsZero() {
		t.Errorf("cost optimum %d MB saving %s", p.Row.MemoryMB, p.MonthlySaving)
	}
	if res.Shown[0] != 512 || res.Shown[1] != 1024 {
		t.Errorf("shown %v", res.Shown)
	}
	if all := Sweep(w, cat, SweepOptions{AllSizes: true}); len(all.Shown) != 10113 {
		t.Errorf("all sizes: %d shown", len(all.Shown))
	}

	only := Workload{Name: "cron", Region: "us-east-1", SchedulesOnly: true,
		Schedules: []Schedule{{Name: "nightly", Cron: "0 2 * * *", DurationMs: dec("1000"), MemoryMB: 128, Parallel: 1}}}
	if s := Sweep(only, cat, SweepOptions{}); !strings.HasPrefix(s.Skipped, "nothing to sweep") || len(s.Architectures) != 0 {
		t.Errorf("schedules only: %+v", s)
	}

	// A function past Lambda's limits now is infeasible as it stands, with the sweep's
	// sizes still priced.
	big := flatPaid()
	big.Function.MemoryMB = 20000
	res = Sweep(big, cat, SweepOptions{})
	if res.Current.Feasible || len(res.Current.Reasons) == 0 || len(res.Optima) != 3 || !res.Optima[0].MonthlySaving.IsZero() {
		t.Errorf("current beyond 10,240 MB: %+v, optima %d", res.Current, len(res.Optima))
	}
}

// TestPicksFollowPowerTuning checks the three strategies on rows worked by hand, ties
// included.
func TestPicksFollowPowerTuning(t *testing.T) {
	row := func(mb int64, arch Architecture, ms, cost string) SweepRow {
		return SweepRow{Architecture: arch, MemoryMB: mb, DurationMs: dec(ms), MonthlyCost: dec(cost), Feasible: true}
	}
	rows := []SweepRow{
		row(128, X86_64, "800", "2"),
		row(512, X86_64, "200", "2"),  // as cheap as 128, faster: the cost pick
		row(1024, X86_64, "100", "4"), // balanced: 0.5 x 4/8 + 0.5 x 100/800 = 0.3125
		row(2048, X86_64, "50", "8"),  // fastest: 0.5 + 0.03125 = 0.53125
		row(2048, ARM64, "50", "8"),   // as fast and as dear: the first listed wins
	}
	// 128: 0.5 x 2/8 + 0.5 x 800/800 = 0.625; 512: 0.125 + 0.125 = 0.25 -> balanced is 512.
	// The rows as one list and as two architectures' lists pick the same, ties included.
	for _, groups := range [][][]SweepRow{{rows}, {rows[:4], rows[4:]}} {
		got := picks(groups, dec("0.5"))
		for i, mb := range []int64{512, 2048, 512} {
			if got[i].Row.MemoryMB != mb || got[i].Row.Architecture != X86_64 {
				t.Errorf("%d groups, %s: %d MB %s, want %d MB x86_64", len(groups), got[i].Strategy, got[i].Row.MemoryMB, got[i].Row.Architecture, mb)
			}
		}
		// Weight 1 is the cost strategy, 0 the speed one (ties: the first listed).
		if p := picks(groups, dec("1")); p[2].Row.MemoryMB != 128 {
			t.Errorf("weight 1: %d MB (the first of the cheapest: analyzer.js's sort is stable)", p[2].Row.MemoryMB)
		}
		if p := picks(groups, dec("0")); p[2].Row.MemoryMB != 2048 || p[2].Row.Architecture != X86_64 {
			t.Errorf("weight 0: %d MB %s", p[2].Row.MemoryMB, p[2].Row.Architecture)
		}
	}
}
