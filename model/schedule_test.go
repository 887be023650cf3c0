package model

import (
	"strings"
	"testing"
	"time"

	"github.com/breakeven/breakeven/model/demand"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

var nov2026 = demand.CalendarMonth(2026, time.November)

// jobsWorkload is a workload made of schedules alone, as workloads/ builds one: x86_64 in
// us-east-1, no free tier, Fargate storage at the free 20 GB, EC2 on demand.
func jobsWorkload(s ...Schedule) Workload {
	return Workload{
		Name: "jobs", Region: "us-east-1", SchedulesOnly: true, Schedules: s,
		Settings: map[Platform]any{PlatformLambda: LambdaConfig{Architecture: X86_64, EphemeralStorageMB: 512}, PlatformFargate: FargateConfig{Architecture: X86_64, EphemeralStorageGB: 20}, PlatformEC2: EC2Config{Purchase: OnDemand}},
	}
}

// serviceWorkload serves traffic on t4g.small instances it names, with a function of its own.
func serviceWorkload(s ...Schedule) Workload {
	w := jobsWorkload(s...)
	w.Name, w.SchedulesOnly = "api", false
	w.Traffic = Traffic{RequestsPerMonth: 3000000}
	w.Function = Function{DurationMs: dec("120"), MemoryMB: 1536}
	w.SetSettings(PlatformEC2, EC2Config{InstanceType: "t4g.small", Fleet: Fleet{Min: 2}, Purchase: OnDemand})
	return w
}

// priceOne prices w's first schedule alone, and returns the Lambda usage Lambda bills with the
// service's.
func priceOne(t *testing.T, w Workload, m Month) (ScheduleResult, []pricing.LambdaUsage) {
	t.Helper()
	r := priceSchedule(w, w.Schedules[0], m, catalog(t))
	return r, lambdaUsages([]ScheduleResult{r})
}

// lambdaUsages is the Lambda usage of each schedule Lambda can run, in their order.
func lambdaUsages(schedules []ScheduleResult) []pricing.LambdaUsage {
	var usages []pricing.LambdaUsage
	for _, s := range schedules {
		usages = append(usages, LambdaUsagesOf(s.Estimate(PlatformLambda))...)
	}
	return usages
}

// item finds the line item id in e, failing the test if it is missing.
func item(t *testing.T, e Estimate, id string) pricing.LineItem {
	t.Helper()
	for _, it := range e.LineItems {
		if it.ID == id {
			return it
		}
	}
	var ids []string
	for _, it := range e.LineItems {
		ids = append(ids, it.ID)
	}
	t.Fatalf("%s: no line item %s (has %s; reasons %v)", e.Platform, id, strings.Join(ids, ", "), e.Reasons)
	return pricing.LineItem{}
}

func wantDec(t *testing.T, what string, got decimal.Decimal, want string) {
	t.Helper()
	if !got.Equal(dec(want)) {
		t.Errorf("%s = %s, want %s", what, got, want)
	}
}

func TestScheduleRunsPerMonth(t *testing.T) {
	std := StandardMonth()
	for _, c := range []struct {
		cron      string
		m         Month
		runs      string
		averaged  bool
		window    int64
		hourlySum int64
		why       string
	}{
		{"@daily", nov2026, "30", false, 30, 30, "30 days of November"},
		// The 730-hour month averages the 8,760 hours (365 days) from Monday 1 January 2024:
		// 365 runs x 730 / 8,760 = 30.41666..., rounded to 10 places. Its first 730 hours
		// (30 days and 10 hours) hold 31 midnights.
		{"@daily", std, "30.4166666667", true, 365, 31, "365 / 12"},
		// 365 days from a Monday are 52 weeks and a Monday: 52 x 5 + 1 = 261 weekdays;
		// 261 x 730 / 8,760 = 21.75. The first 730 hours hold 23 weekday 9:00s (1-5, 8-12,
		// 15-19, 22-26, 29-31 January 2024).
		{"0 9 * * 1-5", std, "21.75", true, 261, 23, "261 / 12"},
		// Sundays from 7 January to 29 December 2024: 52; 52 / 12 = 4.333...
		{"@weekly", std, "4.3333333333", true, 52, 4, "52 / 12"},
		{"@monthly", std, "1", true, 12, 1, "12 / 12"},
		{"0 9 * * 1-5", nov2026, "21", false, 21, 21, "21 weekdays (cron_test.go)"},
		{"*/15 * * * *", demand.CalendarMonth(2026, time.February), "2688", false, 2688, 2688, "28 x 96"},
	} {
		w := jobsWorkload(Schedule{Name: "job", Cron: c.cron, DurationMs: dec("1000"), MemoryMB: 128, Parallel: 1})
		r, _ := priceOne(t, w, c.m)
		if !r.RunsPerMonth.Equal(dec(c.runs)) || r.Averaged != c.averaged || r.WindowRuns != c.window ||
			int64(len(r.RunsPerHour)) != c.m.Hours || totalRequests(r.RunsPerHour) != c.hourlySum {
			t.Errorf("%q in %s: %s runs (averaged %v, window %d of %d h, %d in the hours charted); want %s (%v, %d, %d) (%s)",
				c.cron, c.m.Name, r.RunsPerMonth, r.Averaged, r.WindowRuns, r.WindowHours, totalRequests(r.RunsPerHour),
				c.runs, c.averaged, c.window, c.hourlySum, c.why)
		}
	}
}

// TestScheduleFargateWorkedExamples reproduces AWS's Fargate examples 1 and 3
// (docs/worked-examples.md) to the cent through a schedule in November 2026 (30 days), US East,
// Linux/x86, at the catalog's hourly rates ($0.04048 per vCPU-hour, $0.004445 per GB-hour,
// $0.000111 per GB-hour of storage above 20 GB).
func TestScheduleFargateWorkedExamples(t *testing.T) {
	// Example 1: 5 tasks x 600 s a day x 30 days = 90,000 task-seconds = 25 task-hours.
	// vCPU 25 x 1 x 0.04048 = 1.012 ($1.01); memory 25 x 2 x 0.004445 = 0.22225 ($0.22);
	// storage 25 x (30 - 20) x 0.000111 = 0.02775 ($0.03); AWS's total $1.26.
	w := jobsWorkload(Schedule{Name: "ex1", Cron: "0 0 * * *", DurationMs: dec("600000"), MemoryMB: 2048, Parallel: 5,
		Settings: map[Platform]any{PlatformFargate: FargateSchedule{TaskVCPU: dec("1"), TaskMemoryGB: dec("2")}}})
	EditSettings(&w, PlatformFargate, func(f *FargateConfig) { f.EphemeralStorageGB = 30 })
	r, _ := priceOne(t, w, nov2026)
	e := r.Estimate(PlatformFargate)
	for _, c := range []struct{ id, qty, cost, cents string }{
		{"fargate.scheduled.ex1.vcpu", "25", "1.012", "1.01"},
		{"fargate.scheduled.ex1.memory", "50", "0.22225", "0.22"},
		{"fargate.scheduled.ex1.ephemeral_storage", "250", "0.02775", "0.03"},
	} {
		it := item(t, e, c.id)
		wantDec(t, c.id+" quantity", it.Quantity, c.qty)
		wantDec(t, c.id+" cost", it.Cost, c.cost)
		wantDec(t, c.id+" in cents", it.Cost.Round(2), c.cents)
	}
	wantDec(t, "example 1 total", e.MonthlyCost, "1.262")
	wantDec(t, "example 1 total in cents", e.MonthlyCost.Round(2), "1.26")
	if !strings.Contains(e.Summary, "image pull") {
		t.Errorf("the summary should say billing starts with the image pull: %s", e.Summary)
	}

	// Example 3: 10 pods x 3,600 s a day x 30 days = 300 task-hours at 0.25 vCPU, 1 GB, 20 GB
	// storage. vCPU 300 x 0.25 x 0.04048 = 3.036 ($3.04); memory 300 x 1 x 0.004445 = 1.3335
	// ($1.33); AWS's total $3.04 + $1.33 = $4.37.
	w = jobsWorkload(Schedule{Name: "ex3", Cron: "0 0 * * *", DurationMs: dec("3600000"), MemoryMB: 1024, Parallel: 10,
		Settings: map[Platform]any{PlatformFargate: FargateSchedule{TaskVCPU: dec("0.25"), TaskMemoryGB: dec("1")}}})
	r, _ = priceOne(t, w, nov2026)
	e = r.Estimate(PlatformFargate)
	wantDec(t, "example 3 vCPU", item(t, e, "fargate.scheduled.ex3.vcpu").Cost, "3.036")
	wantDec(t, "example 3 memory", item(t, e, "fargate.scheduled.ex3.memory").Cost, "1.3335")
	wantDec(t, "example 3 cents", item(t, e, "fargate.scheduled.ex3.vcpu").Cost.Round(2).Add(item(t, e, "fargate.scheduled.ex3.memory").Cost.Round(2)), "4.37")
	if len(e.LineItems) != 2 {
		t.Errorf("example 3 has no storage above 20 GB: %d line items", len(e.LineItems))
	}
}

func TestScheduleFargateAveragedMonth(t *testing.T) {
	// Example 1 in the 730-hour month: 365 runs x 5 tasks x 600 s = 1,095,000 task-seconds in
	// the year; x 730 / (8,760 x 3,600) = 25.34722... task-hours, rounded once to 10 places.
	w := jobsWorkload(Schedule{Name: "ex1", Cron: "0 0 * * *", DurationMs: dec("600000"), MemoryMB: 2048, Parallel: 5,
		Settings: map[Platform]any{PlatformFargate: FargateSchedule{TaskVCPU: dec("1"), TaskMemoryGB: dec("2")}}})
	r, _ := priceOne(t, w, StandardMonth())
	wantDec(t, "vCPU-hours", item(t, r.Estimate(PlatformFargate), "fargate.scheduled.ex1.vcpu").Quantity, "25.3472222222")
	wantDec(t, "invocations", r.Invocations, "152.0833333333") // 365 x 5 / 12
}

func TestScheduleFargateMinute(t *testing.T) {
	// A 10 s task is billed the one-minute minimum: 30 runs x 60 s = 1,800 s = 0.5 task-hours;
	// vCPU 0.5 x 0.25 = 0.125 vCPU-hours x 0.04048 = 0.00506; memory 0.5 x 0.5 = 0.25 GB-hours
	// x 0.004445 = 0.00111125.
	w := jobsWorkload(Schedule{Name: "tick", Cron: "@daily", DurationMs: dec("10000"), MemoryMB: 512, Parallel: 1,
		Settings: map[Platform]any{PlatformFargate: FargateSchedule{TaskVCPU: dec("0.25"), TaskMemoryGB: dec("0.5")}}})
	r, _ := priceOne(t, w, nov2026)
	e := r.Estimate(PlatformFargate)
	wantDec(t, "vCPU-hours", item(t, e, "fargate.scheduled.tick.vcpu").Quantity, "0.125")
	wantDec(t, "vCPU cost", item(t, e, "fargate.scheduled.tick.vcpu").Cost, "0.00506")
	wantDec(t, "memory cost", item(t, e, "fargate.scheduled.tick.memory").Cost, "0.00111125")
}

func TestScheduleLambdaByHand(t *testing.T) {
	// Every 5 minutes in November 2026: 30 x 24 x 12 = 8,640 invocations of 200 ms at 128 MB:
	// 8,640 x 0.2 s x 0.125 GB = 216 GB-s; 216 x 0.0000166667 = 0.0036000072; requests
	// 8,640 x $0.20 / 1M = 0.001728; total 0.0053280072 (half a cent).
	w := jobsWorkload(Schedule{Name: "poll", Cron: "*/5 * * * *", DurationMs: dec("200"), MemoryMB: 128, Parallel: 1})
	r, usages := priceOne(t, w, nov2026)
	e := r.Estimate(PlatformLambda)
	wantDec(t, "invocations", r.Invocations, "8640")
	wantDec(t, "GB-s", item(t, e, "lambda.scheduled.poll.duration.tier1").Quantity, "216")
	wantDec(t, "duration", item(t, e, "lambda.scheduled.poll.duration.tier1").Cost, "0.0036000072")
	wantDec(t, "requests", item(t, e, "lambda.scheduled.poll.requests").Cost, "0.001728")
	wantDec(t, "total", e.MonthlyCost, "0.0053280072")
	if len(usages) != 1 || !usages[0].Requests.Equal(dec("8640")) || !usages[0].DurationGBSeconds.Equal(dec("216")) ||
		usages[0].Region != "us-east-1" || usages[0].Architecture != "x86_64" || usages[0].FreeTierEligible {
		t.Errorf("usage for the account bill: %+v", usages)
	}

	// With the free tier, alone in the account, it is free; the usage says it is eligible.
	EditSettings(&w, PlatformLambda, func(c *LambdaConfig) { c.FreeTier = true })
	r, usages = priceOne(t, w, nov2026)
	wantDec(t, "with the free tier", r.Estimate(PlatformLambda).MonthlyCost, "0")
	if !usages[0].FreeTierEligible {
		t.Error("the usage should be free-tier eligible when the workload is")
	}
}

// TestScheduleEarlyExits: every 5 minutes (8,640 runs in November 2026), 90% find nothing and
// stop after 150.4 ms (billed 151 ms on Lambda, a minute on Fargate); the rest work 30 s at
// 1,024 MB. 864 work items arrive a month, one per run that finds work.
func TestScheduleEarlyExits(t *testing.T) {
	w := jobsWorkload(Schedule{Name: "drain", Cron: "*/5 * * * *", DurationMs: dec("30000"), MemoryMB: 1024, Parallel: 1,
		EarlyExitPercent: dec("90"), EarlyExitMs: dec("150.4"), WorkItemsPerMonth: 864})
	r, _ := priceOne(t, w, nov2026)
	wantDec(t, "early exits", r.EarlyExits, "7776")

	// Lambda: 864 x 30 s x 1 GB = 25,920 GB-s, plus 7,776 x 0.151 s x 1 GB = 1,174.176:
	// 27,094.176 GB-s x 0.0000166667 = 0.4515705031392; requests 8,640 x 0.0000002 = 0.001728.
	e := r.Estimate(PlatformLambda)
	wantDec(t, "GB-s", item(t, e, "lambda.scheduled.drain.duration.tier1").Quantity, "27094.176")
	wantDec(t, "Lambda total", e.MonthlyCost, "0.4532985031392")

	// Fargate: 1,024 MB needs 1024/1769 = 0.578858 vCPU, so 1 vCPU / 2 GB (0.5 vCPU is too
	// little). Every task is billed a minute (30 s and 0.15 s both round up to 60 s):
	// 8,640 x 60 s = 144 task-hours; 144 x 0.04048 = 5.82912, 288 GB-hours x 0.004445 =
	// 1.28016; total 7.10928.
	e = r.Estimate(PlatformFargate)
	if !strings.HasPrefix(e.Summary, "1 vCPU / 2 GB") {
		t.Errorf("task size: %s", e.Summary)
	}
	wantDec(t, "Fargate total", e.MonthlyCost, "7.10928")

	// Event-driven: 864 invocations of 30 s: 25,920 GB-s x 0.0000166667 = 0.432000864 plus
	// 864 x 0.0000002 = 0.0001728: 0.432173664. The schedule (no free tier) costs
	// 0.4532985031392: 0.0211248391392 more, the early exits' duration and requests.
	ed := r.EventDriven
	if ed == nil || !triggerOn(ed, PlatformLambda).Feasible || !triggerOn(ed, PlatformFargate).Feasible {
		t.Fatalf("event-driven comparison: %+v", ed)
	}
	wantDec(t, "event-driven Lambda", triggerOn(ed, PlatformLambda).EventDriven, "0.432173664")
	wantDec(t, "schedule Lambda", triggerOn(ed, PlatformLambda).Schedule, "0.4532985031392")
	wantDec(t, "Lambda saving", triggerOn(ed, PlatformLambda).Saving, "0.0211248391392")
	// Fargate: 864 tasks x 60 s = 14.4 task-hours x (0.04048 + 2 x 0.004445) = 0.710928,
	// against 7.10928 for the schedule: 6.398352 a month saved.
	wantDec(t, "event-driven Fargate", triggerOn(ed, PlatformFargate).EventDriven, "0.710928")
	wantDec(t, "Fargate saving", triggerOn(ed, PlatformFargate).Saving, "6.398352")
}

func TestScheduleEC2(t *testing.T) {
	cat := catalog(t)
	// Dedicated, sized by the engine: 2,048 MB at one vCPU; the cheapest non-burstable x86_64
	// type with 2 GiB is c6i.large ($0.085 an hour): 720 hours x 0.085 = 61.2. Five parallel
	// tasks need 10 GB, more than its 4 GiB: a warning.
	w := jobsWorkload(Schedule{Name: "nightly", Cron: "@daily", DurationMs: dec("600000"), MemoryMB: 2048, Parallel: 5})
	r := priceSchedule(w, w.Schedules[0], nov2026, cat)
	e := r.Estimate(PlatformEC2)
	it := item(t, e, "ec2.scheduled.nightly.instances")
	wantDec(t, "dedicated hours", it.Quantity, "720")
	wantDec(t, "dedicated cost", it.Cost, "61.2")
	if !strings.Contains(it.Name, "c6i.large") || len(e.Warnings) != 1 || !strings.Contains(e.Warnings[0], "10 GB") {
		t.Errorf("dedicated: %s; warnings %v", it.Name, e.Warnings)
	}
	// The type the user named: m7i.large, 8 GiB, $0.1008: 72.576 in 720 hours; 730 hours in
	// the standard month: 73.584.
	named := w
	EditSettings(&named, PlatformEC2, func(c *EC2Config) { c.InstanceType = "m7i.large" })
	r = priceSchedule(named, named.Schedules[0], StandardMonth(), cat)
	wantDec(t, "named type", r.Estimate(PlatformEC2).MonthlyCost, "73.584")

	// On the service's t4g.small instances ($0.0168): hourly, 2 tasks of 90 s: 720 x 2 x 90 s
	// = 129,600 s = 36 instance-hours; 36 x 0.0168 = 0.6048. In the 730-hour month, 8,760 runs
	// in the year x 2 x 90 s x 730 / (8,760 x 3,600) = 36.5 hours: 0.6132.
	svc := resolveDefaults(serviceWorkload(Schedule{Name: "hourly", Cron: "0 * * * *", DurationMs: dec("90000"), MemoryMB: 512, Parallel: 2}), cat, 0)
	results := priceSchedules(svc, nov2026, cat)
	usages := lambdaUsages(results)
	e = results[0].Estimate(PlatformEC2)
	it = item(t, e, "ec2.scheduled.hourly.instance_hours")
	wantDec(t, "service hours", it.Quantity, "36")
	wantDec(t, "service cost", it.Cost, "0.6048")
	if len(e.Warnings) != 0 || len(usages) != 1 {
		t.Errorf("service: warnings %v, %d usages", e.Warnings, len(usages))
	}
	results = priceSchedules(svc, StandardMonth(), cat)
	wantDec(t, "service cost, 730-hour month", results[0].Estimate(PlatformEC2).MonthlyCost, "0.6132")

	// A workload of schedules alone has no service to share.
	w.Schedules[0].SetSettings(PlatformEC2, EC2Schedule{Host: ServiceInstances})
	r = priceSchedule(w, w.Schedules[0], nov2026, cat)
	if e := r.Estimate(PlatformEC2); e.Feasible || len(e.Reasons) != 1 {
		t.Errorf("service host without a service: %+v", e)
	}
}

func TestScheduleInfeasible(t *testing.T) {
	w := jobsWorkload(Schedule{Name: "long", Cron: "@daily", DurationMs: dec("900001"), MemoryMB: 64, Parallel: 1,
		Settings: map[Platform]any{PlatformFargate: FargateSchedule{TaskVCPU: dec("0.3"), TaskMemoryGB: dec("1")}}})
	r, usages := priceOne(t, w, nov2026)
	if e := r.Estimate(PlatformLambda); e.Feasible || len(e.Reasons) != 2 || usages != nil {
		t.Errorf("Lambda beyond 15 minutes and below 128 MB: %v, %d usages", e.Reasons, len(usages))
	}
	if e := r.Estimate(PlatformFargate); e.Feasible || !strings.Contains(e.Reasons[0], "0.3 vCPU") {
		t.Errorf("Fargate 0.3 vCPU: %v", e.Reasons)
	}

	// A cron that does not parse leaves every platform unpriced, with the reason.
	w = jobsWorkload(Schedule{Name: "bad", Cron: "0 25 * * *", DurationMs: dec("1000"), MemoryMB: 128})
	r, _ = priceOne(t, w, nov2026)
	for _, e := range r.Estimates {
		if e.Feasible || len(e.Reasons) != 1 || !strings.Contains(e.Reasons[0], "hour field") {
			t.Errorf("%s with a bad cron: %+v", e.Platform, e)
		}
	}

	// 30 February never comes: no run, a warning, and nothing to pay on Lambda or Fargate.
	w = jobsWorkload(Schedule{Name: "never", Cron: "0 0 30 2 *", DurationMs: dec("1000"), MemoryMB: 128})
	r, _ = priceOne(t, w, demand.CalendarMonth(2026, time.February))
	if len(r.Warnings) != 1 || !r.Estimate(PlatformFargate).MonthlyCost.IsZero() || !r.Estimate(PlatformLambda).MonthlyCost.IsZero() {
		t.Errorf("no run: warnings %v, Fargate %s", r.Warnings, r.Estimate(PlatformFargate).MonthlyCost)
	}
}

// triggerOn is ed's comparison on platform p (the zero one when p has none).
func triggerOn(ed *EventDriven, p Platform) TriggerComparison {
	for _, t := range ed.Triggers {
		if t.Platform == p {
			return t.TriggerComparison
		}
	}
	return TriggerComparison{}
}
