package analysis

import (
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/shopspring/decimal"
)

func TestSensitivityRanksTheInputsByHand(t *testing.T) {
	// growingAPI at 4,000,000 requests, Lambda cheapest. Lambda's swings, INIT aside:
	//   traffic 3,200,000 / 4,800,000: 1,600,000 x $0.000001033335 = $1.653336;
	//   duration 80 / 120 ms: 4,000,000 x 0.08 x 0.5 = 160,000 GB-s and 240,000 GB-s, so
	//     $0.80 + $2.666672 = $3.466672 and $0.80 + $4.000008 = $4.800008, a swing of
	//     80,000 GB-s x $0.0000166667 = $1.333336;
	//   memory 409.6 -> 410 / 614.4 -> 614 MB: 4,000,000 x 0.1 x (614 - 410) / 1024 =
	//     79,687.5 GB-s x $0.0000166667 = $1.328127... (just below duration's);
	//   the Fargate and EC2 throughputs: nothing (one task, one instance either way).
	cat := catalog(t)
	w := onAWS(growingAPI())
	w.Traffic.GrowthPercentPerMonth = decimal.Zero
	rows := Sensitivity(w, cat, model.StandardMonth())
	order := []string{"traffic.requests_per_month", "function.duration_ms", "function.memory_mb",
		"ec2.requests_per_second_per_instance", "fargate.requests_per_second_per_task"}
	if len(rows) != len(order) {
		t.Fatalf("%d rows: %+v", len(rows), rows)
	}
	for i, r := range rows {
		if r.Input != order[i] || r.Platform != model.PlatformLambda || r.Infeasible {
			t.Errorf("row %d: %s on %s (infeasible %v), want %s", i, r.Input, r.Platform, r.Infeasible, order[i])
		}
	}
	// INIT of each variant, from the cold-start model, set aside.
	at := func(mutate func(v *model.Workload)) decimal.Decimal {
		v := w
		mutate(&v)
		return lambdaInit(priceOne(v, cat, model.StandardMonth()))
	}
	d := rows[1]
	lowInit := at(func(v *model.Workload) { v.Function.DurationMs = dec("80") })
	highInit := at(func(v *model.Workload) { v.Function.DurationMs = dec("120") })
	if !d.Low.Equal(dec("80")) || !d.High.Equal(dec("120")) || d.Note != "" {
		t.Errorf("duration values %s / %s (%q)", d.Low, d.High, d.Note)
	}
	if !d.LowCost.Cost.Sub(lowInit).Equal(dec("3.466672")) || !d.HighCost.Cost.Sub(highInit).Equal(dec("4.800008")) {
		t.Errorf("duration: Lambda %s / %s, INIT %s / %s", d.LowCost.Cost, d.HighCost.Cost, lowInit, highInit)
	}
	if !d.Swing.Equal(dec("1.333336").Add(highInit).Sub(lowInit)) {
		t.Errorf("duration swing %s", d.Swing)
	}
	tr := rows[0]
	trInit := at(func(v *model.Workload) { v.Traffic.RequestsPerMonth = 4800000 }).Sub(at(func(v *model.Workload) { v.Traffic.RequestsPerMonth = 3200000 }))
	if !tr.Low.Equal(dec("3200000")) || !tr.Swing.Equal(dec("1.653336").Add(trInit)) {
		t.Errorf("traffic %s, swing %s", tr.Low, tr.Swing)
	}
	m := rows[2]
	mInit := at(func(v *model.Workload) { v.Function.MemoryMB = 614 }).Sub(at(func(v *model.Workload) { v.Function.MemoryMB = 410 }))
	if !m.Low.Equal(dec("410")) || !m.High.Equal(dec("614")) || m.Note != "rounded half up to whole MB" ||
		!m.Swing.Equal(dec("79687.5").Mul(dec("0.0000166667")).Add(mInit)) {
		t.Errorf("memory %s / %s (%q), swing %s", m.Low, m.High, m.Note, m.Swing)
	}
	// Every platform's costs are there (one per registered platform, those not priced
	// infeasible): Fargate is one task whatever the throughput.
	f := rows[4]
	if !f.Swing.IsZero() || !costOf(f.LowCosts, model.PlatformFargate).Cost.Equal(dec("9.010025")) || len(f.HighCosts) != len(model.Platforms) {
		t.Errorf("fargate row %+v", f)
	}
	for _, c := range f.HighCosts {
		if c.Feasible != w.PricedOn(c.Platform) {
			t.Errorf("fargate row: %s feasible %v, priced on %v", c.Platform, c.Feasible, w.PricedOn(c.Platform))
		}
	}
	if !f.BaseCost.Equal(at(func(*model.Workload) {}).Add(dec("4.13334"))) {
		t.Errorf("base cost %s", f.BaseCost)
	}
}

func TestSensitivityInfeasibleRanksFirst(t *testing.T) {
	// 100 requests of 800 s: +20% is 960 s, beyond Lambda's 15 minutes. At 800 s Lambda is
	// cheapest (100 x 800 x 0.5 = 40,000 GB-s: $0.67 or so, against Fargate's $9.01).
	w := onAWS(growingAPI())
	w.Traffic = model.Traffic{RequestsPerMonth: 100}
	w.Function.DurationMs = dec("800000")
	rows := Sensitivity(w, catalog(t), model.StandardMonth())
	r := rows[0]
	if r.Input != "function.duration_ms" || !r.Infeasible || r.HighCost.Feasible || r.HighCost.Reason == "" || !r.Swing.IsZero() ||
		r.LowCheapest != model.PlatformLambda || r.HighCheapest != model.PlatformFargate {
		t.Errorf("first row %+v", r)
	}
}

func TestSensitivityInputsTheWorkloadUses(t *testing.T) {
	// order-pipeline: a front door, logs and five flow steps; the engine chooses neither
	// throughput (mobile-backend gives both). A rate workload with throughputs left out
	// moves the engine's choice, and says so.
	w := orderPipeline()
	before := w.Flow[2].PerParent
	rows := Sensitivity(w, catalog(t), model.StandardMonth())
	got := map[string]SensitivityRow{}
	for _, r := range rows {
		got[r.Input] = r
	}
	for _, key := range []string{"front_door.request_kb", "front_door.response_kb", "logs.kb_per_invocation",
		"flow[validate].per_parent", "flow[worker].per_parent", "flow[email].per_parent"} {
		if _, ok := got[key]; !ok {
			t.Errorf("no row for %s", key)
		}
	}
	if r := got["flow[worker].per_parent"]; !r.Low.Equal(dec("0.8")) || !r.High.Equal(dec("1.2")) {
		t.Errorf("worker per_parent %s / %s", r.Low, r.High)
	}
	if !w.Flow[2].PerParent.Equal(before) {
		t.Errorf("the base's flow was changed: %s", w.Flow[2].PerParent)
	}
	// The worker's share grows with per_parent on Lambda.
	if r := got["flow[worker].per_parent"]; !costOf(r.HighCosts, model.PlatformLambda).Cost.GreaterThan(costOf(r.LowCosts, model.PlatformLambda).Cost) {
		t.Errorf("worker per_parent does not move Lambda: %+v", r)
	}

	w = growingAPI()
	w.Traffic = model.Traffic{RequestsPerSecond: dec("1.001"), PerSecond: true}
	model.EditSettings(&w, model.PlatformFargate, func(f *model.FargateConfig) { f.Fleet.RequestsPerSecondPerUnit = decimal.Zero })
	rows = Sensitivity(w, catalog(t), model.StandardMonth())
	for _, r := range rows {
		switch r.Input {
		case "traffic.requests_per_second":
			// 1.001 x 0.8 = 0.8008 -> 0.801; x 1.2 = 1.2012 -> 1.201.
			if !r.Low.Equal(dec("0.801")) || !r.High.Equal(dec("1.201")) || !strings.Contains(r.Note, "rounded half up") {
				t.Errorf("rate %s / %s (%q)", r.Low, r.High, r.Note)
			}
		case "fargate.requests_per_second_per_task":
			// The engine's choice for 0.25 vCPU, 100 ms at 512 MB: 0.25 x 1000 x 1769 /
			// (100 x 512) = 8.6376953125, truncated to a millionth: 8.637695 rps a task.
			if !r.Base.Equal(dec("8.637695")) || !strings.HasPrefix(r.Note, "chosen by the engine") {
				t.Errorf("fargate throughput %s (%q)", r.Base, r.Note)
			}
		}
	}
}

func TestMovedMemoryStaysWithinLambda(t *testing.T) {
	// 150 MB: 120 -> 128; 10,000 MB: 12,000 -> 10,240; 20,000 MB (Lambda cannot run it
	// anyway) is moved as it is: 16,000 and 24,000.
	for _, c := range []struct {
		mb        int64
		low, high string
	}{{150, "128", "180"}, {10000, "8000", "10240"}, {20000, "16000", "24000"}} {
		in := movedMemory(c.mb)
		if !in.low.Equal(dec(c.low)) || !in.high.Equal(dec(c.high)) {
			t.Errorf("%d MB: %s / %s (%q)", c.mb, in.low, in.high, in.note)
		}
	}
}

func BenchmarkSensitivityOrderPipeline(b *testing.B) {
	cat := catalog(b)
	w := orderPipeline()
	for b.Loop() {
		Sensitivity(w, cat, model.StandardMonth())
	}
}
