package managedinstances

import (
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/demand"
	"github.com/shopspring/decimal"
)

// BenchmarkYearOfHours times the instances sized over a year of hours of a diurnal API in
// Berlin time with a launch burst (model's BenchmarkPriceYearOfHours input), the hours grouped
// by count as the engine groups them. Budget: 200 us an op (Fargate's fleet over the same
// year takes the same order).
func BenchmarkYearOfHours(b *testing.B) {
	tr := model.Traffic{RequestsPerMonth: 300000000, Shape: model.Shape{Kind: model.Diurnal, PeakToAverage: decimal.RequireFromString("2.5"),
		PeakHour: 14, TimeZone: "Europe/Berlin", Bursts: []model.Burst{{Name: "launch", Multiplier: decimal.NewFromInt(4), HoursPerMonth: 12}}}}
	h, err := tr.Expand(model.Month{Name: "year", Start: model.StandardMonth().Start, Hours: 8760})
	if err != nil {
		b.Fatal(err)
	}
	pk := demand.NewPeakWindow(model.DefaultPeakPercentile/100.0, 120)
	s := sizing{Concurrency: 64, PerInstance: 2}
	for b.Loop() {
		pk.Seen = nil
		sizeFleet(h.Requests, h.Classes, pk.Peak, pk.WindowMs, 120, s, DefaultMinInstances)
	}
}
