package cloudrun

import (
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
)

// TestPlainAPI prices testdata/providers/cloudrun-api.yaml, worked in its comment: 3M
// requests of 120 ms, one an instance: 600,000 exact instance-seconds of 1 vCPU / 1.5 GiB in
// us-east4 (tier 1), $17.85 less the free tier's $6.02: $11.83, no line an estimate.
func TestPlainAPI(t *testing.T) {
	r := price(t, catalog(t), load(t, "cloudrun-api.yaml"))
	e := cloudRun(r)
	wantCost(t, "plain API", e, "11.83")
	vcpu := line(e, "cloudrun.request.vcpu")
	if !vcpu.Quantity.Equal(dec("600000")) || vcpu.Estimate != "" || vcpu.Region != "us-east4" {
		t.Errorf("vCPU line %s in %s, estimate %q; want 600000 exact in us-east4", vcpu.Quantity, vcpu.Region, vcpu.Estimate)
	}
	if !e.Complete() {
		t.Errorf("unpriced: %v", e.Unpriced)
	}
}

// TestSharedInstanceTime: 80 requests at a time share an instance's billed time, a labelled
// estimate between the bounds. One hour of 3,600 requests of 100 ms: in flight Poisson with
// mean 3,600 x 100 / 3,600,000 = 0.1; E[ceil(N/80)] = P(N >= 1) (N never reaches 81 in
// practice) = 1 - e^-0.1 = 0.0951626; x 3,600,000 ms = 342,585.4, rounded up to 342,586 ms,
// within 45 busy periods (4,500 ms) and each request alone (360,000 ms).
func TestSharedInstanceTime(t *testing.T) {
	hm := newHourModel(dec("100"), 80)
	if h := hm.of(3600); h.busyMs != 342586 || h.needed != 1 {
		t.Errorf("hour of 3,600: %d ms busy, %d instances; want 342586, 1", h.busyMs, h.needed)
	}
	// concurrency 1 is exact: 3,600 x 100 ms
	if h := newHourModel(dec("120"), 1).of(3600); h.busyMs != 720000 {
		t.Errorf("concurrency 1: %d ms, want 720000 (3,600 x 200 ms)", h.busyMs)
	}
	e := cloudRun(price(t, catalog(t), api(3000000, "120", 1536, defaults(func(*Config) {}))))
	if it := line(e, "cloudrun.request.vcpu"); !strings.HasPrefix(it.Estimate, "estimate:") {
		t.Errorf("shared instance time not labelled: %q", it.Estimate)
	}
}

// TestIdleMinimumInstance: one request an hour of 100 ms, min_instances 1, 1 vCPU / 0.5 GiB
// (memory_mb 512), no free tier, in us-east4. Busy 730 x 100 ms = 73 s: vCPU $0.001752,
// memory 36.5 GiB-s $0.00009125, 730 requests $0.000292; idle 730 x 3,600 - 73 = 2,627,927 s:
// vCPU x $0.0000025 = $6.5698175, memory 1,313,963.5 GiB-s x $0.0000025 = $3.28490875. Total
// $9.8568615: $9.86. The minimum instance removes every cold start: without it each hour's
// lone request starts one (730).
func TestIdleMinimumInstance(t *testing.T) {
	c := defaults(func(c *Config) { c.Concurrency, c.MinInstances, c.FreeTier = 1, 1, false })
	e := cloudRun(price(t, catalog(t), api(730, "100", 512, c)))
	wantCost(t, "min instance", e, "9.86")
	if it := line(e, "cloudrun.idle.vcpu"); !it.Quantity.Equal(dec("2627927")) || it.Estimate == "" {
		t.Errorf("idle vCPU %s, estimate %q; want 2627927, labelled", it.Quantity, it.Estimate)
	}
	cs := model.ColdStartsOf(e)
	if cs == nil || cs.Total != 0 || cs.WithoutProvisioned != 730 || cs.RemovedByProvisioned != 730 {
		t.Fatalf("cold starts %+v; want 0, 730 without the minimum", cs)
	}
	c.MinInstances = 0
	cs = model.ColdStartsOf(cloudRun(price(t, catalog(t), api(730, "100", 512, c))))
	if cs.Total != 730 || cs.ScaleUps != 730 || !cs.InitMs.Equal(dec("1000")) || !strings.Contains(cs.InitSource, "default") {
		t.Errorf("no minimum: %d cold starts (%d scale-ups), init %s from %q; want 730, the 1,000 ms default", cs.Total, cs.ScaleUps, cs.InitMs, cs.InitSource)
	}
}

// TestTier2AndInstanceBased: the plain API in europe-west2 (tier 2): 600,000 vCPU-s x
// $0.0000336 = $20.16, 900,000 GiB-s x $0.0000035 = $3.15, requests $1.20; the free tier at
// tier-1 prices, $4.32 + $0.90 + $0.80: $24.51 - $6.02 = $18.49. Instance-based, the memory
// rate is not in the catalog: the estimate is incomplete and lists it.
func TestTier2AndInstanceBased(t *testing.T) {
	w := load(t, "cloudrun-api.yaml")
	c := ConfigOf(w)
	c.Region = "europe-west2"
	w.SetSettings(ID, c)
	wantCost(t, "tier 2", cloudRun(price(t, catalog(t), w)), "18.49")
	c.Billing, c.Region = InstanceBased, "us-east4"
	e := cloudRun(price(t, catalog(t), api(3000000, "120", 1536, c)))
	if !e.Feasible || e.Complete() || e.Unpriced[0].Key != "cloudrun.instance.memory" || line(e, "cloudrun.requests").ID != "" {
		t.Errorf("instance-based: feasible %v, unpriced %v, lines %v", e.Feasible, e.Unpriced, e.LineItems)
	}
}

// TestLimits: a request over 60 minutes, memory no instance holds, and traffic needing more
// than max_instances (1,000 requests an hour of 1 s one at a time: 0.28 in flight, whose 99th
// percentile is 2 instances, above max_instances 1) make the estimate infeasible, naming the
// limit and its source.
func TestLimits(t *testing.T) {
	cat := catalog(t)
	for _, c := range []struct {
		name string
		w    model.Workload
		want string
	}{
		{"timeout", api(1000, "3600001", 512, defaults(func(*Config) {})), "request timeout of 60 minutes"},
		{"memory", api(1000, "100", 40000, defaults(func(*Config) {})), "the largest is 8 vCPU / 32 GiB"},
		{"concurrency 0, built in code", api(1000, "100", 512, defaults(func(c *Config) { c.Concurrency = 0 })), "expected a concurrency of 1 to 1,000"},
		{"max instances", api(730000, "1000", 512, defaults(func(c *Config) { c.Concurrency, c.MaxInstances = 1, 1 })), "429"},
	} {
		e := cloudRun(price(t, cat, c.w))
		if e.Feasible || len(e.Reasons) == 0 || !strings.Contains(e.Reasons[0], c.want) {
			t.Errorf("%s: feasible %v, reasons %v; want %q", c.name, e.Feasible, e.Reasons, c.want)
		}
	}
	// exactly 60 minutes runs
	if e := cloudRun(price(t, cat, api(10, "3600000", 512, defaults(func(*Config) {})))); !e.Feasible {
		t.Errorf("60 minutes: %v", e.Reasons)
	}
}

// TestFreeTierOncePerBillingAccount: two workloads of 500,000 requests of 200 ms, one an
// instance, 1 vCPU / 0.125 GiB (memory_mb 128): 100,000 vCPU-s each ($2.40), 12,500 GiB-s,
// 500,000 requests, each free alone; together 200,000 vCPU-s less 180,000 once: 20,000 x
// $0.000024 = $0.48 (pricing's TestCloudRunFreeTierOncePerBillingAccount).
func TestFreeTierOncePerBillingAccount(t *testing.T) {
	w := api(500000, "200", 128, defaults(func(c *Config) { c.Concurrency = 1 }))
	v := w
	v.Name = "api-2"
	r := price(t, catalog(t), w, v)
	wantCost(t, "alone", cloudRun(r), "0.00")
	p := r.Portfolio.Platforms[0]
	if p.Platform != ID || !p.MonthlyCost.Round(2).Equal(dec("0.48")) || !p.StandaloneSum.IsZero() {
		t.Errorf("portfolio %s $%s (standalone $%s), want cloudrun $0.48 ($0)", p.Platform, p.MonthlyCost, p.StandaloneSum)
	}
}

// TestScheduleAsJob: a daily job of 60 s at 512 MB is a Cloud Run job task of 1 vCPU / 0.5
// GiB: the 730-hour month's 365 x 730 / 8,760 runs x 60 s = 1,825 s, x $0.000018 (the
// instance-based rate that bills jobs) = $0.03285, and its Cloud Scheduler job $0.10: $0.13285
// alone; its memory rate is not in the catalog, listed. With the service its 1,825 s fall
// within the instance-based free tier and its Cloud Scheduler job is one of the 3 free: the
// service's $11.83, and EventBridge Scheduler is not listed as unpriced.
func TestScheduleAsJob(t *testing.T) {
	w := load(t, "cloudrun-api.yaml")
	w.Schedules = []model.Schedule{{Name: "nightly", Cron: "@daily", DurationMs: dec("60000"), MemoryMB: 512}}
	r := price(t, catalog(t), w)
	s := r.Workloads[0].Schedules[0].Estimate(ID)
	wantCost(t, "job alone", s, "0.13")
	if it := line(s, "cloudrun.scheduled.nightly.instance.vcpu"); !it.Quantity.Equal(dec("1825")) {
		t.Errorf("job vCPU-seconds %s (%s), want 1825", it.Quantity, it.ID)
	}
	if len(s.Unpriced) == 0 || s.Unpriced[0].Key != "cloudrun.instance.memory" {
		t.Errorf("job unpriced %v", s.Unpriced)
	}
	e := cloudRun(r)
	wantCost(t, "with the service", e, "11.83")
	if line(e, "cloudrun.scheduled.nightly.instance.vcpu").ID == "" {
		t.Error("the job is not billed with the service")
	}
	for _, u := range e.Unpriced {
		if strings.Contains(u.Key, "scheduler") {
			t.Errorf("unpriced %v", u)
		}
	}
}

// TestCloudSchedulerJobsOncePerBillingAccount: Cloud Scheduler's 3 free jobs are the billing
// account's. Two workloads of two daily jobs each (1 s at 128 MB: 30.42 s of 1 vCPU, within
// the free tier) are each free alone; together 4 jobs less 3 free: $0.10.
func TestCloudSchedulerJobsOncePerBillingAccount(t *testing.T) {
	w := load(t, "cloudrun-api.yaml")
	w.Schedules = []model.Schedule{
		{Name: "a", Cron: "@daily", DurationMs: dec("1000"), MemoryMB: 128},
		{Name: "b", Cron: "@daily", DurationMs: dec("1000"), MemoryMB: 128},
	}
	v := w
	v.Name = "cloudrun-api-2"
	r := price(t, catalog(t), w, v)
	wantCost(t, "alone", r.Workloads[1].Estimate(ID), "11.83")
	p := r.Portfolio.Platforms[0]
	// two services of 600,000 vCPU-s, 900,000 GiB-s, 3M requests less the free tier once:
	// $35.70 - $6.02 = $29.68, and one Cloud Scheduler job $0.10
	if !p.MonthlyCost.Round(2).Equal(dec("29.78")) {
		t.Errorf("portfolio $%s, want $29.78", p.MonthlyCost)
		for _, it := range p.LineItems {
			t.Logf("  %s %s x %s = %s", it.ID, it.Quantity, it.UnitPrice, it.Cost)
		}
	}
}

// TestFlowFunctionStepsAsCloudRunFunctions: the flow's worker (a queue's batches of 5, 400 ms
// at 1,024 MB) runs as a Cloud Run function: 3M / 5 = 600,000 invocations x 400 ms = 240,000
// s of 1 vCPU / 1 GiB: vCPU $5.76, memory $0.60, requests $0.24; with the service's $17.85
// less the free tier's $6.02 once: $18.43. The queue is AWS's, listed as not priced.
func TestFlowFunctionStepsAsCloudRunFunctions(t *testing.T) {
	w := load(t, "cloudrun-api.yaml")
	w.Flow = []model.Step{
		{Name: "orders", Kind: model.StepSQS, From: model.EntryStep, PerParent: dec("1"), MessageKB: dec("2")},
		{Name: "worker", Kind: model.StepFunction, From: "orders", PerParent: dec("1"), DurationMs: dec("400"), MemoryMB: 1024, BatchSize: 5},
	}
	e := cloudRun(price(t, catalog(t), w))
	wantCost(t, "service and worker", e, "18.43")
	if it := line(e, "cloudrun.flow.worker.request.vcpu"); !it.Quantity.Equal(dec("240000")) || it.Estimate != "" {
		t.Errorf("worker vCPU %s (%q)", it.Quantity, it.Estimate)
	}
	var keys []string
	for _, u := range e.Unpriced {
		keys = append(keys, u.Key)
	}
	if got := strings.Join(keys, " "); !strings.Contains(got, "sqs.") || strings.Contains(got, "lambda") {
		t.Errorf("unpriced %v", e.Unpriced)
	}
}

// TestSchedulesOnly: a workload of one daily job alone bills the job with the billing
// account's free tier: its 1,825 vCPU-seconds and its Cloud Scheduler job are free, so $0.00,
// with the job's memory listed as not priced.
func TestSchedulesOnly(t *testing.T) {
	w := model.Workload{Name: "nightly", Region: "us-east-1", SchedulesOnly: true,
		Schedules: []model.Schedule{{Name: "nightly", Cron: "@daily", DurationMs: dec("60000"), MemoryMB: 512}}}
	e := cloudRun(price(t, catalog(t), w))
	wantCost(t, "schedules only", e, "0.00")
	if e.Complete() || line(e, "cloudrun.scheduled.nightly.scheduler.jobs").ID == "" {
		t.Errorf("unpriced %v, lines %v", e.Unpriced, e.LineItems)
	}
}
