package model

import (
	"fmt"
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model/demand"
)

// TestGrowthAtTheBoundary: 10,000,000 requests a month growing 30% a month is
// 10^7 x 1.3^70 = 946,312,684,517,285.43 requests 70 months ahead (rounded half up), below
// the 10^15 maximum, and 10^7 x 1.3^71 = 1,230,206,489,872,471.05 71 months ahead, past it.
// Compounding used to wrap around int64 (-2.7 x 10^18 requests at 110 months, a negative
// Lambda bill marked cheapest); past the maximum the month is now not priced, with the reason.
func TestGrowthAtTheBoundary(t *testing.T) {
	w := mobileBackend()
	w.Traffic = Traffic{RequestsPerMonth: 10000000, GrowthPercentPerMonth: dec("30")}
	if got := w.Traffic.Grown(70).RequestsPerMonth; got != 946312684517285 {
		t.Errorf("70 months: %d requests", got)
	}
	for _, months := range []int64{71, 110} {
		if got := w.Traffic.Grown(months).RequestsPerMonth; got != MaxRequestsPerMonth+1 {
			t.Errorf("%d months: %d requests, want the maximum + 1", months, got)
		}
	}
	k, why := w.GrowthPastBounds(StandardMonth(), 111, false)
	if k != 71 || why != "more than 1,000,000,000,000,000 requests a month, the most the model prices" {
		t.Errorf("GrowthPastBounds = %d, %q", k, why)
	}
	if k, _ := w.GrowthPastBounds(StandardMonth(), 71, false); k != -1 {
		t.Errorf("within 71 months (0 to 70): %d", k)
	}
	r := Price([]Workload{w}, catalog(t), Options{MonthsAhead: 110}).Workloads[0]
	for _, e := range r.Estimates {
		if e.Feasible || e.MonthlyCost.IsNegative() || len(e.Reasons) != 1 || e.Reasons[0] != why {
			t.Errorf("%s at 110 months: feasible %v, %s, %q", e.Platform, e.Feasible, e.MonthlyCost, e.Reasons)
		}
	}
	if r.Cheapest != "" {
		t.Errorf("cheapest %q past the maximum", r.Cheapest)
	}
}

// TestRateGrowthPastTheMaximum: the largest rate, 100,000,000 a second, is 262,800,000,000,000
// requests in 730 hours; at 1,000% growth the next month has 11 times that,
// 2,890,800,000,000,000: past the maximum in month 1.
func TestRateGrowthPastTheMaximum(t *testing.T) {
	w := mobileBackend()
	w.Traffic = Traffic{PerSecond: true, RequestsPerSecond: dec("100000000"), GrowthPercentPerMonth: dec("1000")}
	if got := w.Traffic.MonthlyRequests(730); got != 262800000000000 {
		t.Errorf("month 0: %d", got)
	}
	if k, _ := w.GrowthPastBounds(demand.CalendarMonth(2026, 2), 120, true); k != 1 {
		t.Errorf("first month past the maximum: %d, want 1", k)
	}
	// 120 months of it (a factor of 11^120, about 10^125) still does not wrap around.
	if got := w.Traffic.Grown(120).MonthlyRequests(672); got != MaxRequestsPerMonth+1 {
		t.Errorf("120 months: %d", got)
	}
}

// TestFlowRunsPerRequestBound: three steps in a chain at per_parent 1,000 run 1,000,
// 1,000,000 and 1,000,000,000 times a request; the third passes the maximum of 1,000,000.
// (A 50-step chain at per_parent 1,000 printed bills of 74 to 426 digits.)
func TestFlowRunsPerRequestBound(t *testing.T) {
	w := mobileBackend()
	from := EntryStep
	for i := range 50 {
		name := fmt.Sprintf("s%d", i)
		w.Flow = append(w.Flow, Step{Name: name, Kind: StepFunction, From: from, PerParent: dec("1000"), DurationMs: dec("10"), MemoryMB: 128, Invoke: Sync})
		from = name
	}
	got := w.Bounds(730)
	want := "step s2 runs 1,000,000,000 times per request (per_parent multiplied down from the entry): more than 1,000,000"
	if len(got) != 1 || got[0].Step != 2 || got[0].Message != want {
		t.Errorf("Bounds = %+v", got)
	}
	r := Price([]Workload{w}, catalog(t), Options{}).Workloads[0]
	if e := r.Estimate(PlatformLambda); e.Feasible || e.Reasons[0] != want {
		t.Errorf("priced anyway: %v %q", e.Feasible, e.Reasons)
	}
}

// wideFlow is a flow of 50 steps, each run 1,000,000 times per request from the entry:
// 50,000,001 invocations a request.
func wideFlow(requests int64) Workload {
	w := mobileBackend()
	w.Traffic = Traffic{RequestsPerMonth: requests}
	w.Function = Function{DurationMs: dec("100"), MemoryMB: 512}
	for i := range 50 {
		w.Flow = append(w.Flow, Step{Name: fmt.Sprintf("s%d", i), Kind: StepFunction, From: EntryStep, PerParent: dec("1000000"),
			DurationMs: dec("100"), MemoryMB: 128, Invoke: Async})
	}
	return w
}

// TestFlowEventsPerMonthBound: 50,000,001 invocations a request x 19,999,999 requests is
// 999,999,969,999,999, within 10^15; x 20,000,000 it is 1,000,000,020,000,000, which the last
// step takes past the maximum (49 steps make 980,000,020,000,000). The step's duration equals
// the entry's, so the work on containers is the same count.
func TestFlowEventsPerMonthBound(t *testing.T) {
	if got := wideFlow(19999999).Bounds(730); len(got) != 0 {
		t.Errorf("at 19,999,999 requests: %+v", got)
	}
	got := wideFlow(20000000).Bounds(730)
	want := []BoundProblem{
		{Step: 49, Message: "1,000,000,020,000,000 invocations, messages and executions a month up to step s49: more than 1,000,000,000,000,000"},
		{Step: 49, Message: "work on Fargate and EC2 of 1,000,000,020,000,000 requests of the entry's duration a month up to step s49: more than 1,000,000,000,000,000"},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("Bounds =\n%+v\nwant\n%+v", got, want)
	}
}

// TestFlowWorkBound: a step of 86,400,000 ms run 100 times a request behind an entry of
// 0.001 ms is 100 x 86,400,000 / 0.001 = 8,640,000,000,000 entry-request equivalents a
// request on Fargate and EC2; with 1,000 requests the month's work is 1,000 +
// 8,640,000,000,000,000 = 8,640,000,000,001,000, past 10^15.
func TestFlowWorkBound(t *testing.T) {
	w := mobileBackend()
	w.Traffic = Traffic{RequestsPerMonth: 1000}
	w.Function.DurationMs = dec("0.001")
	w.Flow = []Step{{Name: "long", Kind: StepFunction, From: EntryStep, PerParent: dec("100"), DurationMs: dec("86400000"), MemoryMB: 128, Invoke: Async}}
	got := w.Bounds(730)
	if len(got) != 1 || got[0].Message != "work on Fargate and EC2 of 8,640,000,000,001,000 requests of the entry's duration a month up to step long: more than 1,000,000,000,000,000" {
		t.Errorf("Bounds = %+v", got)
	}
}

// TestFleetPastItsMaximum: a second of 10^12 requests at 0.001 requests a second per task and
// 1% utilisation needs 10^12 / 0.00001 = 10^17 tasks, past the trillion the model sizes: the
// count is held just past it (the month's minutes cannot wrap around) and Fargate cannot run.
func TestFleetPastItsMaximum(t *testing.T) {
	f := Fleet{RequestsPerSecondPerUnit: dec("0.001"), TargetUtilizationPercent: 1, Scaling: Fixed}
	c := SizeFleet(peaksOf(1000000000000, 1), 1000, f, testTasks)
	if c.Max != MaxFleetUnits+1 || c.UnitHours != 2*(MaxFleetUnits+1) {
		t.Errorf("capacity %+v", c)
	}
	why, over := FleetTooLarge(c, "fargate.requests_per_second_per_task", f)
	want := "the busiest hour needs more than 1,000,000,000,000 tasks (fargate.requests_per_second_per_task 0.001 at 1% utilisation): more than any account runs"
	if !over || why != want {
		t.Errorf("fleetTooLarge = %q, %v", why, over)
	}
}

// TestAttemptsStayShort: a queue handing a message over 1,000 times at a 99% failure rate
// is tried 1 + 0.99 + ... + 0.99^999 = (1 - 0.99^1000) / 0.01 = 99.995682875258934175...
// times. Exact powers would carry 2,000 places; rounded to 18 at each power the sum is within
// 10^-15 of it.
func TestAttemptsStayShort(t *testing.T) {
	tries, fail := attempts(dec("0.99"), 999)
	if d := tries.Sub(dec("99.995682875258934175")).Abs(); d.GreaterThan(dec("0.000000000000001")) {
		t.Errorf("tries = %s (off by %s)", tries, d)
	}
	for _, d := range []string{tries.String(), fail.String()} {
		if _, frac, _ := strings.Cut(d, "."); len(frac) > ratioPlaces {
			t.Errorf("%s has %d places", d, len(frac))
		}
	}
}

// TestScheduleAtItsMaxima: the most a schedule can ask for is bounded by construction: a
// five-field cron runs at most every minute, 44,640 runs in December's 31 days, each
// starting at most 100,000 invocations: 4,464,000,000. At Lambda's largest (900,000 ms,
// 10,240 MB) that is 4,464,000,000 x 900 s x 10 GB = 40,176,000,000,000 GB-s: $892.80 of
// requests, $100,000.20 + $135,000 for the first two tiers and 40,161,000,000,000 GB-s x
// $0.0000133334 = $535,482,677.40 beyond, $535,718,570.40. On Fargate each is a 2 vCPU / 10 GB
// task of 900 s: 1,116,000,000 task-hours x (2 x $0.04048 + 10 x $0.004445) = $139,957,560.
// Both add EventBridge Scheduler's 44,640 invocations x $0.000001 = $0.04464.
func TestScheduleAtItsMaxima(t *testing.T) {
	w := Workload{Name: "every-minute", Region: "us-east-1", SchedulesOnly: true,
		Settings: map[Platform]any{PlatformLambda: LambdaConfig{Architecture: X86_64, EphemeralStorageMB: 512}, PlatformFargate: FargateConfig{Architecture: X86_64, EphemeralStorageGB: 20}, PlatformEC2: EC2Config{Purchase: OnDemand}},
		Schedules: []Schedule{{Name: "every-minute", Cron: "* * * * *", DurationMs: dec("900000"), MemoryMB: 10240,
			Parallel: 100000, Settings: map[Platform]any{PlatformEC2: EC2Schedule{Host: DedicatedInstance}}}}}
	r := Price([]Workload{w}, catalog(t), Options{Month: demand.CalendarMonth(2026, 12)}).Workloads[0]
	for p, want := range map[Platform]string{PlatformLambda: "535718570.44464", PlatformFargate: "139957560.04464"} {
		if e := r.Estimate(p); !e.Feasible || !e.MonthlyCost.Equal(dec(want)) {
			t.Errorf("%s: feasible %v, %s, want %s (%v)", p, e.Feasible, e.MonthlyCost, want, e.Reasons)
		}
	}
}
