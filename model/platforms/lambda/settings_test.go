package lambda

import (
	"testing"

	"github.com/breakeven/breakeven/model"
)

// TestFunctionSettingsEditsLeaveTheOriginal: WithFunctionSettings changes a copy's
// architecture, free tier, provisioned concurrency, quota and cold starts' billing and
// keeps the rest of its settings; the original keeps its own.
func TestFunctionSettingsEditsLeaveTheOriginal(t *testing.T) {
	var p Platform
	w := model.Workload{}
	w.SetSettings(model.PlatformLambda, model.LambdaConfig{Architecture: model.X86_64, EphemeralStorageMB: 512, FreeTier: true, ConcurrencyLimit: 1000})
	want := model.FunctionSettings{Architecture: model.ARM64, ProvisionedConcurrency: 5, QuotaRaised: true, OmitColdStarts: true}
	v := p.WithFunctionSettings(w, want)
	if got := p.FunctionSettingsOf(v); got != want {
		t.Errorf("copy: %+v, want %+v", got, want)
	}
	if c := configOf(v); c.EphemeralStorageMB != 512 || c.ConcurrencyLimit != 1000 {
		t.Errorf("copy lost the other settings: %+v", c)
	}
	if got := p.FunctionSettingsOf(w); got != (model.FunctionSettings{Architecture: model.X86_64, FreeTier: true}) {
		t.Errorf("original changed: %+v", got)
	}
}
