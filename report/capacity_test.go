package report

import (
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/shopspring/decimal"
)

// TestCapacityTextSaysAnyPlatformsUnit: a new platform's units read in the words it declares,
// with no edit here: 2 to 3 workers an hour, 1,460.5 worker-hours billed.
func TestCapacityTextSaysAnyPlatformsUnit(t *testing.T) {
	workers := model.CapacityUnit{Name: "workers", Label: "Workers", Noun: "worker"}
	c := model.Capacity{Unit: workers, Min: 2, Max: 3, BilledHours: decimal.RequireFromString("1460.5")}
	if got, want := capacityText(c), "Workers: 2-3 an hour, 1,460.5 worker-hours billed"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	j := marshalJSON()
	capacityJSON(j, c)
	if got := string(j.buf); !strings.Contains(got, `"unit": "workers"`) || !strings.Contains(got, `"billed_hours": "1460.5"`) {
		t.Errorf("JSON %s: want unit workers and its billed hours", got)
	}
}
