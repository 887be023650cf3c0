package model

import (
	"testing"
)

// flatAPI is a flat-traffic service whose break-evens are worked out by hand in
// TestBreakEvenFlatTrafficByHand: no free tier, no services, whole tasks and instances sized
// at the median second (peak_percentile 50).
func flatAPI() Workload {
	return Workload{
		Name: "flat-api", Region: "us-east-1",
		Traffic:  Traffic{RequestsPerMonth: 10000000, PeakPercentile: dec("50")},
		Function: Function{DurationMs: dec("100"), MemoryMB: 1024},
		Lambda:   LambdaConfig{Architecture: X86_64, EphemeralStorageMB: 512},
		Fargate: FargateConfig{Architecture: X86_64, VCPU: dec("1"), MemoryGB: dec("2"), EphemeralStorageGB: 20,
			Fleet: Fleet{RequestsPerSecondPerUnit: dec("100"), Min: 1}},
		EC2: EC2Config{InstanceType: "c7g.large", Fleet: Fleet{RequestsPerSecondPerUnit: dec("200"), Min: 1}, Purchase: OnDemand},
	}
}

// TestBreakEvenFlatTrafficByHand checks the traffic break-evens of flatAPI against a hand
// calculation.
//
// Lambda, per request: $0.20/1M = $0.0000002, plus 100 ms x 1 GB = 0.1 GB-s x $0.0000166667 =
// $0.00000166667: $0.00000186667. INIT adds 140 ms (nodejs22.x) at 1 GB per cold start: the
// environments kept warm (the 99th percentile of the hour's Poisson concurrency) are each
// replaced every 4 hours, 730 / 4 = 182.5 cold starts a month each.
//
// Fargate: at ~26,000 requests an hour (7.3 a second, median second 7) one task (70 rps at
// 70%) serves it all month: 730 h x (1 vCPU x $0.04048 + 2 GB x $0.004445) = $36.0401. There
// concurrency is 7.35 x 0.1 = 0.73, whose 99th percentile is 3 environments: 547 cold starts
// (the model's whole count of 3 x 182.5), 76.58 GB-s = $0.001276335886. Lambda reaches
// $36.0401 at x = (36.0401 - 0.001276335886) / 0.00000186667 = 19,306,478.2: Fargate is no
// dearer from 19,306,479 requests (Lambda $36.040101490816; at 19,306,478, $36.040099624146).
//
// EC2: one c7g.large all month, 730 x $0.0725 = $52.925. Near 28.35M requests concurrency is
// 1.08, 99th percentile 4: 730 cold starts, 102.2 GB-s = $0.00170333674; (52.925 -
// 0.00170333674) / 0.00000186667 = 28,351,715.44: EC2 no dearer from 28,351,716.
func TestBreakEvenFlatTrafficByHand(t *testing.T) {
	cat := catalog(t)
	evens, curve := BreakEvens(flatAPI(), cat, StandardMonth())
	want := map[[2]Platform]string{
		{PlatformLambda, PlatformFargate}: "19306479",
		{PlatformLambda, PlatformEC2}:     "28351716",
	}
	for _, b := range evens {
		at, ok := want[[2]Platform{b.A, b.B}]
		if b.Variable != VaryTraffic || !ok {
			continue
		}
		if len(b.Crossings) == 0 {
			t.Fatalf("%s-%s: no crossing; want one at %s", b.A, b.B, at)
		}
		c := b.Crossings[0]
		if c.At.String() != at || c.Below != PlatformLambda || c.Above != b.B {
			t.Errorf("%s-%s: first crossing at %s (%s below, %s above), want %s (lambda below)", b.A, b.B, c.At, c.Below, c.Above, at)
		}
		delete(want, [2]Platform{b.A, b.B})
	}
	if len(want) > 0 {
		t.Errorf("pairs not reported: %v", want)
	}
	if len(curve) < 20 {
		t.Errorf("curve has %d points, want at least 20", len(curve))
	}
}
