package lambda

import (
	"testing"

	"github.com/breakeven/breakeven/model"
)

// BenchmarkSweepEveryMemorySize sweeps every memory size from 128 to 10,240 MB (1 MB steps,
// 10,113 sizes) on x86_64 and arm64 for the mobile backend: 20,226 monthly Lambda bills and
// the three optima. Budget (issue 5): at most 100 ms; budget (issue 12): at most 10 ms.
func BenchmarkSweepEveryMemorySize(b *testing.B) {
	cat := catalog(b)
	w := mobileBackend()
	b.ReportAllocs()
	for b.Loop() {
		model.Sweep(w, cat, model.SweepOptions{})
	}
}
