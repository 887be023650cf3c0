package report

import (
	"io"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/breakeven/breakeven/workloads"
)

// pricedExamples is the built-in examples priced together, as the benchmarks render them.
func pricedExamples(b *testing.B) model.Result {
	b.Helper()
	cat, err := pricing.Load()
	if err != nil {
		b.Fatal(err)
	}
	return model.Price(workloads.Examples(), cat, model.Options{})
}

// benchmarkRender renders each built-in example in format f and adds it to a Writer to
// io.Discard, as the batch does for each workload file.
func benchmarkRender(b *testing.B, f Format) {
	res := pricedExamples(b)
	b.ReportAllocs()
	for b.Loop() {
		sw, err := NewWriter(io.Discard, f, res)
		if err != nil {
			b.Fatal(err)
		}
		for _, r := range res.Workloads {
			part, err := Render(f, r, res.MonthHours)
			if err != nil {
				b.Fatal(err)
			}
			if err := sw.Add(part); err != nil {
				b.Fatal(err)
			}
		}
		sw.details.Close()
	}
}

// BenchmarkRenderJSON renders the 16 built-in examples in JSON, the part of
// BenchmarkPrice1000FilesJSON (./cli) that is report's. Budget (issue 12): at most 450
// allocs/op and 260 KB/op, and about 1.1 ms/op where it took 1.8 (1,503 allocs, 974 KB)
// before issue 12's work on it.
func BenchmarkRenderJSON(b *testing.B) { benchmarkRender(b, JSON) }

// BenchmarkRenderTable renders the 16 built-in examples as the table's per-workload text and
// summary rows, the part of BenchmarkPrice1000FilesTable (./cli) that is report's. Budget
// (issue 12): at most 3,000 allocs/op and 1.1 MB/op, and about 1.0 ms/op where it took 2.0
// (12,788 allocs, 1.78 MB) before issue 12's work on it.
func BenchmarkRenderTable(b *testing.B) { benchmarkRender(b, Table) }
