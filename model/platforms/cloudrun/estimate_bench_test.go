package cloudrun

import (
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/shopspring/decimal"
)

// BenchmarkServiceYear times the Cloud Run month of a diurnal mobile backend in Berlin time
// with a launch burst over a year of hours, 80 requests at a time (the Poisson busy time of
// every class of hours, the cold starts twice). Budget: 5 ms an estimate (the break-even
// searches price many variants).
func BenchmarkServiceYear(b *testing.B) {
	w := model.Workload{Name: "mobile-backend", Region: "us-east-1",
		Traffic: model.Traffic{RequestsPerMonth: 30000000, Shape: model.Shape{Kind: model.Diurnal, PeakToAverage: decimal.RequireFromString("2.5"),
			PeakHour: 14, TimeZone: "Europe/Berlin", Bursts: []model.Burst{{Name: "launch", Multiplier: decimal.NewFromInt(4), HoursPerMonth: 12}}}},
		Function: model.Function{DurationMs: decimal.NewFromInt(120), MemoryMB: 1536}}
	h, err := w.Traffic.Expand(model.Month{Name: "year", Start: model.StandardMonth().Start, Hours: 8760})
	if err != nil {
		b.Fatal(err)
	}
	c := ConfigOf(w)
	c.VCPU, c.MemoryGiB, c.Region = decimal.NewFromInt(1), decimal.RequireFromString("1.5"), "us-east4"
	for b.Loop() {
		if _, why := serviceMonth(w, c, h.Requests, h.Classes, true); why != "" {
			b.Fatal(why)
		}
	}
}
