package analysis

import (
	"fmt"
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
)

// flatAPI is a flat-traffic service whose break-evens are worked out by hand in
// TestBreakEvenFlatTrafficByHand: no free tier, no services, whole tasks and instances sized
// at the median second (peak_percentile 50).
func flatAPI() model.Workload {
	return model.Workload{
		Name: "flat-api", Region: "us-east-1",
		Traffic:  model.Traffic{RequestsPerMonth: 10000000, PeakPercentile: dec("50")},
		Function: model.Function{DurationMs: dec("100"), MemoryMB: 1024},
		Settings: map[model.Platform]any{model.PlatformLambda: model.LambdaConfig{Architecture: model.X86_64, EphemeralStorageMB: 512}, model.PlatformFargate: model.FargateConfig{Architecture: model.X86_64, VCPU: dec("1"), MemoryGB: dec("2"), EphemeralStorageGB: 20,
			Fleet: model.Fleet{RequestsPerSecondPerUnit: dec("100"), Min: 1}}, model.PlatformEC2: model.EC2Config{InstanceType: "c7g.large", Fleet: model.Fleet{RequestsPerSecondPerUnit: dec("200"), Min: 1}, Purchase: model.OnDemand}},
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
	evens, curve := breakEvens(flatAPI(), cat, model.StandardMonth(), 2)
	want := map[[2]model.Platform]string{
		{model.PlatformLambda, model.PlatformFargate}: "19306479",
		{model.PlatformLambda, model.PlatformEC2}:     "28351716",
	}
	for _, b := range evens {
		at, ok := want[[2]model.Platform{b.A, b.B}]
		if b.Variable != VaryTraffic || !ok {
			continue
		}
		if len(b.Crossings) == 0 {
			t.Fatalf("%s-%s: no crossing; want one at %s", b.A, b.B, at)
		}
		c := b.Crossings[0]
		if c.At.String() != at || c.Below != model.PlatformLambda || c.Above != b.B {
			t.Errorf("%s-%s: first crossing at %s (%s below, %s above), want %s (lambda below)", b.A, b.B, c.At, c.Below, c.Above, at)
		}
		delete(want, [2]model.Platform{b.A, b.B})
	}
	if len(want) > 0 {
		t.Errorf("pairs not reported: %v", want)
	}
	if len(curve) < 16 {
		t.Errorf("curve has %d points, want at least 16 (two a decade over eight)", len(curve))
	}
}

// TestBreakEvenStepsTradePlaces: Fargate tasks (70 rps each at 70%, $36.0401 a month) against
// c6i.large instances (140 rps at 70%, 730 x $0.085 = $62.05) on flat traffic. With p tasks'
// worth of peak: up to 70 rps Fargate is cheaper ($36.04 < $62.05), to 140 EC2 ($72.08 >
// $62.05), to 210 Fargate ($108.12 < $124.10), to 280 EC2, to 350 Fargate ($180.20 < $186.15),
// and from there EC2 for good (2k+1 tasks cost more than k+1 instances once k >= 3): five
// crossings, reported as an interval. The first by hand: at 254,400 requests an hour the
// median second is 70.667 - 0.667 = 70 (one task); 185,712,000 + n requests put 254,401 in n
// hours (the largest remainders, the first hours), each then needing a second task (no
// scale-out lag in this fleet): 36.0401 + n x $0.04937 >= $62.05 from n = 527 ($62.05809;
// 526 gives $62.00872).
func TestBreakEvenStepsTradePlaces(t *testing.T) {
	w := flatAPI()
	model.EditSettings(&w, model.PlatformEC2, func(c *model.EC2Config) { c.InstanceType = "c6i.large" })
	evens, _ := breakEvensOf(w, VaryTraffic, catalog(t), model.StandardMonth(), 2)
	for _, b := range evens {
		if b.A != model.PlatformFargate || b.B != model.PlatformEC2 {
			continue
		}
		if len(b.Crossings) != 5 {
			t.Fatalf("%d crossings %v, want 5", len(b.Crossings), b.Crossings)
		}
		first := b.Crossings[0]
		if first.At.String() != "185712527" || first.Below != model.PlatformFargate || !first.BelowCost.Equal(dec("62.05809")) {
			t.Errorf("first crossing %+v, want Fargate $62.05809 at 185,712,527", first)
		}
		for k, c := range b.Crossings {
			if k > 0 && (c.Below != b.Crossings[k-1].Above || !c.At.GreaterThan(b.Crossings[k-1].At)) {
				t.Errorf("crossing %d %+v does not follow %+v", k, c, b.Crossings[k-1])
			}
		}
		if _, to, ok := b.Interval(); !ok || b.CheaperAtTo != model.PlatformEC2 || !to.Equal(b.Crossings[4].At) {
			t.Errorf("interval to %s, cheaper at the top %s", to, b.CheaperAtTo)
		}
		return
	}
	t.Fatal("no Fargate-EC2 break-even")
}

func TestBreakEvenSearchIsBounded(t *testing.T) {
	// With a budget of only 60 prices (an equal share of 2 a pair) the search stops
	// refining, keeps what it found and says so on every pair it did not finish; with the full
	// budget flat-api's crossings are all found and nothing is said. flat-api is priced on
	// Lambda, Fargate and EC2 here, whose three pairs each cross
	// (TestBreakEvenFlatTrafficByHand); the pairs of a platform it is not priced on have
	// nothing to find, and their shares go to the others.
	cat := catalog(t)
	w := onAWS(flatAPI())
	run := func(budget int) []BreakEven {
		s := &breakEvenSearch{w: w, v: VaryTraffic, cat: cat, month: model.StandardMonth(), cache: map[int64]*probe{},
			opt: model.Options{Month: model.StandardMonth(), BillsOnly: true, Shared: true}, workers: 1, budget: budget}
		base, from, to := s.bounds()
		points := scanPoints(from, to, base, trafficPerDecade)
		out := s.pairs(points, base)
		if len(s.cache) > budget+len(points) {
			t.Errorf("budget %d: %d values priced beside %d scanned", budget, len(s.cache)-len(points), len(points))
		}
		return out
	}
	searched := 0
	for _, b := range run(maxProbes) {
		if !w.PricedOn(b.A) || !w.PricedOn(b.B) {
			if len(b.Crossings) != 0 {
				t.Errorf("%s vs %s: %d crossings, but flat-api is not priced on both", b.A, b.B, len(b.Crossings))
			}
			continue
		}
		searched++
		if b.Stopped != "" || len(b.Crossings) == 0 {
			t.Errorf("%s vs %s: %d crossings, stopped %q", b.A, b.B, len(b.Crossings), b.Stopped)
		}
	}
	if searched != 3 {
		t.Errorf("%d pairs of Lambda, Fargate and EC2, want 3", searched)
	}
	// A pair that finishes within its share leaves the rest to the pairs that stopped: each
	// stops at a limit above its equal share, and their limits add up to no more than the
	// budget.
	share, limits := 60/(len(model.Platforms)*(len(model.Platforms)-1)/2), 0
	for _, b := range run(60) {
		if b.Stopped == "" {
			continue
		}
		var n int
		if _, err := fmt.Sscanf(b.Stopped, "the search stopped after pricing %d values of traffic", &n); err != nil {
			t.Fatalf("%s vs %s: %q: %v", b.A, b.B, b.Stopped, err)
		}
		if n <= share {
			t.Errorf("%s vs %s stopped at %d values, no more than its equal share of %d", b.A, b.B, n, share)
		}
		limits += n
	}
	if limits == 0 || limits > 60 {
		t.Errorf("the pairs that stopped had %d values in all, want some and at most the budget of 60", limits)
	}
}

func TestBreakEvenPairsSideBySideFindAlike(t *testing.T) {
	// The pairs searched side by side find what one pair after another finds, at the full
	// limit and where a pair stops (each counts its own values), at every run whatever the
	// goroutines do.
	cat := catalog(t)
	w := flatAPI()
	model.EditSettings(&w, model.PlatformEC2, func(c *model.EC2Config) { c.InstanceType = "c6i.large" })
	for _, limit := range []int{maxProbes, 40} {
		run := func(workers int) string {
			s := &breakEvenSearch{w: w, v: VaryTraffic, cat: cat, month: model.StandardMonth(), cache: map[int64]*probe{},
				opt: model.Options{Month: model.StandardMonth(), BillsOnly: true, Shared: true}, workers: workers, budget: limit}
			base, from, to := s.bounds()
			points := scanPoints(from, to, base, trafficPerDecade)
			s.priceEvery(points)
			return fmt.Sprint(s.pairs(points, base))
		}
		want := run(1)
		if strings.Contains(want, "stopped") != (limit == 40) {
			t.Fatalf("limit %d: %s", limit, want)
		}
		for range 10 {
			if got := run(4); got != want {
				t.Fatalf("limit %d: side by side found\n%s\none after another\n%s", limit, got, want)
			}
		}
	}
}
