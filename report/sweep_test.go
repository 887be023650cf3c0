package report

import (
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/shopspring/decimal"
)

// TestSweepSavingSaysAsNowOnlyForTheCurrentSize: a pick at another size that costs the same
// (every size free) is "same cost", never "as now".
func TestSweepSavingSaysAsNowOnlyForTheCurrentSize(t *testing.T) {
	now := model.SweepRow{Architecture: model.X86_64, MemoryMB: 256, Feasible: true}
	r := model.SweepResult{Current: now}
	other := now
	other.MemoryMB = 1769
	arm := now
	arm.Architecture = model.ARM64
	for _, c := range []struct {
		row    model.SweepRow
		saving string
		want   string
	}{
		{now, "0", "as now"},
		{other, "0", "same cost"},
		{arm, "0.004", "same cost"},
		{other, "1.5", "saves $1.50"},
		{other, "-2", "$2.00 more"},
	} {
		got := sweepSaving(r, model.SweepPick{Row: c.row, MonthlySaving: decimal.RequireFromString(c.saving)})
		if got != c.want {
			t.Errorf("%d MB %s saving %s: %q, want %q", c.row.MemoryMB, c.row.Architecture, c.saving, got, c.want)
		}
	}
}
