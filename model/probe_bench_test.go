package model_test

import (
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/breakeven/breakeven/workloads/exampletest"
)

// BenchmarkPriceProbe prices the built-in examples in turn, one an op, as the break-even
// search probes a variant: the bills alone, with what they share (Options{BillsOnly: true,
// Shared: true}). "Prepared" probes as the traffic search does, with the shape, the flow,
// the defaults and the schedules worked out once (model.Prepare). Issue 12 sets no budget for
// a probe: a break-even's cost is its probes times this, and the budgets are on compare and
// BenchmarkBreakEvensAll. Measured on the 2-core machine of issue 12 (2026-12-07): Alone 234
// µs and 1,139 allocs an op (1,293 before that day's pricing work), Prepared 144-176 µs.
func BenchmarkPriceProbe(b *testing.B) {
	cat, err := pricing.Load()
	if err != nil {
		b.Fatal(err)
	}
	examples := exampletest.ExampleWorkloads(b)
	month := model.StandardMonth()
	b.Run("Alone", func(b *testing.B) {
		opt := model.Options{Month: month, BillsOnly: true, Shared: true}
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			model.Price(examples[i%len(examples):i%len(examples)+1], cat, opt)
			i++
		}
	})
	b.Run("Prepared", func(b *testing.B) {
		prepared := make([]model.Workload, len(examples))
		options := make([]model.Options, len(examples))
		for i, w := range examples {
			options[i] = model.Options{Month: month, BillsOnly: true, Shared: true}
			prepared[i], options[i].Prepared = model.Prepare(w, cat, month, true)
		}
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			k := i % len(prepared)
			model.Price(prepared[k:k+1], cat, options[k])
			i++
		}
	})
}
