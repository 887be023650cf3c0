package workers

import (
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// Platform declares the explorer's inputs of its settings.
var _ model.FieldsOwner = Platform{}

// EditFields are the Worker's CPU time and its share of static assets. The CPU input edits
// what prices the requests: cpu_ms when the file states one, else cpu_percent_of_duration; a
// nudge moves it ten percent. The static share moves ten points, 0 to 100.
func (Platform) EditFields(w model.Workload) []model.EditField {
	cpu := model.EditField{Label: "Worker CPU %", Key: "workers.cpu_percent_of_duration",
		Value: func(w model.Workload) string { return ConfigOf(w).CPUPercentOfDuration.String() },
		Nudge: func(w model.Workload, dir int, _ *pricing.Catalog) []model.FieldEdit {
			return model.SetKey("workers.cpu_percent_of_duration", decimal.Min(model.Nudged(ConfigOf(w).CPUPercentOfDuration, dir, 2), hundred).String())
		}}
	if ConfigOf(w).CPUMs.IsPositive() {
		cpu = model.EditField{Label: "Worker CPU ms", Key: "workers.cpu_ms", Serving: true,
			Value: func(w model.Workload) string { return ConfigOf(w).CPUMs.String() },
			Nudge: func(w model.Workload, dir int, _ *pricing.Catalog) []model.FieldEdit {
				return model.SetKey("workers.cpu_ms", model.Nudged(ConfigOf(w).CPUMs, dir, 3).String())
			}}
	}
	static := model.EditField{Label: "Static assets %", Key: "workers.static_asset_percent", Serving: true,
		Value: func(w model.Workload) string { return ConfigOf(w).StaticAssetPercent.String() },
		Nudge: func(w model.Workload, dir int, _ *pricing.Catalog) []model.FieldEdit {
			p := ConfigOf(w).StaticAssetPercent.Add(decimal.NewFromInt(int64(10 * dir)))
			return model.SetKey("workers.static_asset_percent", decimal.Min(decimal.Max(p, decimal.Zero), hundred).String())
		}}
	return []model.EditField{cpu, static}
}

// hundred is a whole share, in percent.
var hundred = decimal.NewFromInt(100)
