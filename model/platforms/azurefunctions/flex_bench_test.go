package azurefunctions

import (
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/shopspring/decimal"
)

// BenchmarkFlexHours times Flex Consumption's busy instance time over a diurnal month in
// Berlin time with a launch burst (730 hours, few distinct counts), what every estimate and
// every point of a break-even scan on Flex bills: 14 distinct hourly counts, each billed
// once. Budget: 100 us an estimate (a break-even scan prices some hundreds of points); about
// 75 us of CPU measured on a loaded 2-core machine.
func BenchmarkFlexHours(b *testing.B) {
	t := model.Traffic{RequestsPerMonth: 30000000, Shape: model.Shape{Kind: model.Diurnal, PeakToAverage: decimal.RequireFromString("2.5"),
		PeakHour: 14, TimeZone: "Europe/Berlin", Bursts: []model.Burst{{Name: "launch", Multiplier: decimal.NewFromInt(4), HoursPerMonth: 12}}}}
	h, err := t.Expand(model.StandardMonth())
	if err != nil {
		b.Fatal(err)
	}
	ms := decimal.NewFromInt(120)
	for b.Loop() {
		if _, err := flexHours(h.Requests, h.Classes, ms, 16, 0); err != nil {
			b.Fatal(err)
		}
	}
}
