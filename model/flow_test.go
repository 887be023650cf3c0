package model

import "testing"

// orderPipeline is API -> entry -> validate (sync) -> queue -> worker (batches of 5) -> topic
// -> email, with 1% errors, a dead-letter queue, an HTTP API, logs, network, X-Ray and a
// nightly schedule.
func orderPipeline() Workload {
	w := mobileBackend()
	w.Name = "order-pipeline"
	w.Traffic = Traffic{RequestsPerMonth: 10000000}
	w.Function = Function{DurationMs: dec("120"), MemoryMB: 512}
	w.Flow = []Step{
		{Name: "validate", Kind: StepFunction, From: EntryStep, PerParent: dec("1"), DurationMs: dec("30"), MemoryMB: 256, Invoke: Sync},
		{Name: "orders", Kind: StepSQS, From: "validate", PerParent: dec("1"), MessageKB: dec("2")},
		{Name: "worker", Kind: StepFunction, From: "orders", PerParent: dec("1"), DurationMs: dec("400"), MemoryMB: 1024, BatchSize: 5},
		{Name: "notify", Kind: StepSNS, From: "worker", PerParent: dec("1"), MessageKB: dec("1")},
		{Name: "email", Kind: StepFunction, From: "notify", PerParent: dec("1"), DurationMs: dec("80"), MemoryMB: 128},
	}
	w.FrontDoor = FrontDoor{Lambda: HTTPAPI, Containers: ALB, RequestKB: dec("2"), ResponseKB: dec("3"),
		NewConnectionPercent: dec("100"), ConnectionSeconds: dec("1"), RulesPerRequest: 1}
	w.Logs = Logs{KBPerInvocation: dec("1"), RetentionDays: 14}
	w.Network = Network{AvailabilityZones: 2}
	w.Tracing = Tracing{XRay: true}
	w.Retries = Retries{ErrorPercent: dec("1"), AsyncRetries: 2, QueueMaxReceives: 5, DeadLetterQueue: true}
	w.Schedules = []Schedule{{Name: "nightly", Cron: "0 2 * * *", DurationMs: dec("60000"), MemoryMB: 1024, Parallel: 1, Settings: map[Platform]any{PlatformEC2: EC2Schedule{Host: ServiceInstances}}}}
	return w
}

func TestAttempts(t *testing.T) {
	// 10% failing, retried twice: 1 + 0.1 + 0.01 = 1.11 tries; all three fail 0.1^3 = 0.001.
	tries, fail := attempts(dec("0.1"), 2)
	if !tries.Equal(dec("1.11")) || !fail.Equal(dec("0.001")) {
		t.Errorf("attempts = %s, %s; want 1.11, 0.001", tries, fail)
	}
	if tries, fail := attempts(dec("0.1"), 0); !tries.Equal(dec("1")) || !fail.Equal(dec("0.1")) {
		t.Errorf("no retries: %s, %s", tries, fail)
	}
}

func TestPlanFlowRetriesAndDeadLetters(t *testing.T) {
	w := orderPipeline()
	w.Retries.ErrorPercent = dec("10")
	p := planFlow(w)
	// The entry is called synchronously with no client retries: 1 try, 0.9 succeed.
	if !p.EntryAttempts.Equal(dec("1")) || !p.EntrySucceeded.Equal(dec("0.9")) {
		t.Errorf("entry: %s tries, %s succeed", p.EntryAttempts, p.EntrySucceeded)
	}
	validate, worker, email := p.Steps[0], p.Steps[2], p.Steps[4]
	// validate: sync, no retries: triggered 0.9, 0.81 succeed; nothing dead-lettered.
	if !validate.Attempts.Equal(dec("0.9")) || !validate.Succeeded.Equal(dec("0.81")) || !validate.DeadLettered.IsZero() {
		t.Errorf("validate: %+v", validate)
	}
	// worker reads the queue (0.81 messages) up to 5 times: 0.81 x 1.1111 tries, in batches of
	// 5 invocations 0.81 x 1.1111 / 5; 0.81 x 0.00001 dead-lettered.
	if !worker.Attempts.Equal(dec("0.899991")) || !worker.Invocations().Equal(dec("0.1799982")) || !worker.DeadLettered.Equal(dec("0.0000081")) {
		t.Errorf("worker: attempts %s, invocations %s, dead %s", worker.Attempts, worker.Invocations(), worker.DeadLettered)
	}
	// email gets SNS's asynchronous delivery of what worker finished: 0.81 x 0.99999, tried
	// 1.11 times each.
	if want := dec("0.8099919").Mul(dec("1.11")); !email.Attempts.Equal(want) {
		t.Errorf("email attempts %s, want %s", email.Attempts, want)
	}
}

func TestFlowPricesRetries(t *testing.T) {
	res := Price([]Workload{orderPipeline()}, catalog(t), Options{})
	f := res.Workloads[0].Flow
	if f == nil || len(f.Merges) != 0 {
		t.Fatalf("flow %+v: the steps worth merging are the analysis's (analysis.Merges), not the engine's", f)
	}
	if !f.RetryInvocations.IsPositive() || !f.RetryCost.IsPositive() || !f.DeadLettered.IsPositive() {
		t.Errorf("retries: %s invocations, %s, %s dead-lettered", f.RetryInvocations, f.RetryCost, f.DeadLettered)
	}
	if len(res.Workloads[0].Schedules) != 1 {
		t.Errorf("schedules: %d", len(res.Workloads[0].Schedules))
	}
}

func TestCacheHitsOnlyWhereTheRESTAPIIsTheFrontDoor(t *testing.T) {
	w := orderPipeline()
	w.FrontDoor.Lambda, w.FrontDoor.Containers = RESTAPI, ALB
	w.FrontDoor.CacheSizeGB, w.FrontDoor.CacheHitPercent = "0.5", dec("40")
	series := []int64{600, 400}
	// Lambda sits behind the cached REST API: 40% of 1,000 requests never reach it.
	if a := newAround(w, functionSeat, series, 2); !a.entry.Equal(dec("600")) {
		t.Errorf("Lambda entry = %s, want 600", a.entry)
	}
	// The containers' ALB has no cache: every request reaches them.
	if a := newAround(w, fargateSeat, series, 2); !a.entry.Equal(dec("1000")) {
		t.Errorf("container entry = %s, want 1000", a.entry)
	}
}

func TestSQSBatchesAboveTenTakeSeveralCalls(t *testing.T) {
	w := orderPipeline()
	w.Retries = Retries{}
	w.Flow = []Step{
		{Name: "orders", Kind: StepSQS, From: EntryStep, PerParent: dec("1"), MessageKB: dec("1")},
		{Name: "worker", Kind: StepFunction, From: "orders", PerParent: dec("1"), DurationMs: dec("100"), MemoryMB: 512, BatchSize: 20},
	}
	a := newAround(w, functionSeat, []int64{1000}, 1)
	// 1,000 sends; 50 invocations of 20 messages, each 2 receives of 10 KB (one 64 KB chunk
	// each) and 2 batch deletes: 1,000 + 100 + 100 = 1,200 requests.
	if got := a.flowQuantities().sqsStandard; !got.Equal(dec("1200")) {
		t.Errorf("SQS requests = %s, want 1200", got)
	}
}

func TestAStepLambdaCannotRunMakesLambdaInfeasible(t *testing.T) {
	w := orderPipeline()
	w.Flow[2].DurationMs = dec("900001") // worker, beyond Lambda's 15-minute timeout
	e := Price([]Workload{w}, catalog(t), Options{}).Workloads[0].Estimate(PlatformLambda)
	want := "flow step worker: duration_ms 900,001 is beyond Lambda's 15-minute (900,000 ms) timeout"
	if e.Feasible || len(e.Reasons) != 1 || e.Reasons[0] != want {
		t.Errorf("Lambda: feasible %v, reasons %q; want %q", e.Feasible, e.Reasons, want)
	}
}
