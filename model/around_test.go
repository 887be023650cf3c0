package model

import "testing"

func TestQueueDeletesOnlyWhatSucceeds(t *testing.T) {
	w := mobileBackend()
	w.Lambda.FreeTier = false
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
	if jobs := r.Flow.Steps[1]; !jobs.Invocations.Equal(dec("2798100")) {
		t.Errorf("jobs: %s requests, want 2798100", jobs.Invocations)
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
