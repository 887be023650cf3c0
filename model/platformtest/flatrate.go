// Package platformtest holds a platform for tests: FlatRate, a fourth platform to register
// beside Lambda, Fargate and EC2 and see every command, analysis and view give it its place.
package platformtest

import (
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// FlatRate is a fourth platform for tests, written against model's exported API alone as a
// new platform's package would be: a base of $20 a month (the file's flatrate.base_usd, its
// section: section.go) and $1 per million requests, and no scheduled jobs at all. Register it
// with model.RegisterPlatform(platformtest.FlatRate{}).
type FlatRate struct{}

// ID is FlatRate's id.
const ID model.Platform = "flatrate"

var (
	flatBase       = decimal.NewFromInt(20)
	flatPerRequest = decimal.RequireFromString("0.000001")
)

// Bill is what FlatRate bills for requests a month at the default base of $20.
func Bill(requests decimal.Decimal) decimal.Decimal {
	return flatBase.Add(requests.Mul(flatPerRequest))
}

// ID is "flatrate".
func (FlatRate) ID() model.Platform { return ID }

// Name is "FlatRate".
func (FlatRate) Name() string { return "FlatRate" }

// Resolve chooses nothing: FlatRate has no sizing.
func (FlatRate) Resolve(*model.Workload, *pricing.Catalog) {}

// Estimate bills the base (ConfigOf: $20 unless the file says) and $1 per million of the
// month's requests.
func (FlatRate) Estimate(d *model.Demand) model.Estimate {
	base := ConfigOf(d.Workload).BaseUSD
	var n int64
	for _, r := range d.Requests {
		n += r
	}
	requests := decimal.NewFromInt(n)
	items := []pricing.LineItem{
		{ID: "flatrate.base", Name: "Base", Quantity: decimal.NewFromInt(1), Unit: "month", UnitPrice: base, Cost: base},
		{ID: "flatrate.requests", Name: "Requests", Quantity: requests, Unit: "requests", UnitPrice: flatPerRequest, Cost: requests.Mul(flatPerRequest)},
	}
	return model.Estimate{Platform: ID, Feasible: true, Summary: "flat", LineItems: items, MonthlyCost: pricing.Total(items)}
}

// Schedule runs no job.
func (FlatRate) Schedule(*model.ScheduledJob) model.Estimate {
	return model.Estimate{Platform: ID, Reasons: []string{"FlatRate runs no scheduled jobs"}}
}

// SchedulesOnly claims a workload of schedules alone costs nothing: the engine must still not
// call it the cheapest, since it runs none of the schedules.
func (FlatRate) SchedulesOnly(*model.Demand) model.Estimate {
	return model.Estimate{Platform: ID, Feasible: true}
}
