package analysis

import (
	"fmt"
	"testing"

	"github.com/breakeven/breakeven/model"
)

// BenchmarkCompareAtTheMaxima runs the whole comparison (break-evens, sweep, right-sizing,
// hybrid, growth, scenarios, sensitivity, recommendations) on workloads at the model's maxima:
// a 50-step flow at the most runs per request and events a month, fanned out and chained;
// a flow retried to the limits (99%+ failures, 1,000 receives a message); traffic at 10^15
// requests a month; and growth at 30% a month over the 71 months before it passes 10^15.
// Budget (issue 11: bounded, not fast): each under 10 s and 200 MB; none may hang.
func BenchmarkCompareAtTheMaxima(b *testing.B) {
	cat := catalog(b)
	deep := mobileBackend()
	deep.Traffic = model.Traffic{RequestsPerMonth: 20407746} // x 49,001,001 events a request: 999,999,982,153,746
	deep.Function = model.Function{DurationMs: dec("100"), MemoryMB: 512}
	from := model.EntryStep
	for i := range 50 {
		per := "1"
		if i < 2 {
			per = "1000"
		}
		name := fmt.Sprintf("s%d", i)
		deep.Flow = append(deep.Flow, model.Step{Name: name, Kind: model.StepFunction, From: from, PerParent: dec(per), DurationMs: dec("100"), MemoryMB: 128, Invoke: model.Sync})
		from = name
	}
	retried := mobileBackend()
	retried.Retries = model.Retries{ErrorPercent: dec("98.765"), SyncRetries: 10, AsyncRetries: 2, QueueMaxReceives: 1000, DeadLetterQueue: true}
	from = model.EntryStep
	for i := range 25 {
		q, s := fmt.Sprintf("q%d", i), fmt.Sprintf("s%d", i)
		retried.Flow = append(retried.Flow, model.Step{Name: q, Kind: model.StepSQS, From: from, PerParent: dec("1.2345"), MessageKB: dec("1")},
			model.Step{Name: s, Kind: model.StepFunction, From: q, PerParent: dec("1.2345"), DurationMs: dec("100"), MemoryMB: 128, BatchSize: 1})
		from = s
	}
	most := mobileBackend()
	most.Traffic = model.Traffic{RequestsPerMonth: model.MaxRequestsPerMonth}
	grown := mobileBackend()
	grown.Traffic = model.Traffic{RequestsPerMonth: 10000000, GrowthPercentPerMonth: dec("30")}
	for _, c := range []struct {
		name   string
		w      model.Workload
		months int64
	}{
		{"flow-fanned-out", wideFlow(19999999), 12},
		{"flow-chained", deep, 12},
		{"flow-retried", retried, 12},
		{"requests", most, 12},
		{"growth", grown, 71},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Compare([]model.Workload{c.w}, cat, CompareOptions{GrowthMonths: c.months})
			}
		})
	}
}
