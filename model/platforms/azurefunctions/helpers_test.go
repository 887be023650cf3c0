package azurefunctions

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/breakeven/breakeven/workloads"
	"github.com/shopspring/decimal"
)

// TestMain registers Azure Functions, as package platforms would: the tests price through
// model.Price, which prices the registered platforms, and decode files through workloads,
// which reads the registered platforms' sections.
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

// parse decodes a workload file's text, named name.
func parse(t testing.TB, name, text string) model.Workload {
	t.Helper()
	w, err := workloads.Parse(name, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return w
}

// readFile decodes a workload file of testdata/providers.
func readFile(t testing.TB, name string) model.Workload {
	t.Helper()
	path := filepath.Join("..", "..", "..", "testdata", "providers", name)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return parse(t, path, string(data))
}

// priced prices ws together in the 730-hour month (opt's month otherwise).
func priced(cat *pricing.Catalog, opt model.Options, ws ...model.Workload) model.Result {
	return model.Price(ws, cat, opt)
}

// azureOf is the Azure Functions estimate of w priced alone.
func azureOf(t testing.TB, cat *pricing.Catalog, w model.Workload) model.Estimate {
	t.Helper()
	return priced(cat, model.Options{}, w).Workloads[0].Estimate(ID)
}

// wantCost checks e is feasible and costs want, to the cent.
func wantCost(t *testing.T, what string, e model.Estimate, want string) {
	t.Helper()
	if !e.Feasible {
		t.Fatalf("%s: infeasible: %v", what, e.Reasons)
	}
	if got := e.MonthlyCost.StringFixed(2); got != want {
		t.Errorf("%s: $%s, want $%s; lines:\n%s", what, got, want, lines(e.LineItems))
	}
}

// lines lists items for a failure message.
func lines(items []pricing.LineItem) string {
	var b strings.Builder
	for _, it := range items {
		b.WriteString("  " + it.ID + " " + it.Quantity.String() + " x " + it.UnitPrice.String() + " = " + it.Cost.String() + "\n")
	}
	return b.String()
}

// hasUnpriced says e lists key as not priced.
func hasUnpriced(e model.Estimate, key string) bool {
	for _, u := range e.Unpriced {
		if u.Key == key {
			return true
		}
	}
	return false
}

// api is a plain API workload of requests a month, each of ms at mb, with section as its
// azure_functions section ("" for none), in the AWS region us-east-1.
func api(t testing.TB, requests, ms, mb, section string) model.Workload {
	t.Helper()
	text := "name: api\nregion: us-east-1\ntraffic: {requests_per_month: " + requests + "}\nfunction: {duration_ms: " + ms + ", memory_mb: " + mb + "}\n"
	if section != "" {
		text += "azure_functions: " + section + "\n"
	}
	return parse(t, "api.yaml", text)
}
