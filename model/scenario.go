package model

import "github.com/shopspring/decimal"

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
