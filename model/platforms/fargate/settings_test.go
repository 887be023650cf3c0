package fargate

import (
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/shopspring/decimal"
)

// TestSettingsEditsLeaveTheOriginal: the analyses resize a copy of the workload through
// WithFleet and Resized; the copy has the new fleet and size, the original keeps its own, and
// a workload built without a fargate section starts from the zero settings.
func TestSettingsEditsLeaveTheOriginal(t *testing.T) {
	var p Platform
	w := model.Workload{}
	w.SetSettings(model.PlatformFargate, model.FargateConfig{Architecture: model.ARM64,
		VCPU: decimal.RequireFromString("0.5"), MemoryGB: decimal.RequireFromString("1"), Fleet: model.Fleet{Min: 2}})
	v := p.Resized(p.WithFleet(w, model.Fleet{Min: 1, RequestsPerSecondPerUnit: decimal.NewFromInt(40)}), decimal.NewFromInt(1), decimal.NewFromInt(2))
	if got := p.UnitSummary(v); got != "1 vCPU / 2 GB arm64 task, 40 rps" {
		t.Errorf("resized: %q", got)
	}
	if got := p.UnitSummary(w); got != "0.5 vCPU / 1 GB arm64 task, 0 rps" || p.FleetOf(w).Min != 2 {
		t.Errorf("original changed: %q, min %d", got, p.FleetOf(w).Min)
	}
	if s := p.SizeOf(model.Workload{}); !s.VCPU.IsZero() || !s.MemoryGB.IsZero() || s.Architecture != "" {
		t.Errorf("no settings: %+v", s)
	}
}
