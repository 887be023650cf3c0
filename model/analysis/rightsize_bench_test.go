package analysis

import (
	"testing"

	"github.com/breakeven/breakeven/model"
)

// BenchmarkRightSize right-sizes one workload: 8 Fargate sizes, 16 instance types and up to
// 10 purchase options, each priced whole through priceAlone. The issue names no budget for
// it; Compare runs it once per workload, so it should stay within a few break-evens' time
// (5 ms each).
func BenchmarkRightSize(b *testing.B) {
	cat := catalog(b)
	for _, w := range []model.Workload{flatService(), orderPipeline()} {
		b.Run(w.Name, func(b *testing.B) {
			for b.Loop() {
				RightSize(w, cat, model.StandardMonth())
			}
		})
	}
}
