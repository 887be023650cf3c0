package managedinstances

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/breakeven/breakeven/workloads"
	"github.com/shopspring/decimal"
)

// TestMain registers the platform alone, as package platforms would after Lambda, Fargate and
// EC2: the tests price through model.Price, which prices the registered platforms.
func TestMain(m *testing.M) {
	model.RegisterPlatform(Platform{})
	os.Exit(m.Run())
}

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// catalog is the embedded catalog with the overlays of paths (under testdata/providers).
func catalog(t testing.TB, paths ...string) *pricing.Catalog {
	t.Helper()
	var full []string
	for _, p := range paths {
		full = append(full, providers(p))
	}
	cat, err := pricing.Load(full...)
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

// providers is the path of a file of the repository's testdata/providers.
func providers(name string) string {
	return filepath.Join("..", "..", "..", "testdata", "providers", name)
}

// parse decodes a workload file's text as the commands do.
func parse(t testing.TB, text string) model.Workload {
	t.Helper()
	w, err := workloads.Parse("test.yaml", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return w
}

// price prices w alone on the platform in month (the zero Month: the standard 730 hours).
func price(t testing.TB, w model.Workload, cat *pricing.Catalog, month model.Month) model.Estimate {
	t.Helper()
	r := model.Price([]model.Workload{w}, cat, model.Options{Month: month})
	return r.Workloads[0].Estimate(ID)
}

// costs are e's line items' costs by id.
func costs(e model.Estimate) map[string]string {
	out := map[string]string{}
	for _, it := range e.LineItems {
		out[it.ID] = it.Cost.String()
	}
	return out
}

// wantCosts checks e is feasible and its lines cost want (by id), and nothing else.
func wantCosts(t *testing.T, e model.Estimate, want map[string]string) {
	t.Helper()
	if !e.Feasible {
		t.Fatalf("infeasible: %v", e.Reasons)
	}
	got := costs(e)
	for id, w := range want {
		if g, ok := got[id]; !ok || !dec(g).Equal(dec(w)) {
			t.Errorf("%s costs %s, want %s", id, g, w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("lines %v, want %v", got, want)
	}
}

// workloadsFile reads a workload file as the commands do.
func workloadsFile(path string) (model.Workload, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return model.Workload{}, err
	}
	return workloads.Parse(path, data)
}
