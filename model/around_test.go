package model

import (
	"strings"
	"testing"
)

// fanOut is 200,000 requests a month putting one event each on a bus that starts a standard
// workflow (8 transitions) and an express one (1,150 ms at 1,000 MB: billed 1,200 ms at
// 1,024 MB), with the free tier.
func fanOut() Workload {
	w := mobileBackend()
	w.Name = "fan-out"
	w.Traffic = Traffic{RequestsPerMonth: 200000}
	w.Flow = []Step{
		{Name: "orders", Kind: StepEventBridge, From: EntryStep, PerParent: dec("1"), MessageKB: dec("1")},
		{Name: "fulfil", Kind: StepStateMachine, From: "orders", PerParent: dec("1"), Workflow: Standard, TransitionsPerExecution: 8},
		{Name: "enrich", Kind: StepStateMachine, From: "orders", PerParent: dec("1"), Workflow: Express, DurationMs: dec("1150"), MemoryMB: 1000},
	}
	return w
}

func TestStepCostsAreTheirOwnLines(t *testing.T) {
	f := Price([]Workload{fanOut()}, catalog(t), Options{}).Workloads[0].Flow
	// fulfil: 1,600,000 transitions x $0.000025 = $40.00, less 4,000 free ($0.10).
	// enrich: 200,000 requests x $0.000001 = $0.20; 200,000 x 1.2 s x 1 GB / 3,600 =
	// 66.6667 GB-hours x $0.06 = $4.00. Splitting all Step Functions lines by executions
	// would give each $22.05.
	want := map[string]string{"orders": "0.20", "fulfil": "39.90", "enrich": "4.20"}
	for _, s := range f.Steps {
		if cost, ok := want[s.Name]; ok && cents(s.LambdaCost) != cost {
			t.Errorf("%s: %s, want %s", s.Name, s.LambdaCost, cost)
		}
	}
}

func TestQueueDeletesOnlyWhatSucceeds(t *testing.T) {
	w := mobileBackend()
	EditSettings(&w, PlatformLambda, func(c *LambdaConfig) { c.FreeTier = false })
	w.Traffic = Traffic{RequestsPerMonth: 1000000}
	w.Flow = []Step{
		{Name: "jobs", Kind: StepSQS, From: EntryStep, PerParent: dec("1"), MessageKB: dec("1")},
		{Name: "worker", Kind: StepFunction, From: "jobs", PerParent: dec("1"), DurationMs: dec("400"), MemoryMB: 1024, BatchSize: 1},
	}
	w.Retries = Retries{ErrorPercent: dec("10"), QueueMaxReceives: 3, DeadLetterQueue: true}
	r := Price([]Workload{w}, catalog(t), Options{}).Workloads[0]
	// The entry fails 10%: 900,000 sends. worker receives each message up to 3 times:
	// 900,000 x 1.11 = 999,000 receives; it deletes the 900,000 x 0.999 = 899,100 that
	// succeed; 900,000 x 0.001 = 900 go to the dead-letter queue. 2,799,000 requests.
	for _, it := range r.Estimate(PlatformLambda).LineItems {
		if it.ID == "sqs.standard.requests.tier1" && !it.Quantity.Equal(dec("2799000")) {
			t.Errorf("SQS requests %s, want 2799000", it.Quantity)
		}
	}
	if jobs := r.Flow.Steps[1]; !jobs.Invocations.Equal(dec("2798100")) || cents(jobs.LambdaCost) != "1.12" {
		t.Errorf("jobs: %s requests, %s; want 2798100, $1.12 (the dead-letter queue's sends are no step's)", jobs.Invocations, jobs.LambdaCost)
	}
}

func TestNATGatewaysHoldPublicIPv4(t *testing.T) {
	w := mobileBackend()
	w.Network = Network{NATGateways: 2, AvailabilityZones: 2}
	r := Price([]Workload{w}, catalog(t), Options{}).Workloads[0]
	// Each gateway's Elastic IP: 2 x 730 hours x $0.005 = $7.30, wherever NAT is priced.
	for _, p := range []Platform{PlatformFargate, PlatformEC2} {
		found := false
		for _, it := range r.Estimate(p).LineItems {
			if it.ID == "ipv4.nat" {
				found = true
				if cents(it.Cost) != "7.30" {
					t.Errorf("%s: ipv4.nat %s, want 7.30", p, it.Cost)
				}
			}
		}
		if !found {
			t.Errorf("%s: no ipv4.nat line", p)
		}
	}
}

func TestExpressWorkflowsRunAtMostFiveMinutes(t *testing.T) {
	// 300,000 ms is the limit: at it the flow prices, one millisecond more and no platform
	// can run it, with the reason.
	w := fanOut()
	w.Flow[2].DurationMs = dec("300000")
	if r := Price([]Workload{w}, catalog(t), Options{}).Workloads[0]; !r.Estimate(PlatformLambda).Feasible {
		t.Fatalf("a 5-minute express workflow: %v", r.Estimate(PlatformLambda).Reasons)
	}
	w.Flow[2].DurationMs = dec("300001")
	r := Price([]Workload{w}, catalog(t), Options{}).Workloads[0]
	for _, e := range r.Estimates {
		if e.Feasible || len(e.Reasons) != 1 || !strings.Contains(e.Reasons[0], "flow step enrich runs 300,001 ms: an Express workflow runs at most 5 minutes") {
			t.Errorf("%s: feasible %v, reasons %v", e.Platform, e.Feasible, e.Reasons)
		}
	}
}
