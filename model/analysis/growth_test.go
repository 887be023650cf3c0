package analysis

import (
	"testing"
	"time"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/demand"
	"github.com/shopspring/decimal"
)

// growingAPI is a flat-traffic service on which Lambda is cheapest at first and Fargate
// becomes cheapest as it grows. Hand figures (us-east-1, 730 hours):
//   - Lambda, 512 MB, 100 ms, no free tier: each request bills 0.05 GB-s, so a request costs
//     $0.0000002 + 0.05 x $0.0000166667 = $0.000001033335, plus the INIT time of cold starts.
//   - Fargate, 0.25 vCPU / 0.5 GB x86_64, one task (1,000 rps a task is far above the
//     traffic): 730 x (0.25 x $0.04048 + 0.5 x $0.004445) = 730 x $0.0123425 = $9.010025.
//   - EC2, one t4g.small (1,000 rps an instance): 730 x $0.0168 = $12.264, never cheapest.
func growingAPI() model.Workload {
	return model.Workload{
		Name: "growing-api", Region: "us-east-1",
		Traffic:  model.Traffic{RequestsPerMonth: 4000000, GrowthPercentPerMonth: dec("10")},
		Function: model.Function{DurationMs: dec("100"), MemoryMB: 512},
		Settings: map[model.Platform]any{model.PlatformLambda: model.LambdaConfig{Architecture: model.X86_64, EphemeralStorageMB: 512}, model.PlatformFargate: model.FargateConfig{Architecture: model.X86_64, VCPU: dec("0.25"), MemoryGB: dec("0.5"), EphemeralStorageGB: 20,
			Fleet: model.Fleet{RequestsPerSecondPerUnit: dec("1000"), Min: 1}}, model.PlatformEC2: model.EC2Config{InstanceType: "t4g.small", Fleet: model.Fleet{RequestsPerSecondPerUnit: dec("1000"), Min: 1}, Purchase: model.OnDemand}},
	}
}

// lambdaPerRequest is Lambda's cost of one request of growingAPI, INIT aside.
var lambdaPerRequest = dec("0.000001033335")

// lambdaInit is what the cold-start model's INIT time adds to a priced variant's Lambda
// bill (the model is checked by hand in coldstart_test.go).
func lambdaInit(r model.WorkloadResult) decimal.Decimal {
	return model.LambdaDetailOf(r.Estimate(model.PlatformLambda)).ColdStarts.BilledInitGBSeconds.Mul(dec("0.0000166667"))
}

func TestGrowthFlipsToFargateInMonthNine(t *testing.T) {
	// Requests 4,000,000 x 1.1^k, rounded half up:
	//   month 8: 4,000,000 x 2.14358881 = 8,574,355.24 -> 8,574,355; Lambda 8,574,355 x
	//            $0.000001033335 = $8.860183... < Fargate's $9.010025 by $0.15, far more than
	//            the INIT time adds (a few hundred cold starts x 0.07 GB-s: cents at most);
	//   month 9: 4,000,000 x 2.357947691 = 9,431,790.764 -> 9,431,791; Lambda $9.746202... >
	//            $9.010025: Fargate is cheapest from month 9 on.
	cat := catalog(t)
	w := onAWS(growingAPI())
	g := ProjectGrowth(w, cat, model.StandardMonth(), 12)
	if g.Months != 12 || len(g.Points) != 12 || g.Flat {
		t.Fatalf("months %d, points %d, flat %v", g.Months, len(g.Points), g.Flat)
	}
	for k, want := range map[int]int64{0: 4000000, 8: 8574355, 9: 9431791} {
		if got := g.Points[k].Requests; got != want {
			t.Errorf("month %d: %d requests, want %d", k, got, want)
		}
	}
	for k, p := range g.Points {
		want := model.PlatformLambda
		if k >= 9 {
			want = model.PlatformFargate
		}
		if p.Cheapest != want || p.Index != int64(k) || p.Hours != 730 {
			t.Errorf("month %d (index %d, %d hours): cheapest %s, want %s", k, p.Index, p.Hours, p.Cheapest, want)
		}
		if f := costOf(p.Costs, model.PlatformFargate); !f.Cost.Equal(dec("9.010025")) {
			t.Errorf("month %d: Fargate %s, want 9.010025", k, f.Cost)
		}
		if e := costOf(p.Costs, model.PlatformEC2); !e.Cost.Equal(dec("12.264")) {
			t.Errorf("month %d: EC2 %s, want 12.264", k, e.Cost)
		}
	}
	// Lambda in months 8 and 9: requests x $0.000001033335 plus the INIT the month adds.
	for _, k := range []int64{8, 9} {
		v := w
		v.Traffic = w.Traffic.Grown(k)
		want := decimal.NewFromInt(g.Points[k].Requests).Mul(lambdaPerRequest).Add(lambdaInit(priceOne(v, cat, model.StandardMonth())))
		if got := costOf(g.Points[k].Costs, model.PlatformLambda).Cost; !got.Equal(want) {
			t.Errorf("month %d: Lambda %s, want %s", k, got, want)
		}
	}
	if len(g.Flips) != 1 {
		t.Fatalf("flips %+v, want one", g.Flips)
	}
	f := g.Flips[0]
	if f.Index != 9 || f.From != model.PlatformLambda || f.To != model.PlatformFargate {
		t.Errorf("flip %+v, want month 9 Lambda -> Fargate", f)
	}
	if !f.Before.To.Equal(dec("9.010025")) || !f.After.To.Equal(dec("9.010025")) ||
		!f.Before.From.Equal(costOf(g.Points[8].Costs, model.PlatformLambda).Cost) || !f.After.From.Equal(costOf(g.Points[9].Costs, model.PlatformLambda).Cost) {
		t.Errorf("flip costs %+v", f)
	}
	// Cumulative: Fargate 12 x $9.010025 = $108.1203; EC2 12 x $12.264 = $147.168; Lambda
	// the sum of its months.
	sum := decimal.Zero
	for _, p := range g.Points {
		sum = sum.Add(costOf(p.Costs, model.PlatformLambda).Cost)
	}
	// The platforms the workload is not priced on have no cost.
	want := map[model.Platform]decimal.Decimal{model.PlatformLambda: sum, model.PlatformFargate: dec("108.1203"), model.PlatformEC2: dec("147.168")}
	if len(g.Cumulative) != len(model.Platforms) {
		t.Errorf("%d cumulative costs, want one per platform (%d)", len(g.Cumulative), len(model.Platforms))
	}
	for _, c := range g.Cumulative {
		if _, priced := want[c.Platform]; !priced {
			if c.Feasible || !c.Cost.IsZero() {
				t.Errorf("cumulative %s: %s (feasible %v), but the workload is not priced on it", c.Platform, c.Cost, c.Feasible)
			}
			continue
		}
		if !c.Feasible || !c.Cost.Equal(want[c.Platform]) {
			t.Errorf("cumulative %s: %s (feasible %v), want %s", c.Platform, c.Cost, c.Feasible, want[c.Platform])
		}
	}
}

func TestGrowthWithoutARateIsFlat(t *testing.T) {
	w := growingAPI()
	w.Traffic.GrowthPercentPerMonth = decimal.Zero
	g := ProjectGrowth(w, catalog(t), model.StandardMonth(), 12)
	if !g.Flat || len(g.Flips) != 0 || len(g.Points) != 12 {
		t.Fatalf("flat %v, flips %v, %d points", g.Flat, g.Flips, len(g.Points))
	}
	for _, p := range g.Points {
		if p.Requests != 4000000 || !costOf(p.Costs, model.PlatformLambda).Cost.Equal(costOf(g.Points[0].Costs, model.PlatformLambda).Cost) {
			t.Errorf("month %d: %d requests, costs %+v", p.Index, p.Requests, p.Costs)
		}
	}
	// Fargate: 12 x $9.010025 = $108.1203.
	if c := costOf(g.Cumulative, model.PlatformFargate); !c.Cost.Equal(dec("108.1203")) {
		t.Errorf("cumulative Fargate %s", c.Cost)
	}
}

func TestGrowthFollowsCalendarMonths(t *testing.T) {
	// From 2026-11: 2026-11 (720 hours), 2026-12 (744), 2027-01 (744), 2027-02 (672). One
	// Fargate task costs hours x $0.0123425: 2027-02 is 672 x 0.0123425 = $8.29416. A rate
	// of 2 requests a second grows 10% a month: month 3 is 2 x 1.331 = 2.662 rps x 672 x
	// 3,600 s = 6,439,910.4 -> 6,439,910 requests.
	w := growingAPI()
	w.Traffic = model.Traffic{RequestsPerSecond: dec("2"), PerSecond: true, GrowthPercentPerMonth: dec("10")}
	m, _ := demand.ParseMonth("2026-11")
	g := ProjectGrowth(w, catalog(t), m, 4)
	names := []string{"2026-11", "2026-12", "2027-01", "2027-02"}
	hours := []int64{720, 744, 744, 672}
	for k, p := range g.Points {
		if p.Name != names[k] || p.Hours != hours[k] {
			t.Errorf("month %d: %s, %d hours", k, p.Name, p.Hours)
		}
	}
	if p := g.Points[3]; p.Requests != 6439910 || !costOf(p.Costs, model.PlatformFargate).Cost.Equal(dec("8.29416")) {
		t.Errorf("2027-02: %d requests, Fargate %s", p.Requests, costOf(p.Costs, model.PlatformFargate).Cost)
	}
	if g.Points[0].Name != demand.CalendarMonth(2026, time.November).Name {
		t.Errorf("month 0 %s", g.Points[0].Name)
	}
}

func TestGrowthCumulativeSaysWhenAPlatformCannotRun(t *testing.T) {
	// Shrinking traffic does not make Lambda infeasible, but a 16-minute function does,
	// every month: the total says so and names month 0.
	w := growingAPI()
	w.Function.DurationMs = dec("960000")
	g := ProjectGrowth(w, catalog(t), model.StandardMonth(), 3)
	c := costOf(g.Cumulative, model.PlatformLambda)
	if c.Feasible || c.Reason == "" || !c.Cost.IsZero() {
		t.Errorf("cumulative Lambda %+v", c)
	}
}

func BenchmarkProjectGrowth12Months(b *testing.B) {
	cat := catalog(b)
	w := growingAPI()
	for b.Loop() {
		ProjectGrowth(w, cat, model.StandardMonth(), 12)
	}
}
