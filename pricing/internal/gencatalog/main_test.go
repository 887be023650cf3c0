package main

import (
	"bytes"
	"os"
	"strconv"
	"strings"
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

// TestSourceIsOneLineAnEntry checks the generated file is compact: every source, instance type,
// rate (with its tiers) and allowance is one line of its own, opening with its key, and the
// file has only a few lines more than the catalog has entries.
func TestSourceIsOneLineAnEntry(t *testing.T) {
	cat, errs := pricing.Parse(pricing.EmbeddedFile, pricing.EmbeddedSource(), nil)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	src, err := Source(cat)
	if err != nil {
		t.Fatal(err)
	}
	lines := map[string]int{}
	for _, l := range strings.Split(string(src), "\n") {
		lines[strings.TrimSpace(l)]++
	}
	entries := 0
	entry := func(key, literal string) {
		entries++
		prefix := strconv.Quote(key) + ":"
		for l, n := range lines {
			if strings.HasPrefix(l, prefix) && strings.Contains(l, literal) && strings.HasSuffix(l, "},") {
				lines[l] = n - 1
				return
			}
		}
		t.Errorf("%s is not one line %s ... },", key, prefix)
	}
	for k, s := range cat.Sources {
		entry(k, "{Name: "+strconv.Quote(s.Name))
	}
	for k, it := range cat.InstanceTypes {
		entry(k, "{Name: "+strconv.Quote(it.Name))
	}
	for _, r := range cat.Regions {
		for k := range r.Rates {
			entry(k, "{Key: "+strconv.Quote(k))
		}
		for k := range r.Allowances {
			entry(k, "{Key: "+strconv.Quote(k))
		}
	}
	if n := strings.Count(string(src), "\n"); n > entries+100 {
		t.Errorf("%d lines for %d entries: not one line an entry", n, entries)
	}
}

// TestProvidersGenIsUpToDate checks the committed pricing/catalog_providers_gen.go is what
// the generator writes (with -providers) from the providers' YAML now, byte for byte.
func TestProvidersGenIsUpToDate(t *testing.T) {
	cats := map[string]*pricing.ProviderCatalog{}
	for _, name := range pricing.ProviderNames() {
		cat, errs := pricing.ParseProvider(name, pricing.ProviderFile(name), pricing.ProviderSource(name), nil)
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		cats[name] = cat
	}
	want, err := ProvidersSource(cats)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("../../catalog_providers_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("pricing/catalog_providers_gen.go is stale: run go generate ./pricing")
	}
}
