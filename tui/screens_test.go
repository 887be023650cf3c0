package tui

import (
	"testing"

	"github.com/breakeven/breakeven/model"
)

// TestCapacityLine: counts in the Compare view are thousands separated, as in the reports.
func TestCapacityLine(t *testing.T) {
	got := capacityLine(model.Capacity{Unit: "tasks", Min: 1, Max: 1358, UnitHours: 250000})
	if want := "tasks: 1 to 1,358 an hour, 250,000 unit-hours"; got != want {
		t.Errorf("%q, want %q", got, want)
	}
}
