package pricing

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLoadRoutesProviderOverlays: a --pricing file with a top-level provider: line is laid
// over that provider's catalog (its rate marked as the file's), an AWS overlay over AWS's, and
// a bad provider file's problems come back with Load's, at FILE:LINE:COLUMN.
func TestLoadRoutesProviderOverlays(t *testing.T) {
	dir := t.TempDir()
	azure := filepath.Join(dir, "azure.yaml")
	write(t, azure, `catalog: my-azure-rates
provider: azurefunctions
as_of: "2026-12-03"
sources:
  mine: {url: "https://example.com/our-azure-prices", title: "our Azure price sheet"}
groups:
  eastus:
    rates:
      flex.on_demand.executions: {price: "0.40", per: 1000000, unit: executions, source: mine, as_of: "2026-12-03"}
`)
	cat, err := Load(azure)
	if err != nil {
		t.Fatal(err)
	}
	p, err := cat.Provider("azurefunctions")
	if err != nil {
		t.Fatal(err)
	}
	r, err := p.Rate("eastus", "flex.on_demand.executions")
	if err != nil {
		t.Fatal(err)
	}
	if r.Origin != azure || r.Price.String() != "0.4" {
		t.Errorf("rate %s from %q, want 0.4 from %s", r.Price, r.Origin, azure)
	}
	if len(cat.Overlays) != 1 || cat.Overlays[0] != azure {
		t.Errorf("Overlays %v, want [%s]", cat.Overlays, azure)
	}
	embedded, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	q, err := embedded.Provider("azurefunctions")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := q.Rate("eastus", "flex.on_demand.executions"); err == nil {
		t.Error("the embedded Azure catalog has the overlay's rate: the overlay leaked into it")
	}

	bad := filepath.Join(dir, "bad.yaml")
	write(t, bad, "catalog: x\nprovider: workers\nas_of: \"2026-12-03\"\ngroups:\n  global:\n    rates:\n      workers.nope: {price: \"1\", unit: requests, source: mine, as_of: \"2026-12-03\"}\n")
	_, err = Load(bad)
	if err == nil || !strings.Contains(err.Error(), bad+":7:") {
		t.Errorf("Load(bad provider file) = %v, want a problem at %s:7", err, bad)
	}
	unknown := filepath.Join(dir, "unknown.yaml")
	write(t, unknown, "catalog: x\nprovider: nimbus\n")
	if _, err := Load(unknown); err == nil || !strings.Contains(err.Error(), `no provider "nimbus"`) {
		t.Errorf("Load(unknown provider) = %v, want it named", err)
	}
}

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}
