package analysis

import (
	"fmt"
	"testing"

	"github.com/breakeven/breakeven/model"
)

// BenchmarkPlanCommitment plans a portfolio of 16 diurnal workloads (each hour a class of
// its own on Lambda, whose duration follows its requests).
// Budget (issue 15): at most 100 ms.
func BenchmarkPlanCommitment(b *testing.B) {
	cat := catalog(b)
	var set []model.Workload
	for i := range 16 {
		w := flatService()
		w.Name = fmt.Sprintf("w%d", i)
		w.Traffic = model.Traffic{RequestsPerMonth: int64(1000000 * (i + 1) * (i + 1)), Shape: model.Shape{Kind: model.Diurnal}}
		set = append(set, w)
	}
	b.ResetTimer()
	for b.Loop() {
		PlanCommitment(set, cat, CommitOptions{Years: 1})
	}
}
