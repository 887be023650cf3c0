package analysis

import (
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
)

// bills prices one variant of a workload through the engine's entry, the bills alone.
func bills(w model.Workload, cat *pricing.Catalog, month model.Month) model.WorkloadResult {
	return model.Price([]model.Workload{w}, cat, model.Options{Month: month, BillsOnly: true}).Workloads[0]
}

// billOn prices one variant of a workload on platform p alone, the bills alone.
func billOn(w model.Workload, cat *pricing.Catalog, month model.Month, p model.Platform) model.Estimate {
	opt := model.Options{Month: month, BillsOnly: true, Only: model.SetOf(p)}
	return model.Price([]model.Workload{w}, cat, opt).Workloads[0].Estimate(p)
}

// secondsPerHour and ratePlaces are the model's: an average rate is a month's requests over
// its seconds, carried to six places before it is truncated for display.
const (
	secondsPerHour = 3600
	ratePlaces     = 6
)
