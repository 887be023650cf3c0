package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/breakeven/breakeven/pricing"
	"github.com/breakeven/breakeven/workloads"
)

// TestValidateKnowsTheCatalogAndItsOverlays: validate refuses a region and an instance type
// the catalog lacks, at their positions, and accepts them once an overlay adds them.
func TestValidateKnowsTheCatalogAndItsOverlays(t *testing.T) {
	dir := t.TempDir()
	w := filepath.Join(dir, "w.yaml")
	write(t, w, "name: w\nregion: ap-south-1\ntraffic: {requests_per_month: 1000}\nfunction: {duration_ms: 100, memory_mb: 512}\nec2: {instance_type: r7i.large}\n")
	code, stdout, stderr := run(t, "validate", w)
	want := w + `:2:9: region: the catalog has no prices for region "ap-south-1": it has eu-central-1, eu-west-1, us-east-1, us-west-2; add a region with --pricing` + "\n" +
		w + ":5:22: ec2.instance_type: the catalog has no instance type \"r7i.large\" (did you mean \"c7i.large\"?); `breakeven pricing` lists every type, and --pricing adds one\n" +
		"breakeven validate: 2 problems\n"
	if code != exitUsage || stdout != "" || stderr != want {
		t.Errorf("exit %d, stdout %q, stderr:\n%s\nwant:\n%s", code, stdout, stderr, want)
	}
	overlay := filepath.Join(dir, "mine.yaml")
	write(t, overlay, `catalog: mine
as_of: "2026-11-01"
sources:
  contract: {url: "https://example.com/contract", title: "Contract"}
instance_types:
  r7i.large: {vcpu: 2, memory_gib: 8, architecture: x86_64}
regions:
  ap-south-1:
    rates:
      lambda.requests: {price: "0.20", per: 1000000, unit: requests, source: contract, as_of: "2026-11-01"}
`)
	code, stdout, stderr = run(t, "validate", "--pricing", overlay, w)
	if code != exitOK || stdout != w+": ok (w)\n" {
		t.Errorf("with the overlay: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	// A bad overlay's problems are listed with the file's; what it would add is not held
	// against the file meanwhile.
	code, stdout, stderr = run(t, "validate", "--pricing", "testdata/pricing/bad-overlay.yaml", w)
	if code != exitUsage || stdout != "" || !strings.Contains(stderr, "testdata/pricing/bad-overlay.yaml:6:7:") || strings.Contains(stderr, "region:") {
		t.Errorf("bad overlay: exit %d, stdout %q, stderr:\n%s", code, stdout, stderr)
	}
	// price and compare read files the same way.
	for _, cmd := range []string{"price", "compare", "sweep"} {
		if code, stdout, stderr := run(t, cmd, w); code != exitUsage || stdout != "" || !strings.Contains(stderr, w+":2:9: region:") {
			t.Errorf("%s: exit %d, stdout %q, stderr %q", cmd, code, stdout, stderr)
		}
	}
}

// TestExamplesAreKnownToTheCatalog: every built-in example names only what the embedded
// catalog knows.
func TestExamplesAreKnownToTheCatalog(t *testing.T) {
	cat, err := pricing.Load()
	if err != nil {
		t.Fatal(err)
	}
	known := knownOf(cat)
	if len(known.FargateSizes) != len(pricing.FargateSizes()) || len(known.Regions) == 0 || len(known.InstanceTypes) == 0 {
		t.Fatalf("knownOf = %+v", known)
	}
	for _, name := range workloads.ExampleNames() {
		src, err := workloads.ExampleSource(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := workloads.ParseKnown("examples/"+name+".yaml", src, known); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}
