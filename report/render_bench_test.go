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
		sw.details.close()
	}
}

// BenchmarkRenderJSON renders the 16 built-in examples in JSON, the part of
// BenchmarkPrice1000FilesJSON (./cli) that is report's. Budget (issue 12): half the CPU of the
// JSON batch's report.Render share before it (19%).
func BenchmarkRenderJSON(b *testing.B) { benchmarkRender(b, JSON) }

// BenchmarkRenderTable renders the 16 built-in examples as the table's per-workload text and
// summary rows, the part of BenchmarkPrice1000FilesTable (./cli) that is report's.
func BenchmarkRenderTable(b *testing.B) { benchmarkRender(b, Table) }
