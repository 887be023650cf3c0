package lambda

import (
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/demand"
)

// hoursOf is a month of hours hours, each with n requests.
func hoursOf(hours int, n int64) []int64 {
	s := make([]int64, hours)
	for i := range s {
		s[i] = n
	}
	return s
}

// noLifetime switches lifetime recycling off, to isolate the other causes.
const noLifetime = 1 << 40

func TestColdStartsSteadyTrafficHasNoIdleColdStarts(t *testing.T) {
	// 3,600 requests an hour of 100 ms: mean concurrency 0.1, so one environment (Poisson(0.1):
	// P(0) = 0.905 < 0.99 <= P(<=1) = 0.995). A 5-minute keep-alive sees 300 requests on
	// average: a request is cold with probability exp(-300), nothing in a month. Lifetime
	// recycling replaces the one environment every 4 hours: 730 / 4 = 182.5, so 182.
	cs := EstimateColdStarts(ColdStartInput{Requests: hoursOf(730, 3600), BilledMs: dec("100")}, model.ColdStartConfig{Runtime: "nodejs22.x"})
	if cs.IdleRecycles != 0 || cs.ScaleUps != 0 || cs.LifetimeRecycles != 182 || cs.Total != 182 {
		t.Errorf("idle %d, scale-ups %d, lifetime %d, total %d; want 0, 0, 182, 182", cs.IdleRecycles, cs.ScaleUps, cs.LifetimeRecycles, cs.Total)
	}
	if cs.Requests != 2628000 || cs.Share > 0.0001 {
		t.Errorf("requests %d, share %g", cs.Requests, cs.Share)
	}
	// 0.007% of requests are cold: p50 and p99 stay warm.
	if cs.WithColdStarts.P99Ms != 100 || cs.WithColdStarts.P50Ms != 100 || cs.Warm.P99Ms != 100 {
		t.Errorf("latency %+v, warm %+v", cs.WithColdStarts, cs.Warm)
	}
}

func TestColdStartsEveryRequestColdWhenGapExceedsKeepAlive(t *testing.T) {
	// A schedule every 20 minutes: 3 requests an hour, 20 minutes apart, with a 5-minute
	// keep-alive: every one of the 2,190 requests is cold.
	in := ColdStartInput{Requests: hoursOf(730, 3), BilledMs: dec("200")}
	cs := EstimateColdStarts(in, model.ColdStartConfig{Runtime: "python3.13", Arrivals: model.ArrivalsEven, KeepAliveMinutes: 5})
	if cs.Total != 2190 || cs.IdleRecycles != 2190 || cs.Share != 1 {
		t.Errorf("total %d, idle %d, share %g; want 2190, 2190, 1", cs.Total, cs.IdleRecycles, cs.Share)
	}
	for h, c := range cs.PerHour.Values() {
		if c != 3 {
			t.Fatalf("hour %d: %d cold starts, want 3", h, c)
		}
	}
	// Every request pays init: 200 + 84 ms at p50 and p99.
	if cs.WithColdStarts.P50Ms != 284 || cs.WithColdStarts.P99Ms != 284 || cs.WithColdStarts.MeanMs != 284 {
		t.Errorf("latency %+v, want 284 ms", cs.WithColdStarts)
	}

	// The same rate as independent (Poisson) arrivals: a request is cold when none came in
	// the 5 minutes before it, exp(-3 x 5 / 60) = exp(-0.25) = 0.7788: 2,190 x 0.7788 =
	// 1,705.57, so 1,705 whole cold starts (lifetime recycling switched off).
	cs = EstimateColdStarts(in, model.ColdStartConfig{Runtime: "python3.13", KeepAliveMinutes: 5, MaxLifetimeHours: noLifetime})
	if want := int64(2190 * math.Exp(-0.25)); cs.Total != want || want != 1705 {
		t.Errorf("Poisson arrivals: total %d, want %d (1705)", cs.Total, want)
	}
}

func TestColdStartsScaleUpBetweenHours(t *testing.T) {
	// 1-second requests. 720 an hour: mean concurrency 0.2, Poisson p99 = 2 (P(<=1) = 0.9825,
	// P(<=2) = 0.9989). 5,400 an hour: mean 1.5, p99 = 5 (P(<=4) = 0.9814, P(<=5) = 0.9955).
	// Going from 2 to 5 environments adds 3 cold starts; going back down adds none.
	in := ColdStartInput{Requests: []int64{720, 5400}, BilledMs: dec("1000")}
	cfg := model.ColdStartConfig{Runtime: "python3.13", MaxLifetimeHours: noLifetime}
	cs := EstimateColdStarts(in, cfg)
	if !reflect.DeepEqual(cs.PerHour.Values(), []int64{0, 3}) || cs.ScaleUps != 3 || cs.Total != 3 || cs.PeakEnvironments != 5 {
		t.Errorf("per hour %v, scale-ups %d, total %d, peak %d; want [0 3], 3, 3, 5", cs.PerHour.Values(), cs.ScaleUps, cs.Total, cs.PeakEnvironments)
	}

	// Five provisioned environments cover the peak: no cold start is left.
	in.Provisioned = []int64{5, 5}
	pc := EstimateColdStarts(in, cfg)
	if pc.Total != 0 || pc.WithoutProvisioned != 3 || pc.RemovedByProvisioned != 3 {
		t.Errorf("with PC 5: total %d, without %d, removed %d; want 0, 3, 3", pc.Total, pc.WithoutProvisioned, pc.RemovedByProvisioned)
	}
	// Two provisioned environments do not: the on-demand pool still grows from 0 to 3.
	// (A schedule can even add cold starts: see TestColdStartsProvisionedScheduleEnd.)
	in.Provisioned = []int64{2, 2}
	pc = EstimateColdStarts(in, cfg)
	if pc.Total != 3 || pc.RemovedByProvisioned != 0 {
		t.Errorf("with PC 2: total %d, removed %d; want 3, 0", pc.Total, pc.RemovedByProvisioned)
	}
}

func TestColdStartsProvisionedScheduleEnd(t *testing.T) {
	// 3,600 requests an hour of 100 ms need one environment. With one provisioned
	// environment in the first hour only, the on-demand environment idles out during that
	// hour and the second hour starts it cold: one cold start the schedule adds.
	in := ColdStartInput{Requests: hoursOf(3, 3600), BilledMs: dec("100"), Provisioned: []int64{1}}
	cs := EstimateColdStarts(in, model.ColdStartConfig{Runtime: "go", MaxLifetimeHours: noLifetime})
	if !reflect.DeepEqual(cs.PerHour.Values(), []int64{0, 1, 0}) || cs.WithoutProvisioned != 0 || cs.RemovedByProvisioned != -1 {
		t.Errorf("per hour %v, without %d, removed %d; want [0 1 0], 0, -1", cs.PerHour.Values(), cs.WithoutProvisioned, cs.RemovedByProvisioned)
	}
}

func TestColdStartsBilledInitGBSecondsExact(t *testing.T) {
	// 2,190 cold starts (every request of the 20-minute schedule) at 1,536 MB.
	in := ColdStartInput{Requests: hoursOf(730, 3), BilledMs: dec("200")}
	cfg := model.ColdStartConfig{Runtime: "python3.13", Architecture: model.ARM64, MemoryMB: 1536, Arrivals: model.ArrivalsEven}
	// Default python3.13 arm64 init, 80 ms: 2,190 x 0.080 s x 1.5 GB = 262.8 GB-s.
	cs := EstimateColdStarts(in, cfg)
	if !cs.InitMs.Equal(dec("80")) || !cs.BilledInitGBSeconds.Equal(dec("262.8")) {
		t.Errorf("init %s ms, billed %s GB-s; want 80, 262.8", cs.InitMs, cs.BilledInitGBSeconds)
	}
	// A measured 312.5 ms is billed as 313 ms: 2,190 x 0.313 x 1.5 = 1,028.205 GB-s.
	cfg.InitMs = dec("312.5")
	cs = EstimateColdStarts(in, cfg)
	if !cs.BilledInitMs.Equal(dec("313")) || !cs.BilledInitGBSeconds.Equal(dec("1028.205")) || cs.InitSource != "measured (init_ms)" {
		t.Errorf("billed init %s ms, %s GB-s, source %q; want 313, 1028.205", cs.BilledInitMs, cs.BilledInitGBSeconds, cs.InitSource)
	}
}

func TestColdStartInitDefaults(t *testing.T) {
	cases := []struct {
		name string
		cfg  model.ColdStartConfig
		want string
	}{
		{"runtime default x86_64", model.ColdStartConfig{Runtime: "nodejs22.x"}, "140"},
		{"runtime default arm64", model.ColdStartConfig{Runtime: "nodejs22.x", Architecture: model.ARM64}, "130"},
		{"package adds 8 ms per MB", model.ColdStartConfig{Runtime: "nodejs22.x", PackageMB: 10}, "220"},
		{"VPC and memory change nothing", model.ColdStartConfig{Runtime: "nodejs22.x", VPC: true, MemoryMB: 3008}, "140"},
		{"container ignores package size", model.ColdStartConfig{Runtime: "container", PackageMB: 500}, "290"},
		{"unknown runtime falls back to container", model.ColdStartConfig{Runtime: "cobol"}, "290"},
		{"measured init wins", model.ColdStartConfig{Runtime: "java21", PackageMB: 40, InitMs: dec("1800")}, "1800"},
	}
	for _, c := range cases {
		cs := EstimateColdStarts(ColdStartInput{Requests: []int64{10}, BilledMs: dec("50")}, c.cfg)
		if !cs.InitMs.Equal(dec(c.want)) {
			t.Errorf("%s: init %s ms, want %s (%s)", c.name, cs.InitMs, c.want, cs.InitSource)
		}
		if len(cs.Assumptions) == 0 {
			t.Errorf("%s: no assumptions stated", c.name)
		}
	}
	cs := EstimateColdStarts(ColdStartInput{Requests: []int64{10}, BilledMs: dec("50")}, model.ColdStartConfig{Runtime: "nodejs22.x", VPC: true})
	if !strings.Contains(strings.Join(cs.Assumptions, "\n"), "Hyperplane") {
		t.Errorf("VPC assumption missing: %q", cs.Assumptions)
	}
}

func TestColdStartsInvariants(t *testing.T) {
	// A week-shaped series with quiet nights, bursts and a provisioned schedule: cold starts
	// never exceed requests in an hour, the hours add up to the total, provisioned
	// concurrency at the peak removes them all, and the estimate is deterministic.
	in := benchInput(24 * 7 * 5)
	for _, arr := range []model.Arrivals{model.ArrivalsPoisson, model.ArrivalsEven} {
		cfg := model.ColdStartConfig{Runtime: "java21", Arrivals: arr}
		cs := EstimateColdStarts(in, cfg)
		var sum int64
		for h, c := range cs.PerHour.Values() {
			if c < 0 || c > in.Requests[h] {
				t.Fatalf("%s hour %d: %d cold starts for %d requests", arr, h, c, in.Requests[h])
			}
			sum += c
		}
		if sum != cs.Total || cs.ScaleUps+cs.IdleRecycles+cs.LifetimeRecycles != cs.Total {
			t.Errorf("%s: hours sum to %d, causes to %d, total %d", arr, sum, cs.ScaleUps+cs.IdleRecycles+cs.LifetimeRecycles, cs.Total)
		}
		if cs.WithoutProvisioned-cs.Total != cs.RemovedByProvisioned {
			t.Errorf("%s: without %d - with %d != removed %d", arr, cs.WithoutProvisioned, cs.Total, cs.RemovedByProvisioned)
		}
		// Provisioned concurrency at the month's peak, every hour, leaves no cold start.
		all := in
		all.Provisioned = hoursOf(len(in.Requests), cs.PeakEnvironments)
		if full := EstimateColdStarts(all, cfg); full.Total != 0 || full.RemovedByProvisioned != full.WithoutProvisioned {
			t.Errorf("%s: provisioned at the peak leaves %d cold starts", arr, full.Total)
		}
		if again := EstimateColdStarts(in, cfg); !reflect.DeepEqual(cs, again) {
			t.Errorf("%s: not deterministic", arr)
		}
	}
}

func TestWarmerCost(t *testing.T) {
	// Every 5 minutes for 730 hours: 8,760 firings. One environment, 1 ms pings at 128 MB:
	// 8,760 x 0.001 s x 0.125 GB = 1.095 GB-s.
	w := EstimateWarmer(WarmerConfig{}, 730)
	if w.Schedules != 8760 || w.Invocations != 8760 || !w.GBSeconds.Equal(dec("1.095")) {
		t.Errorf("one environment: %+v", w)
	}
	// Three environments at 1,024 MB, default 100 ms overlapping pings: 26,280 invocations x
	// 0.1 s x 1 GB = 2,628 GB-s.
	w = EstimateWarmer(WarmerConfig{Environments: 3, MemoryMB: 1024}, 730)
	if w.Invocations != 26280 || !w.PingMs.Equal(dec("100")) || !w.GBSeconds.Equal(dec("2628")) {
		t.Errorf("three environments: %+v", w)
	}
	// Every 7 minutes in a 744-hour month: ceil(44,640 / 7) = 6,378 firings.
	if w = EstimateWarmer(WarmerConfig{IntervalMinutes: 7, PingMs: dec("2.2")}, 744); w.Schedules != 6378 || !w.PingMs.Equal(dec("3")) {
		t.Errorf("7-minute warmer: %+v", w)
	}
}

// benchInput is hours of traffic with a daily and weekly shape, a burst every fifth day and
// provisioned concurrency on weekday working hours.
func benchInput(hours int) ColdStartInput {
	in := ColdStartInput{Requests: make([]int64, hours), Provisioned: make([]int64, hours), BilledMs: dec("120")}
	for h := range in.Requests {
		hod, dow := h%24, (h/24)%7
		n := int64(200 + 9000*hod*(24-hod)/144) // 200 at midnight, about 36,200 at noon
		if dow >= 5 {
			n /= 3
		}
		if (h/24)%5 == 0 && hod >= 18 && hod < 21 {
			n *= 8
		}
		if hod < 5 {
			n = int64(hod % 3) // quiet nights: 0 to 2 requests
		}
		in.Requests[h] = n
		if dow < 5 && hod >= 8 && hod < 18 {
			in.Provisioned[h] = 2
		}
	}
	return in
}

// BenchmarkEstimateColdStarts8760Hours estimates a year of hourly buckets. Budget (issue 3):
// pricing a workload with 8,760 buckets on all platforms in at most 1 ms, with no decimal
// operation per bucket; the cold-start estimate must be a small part of it.
func BenchmarkEstimateColdStarts8760Hours(b *testing.B) {
	in := benchInput(8760)
	cfg := model.ColdStartConfig{Runtime: "nodejs22.x", MemoryMB: 1024}
	b.ReportAllocs()
	for b.Loop() {
		EstimateColdStarts(in, cfg)
	}
}

// TestColdStartsOfNegativeHours: an hour of a negative count is an hour of none, whether the
// caller grouped the hours in classes or not.
func TestColdStartsOfNegativeHours(t *testing.T) {
	cfg := model.ColdStartConfig{Runtime: "go"}
	zeroed := EstimateColdStarts(ColdStartInput{Requests: []int64{3600, 0, 0, 3600}, BilledMs: dec("100")}, cfg)
	negative := []int64{3600, -5, 0, 3600}
	for _, in := range []ColdStartInput{
		{Requests: negative, BilledMs: dec("100")},
		{Requests: negative, BilledMs: dec("100"), classes: demand.Classify([]int64{3600, 0, 0, 3600})}, // classes of another series
	} {
		cs := EstimateColdStarts(in, cfg)
		if !reflect.DeepEqual(cs.PerHour.Values(), zeroed.PerHour.Values()) || cs.Total != zeroed.Total || cs.Requests != 7200 {
			t.Errorf("per hour %v (%d in all, %d requests); want %v (%d)", cs.PerHour.Values(), cs.Total, cs.Requests, zeroed.PerHour.Values(), zeroed.Total)
		}
	}
	if in := (ColdStartInput{Requests: []int64{4, 4}}); in.anyNegative() {
		t.Error("no negative hour")
	}
}

// TestColdStartsPerHourPastAByte: an hour that starts more than 255 environments cold is kept
// as it is, and every hour's starts add up to the month's, whether they fit a byte or not.
func TestColdStartsPerHourPastAByte(t *testing.T) {
	cfg := model.ColdStartConfig{Runtime: "go"}
	// 1,000 ms requests: 3,600,000 an hour keep about 1,000 environments busy
	for _, requests := range [][]int64{{0, 3_600_000, 3_600_000, 0}, {0, 3600, 7200, 0}} {
		cs := EstimateColdStarts(ColdStartInput{Requests: requests, BilledMs: dec("1000")}, cfg)
		sum, most := int64(0), int64(0)
		for _, n := range cs.PerHour.Values() {
			sum, most = sum+n, max(most, n)
		}
		if sum != cs.Total || cs.PerHour.Len() != len(requests) {
			t.Errorf("%v: per hour %v sum to %d, total %d", requests, cs.PerHour.Values(), sum, cs.Total)
		}
		if big := requests[1] > 1_000_000; big != (most > 255) {
			t.Errorf("%v: the busiest hour starts %d", requests, most)
		}
	}
}
