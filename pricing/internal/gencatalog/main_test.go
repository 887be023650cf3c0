package main

import (
	"bytes"
	"os"
	"testing"

	"github.com/breakeven/breakeven/pricing"
)

// TestCatalogGenIsUpToDate checks the committed pricing/catalog_gen.go is what the generator
// writes from the YAML now, byte for byte: a fresh clone builds without running it.
func TestCatalogGenIsUpToDate(t *testing.T) {
	cat, errs := pricing.Parse(pricing.EmbeddedFile, pricing.EmbeddedSource(), nil)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	want, err := Source(cat)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("../../catalog_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("pricing/catalog_gen.go is stale: run go generate ./pricing")
	}
}
