package fargate

import (
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/demand"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// BenchmarkYearFleets times the Fargate fleet sized from the peak windows of a diurnal mobile
// backend in Berlin time with a launch burst, over a year of hours (model's
// BenchmarkPriceYearOfHours; EC2's fleet is sized by the same model.SizeFleet).
func BenchmarkYearFleets(b *testing.B) {
	cat, err := pricing.Load()
	if err != nil {
		b.Fatal(err)
	}
	w := model.Workload{
		Name: "mobile-backend", Region: "us-east-1",
		Traffic: model.Traffic{RequestsPerMonth: 3000000, Shape: model.Shape{Kind: model.Diurnal, PeakToAverage: decimal.RequireFromString("2.5"),
			PeakHour: 14, TimeZone: "Europe/Berlin", Bursts: []model.Burst{{Name: "launch", Multiplier: decimal.NewFromInt(4), HoursPerMonth: 12}}}},
		Function: model.Function{DurationMs: decimal.NewFromInt(120), MemoryMB: 1536},
		Settings: map[model.Platform]any{model.PlatformFargate: model.FargateConfig{Architecture: model.ARM64, VCPU: decimal.RequireFromString("0.5"), MemoryGB: decimal.NewFromInt(1), EphemeralStorageGB: 20,
			Fleet: model.Fleet{RequestsPerSecondPerUnit: decimal.NewFromInt(40), Min: 2}}},
	}
	h, err := w.Traffic.Expand(model.Month{Name: "year", Start: model.StandardMonth().Start, Hours: 8760})
	if err != nil {
		b.Fatal(err)
	}
	pk := demand.NewPeakWindow(model.DefaultPeakPercentile/100.0, 120)
	pk.Seen = h.Classes
	for b.Loop() {
		estimate(w, pk.Counts(h.Requests), pk.WindowMs, cat)
	}
}
