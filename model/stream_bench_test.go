package model_test

import (
	"fmt"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/breakeven/breakeven/workloads"
)

// BenchmarkStreamPortfolio1000 bills the portfolio of a stream of 1,000 workloads, the
// examples in turn (each priced once), as `breakeven price` of 1,000 files does after writing
// them. Budget (issue 12): at most 3% of BenchmarkPrice1000FilesJSON (./cli).
func BenchmarkStreamPortfolio1000(b *testing.B) {
	cat, err := pricing.Load()
	if err != nil {
		b.Fatal(err)
	}
	s := model.NewStream(cat, model.Options{})
	var priced []model.WorkloadResult
	for _, w := range workloads.Examples() {
		priced = append(priced, s.Price(w))
	}
	for i := range 1000 {
		r := priced[i%len(priced)]
		r.Workload.Name = fmt.Sprintf("w%05d-%s", i, r.Workload.Name)
		s.Add(r)
	}
	b.ReportAllocs()
	for b.Loop() {
		s.Portfolio()
	}
}
