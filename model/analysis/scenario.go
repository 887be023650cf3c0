package analysis

import (
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// ScenarioResult is the workload priced at one traffic scenario.
type ScenarioResult struct {
	model.Scenario
	// Defaulted says the scenario is one of DefaultScenarios, the file giving none.
	Defaulted bool
	// Requests is the month's requests in the scenario.
	Requests int64
	// Costs is each platform's monthly cost, in Platforms order.
	Costs []VariantCost
	// Cheapest is the feasible platform with the lowest cost ("" if none is feasible).
	Cheapest model.Platform
}

// PriceScenarios prices the workload w (as loaded) at each of its scenarios, or at
// DefaultScenarios when it gives none, in that order. A scenario multiplies the traffic
// only: requests_per_month times the multiplier rounded half up to whole requests, or
// requests_per_second times it rounded half up to 0.001 (the format's precision); the
// shape, bursts and everything else stay. A workload of schedules alone has no traffic to
// scale: it gets no scenarios.
func PriceScenarios(w model.Workload, cat *pricing.Catalog, month model.Month) []ScenarioResult {
	if w.SchedulesOnly {
		return nil
	}
	if month.Hours == 0 {
		month = model.StandardMonth()
	}
	list, defaulted := w.Scenarios, false
	if len(list) == 0 {
		list, defaulted = model.DefaultScenarios(), true
	}
	out := make([]ScenarioResult, 0, len(list))
	for _, s := range list {
		v := w
		v.Traffic = scaledTraffic(w.Traffic, s.TrafficMultiplier)
		r := bills(v, cat, month)
		out = append(out, ScenarioResult{Scenario: s, Defaulted: defaulted, Requests: v.Traffic.MonthlyRequests(month.Hours),
			Costs: variantCosts(r), Cheapest: r.Cheapest})
	}
	return out
}

// scaledTraffic is t with its requests times m: a monthly count rounded half up to whole
// requests, a rate to 0.001 requests a second.
func scaledTraffic(t model.Traffic, m decimal.Decimal) model.Traffic {
	if t.PerSecond {
		t.RequestsPerSecond = t.RequestsPerSecond.Mul(m).Round(3)
	} else {
		t.RequestsPerMonth = decimal.NewFromInt(t.RequestsPerMonth).Mul(m).Round(0).IntPart()
	}
	return t
}
