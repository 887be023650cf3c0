package workers

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/breakeven/breakeven/workloads"
	"github.com/shopspring/decimal"
)

// TestMain registers Workers, as package platforms does: the tests price through model.Price,
// which prices the registered platforms.
func TestMain(m *testing.M) {
	model.RegisterPlatform(Platform{})
	os.Exit(m.Run())
}

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func catalog(t testing.TB, overlays ...string) *pricing.Catalog {
	t.Helper()
	cat, err := pricing.Load(overlays...)
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

// parse reads testdata/providers/NAME as `breakeven price` does.
func parse(t *testing.T, name string) model.Workload {
	t.Helper()
	path := filepath.Join("..", "..", "..", "testdata", "providers", name)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	w, err := workloads.Parse(path, data)
	if err != nil {
		t.Fatal(err)
	}
	return w
}

// priceIn prices ws together in month (zero: the 730-hour month), as `breakeven price` does.
func priceIn(t *testing.T, cat *pricing.Catalog, month model.Month, ws ...model.Workload) model.Result {
	t.Helper()
	if month.Hours == 0 {
		month = model.StandardMonth()
	}
	return model.Price(ws, cat, model.Options{Month: month})
}

// workersOf is the Workers estimate of the first workload of r.
func workersOf(r model.Result) model.Estimate { return r.Workloads[0].Estimate(ID) }

// wantCost fails unless e is feasible and costs want exactly.
func wantCost(t *testing.T, name string, e model.Estimate, want string) {
	t.Helper()
	if !e.Feasible {
		t.Fatalf("%s: infeasible: %v", name, e.Reasons)
	}
	if !e.MonthlyCost.Equal(dec(want)) {
		t.Errorf("%s: $%s, want $%s; lines:", name, e.MonthlyCost, want)
		for _, it := range e.LineItems {
			t.Logf("  %s %s x %s = %s", it.ID, it.Quantity, it.UnitPrice, it.Cost)
		}
	}
}

// item is e's line item id (the zero item when there is none).
func item(e model.Estimate, id string) pricing.LineItem {
	for _, it := range e.LineItems {
		if it.ID == id {
			return it
		}
	}
	return pricing.LineItem{}
}
