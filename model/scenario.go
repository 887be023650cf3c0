package model

import (
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// Scenario is a traffic level to price the workload at: its traffic times TrafficMultiplier.
type Scenario struct {
	// Name is how the output names it, such as "high" (lowercase letters, digits, dashes).
	Name              string
	TrafficMultiplier decimal.Decimal
}

// DefaultScenarios are the scenarios priced when the workload gives none: low (half the
// traffic), expected (as given) and high (twice).
func DefaultScenarios() []Scenario {
	return []Scenario{
		{Name: "low", TrafficMultiplier: decimal.RequireFromString("0.5")},
		{Name: "expected", TrafficMultiplier: decimal.NewFromInt(1)},
		{Name: "high", TrafficMultiplier: decimal.NewFromInt(2)},
	}
}

// DefaultScenariosWhy says why the default scenarios were priced.
const DefaultScenariosWhy = "the file gives no scenarios: low 0.5, expected 1 and high 2 times the traffic"

// ScenarioResult is the workload priced at one traffic scenario.
type ScenarioResult struct {
	Scenario
	// Defaulted says the scenario is one of DefaultScenarios, the file giving none.
	Defaulted bool
	// Requests is the month's requests in the scenario.
	Requests int64
	// Costs is each platform's monthly cost, in Platforms order.
	Costs []VariantCost
	// Cheapest is the feasible platform with the lowest cost ("" if none is feasible).
	Cheapest Platform
}

// PriceScenarios prices the workload w (as loaded) at each of its scenarios, or at
// DefaultScenarios when it gives none, in that order. A scenario multiplies the traffic
// only: requests_per_month times the multiplier rounded half up to whole requests, or
// requests_per_second times it rounded half up to 0.001 (the format's precision); the
// shape, bursts and everything else stay. A workload of schedules alone has no traffic to
// scale: it gets no scenarios.
func PriceScenarios(w Workload, cat *pricing.Catalog, month Month) []ScenarioResult {
	if w.SchedulesOnly {
		return nil
	}
	if month.Hours == 0 {
		month = StandardMonth()
	}
	list, defaulted := w.Scenarios, false
	if len(list) == 0 {
		list, defaulted = DefaultScenarios(), true
	}
	out := make([]ScenarioResult, 0, len(list))
	for _, s := range list {
		v := w
		v.Traffic = scaledTraffic(w.Traffic, s.TrafficMultiplier)
		r := priceCosts(v, cat, month)
		out = append(out, ScenarioResult{Scenario: s, Defaulted: defaulted, Requests: v.Traffic.MonthlyRequests(month.Hours),
			Costs: variantCosts(r), Cheapest: r.Cheapest})
	}
	return out
}

// scaledTraffic is t with its requests times m: a monthly count rounded half up to whole
// requests, a rate to 0.001 requests a second.
func scaledTraffic(t Traffic, m decimal.Decimal) Traffic {
	if t.PerSecond {
		t.RequestsPerSecond = t.RequestsPerSecond.Mul(m).Round(3)
	} else {
		t.RequestsPerMonth = decimal.NewFromInt(t.RequestsPerMonth).Mul(m).Round(0).IntPart()
	}
	return t
}
