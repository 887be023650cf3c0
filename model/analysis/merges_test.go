package analysis

import (
	"testing"

	"github.com/breakeven/breakeven/model"
)

func TestMergeStepFoldsWorkIntoTheCaller(t *testing.T) {
	w := orderPipeline()
	m := mergeStep(w, 0) // validate into the entry
	if len(m.Flow) != 4 || m.Flow[0].Name != "orders" || m.Flow[0].From != model.EntryStep {
		t.Fatalf("flow after merge: %+v", m.Flow)
	}
	if !m.Function.DurationMs.Equal(dec("150")) || m.Function.MemoryMB != 512 {
		t.Errorf("entry after merge: %s ms at %d MB, want 150 ms at 512 MB", m.Function.DurationMs, m.Function.MemoryMB)
	}
}

// TestMergesByHand: 1,000,000 requests a month to a 100 ms function at 512 MB (x86_64, no
// free tier, no cold starts billed) that calls a 50 ms step at 256 MB synchronously. Apart:
// 2,000,000 requests x $0.20/M = $0.40, and 1M x 0.1 s x 0.5 GB = 50,000 GB-s of the entry,
// 1M x 0.05 s x 0.25 GB = 12,500 of the step and 1M x 0.05 s x 0.5 GB = 25,000 of the entry
// waiting on it: 87,500 GB-s x $0.0000166667 = $1.45833625; $1.85833625 in all. Merged, the
// entry runs 150 ms at 512 MB: 1M requests ($0.20) and 75,000 GB-s ($1.2500025): $1.4500025.
// The merge saves $0.40833375 and 1,000,000 invocations.
func TestMergesByHand(t *testing.T) {
	w := mobileBackend()
	w.Function = model.Function{DurationMs: dec("100"), MemoryMB: 512}
	w.Traffic = model.Traffic{RequestsPerMonth: 1000000}
	w.SetSettings(model.PlatformLambda, model.LambdaConfig{Architecture: model.X86_64, EphemeralStorageMB: 512, OmitColdStarts: true})
	w.Flow = []model.Step{{Name: "validate", Kind: model.StepFunction, From: model.EntryStep, PerParent: dec("1"), DurationMs: dec("50"), MemoryMB: 256, Invoke: model.Sync}}
	cat, month := catalog(t), model.StandardMonth()
	r := priceOne(w, cat, month)
	if got := r.Estimate(model.PlatformLambda).MonthlyCost; !got.Equal(dec("1.85833625")) {
		t.Fatalf("apart: %s, want 1.85833625", got)
	}
	if r.Flow == nil || len(r.Flow.Merges) != 0 {
		t.Fatalf("the engine's flow %+v has merges of its own", r.Flow)
	}
	merges := Merges(r, cat, month)
	if len(merges) != 1 || merges[0].Step != "validate" || merges[0].Into != model.EntryStep ||
		!merges[0].Saving.Equal(dec("0.40833375")) || !merges[0].RequestsSaved.Equal(dec("1000000")) {
		t.Fatalf("merges %+v, want validate into entry saving 0.40833375 and 1,000,000 invocations", merges)
	}
	if got := WithMerges(r, cat, month); len(got.Flow.Merges) != 1 || len(r.Flow.Merges) != 0 {
		t.Errorf("WithMerges: %d merges, and the result it was given now has %d (want 1 and 0)", len(got.Flow.Merges), len(r.Flow.Merges))
	}
}
