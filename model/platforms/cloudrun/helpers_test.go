package cloudrun

import (
	"os"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/breakeven/breakeven/workloads"
	"github.com/shopspring/decimal"
)

// TestMain registers Cloud Run alone: the tests price through model.Price, which prices the
// registered platforms (package platforms registers it with the others).
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

// load reads a workload file of testdata/providers through package workloads.
func load(t *testing.T, name string) model.Workload {
	t.Helper()
	path := "../../../testdata/providers/" + name
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

// price prices ws together in the 730-hour month, as `breakeven price` does.
func price(t *testing.T, cat *pricing.Catalog, ws ...model.Workload) model.Result {
	t.Helper()
	return model.Price(ws, cat, model.Options{Month: model.StandardMonth()})
}

// cloudRun is the Cloud Run estimate of the first workload.
func cloudRun(r model.Result) model.Estimate { return r.Workloads[0].Estimate(ID) }

// api is a plain API built in code: requests a month of ms at memoryMB, in us-east-1, with
// the Cloud Run settings c (its size and region left to Resolve).
func api(requests int64, ms string, memoryMB int64, c Config) model.Workload {
	w := model.Workload{Name: "api", Region: "us-east-1",
		Traffic:  model.Traffic{RequestsPerMonth: requests},
		Function: model.Function{DurationMs: dec(ms), MemoryMB: memoryMB}}
	w.SetSettings(ID, c)
	return w
}

// defaults is the section's defaults with the changes f makes.
func defaults(f func(*Config)) Config {
	c := ConfigOf(model.Workload{})
	f(&c)
	return c
}

// wantCost fails unless e is feasible and costs want (to the cent).
func wantCost(t *testing.T, what string, e model.Estimate, want string) {
	t.Helper()
	if !e.Feasible {
		t.Fatalf("%s: infeasible: %v", what, e.Reasons)
	}
	if got := e.MonthlyCost.Round(2); !got.Equal(dec(want)) {
		t.Errorf("%s: $%s, want $%s; lines:", what, e.MonthlyCost, want)
		for _, it := range e.LineItems {
			t.Logf("  %s %s %s x %s = %s %s", it.ID, it.Quantity, it.Unit, it.UnitPrice, it.Cost, it.Estimate)
		}
	}
}

// line is e's line item id (zero if none).
func line(e model.Estimate, id string) pricing.LineItem {
	for _, it := range e.LineItems {
		if it.ID == id {
			return it
		}
	}
	return pricing.LineItem{}
}
