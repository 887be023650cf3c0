package managedinstances

import (
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/demand"
	"github.com/shopspring/decimal"
)

// TestAWSExampleThroughTheWorkloadFile prices AWS's Lambda Managed Instances example (AWS
// Lambda pricing page) from a workload file, the buyer's Savings Plan rate given with
// --pricing: 100 million requests of 200 ms on m7g.xlarge ($0.1632 on demand) under a 3-year
// Compute Savings Plan at $0.0457, about 2,000 instance-hours. Over a 1,000-hour month two
// instances make them exactly (the file's comment works the sizing out): requests 100 x $0.20
// = $20.00; instances 2,000 x $0.0457 = $91.40; fee 2,000 x $0.1632 x 15% = $48.96; total
// $160.36. The instance line is at the buyer's rate, which the catalog says is theirs.
func TestAWSExampleThroughTheWorkloadFile(t *testing.T) {
	cat := catalog(t, "managedinstances-aws-example-rates.yaml")
	w, err := workloadsFile(providers("managedinstances-aws-example.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	month := model.Month{Name: "AWS example", Start: model.StandardMonth().Start, Hours: 1000}
	e := price(t, w, cat, month)
	wantCosts(t, e, map[string]string{
		"lambda.managed_instances.requests":       "20",
		"lambda.managed_instances.instances":      "91.4",
		"lambda.managed_instances.management_fee": "48.96",
	})
	if !e.MonthlyCost.Equal(dec("160.36")) {
		t.Errorf("total %s, want 160.36", e.MonthlyCost)
	}
	if e.Capacity.UnitHours != 2000 || e.Capacity.Max != 2 {
		t.Errorf("capacity %d instance-hours, at most %d; want 2,000 and 2", e.Capacity.UnitHours, e.Capacity.Max)
	}
	for _, it := range e.LineItems {
		if it.ID != "lambda.managed_instances.instances" {
			continue
		}
		rate, err := cat.Rate("us-east-1", it.RateKey)
		if err != nil || it.RateKey != "ec2.m7g.xlarge.savings-plan-3y" || !strings.HasSuffix(rate.Origin, "managedinstances-aws-example-rates.yaml") {
			t.Errorf("instance line at %s (origin %q, %v), want the buyer's ec2.m7g.xlarge.savings-plan-3y from their file", it.RateKey, rate.Origin, err)
		}
		if it.Estimate == "" {
			t.Error("the instance-hours are sized by the model: the line must say it is an estimate")
		}
	}
}

// TestPlainAPI prices a plain API of 3,000,000 requests a month of 120 ms at 1,536 MB
// (Node.js) in us-east-1 on the defaults: one 2 GB / 1 vCPU environment (AWS's minimum) serves
// 64 at once; the cheapest x86_64 C, M or R type holding it is c6i.large ($0.085 an hour, 2
// vCPUs / 4 GiB: 2 environments). The traffic (about 4,110 requests an hour, a few a second,
// under one in flight) needs one instance; the minimum of 3 runs all month: 3 x 730 = 2,190
// instance-hours. Requests 3 x $0.20 = $0.60; instances 2,190 x $0.085 = $186.15; fee 2,190 x
// $0.085 x 15% = 2,190 x $0.01275 = $27.9225; total $214.6725.
func TestPlainAPI(t *testing.T) {
	w := parse(t, `name: api
region: us-east-1
traffic:
  requests_per_month: 3000000
function:
  duration_ms: 120
  memory_mb: 1536
`)
	e := price(t, w, catalog(t), model.Month{})
	wantCosts(t, e, map[string]string{
		"lambda.managed_instances.requests":       "0.6",
		"lambda.managed_instances.instances":      "186.15",
		"lambda.managed_instances.management_fee": "27.9225",
	})
	if !e.MonthlyCost.Equal(dec("214.6725")) || e.Capacity.UnitHours != 2190 {
		t.Errorf("total %s over %d instance-hours, want 214.6725 over 2,190", e.MonthlyCost, e.Capacity.UnitHours)
	}
	if got := ConfigOf(w); got.MinInstances != 3 || got.Purchase != model.OnDemand || !got.MemoryPerVCPU.Equal(decimal.NewFromInt(2)) || got.Region != "us-east-1" {
		t.Errorf("section defaults %+v", got)
	}
	if cs := model.ColdStartsOf(e); cs == nil || cs.Total != 0 || cs.Requests != 3000000 || len(cs.Assumptions) == 0 {
		t.Errorf("cold starts %+v: want none, with the reason", cs)
	}
	if len(e.Warnings) != 0 {
		t.Errorf("warnings %v", e.Warnings)
	}
}

// TestInstanceCountsByHand sizes hours whose busiest second holds requests / 3,600 (evenly
// spread), 200 ms each, on environments serving 64 at once, 4 to an instance (256 in flight an
// instance), at least 3 instances:
//
//	3,600,000 an hour: 1,000 in the second, 1,000 x 200 / 1,000 = 200 in flight: 1 instance, 3
//	36,000,000 an hour: 10,000, 2,000 in flight: ceil(2,000 / 256) = 8 instances
//	72,000,000 an hour: 20,000, 4,000 in flight: ceil(4,000 / 256) = 16 instances
//	0 an hour: 3 instances
//
// Over the hours [3.6M, 36M, 72M, 0]: 3 + 8 + 16 + 3 = 30 instance-hours; the peak is 4,000 in
// flight on ceil(4,000 / 64) = 63 environments; the rise from 200 to 2,000 in flight more than
// doubles, the one to 4,000 exactly doubles (not more): one hour.
func TestInstanceCountsByHand(t *testing.T) {
	s := sizing{Concurrency: 64, PerInstance: 4}
	even := func(requests int64) int64 { return requests / 3600 }
	f := sizeFleet([]int64{3_600_000, 36_000_000, 72_000_000, 0}, nil, even, 1000, 200, s, 3)
	c := f.Capacity
	if c.UnitHours != 30 || !c.BilledHours.Equal(decimal.NewFromInt(30)) || c.Min != 3 || c.Max != 16 {
		t.Errorf("capacity %d instance-hours (%s billed), %d to %d; want 30, 3 to 16", c.UnitHours, c.BilledHours, c.Min, c.Max)
	}
	for h, want := range []int64{3, 8, 16, 3} {
		if got := c.PerHour.At(h); got != want {
			t.Errorf("hour %d: %d instances, want %d", h, got, want)
		}
	}
	if f.PeakConcurrency != 4000 || f.PeakEnvironments != 63 || f.Doublings != 1 {
		t.Errorf("peak %d in flight on %d environments, %d doublings; want 4,000, 63, 1", f.PeakConcurrency, f.PeakEnvironments, f.Doublings)
	}
}

// TestDoublingsOfSteadyMonths: a month whose busiest hour is at most twice its least busy
// has no doubling (counted without following the hours); one with an idle hour, or a wider
// range, is followed hour by hour, the month repeating.
func TestDoublingsOfSteadyMonths(t *testing.T) {
	for _, c := range []struct {
		inFlight []int64
		want     int64
	}{
		{[]int64{1000, 2000, 1500}, 0}, // exactly twice: no doubling
		{[]int64{1000, 2001, 1500}, 1},
		{[]int64{0, 1, 3, 0}, 1},         // from idle is no doubling; 1 to 3 is
		{[]int64{5, 11, 5, 11, 5}, 2},    // the last hour before the first: 5 to 5
		{[]int64{11, 5, 5, 11, 5, 5}, 2}, // the first hour after the last: 5 to 11
	} {
		classes := demand.Classify(c.inFlight)
		if got := doublings(classes, classes.Counts); got != c.want {
			t.Errorf("%v: %d doublings, want %d", c.inFlight, got, c.want)
		}
	}
}

// TestPackingByCPUAndMemory checks the environments an instance holds, the lesser of its
// vCPUs and its memory: m7g.xlarge (4 vCPUs, 16 GiB) holds 4 of 2 GB / 1 vCPU (CPU), 2 of
// 8 GB / 1 vCPU (memory), 1 of 16 GB / 2 vCPUs, none of 32 GB.
func TestPackingByCPUAndMemory(t *testing.T) {
	it := catalog(t).InstanceTypes["m7g.xlarge"]
	for _, c := range []struct {
		memGB, vcpu, want int64
	}{{2, 1, 4}, {8, 1, 2}, {16, 2, 1}, {32, 4, 0}} {
		if got := environmentsPerInstance(it, sizing{MemoryGB: decimal.NewFromInt(c.memGB), VCPU: c.vcpu}); got != c.want {
			t.Errorf("%d GB / %d vCPU: %d per instance, want %d", c.memGB, c.vcpu, got, c.want)
		}
	}
}

// TestPurchaseRateMissing: without the buyer's file the catalog has no m7g.xlarge 3-year
// Savings Plan rate: the instance line is left out and listed as unpriced (never guessed), a
// warning says how to give it, and the total is the requests' $20.00 and the fee's $48.96.
func TestPurchaseRateMissing(t *testing.T) {
	w, err := workloadsFile(providers("managedinstances-aws-example.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	e := price(t, w, catalog(t), model.Month{Name: "AWS example", Start: model.StandardMonth().Start, Hours: 1000})
	wantCosts(t, e, map[string]string{"lambda.managed_instances.requests": "20", "lambda.managed_instances.management_fee": "48.96"})
	if len(e.Unpriced) != 1 || e.Unpriced[0].Key != "ec2.m7g.xlarge.savings-plan-3y" {
		t.Errorf("unpriced %v", e.Unpriced)
	}
	if len(e.Warnings) != 1 || !strings.Contains(e.Warnings[0], "give yours in a --pricing file") {
		t.Errorf("warnings %v", e.Warnings)
	}
}
