package analysis

import (
	"testing"

	"github.com/breakeven/breakeven/model"
)

func TestDefaultScenariosOnLambdasLinearCost(t *testing.T) {
	// growingAPI without growth, at 0.5, 1 and 2 times 4,000,000 requests: 2,000,000,
	// 4,000,000 and 8,000,000. Lambda, INIT aside, is requests x $0.000001033335: $2.06667,
	// $4.13334 and $8.26668 (each twice the one before). Fargate stays $9.010025 (one task)
	// and EC2 $12.264, so Lambda is cheapest in all three.
	cat := catalog(t)
	w := onAWS(growingAPI())
	got := PriceScenarios(w, cat, model.Month{})
	want := []struct {
		name     string
		mult     string
		requests int64
		lambda   string
	}{{"low", "0.5", 2000000, "2.06667"}, {"expected", "1", 4000000, "4.13334"}, {"high", "2", 8000000, "8.26668"}}
	if len(got) != len(want) {
		t.Fatalf("%d scenarios, want 3", len(got))
	}
	for i, s := range got {
		wt := want[i]
		if s.Name != wt.name || !s.TrafficMultiplier.Equal(dec(wt.mult)) || !s.Defaulted || s.Requests != wt.requests {
			t.Errorf("scenario %d: %+v", i, s)
		}
		v := w
		v.Traffic.RequestsPerMonth = wt.requests
		init := lambdaInit(priceOne(v, cat, model.StandardMonth()))
		if l := costOf(s.Costs, model.PlatformLambda); !l.Cost.Sub(init).Equal(dec(wt.lambda)) {
			t.Errorf("%s: Lambda %s less INIT %s, want %s", s.Name, l.Cost, init, wt.lambda)
		}
		if f := costOf(s.Costs, model.PlatformFargate); !f.Cost.Equal(dec("9.010025")) {
			t.Errorf("%s: Fargate %s", s.Name, f.Cost)
		}
		if s.Cheapest != model.PlatformLambda {
			t.Errorf("%s: cheapest %s", s.Name, s.Cheapest)
		}
	}
}

func TestScenariosTheFileGives(t *testing.T) {
	// A rate of 1.5 requests a second times 3 is 4.5 rps: 4.5 x 2,628,000 s = 11,826,000
	// requests; times 0.3333 it is 0.49995 -> 0.5 rps (half up to 0.001): 1,314,000. At
	// 11,826,000 requests Lambda costs $12.22 (INIT aside), above Fargate's $9.010025.
	w := onAWS(growingAPI())
	w.Traffic = model.Traffic{RequestsPerSecond: dec("1.5"), PerSecond: true}
	w.Scenarios = []model.Scenario{{Name: "launch", TrafficMultiplier: dec("3")}, {Name: "third", TrafficMultiplier: dec("0.3333")}}
	got := PriceScenarios(w, catalog(t), model.StandardMonth())
	if len(got) != 2 || got[0].Defaulted || got[0].Requests != 11826000 || got[1].Requests != 1314000 {
		t.Fatalf("%+v", got)
	}
	if got[0].Cheapest != model.PlatformFargate || got[1].Cheapest != model.PlatformLambda {
		t.Errorf("cheapest %s, %s", got[0].Cheapest, got[1].Cheapest)
	}
	if got := scaledTraffic(model.Traffic{RequestsPerMonth: 5}, dec("0.5")).RequestsPerMonth; got != 3 {
		t.Errorf("2.5 requests round half up to %d, want 3", got)
	}
}

func TestScenariosOfSchedulesAlone(t *testing.T) {
	w := model.Workload{Name: "jobs", Region: "us-east-1", SchedulesOnly: true}
	if got := PriceScenarios(w, catalog(t), model.StandardMonth()); got != nil {
		t.Errorf("got %+v", got)
	}
}
