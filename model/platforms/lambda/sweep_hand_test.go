package lambda

import (
	"fmt"
	"math/big"
	"math/rand"
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/shopspring/decimal"
)

// flatPaid is testdata/sweep/flat-paid.yaml: 1,000,000 flat requests, 200 ms at 1,024 MB,
// half of it CPU, no free tier, init 100 ms.
func flatPaid() model.Workload {
	w := mobileBackend()
	w.Traffic = model.Traffic{RequestsPerMonth: 1000000}
	w.Function = model.Function{DurationMs: dec("200"), MemoryMB: 1024}
	model.EditSettings(&w, model.PlatformLambda, func(c *model.LambdaConfig) { c.FreeTier = false })
	model.EditSettings(&w, model.PlatformLambda, func(c *model.LambdaConfig) { c.ColdStart.InitMs = dec("100") })
	w.Tuning = model.Tuning{CPUBoundPercent: decimal.NewNullDecimal(dec("50"))}
	return w
}

func TestSweepByHand(t *testing.T) {
	res := model.Sweep(flatPaid(), catalog(t), model.SweepOptions{})
	// Worked in testdata/sweep/flat-paid.yaml: 182 cold starts of 100 ms at either size.
	// 1,024 MB x86_64: 1,000,000 x $0.0000002 + (1,000,000 x 200 + 182 x 100) / 1,000 GB-s
	//   x $0.0000166667 = $0.20 + 200,018.2 x $0.0000166667 = $3.53364333394
	// 2,048 MB x86_64: 157.885811 ms billed 158: 2 x 158,018.2 = 316,036.4 GB-s:
	//   $0.20 + $5.26728386788 = $5.46728386788
	// 1,024 MB arm64: $0.20 + 200,018.2 x $0.0000133334 = $2.86692266788
	for _, c := range []struct {
		arch     model.Architecture
		mb       int64
		duration string
		billed   int64
		cost     string
	}{
		{model.X86_64, 1024, "200", 200, "3.53364333394"},
		{model.X86_64, 2048, "157.885811", 158, "5.46728386788"},
		{model.ARM64, 1024, "200", 200, "2.86692266788"},
	} {
		row, ok := res.Row(c.arch, c.mb)
		if !ok || !row.Feasible || !row.DurationMs.Equal(dec(c.duration)) || row.BilledMs != c.billed || !row.MonthlyCost.Equal(dec(c.cost)) {
			t.Errorf("%s %d MB: %+v, want %s ms billed %d, $%s", c.arch, c.mb, row, c.duration, c.billed, c.cost)
		}
	}
	if res.Current.MemoryMB != 1024 || res.Current.Architecture != model.X86_64 || !res.Current.MonthlyCost.Equal(dec("3.53364333394")) {
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
	res := model.Sweep(w, cat, model.SweepOptions{Architectures: []model.Architecture{model.X86_64}, Sizes: []int64{512}})
	if len(res.Architectures) != 1 || res.Architectures[0].Architecture != model.X86_64 {
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
	if all := model.Sweep(w, cat, model.SweepOptions{AllSizes: true}); len(all.Shown) != 10113 {
		t.Errorf("all sizes: %d shown", len(all.Shown))
	}

	only := model.Workload{Name: "cron", Region: "us-east-1", SchedulesOnly: true,
		Schedules: []model.Schedule{{Name: "nightly", Cron: "0 2 * * *", DurationMs: dec("1000"), MemoryMB: 128, Parallel: 1}}}
	if s := model.Sweep(only, cat, model.SweepOptions{}); !strings.HasPrefix(s.Skipped, "nothing to sweep") || len(s.Architectures) != 0 {
		t.Errorf("schedules only: %+v", s)
	}

	// A function past Lambda's limits now is infeasible as it stands, with the sweep's
	// sizes still priced.
	big := flatPaid()
	big.Function.MemoryMB = 20000
	res = model.Sweep(big, cat, model.SweepOptions{})
	if res.Current.Feasible || len(res.Current.Reasons) == 0 || len(res.Optima) != 3 || !res.Optima[0].MonthlySaving.IsZero() {
		t.Errorf("current beyond 10,240 MB: %+v, optima %d", res.Current, len(res.Optima))
	}
}

// TestPicksFollowPowerTuning checks the three strategies on rows worked by hand, ties
// included.
func TestPicksFollowPowerTuning(t *testing.T) {
	row := func(mb int64, arch model.Architecture, ms, cost string) model.SweepRow {
		return model.SweepRow{Architecture: arch, MemoryMB: mb, DurationMs: dec(ms), MonthlyCost: dec(cost), Feasible: true}
	}
	rows := []model.SweepRow{
		row(128, model.X86_64, "800", "2"),
		row(512, model.X86_64, "200", "2"),  // as cheap as 128, faster: the cost pick
		row(1024, model.X86_64, "100", "4"), // balanced: 0.5 x 4/8 + 0.5 x 100/800 = 0.3125
		row(2048, model.X86_64, "50", "8"),  // fastest: 0.5 + 0.03125 = 0.53125
		row(2048, model.ARM64, "50", "8"),   // as fast and as dear: the first listed wins
	}
	// 128: 0.5 x 2/8 + 0.5 x 800/800 = 0.625; 512: 0.125 + 0.125 = 0.25 -> balanced is 512.
	// The rows as one list and as two architectures' lists pick the same, ties included.
	for _, groups := range [][][]model.SweepRow{{rows}, {rows[:4], rows[4:]}} {
		got := picks(groups, dec("0.5"))
		for i, mb := range []int64{512, 2048, 512} {
			if got[i].Row.MemoryMB != mb || got[i].Row.Architecture != model.X86_64 {
				t.Errorf("%d groups, %s: %d MB %s, want %d MB x86_64", len(groups), got[i].Strategy, got[i].Row.MemoryMB, got[i].Row.Architecture, mb)
			}
		}
		// Weight 1 is the cost strategy, 0 the speed one: 128 and 512 MB tie at 2/8, and the
		// tie goes to the faster, 512 MB (analyzer.js's stable sort would keep 128 MB, as
		// cheap and four times slower); 2,048 MB ties on both architectures (the first listed).
		if p := picks(groups, dec("1")); p[2].Row.MemoryMB != 512 {
			t.Errorf("weight 1: %d MB, want 512 (as cheap as 128 MB, faster)", p[2].Row.MemoryMB)
		}
		if p := picks(groups, dec("0")); p[2].Row.MemoryMB != 2048 || p[2].Row.Architecture != model.X86_64 {
			t.Errorf("weight 0: %d MB %s", p[2].Row.MemoryMB, p[2].Row.Architecture)
		}
	}
}

// TestPicksBalancedUnderFreeTier works the balanced pick by hand where the free tier makes
// costs zero or flat. Before, with every cost $0.00, the value multiplied through by
// maxCost was 0 for every row and the first, 128 MB at 450 ms, won: the slowest size, shown
// as "as now".
func TestPicksBalancedUnderFreeTier(t *testing.T) {
	row := func(mb int64, arch model.Architecture, ms, cost string) model.SweepRow {
		return model.SweepRow{Architecture: arch, MemoryMB: mb, DurationMs: dec(ms), MonthlyCost: dec(cost), Feasible: true}
	}
	for _, c := range []struct {
		name   string
		rows   []model.SweepRow
		weight string
		want   int64
		why    string
	}{
		{"every size free", []model.SweepRow{
			row(128, model.X86_64, "450", "0"), row(256, model.X86_64, "300", "0"), row(512, model.X86_64, "225", "0"),
			row(1769, model.X86_64, "171.7", "0"), row(2048, model.X86_64, "171.7", "0"), row(1769, model.ARM64, "171.7", "0"),
		}, "0.5", 1769, "no size costs more: the cost term is 0, the duration decides; 1,769 MB x86_64 is the first at 171.7 ms"},
		{"every size free, weight 1", []model.SweepRow{
			row(128, model.X86_64, "450", "0"), row(1024, model.X86_64, "187.5", "0"), row(1769, model.X86_64, "171.7", "0"),
		}, "1", 1769, "every value is 0: the tie goes to the fastest"},
		// maxCost $3, maxDuration 780 ms: 128 MB 0.5 x 0/3 + 0.5 x 780/780 = 0.5; 1,024 MB
		// 0 + 0.5 x 150/780 = 0.0962; 2,048 MB 0.5 x 3/3 + 0.5 x 112/780 = 0.5718.
		{"free up to 1,024 MB", []model.SweepRow{
			row(128, model.X86_64, "780", "0"), row(1024, model.X86_64, "150", "0"), row(2048, model.X86_64, "112", "3"),
		}, "0.5", 1024, "0.0962 against 0.5 and 0.5718"},
		// Every size $5 (what surrounds the function, the function itself free): cost / maxCost
		// is 1 for each, so 0.5 + 0.5 x duration / 450: the fastest.
		{"flat", []model.SweepRow{
			row(128, model.X86_64, "450", "5"), row(512, model.X86_64, "225", "5"), row(1769, model.X86_64, "171.7", "5"),
		}, "0.5", 1769, "0.5 + 0.5 x 171.7/450 = 0.6908 is the least"},
		{"flat, weight 1", []model.SweepRow{
			row(128, model.X86_64, "450", "5"), row(512, model.X86_64, "225", "5"), row(1769, model.X86_64, "171.7", "5"),
		}, "1", 1769, "every value is 1: the tie goes to the fastest"},
	} {
		p := picks([][]model.SweepRow{c.rows}, dec(c.weight))
		if got := p[2].Row; got.MemoryMB != c.want || got.Architecture != model.X86_64 {
			t.Errorf("%s: balanced %d MB %s, want %d MB x86_64 (%s)", c.name, got.MemoryMB, got.Architecture, c.want, c.why)
		}
	}
}

// TestSweepBalancedUnderFreeTier sweeps a workload the free tier covers at every size:
// 50,000 requests a month at 300 ms and 256 MB, half of it CPU. The most it uses is at 10,240
// MB: 50,000 x 171.707179 ms (150 ms of I/O + 150 x 256 / 1,769 = 21.707179 of CPU) x 10 GB = 85,853.6
// GB-s with its cold starts' INIT still far below 400,000 GB-s, and 50,000 requests below
// 1,000,000: every size costs $0. The balanced pick is then the fastest, 1,769 MB x86_64 at
// 171.707179 ms (the first size at that duration), not 128 MB at 450 ms.
func TestSweepBalancedUnderFreeTier(t *testing.T) {
	w := mobileBackend()
	w.Traffic = model.Traffic{RequestsPerMonth: 50000}
	w.Function = model.Function{DurationMs: dec("300"), MemoryMB: 256}
	res := model.Sweep(w, catalog(t), model.SweepOptions{})
	for _, s := range res.Architectures {
		for _, r := range s.Rows {
			if !r.MonthlyCost.IsZero() {
				t.Fatalf("%d MB %s costs %s: the free tier should cover every size", r.MemoryMB, r.Architecture, r.MonthlyCost)
			}
		}
	}
	for _, p := range res.Optima {
		if p.Strategy == model.StrategyBalanced && (p.Row.MemoryMB != 1769 || p.Row.Architecture != model.X86_64 || !p.Row.DurationMs.Equal(dec("171.707179"))) {
			t.Errorf("balanced: %d MB %s %s ms, want 1769 MB x86_64 171.707179 ms", p.Row.MemoryMB, p.Row.Architecture, p.Row.DurationMs)
		}
	}
}

// TestSweepDurationsMatchAt: every size's duration, worked out a stretch at a time in
// 128-bit integers, is durationModel.at's decimal, for one point and the default CPU share,
// measured points on both sides of the CPU limit, several threads, an arm64 curve scaled
// from x86_64 and one scaled the other way, and durations of many decimal places.
func TestSweepDurationsMatchAt(t *testing.T) {
	one := mobileBackend()
	measured := mobileBackend()
	model.EditSettings(&measured, model.PlatformLambda, func(c *model.LambdaConfig) { c.Architecture = model.ARM64 })
	measured.Tuning = model.Tuning{Threads: 3, Measured: []model.MeasuredDuration{
		{MemoryMB: 256, DurationMs: dec("1999.123457")}, {MemoryMB: 700, DurationMs: dec("650.5")},
		{MemoryMB: 3008, DurationMs: dec("95.5"), Architecture: model.X86_64}, {MemoryMB: 8000, DurationMs: dec("90.25")}}}
	scaled := flatPaid()
	scaled.Function.DurationMs = dec("333.333333333")
	scaled.Tuning = model.Tuning{CPUBoundPercent: decimal.NewNullDecimal(dec("87.5")), Threads: 6, ARM64DurationPercent: dec("81.3")}
	slow := mobileBackend()
	slow.Function.DurationMs = dec("850000")
	for name, w := range map[string]model.Workload{"one point": one, "measured": measured, "scaled": scaled, "slow": slow} {
		dm := newDurationModel(w)
		for _, a := range []model.Architecture{model.X86_64, model.ARM64} {
			flat := dm.constantFrom(a)
			got := sweepDurations(dm, a, flat)
			if want := min(flat, 10240) - 127; int64(len(got)) != want {
				t.Fatalf("%s %s: %d durations, want %d", name, a, len(got), want)
			}
			for i, d := range got {
				m := int64(128 + i)
				want := dm.at(m, a)
				if !d.ms.Equal(want) || !d.micros.Valid() || !d.micros.Decimal(-durationPlaces).Equal(want) || d.billedMs != billedMs(want) {
					t.Fatalf("%s %s %d MB: %s (%s micros, billed %d), at gives %s", name, a, m, d.ms, d.micros.Decimal(0), d.billedMs, want)
				}
			}
		}
	}
}

// TestU256MatchesBigInt: the balanced values' 256-bit products and sums are math/big's.
func TestU256MatchesBigInt(t *testing.T) {
	rng := rand.New(rand.NewSource(256))
	big128 := func() (uint128, *big.Int) {
		x := uint128{lo: rng.Uint64()}
		if rng.Intn(2) == 0 {
			x.hi = rng.Uint64() >> uint(rng.Intn(64))
		}
		v := new(big.Int).Lsh(new(big.Int).SetUint64(x.hi), 64)
		return x, v.Or(v, new(big.Int).SetUint64(x.lo))
	}
	toBig := func(x u256) *big.Int {
		v := new(big.Int)
		for i := 3; i >= 0; i-- {
			v.Lsh(v, 64).Or(v, new(big.Int).SetUint64(x[i]))
		}
		return v
	}
	limit := new(big.Int).Lsh(big.NewInt(1), 256)
	for range 10000 {
		a, ab := big128()
		b, bb := big128()
		c, cb := big128()
		d, db := big128()
		p, q := a.times(b), c.times(d)
		if toBig(p).Cmp(new(big.Int).Mul(ab, bb)) != 0 || toBig(q).Cmp(new(big.Int).Mul(cb, db)) != 0 {
			t.Fatalf("%s x %s = %s", ab, bb, toBig(p))
		}
		sum, over := p.plus(q)
		want := new(big.Int).Add(toBig(p), toBig(q))
		if over != (want.Cmp(limit) >= 0) || !over && toBig(sum).Cmp(want) != 0 {
			t.Fatalf("%s + %s = %s (overflow %v)", toBig(p), toBig(q), toBig(sum), over)
		}
		if got, want := p.cmp(q), toBig(p).Cmp(toBig(q)); got != want {
			t.Fatalf("cmp %d, want %d", got, want)
		}
	}
}

// TestKeyedPicksMatchPicks: the picks made on integer keys are picks' on the decimals, for
// each architecture and over both, at weights that favour cost, speed or neither, and with
// the least memory set, on workloads whose costs tie (all in the free tier) or do not.
func TestKeyedPicksMatchPicks(t *testing.T) {
	cat := catalog(t)
	free := mobileBackend()
	free.Traffic.RequestsPerMonth = 100000 // every size in the free tier: every cost ties
	provisioned := mobileBackend()
	provisioned.Traffic.Shape = model.Shape{Kind: model.Diurnal, PeakToAverage: dec("2.5"), PeakHour: 14}
	model.EditSettings(&provisioned, model.PlatformLambda, func(c *model.LambdaConfig) { c.ProvisionedConcurrency = 2 })
	provisioned.Tuning.Measured = []model.MeasuredDuration{{MemoryMB: 512, DurationMs: dec("400")}, {MemoryMB: 3008, DurationMs: dec("95.5"), Architecture: model.ARM64}}
	for name, w := range map[string]model.Workload{"mobile": mobileBackend(), "paid": flatPaid(), "free": free, "provisioned": provisioned, "pipeline": orderPipeline()} {
		dm := newDurationModel(w)
		var swept []archSweep
		for _, a := range []model.Architecture{model.X86_64, model.ARM64} {
			swept = append(swept, sweepArchitecture(w, a, dm, cat, model.StandardMonth()))
		}
		if !alignKeys(swept) {
			t.Fatalf("%s: keys not exact", name)
		}
		for _, weight := range []string{"0", "0.37", "0.5", "1"} {
			for _, minMB := range []int64{128, 2000} {
				perArch, all, ok := keyedPicks(swept, minMB, dec(weight))
				if !ok {
					t.Fatalf("%s: keyed picks do not fit", name)
				}
				var cands [][]model.SweepRow
				for i, s := range swept {
					cands = append(cands, candidates(s.rows, minMB))
					checkPicks(t, fmt.Sprintf("%s weight %s from %d MB, %s", name, weight, minMB, s.rows[0].Architecture), perArch[i], picks(cands[i:i+1], dec(weight)))
				}
				checkPicks(t, fmt.Sprintf("%s weight %s from %d MB", name, weight, minMB), all, picks(cands, dec(weight)))
			}
		}
	}
}

func checkPicks(t *testing.T, what string, got, want []model.SweepPick) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d picks, want %d", what, len(got), len(want))
	}
	for i := range want {
		g, w := got[i], want[i]
		if g.Strategy != w.Strategy || g.Row.Architecture != w.Row.Architecture || g.Row.MemoryMB != w.Row.MemoryMB {
			t.Errorf("%s: %s %s %d MB, picks %s %s %d MB", what, g.Strategy, g.Row.Architecture, g.Row.MemoryMB, w.Strategy, w.Row.Architecture, w.Row.MemoryMB)
		}
	}
}
