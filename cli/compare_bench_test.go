package cli

import (
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/analysis"
	"github.com/breakeven/breakeven/pricing"
	"github.com/breakeven/breakeven/workloads"
)

// BenchmarkCompareExamples works out every analysis of `compare` for each built-in example on
// its own (compare/NAME), beside the price of the same example (price/NAME), so that the
// example whose analyses cost most stands out. Issue 12's budget for compare is on processes
// (scripts/bench: at most 100x `price` of the same file, start-up included); in process, with
// no start-up to share, the ratio is far higher.
func BenchmarkCompareExamples(b *testing.B) {
	cat, err := pricing.Load()
	if err != nil {
		b.Fatal(err)
	}
	month := model.StandardMonth()
	set := workloads.Examples()
	for k, name := range workloads.ExampleNames() {
		w := set[k]
		b.Run("price/"+name, func(b *testing.B) {
			for b.Loop() {
				analysis.WithMerges(model.Price([]model.Workload{w}, cat, model.Options{Month: month}).Workloads[0], cat, month)
			}
		})
		b.Run("compare/"+name, func(b *testing.B) {
			for b.Loop() {
				analysis.Compare([]model.Workload{w}, cat, analysis.CompareOptions{Month: month})
			}
		})
	}
}
