package model

import (
	"strings"
	"testing"
	"time"

	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func catalog(t testing.TB) *pricing.Catalog {
	t.Helper()
	cat, err := pricing.Load()
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

// mobileBackend is the workload of the example and of AWS's Lambda pricing example 1.
func mobileBackend() Workload {
	return Workload{
		Name: "mobile-backend", Region: "us-east-1",
		Traffic:  Traffic{RequestsPerMonth: 3000000},
		Function: Function{DurationMs: dec("120"), MemoryMB: 1536},
		Settings: map[Platform]any{PlatformLambda: LambdaConfig{Architecture: X86_64, EphemeralStorageMB: 512, FreeTier: true}, PlatformFargate: FargateConfig{Architecture: ARM64, VCPU: dec("0.5"), MemoryGB: dec("1"), EphemeralStorageGB: 20,
			Fleet: Fleet{RequestsPerSecondPerUnit: dec("40"), Min: 2}}, PlatformEC2: EC2Config{InstanceType: "t4g.small", Fleet: Fleet{RequestsPerSecondPerUnit: dec("60"), Min: 2}, Purchase: OnDemand}},
	}
}

func cents(d decimal.Decimal) string { return d.Round(2).StringFixed(2) }

func TestPriceMobileBackendByHand(t *testing.T) {
	res := Price([]Workload{mobileBackend()}, catalog(t), Options{})
	r := res.Workloads[0]
	// Lambda: AWS's example 1, $2.33 + $0.40, plus the INIT AWS bills since August 2025: the
	// cold-start model counts 182 cold starts (730 hours / 4-hour lifetimes, one environment),
	// each 140 ms (nodejs22.x) at 1.5 GB: 38.22 GB-s more. (540,038.22 - 400,000) x
	// $0.0000166667 + $0.40 = $2.733975001274.
	// Fargate: 3M requests over 730 hours is at most 4,110 an hour, far below one task's
	// 144,000 (40 rps x 3600), so min_tasks 2 run all month: 1,460 task-hours, 730 vCPU-hours
	// x $0.03238 + 1,460 GB-hours x $0.00356 = $23.6374 + $5.1976 = $28.835.
	// EC2: 2 x t4g.small x 730 h x $0.0168 = $24.528.
	want := map[Platform]string{PlatformLambda: "2.733975001274", PlatformFargate: "28.835", PlatformEC2: "24.528"}
	for p, cost := range want {
		e := r.Estimate(p)
		if !e.Feasible || !e.MonthlyCost.Equal(dec(cost)) {
			t.Errorf("%s: feasible %v, cost %s, want %s (reasons %v)", p, e.Feasible, e.MonthlyCost, cost, e.Reasons)
		}
	}
	// Azure Functions' Consumption plan bills less: 2M executions past the 1M free x $0.20/M
	// = $0.40, and 3M x 0.12 s x 1.5 GB = 540,000 GB-s, 140,000 past the 400,000 free, x
	// $0.000016 = $2.24: $2.64, the cheapest. Among the AWS platforms, Lambda is.
	if azure := r.Estimate("azurefunctions"); r.Cheapest != "azurefunctions" || !azure.MonthlyCost.Equal(dec("2.64")) {
		t.Errorf("cheapest %s, Azure Functions $%s; want azurefunctions at $2.64", r.Cheapest, azure.MonthlyCost)
	}
	if aws := Price([]Workload{onAWS(mobileBackend())}, catalog(t), Options{}).Workloads[0]; aws.Cheapest != PlatformLambda {
		t.Errorf("cheapest of the AWS platforms %s, want lambda", aws.Cheapest)
	}
	if c := r.Estimate(PlatformFargate).Capacity; c.Min != 2 || c.Max != 2 || c.UnitHours != 1460 {
		t.Errorf("fargate capacity %d-%d, %d unit-hours", c.Min, c.Max, c.UnitHours)
	}
	if res.MonthHours != 730 {
		t.Errorf("month hours %d", res.MonthHours)
	}
}

func TestTasksScaleWithTraffic(t *testing.T) {
	// 1e9 requests: 730 x 1,369,863 + 10, so every hour averages 380.5 requests a second. Its
	// 99th-percentile second (Poisson, Cornish-Fisher: 380.5 + 2.3263 x sqrt(380.5) + (2.3263^2
	// - 1) / 6 - 0.5 = 426.1) holds 427. At 70% of 40 rps a task takes 28: ceil(427 / 28) = 16
	// tasks every hour, 11,680 task-hours. At 70% of 60 rps an instance takes 42: 11 instances,
	// 8,030 instance-hours.
	w := mobileBackend()
	w.Traffic.RequestsPerMonth = 1000000000
	r := Price([]Workload{w}, catalog(t), Options{}).Workloads[0]
	if c := r.Estimate(PlatformFargate).Capacity; c.Min != 16 || c.Max != 16 || c.UnitHours != 11680 {
		t.Errorf("fargate capacity %d-%d, %d unit-hours", c.Min, c.Max, c.UnitHours)
	}
	if c := r.Estimate(PlatformEC2).Capacity; c.UnitHours != 8030 {
		t.Errorf("ec2 capacity %d-%d, %d unit-hours", c.Min, c.Max, c.UnitHours)
	}
	// 8,030 h x $0.0168 = $134.904. The t4g.small (2 vCPUs, 24 credits an hour: a 20%
	// baseline) serves the file's 60 rps at full CPU, so a request takes 2 / 60 vCPU-seconds,
	// 1/1,800 of a credit: each of the 11 instances spends 1,369,863 / 1,800 / 11 = 69.19
	// credits an hour and earns 24. It owes its 576-credit limit all month and pays the rest
	// hourly: 1e9 / 1,800 - 11 x 24 x 730 = 555,555.56 - 192,720 = 362,835.56 credits =
	// 6,047.26 vCPU-hours x $0.04 = $241.89. $376.79 in all.
	e := r.Estimate(PlatformEC2)
	if got := e.MonthlyCost.Round(2); !got.Equal(dec("376.79")) {
		t.Errorf("ec2 cost %s", e.MonthlyCost)
	}
	if got := e.LineItems[1]; got.ID != "ec2.cpu_credits.surplus" || !got.Quantity.Round(2).Equal(dec("6047.26")) || got.Estimate == "" {
		t.Errorf("surplus %+v", got)
	}
}

func TestRequestsPerSecondBecomeMonthlyRequests(t *testing.T) {
	// 1.5 rps x 730 h x 3600 s = 3,942,000 requests.
	tr := Traffic{RequestsPerSecond: dec("1.5"), PerSecond: true}
	if got := tr.MonthlyRequests(730); got != 3942000 {
		t.Errorf("got %d", got)
	}
	// 0.001 rps over 744 hours is 2,678.4 requests: rounded to 2,678.
	tr.RequestsPerSecond = dec("0.001")
	if got := tr.MonthlyRequests(744); got != 2678 {
		t.Errorf("got %d", got)
	}
}

func TestPortfolioAppliesFreeTierOnce(t *testing.T) {
	// Two copies of the mobile backend: alone each costs $2.733975001274 on Lambda (see above).
	// Together the account gets the free tier once: 5M billable requests ($1.00) and
	// 1,080,076.44 - 400,000 = 680,076.44 GB-s x $0.0000166667 ($11.334630002548).
	a, b := mobileBackend(), mobileBackend()
	b.Name = "mobile-backend-2"
	res := Price([]Workload{a, b}, catalog(t), Options{})
	lambda := res.Portfolio.Platforms[0]
	if lambda.Platform != PlatformLambda || !lambda.MonthlyCost.Equal(dec("12.334630002548")) || !lambda.StandaloneSum.Equal(dec("5.467950002548")) {
		t.Errorf("portfolio lambda %+v", lambda)
	}
	// Fargate has no account-level tiers: the portfolio is the sum.
	if f := res.Portfolio.Platforms[1]; !f.MonthlyCost.Equal(dec("57.67")) {
		t.Errorf("portfolio fargate %s", f.MonthlyCost)
	}
	// Each workload's cheapest is Azure Functions ($2.64, see above), so the mix is the
	// subscription's bill, its free grants once: 6M - 1M executions x $0.20/M = $1.00 and
	// 1,080,000 - 400,000 = 680,000 GB-s x $0.000016 = $10.88, $11.88.
	if !res.Portfolio.CheapestMix.Equal(dec("11.88")) {
		t.Errorf("cheapest mix %s, want 11.88", res.Portfolio.CheapestMix)
	}
	// Among the AWS platforms each one's cheapest is Lambda, so the mix is the account-level
	// Lambda bill.
	if aws := Price([]Workload{onAWS(a), onAWS(b)}, catalog(t), Options{}).Portfolio; !aws.CheapestMix.Equal(dec("12.334630002548")) {
		t.Errorf("cheapest mix on AWS %s, want 12.334630002548", aws.CheapestMix)
	}
}

func TestInfeasiblePlatformsSayWhy(t *testing.T) {
	w := mobileBackend()
	w.Function.DurationMs = dec("1200000") // 20 minutes
	w.Function.MemoryMB = 12288
	EditSettings(&w, PlatformFargate, func(f *FargateConfig) { f.VCPU, f.MemoryGB = dec("0.25"), dec("3") })
	EditSettings(&w, PlatformEC2, func(c *EC2Config) { c.InstanceType = "z9.huge" })
	r := Price([]Workload{onAWS(w)}, catalog(t), Options{}).Workloads[0] // Cloud Run's 60-minute requests of up to 32 GiB could run it
	want := map[Platform]int{PlatformLambda: 2, PlatformFargate: 1, PlatformEC2: 1}
	for p, n := range want {
		e := r.Estimate(p)
		if e.Feasible || len(e.Reasons) != n {
			t.Errorf("%s: feasible %v, reasons %q", p, e.Feasible, e.Reasons)
		}
	}
	if r.Cheapest != "" {
		t.Errorf("cheapest %q with nothing feasible", r.Cheapest)
	}
	if got := r.Estimate(PlatformLambda).Reasons[1]; got != "function.duration_ms 1,200,000 is beyond Lambda's 15-minute (900,000 ms) timeout" {
		t.Errorf("reason %q", got)
	}
}

func TestUnknownRegionIsInfeasibleEverywhere(t *testing.T) {
	w := mobileBackend()
	w.Region = "ap-south-2"
	r := Price([]Workload{w}, catalog(t), Options{}).Workloads[0]
	for _, e := range r.Estimates {
		if e.Feasible || len(e.Reasons) != 1 {
			t.Errorf("%s: %+v", e.Platform, e)
		}
	}
}

func TestDefaultSizing(t *testing.T) {
	// No fargate or ec2 sizing: Lambda's CPU share at 1536 MB is 1536/1769 = 0.868287 vCPU, so
	// the smallest Fargate size is 1 vCPU with 2 GB; throughput at full load 1 x 1000 x 1769 /
	// (120 x 1536) = 9.5974392 requests a second, truncated to a millionth: 9.597439;
	// 19.1948784 for the 2 vCPUs of the instance: 19.194878.
	w := mobileBackend()
	w.SetSettings(PlatformFargate, FargateConfig{Architecture: X86_64, EphemeralStorageGB: 20, Fleet: Fleet{Min: 1}})
	w.SetSettings(PlatformEC2, EC2Config{Fleet: Fleet{Min: 1}, Purchase: OnDemand})
	got := resolveDefaults(w, catalog(t), 0)
	if !fargateOf(got).VCPU.Equal(dec("1")) || !fargateOf(got).MemoryGB.Equal(dec("2")) || !fargateOf(got).Fleet.RequestsPerSecondPerUnit.Equal(dec("9.597439")) {
		t.Errorf("fargate %+v", fargateOf(got))
	}
	if ec2Of(got).InstanceType == "" || !ec2Of(got).Fleet.RequestsPerSecondPerUnit.Equal(dec("19.194878")) {
		t.Errorf("ec2 %+v", ec2Of(got))
	}
	var sizing int // the other platforms record their own choices
	for _, d := range got.Defaulted {
		if strings.HasPrefix(d.Key, "fargate.") || strings.HasPrefix(d.Key, "ec2.") {
			sizing++
		}
	}
	if sizing != 5 {
		t.Errorf("defaulted %+v, want 5 fargate and ec2 choices", got.Defaulted)
	}
}

func TestCostNeverFallsAsTrafficRises(t *testing.T) {
	cat := catalog(t)
	prev := map[Platform]decimal.Decimal{}
	for _, n := range []int64{0, 1, 999999, 1000000, 1000001, 3000000, 50000000, 400000000, 2000000000} {
		w := mobileBackend()
		w.Traffic.RequestsPerMonth = n
		r := Price([]Workload{w}, cat, Options{}).Workloads[0]
		for _, e := range r.Estimates {
			if p, ok := prev[e.Platform]; ok && e.MonthlyCost.LessThan(p) {
				t.Errorf("%s: %d requests cost %s, less than %s for fewer", e.Platform, n, e.MonthlyCost, p)
			}
			prev[e.Platform] = e.MonthlyCost
		}
	}
}

func TestLargestInputsDoNotOverflow(t *testing.T) {
	// The format's limits: 10^15 requests a month, 0.001 requests a second per task. 10^15 over
	// 730 hours is 380,517,503.8 requests a second; its 99th-percentile second holds
	// 380,562,884 (the mean + 2.3263 standard deviations of 19,506.8, + 0.2353); a task at 70%
	// of 0.001 rps takes 0.0007: ceil(380,562,884 / 0.0007) = 543,661,262,858 tasks.
	w := mobileBackend()
	w.Traffic.RequestsPerMonth = 1000000000000000
	EditSettings(&w, PlatformFargate, func(f *FargateConfig) { f.Fleet.RequestsPerSecondPerUnit = dec("0.001") })
	r := Price([]Workload{w}, catalog(t), Options{})
	if c := r.Workloads[0].Estimate(PlatformFargate).Capacity; c.Max != 543661262858 {
		t.Errorf("fargate capacity %d-%d", c.Min, c.Max)
	}
	// Cloud Run cannot serve them: about 380 million requests a second of 120 ms are some 45
	// million in flight, at 80 to an instance over half a million instances, far beyond its
	// default max_instances of 100, and it says so. Every other platform bills them.
	for _, e := range r.Workloads[0].Estimates {
		if e.Platform == "cloudrun" {
			if e.Feasible || len(e.Reasons) != 1 || !strings.Contains(e.Reasons[0], "more than cloudrun.max_instances 100") {
				t.Errorf("cloudrun: feasible %v, reasons %q; want beyond max_instances", e.Feasible, e.Reasons)
			}
			continue
		}
		if !e.Feasible || !e.MonthlyCost.IsPositive() {
			t.Errorf("%s: %+v", e.Platform, e)
		}
	}
}

func TestProvisionedConcurrencySchedules(t *testing.T) {
	// 10 environments of 1 GB on weekdays 9:00-17:00: the standard month has 177 such hours
	// (see TestBusinessHoursSeries): 177 x 3,600 s x 10 x 1 GB = 6,372,000 GB-s x $0.0000041667
	// = $26.5502124. Traffic is flat, 10,000 requests an hour of 100 ms, which 10 environments
	// (360,000 an hour) absorb whenever they are on: 1,770,000 requests x 0.1 s x 1 GB = 177,000
	// GB-s at the provisioned duration rate.
	w := mobileBackend()
	w.Traffic.RequestsPerMonth = 7300000
	w.Function = Function{DurationMs: dec("100"), MemoryMB: 1024}
	EditSettings(&w, PlatformLambda, func(c *LambdaConfig) { c.ProvisionedConcurrency = 10 })
	EditSettings(&w, PlatformLambda, func(c *LambdaConfig) {
		c.ProvisionedSchedule = ProvisionedSchedule{Kind: Weekly, StartHour: 9, EndHour: 17,
			Days: []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday}}
	})
	items := lineItems(Price([]Workload{w}, catalog(t), Options{}).Workloads[0].Estimate(PlatformLambda))
	if !items["lambda.provisioned_concurrency"].Quantity.Equal(dec("6372000")) || !items["lambda.provisioned_concurrency"].Cost.Equal(dec("26.5502124")) {
		t.Errorf("provisioned concurrency %+v", items["lambda.provisioned_concurrency"])
	}
	if !items["lambda.provisioned_duration"].Quantity.Equal(dec("177000")) {
		t.Errorf("provisioned duration %s", items["lambda.provisioned_duration"].Quantity)
	}

	// In the bursts: a 10-hour burst of 5x: 10 hours x 3,600 s x 10 GB = 360,000 GB-s.
	w.Traffic.Shape.Bursts = []Burst{{Name: "launch", Multiplier: dec("5"), HoursPerMonth: 10}}
	EditSettings(&w, PlatformLambda, func(c *LambdaConfig) { c.ProvisionedSchedule = ProvisionedSchedule{Kind: Bursts} })
	items = lineItems(Price([]Workload{w}, catalog(t), Options{}).Workloads[0].Estimate(PlatformLambda))
	if !items["lambda.provisioned_concurrency"].Quantity.Equal(dec("360000")) {
		t.Errorf("burst-window provisioned concurrency %s", items["lambda.provisioned_concurrency"].Quantity)
	}
}

func lineItems(e Estimate) map[string]pricing.LineItem {
	m := map[string]pricing.LineItem{}
	for _, it := range e.LineItems {
		m[it.ID] = it
	}
	return m
}
