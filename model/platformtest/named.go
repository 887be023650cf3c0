package platformtest

import (
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// Named is a flat-rate platform for tests with the id, name and monthly base it is given, so
// that a test can register several at once (FlatRate is one, with its own section): it bills
// its base and $1 per million requests, runs no scheduled jobs, and when ColdStarts is set
// its estimate carries that many cold starts a month (model.ColdStartsOf), as a platform
// that starts instances on demand would.
type Named struct {
	Platform model.Platform
	Label    string
	BaseUSD  int64
	// ColdStarts, when positive, is the month's cold starts its estimate carries.
	ColdStarts int64
}

// RegisterAll registers ps after the platforms registered, and returns the function that
// removes them again (for t.Cleanup).
func RegisterAll(ps []Named) (unregister func()) {
	var undo []func()
	for _, p := range ps {
		undo = append(undo, model.RegisterPlatform(p))
	}
	return func() {
		for i := len(undo) - 1; i >= 0; i-- {
			undo[i]()
		}
	}
}

// ID is the platform's id.
func (n Named) ID() model.Platform { return n.Platform }

// Name is the platform's label.
func (n Named) Name() string { return n.Label }

// Resolve chooses nothing: a Named platform has no sizing.
func (Named) Resolve(*model.Workload, *pricing.Catalog) {}

// Estimate bills the base and $1 per million of the month's requests.
func (n Named) Estimate(d *model.Demand) model.Estimate {
	var total int64
	for _, r := range d.Requests {
		total += r
	}
	base, requests := decimal.NewFromInt(n.BaseUSD), decimal.NewFromInt(total)
	items := []pricing.LineItem{
		{ID: string(n.Platform) + ".base", Name: "Base", Quantity: decimal.NewFromInt(1), Unit: "month", UnitPrice: base, Cost: base},
		{ID: string(n.Platform) + ".requests", Name: "Requests", Quantity: requests, Unit: "requests", UnitPrice: flatPerRequest, Cost: requests.Mul(flatPerRequest)},
	}
	e := model.Estimate{Platform: n.Platform, Feasible: true, Summary: "flat", LineItems: items, MonthlyCost: pricing.Total(items)}
	if n.ColdStarts > 0 {
		share := 0.0 // a statistical estimate, as the model's cold starts are
		if total > 0 {
			share = float64(n.ColdStarts) / float64(total)
		}
		e.Detail = namedDetail{platform: n.Platform, cold: &model.ColdStarts{Total: n.ColdStarts, Requests: total, Share: share}}
	}
	return e
}

// Schedule runs no job.
func (n Named) Schedule(*model.ScheduledJob) model.Estimate {
	return model.Estimate{Platform: n.Platform, Reasons: []string{n.Label + " runs no scheduled jobs"}}
}

// SchedulesOnly runs none of a workload of schedules alone.
func (n Named) SchedulesOnly(*model.Demand) model.Estimate {
	return model.Estimate{Platform: n.Platform, Reasons: []string{n.Label + " runs no scheduled jobs"}}
}

// namedDetail is a Named platform's detail: its cold-start estimate.
type namedDetail struct {
	platform model.Platform
	cold     *model.ColdStarts
}

func (d namedDetail) DetailOf() model.Platform { return d.platform }

func (namedDetail) Unserved() int64 { return 0 }

// ColdStartEstimate is the cold starts the platform was given.
func (d namedDetail) ColdStartEstimate() *model.ColdStarts { return d.cold }
