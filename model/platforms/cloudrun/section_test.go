package cloudrun

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/breakeven/breakeven/workloads"
)

// TestSectionDefaults: the plain API's section states only concurrency; the rest take their
// defaults, recorded: request-based billing, 100 max instances, the region nearest us-east-1
// (us-east4); Resolve then chooses 1 vCPU and function.memory_mb's 1.5 GiB.
func TestSectionDefaults(t *testing.T) {
	w := load(t, "cloudrun-api.yaml")
	c := ConfigOf(w)
	if c.Billing != RequestBased || c.Concurrency != 1 || c.MinInstances != 0 || c.MaxInstances != 100 || c.Region != "us-east4" || !c.StartupMs.Equal(dec("1000")) || !c.FreeTier {
		t.Errorf("decoded %+v", c)
	}
	recorded := map[string]string{}
	for _, d := range w.Defaulted {
		recorded[d.Key] = d.Value
	}
	if recorded["cloudrun.region"] != "us-east4" || recorded["cloudrun.billing"] != "request" || recorded["cloudrun.concurrency"] != "" {
		t.Errorf("defaults recorded: %v", recorded)
	}
	r := cloudRun(price(t, catalog(t), w))
	if !strings.HasPrefix(r.Summary, "request-based, 1 vCPU / 1.5 GiB, 1 at a time, us-east4") {
		t.Errorf("summary %q", r.Summary)
	}
}

// TestSectionBadValues: every problem of the section at once, each at FILE:LINE:COLUMN with
// its key and what was expected: a vCPU count Cloud Run does not offer (3), a concurrency
// above 1,000, min_instances above max_instances; and memory the vCPU does not allow.
func TestSectionBadValues(t *testing.T) {
	for _, c := range []struct {
		file string
		want []string
	}{
		{"cloudrun-bad.yaml", []string{
			"cloudrun-bad.yaml:9:9: cloudrun.vcpu: 3 vCPUs: expected 1, 2, 4, 6 or 8",
			"cloudrun-bad.yaml:10:16: cloudrun.concurrency:",
			"1000",
		}},
		{"cloudrun-memory.yaml", []string{"cloudrun-memory.yaml:10:15: cloudrun.memory_gib: 10 GiB: 1 vCPU allows 128 MiB to 4 GiB"}},
	} {
		path := filepath.Join("..", "..", "..", "testdata", "providers", c.file)
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		_, err = workloads.Parse(c.file, data)
		if err == nil {
			t.Fatalf("%s: accepted", c.file)
		}
		for _, want := range c.want {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("%s: %v\nwant %q", c.file, err, want)
			}
		}
	}
	// min_instances above max_instances, once the spec's ranges pass
	data := []byte("name: x\nregion: us-east-1\ntraffic: {requests_per_month: 1}\nfunction: {duration_ms: 1, memory_mb: 128}\ncloudrun:\n  min_instances: 5\n  max_instances: 2\n")
	if _, err := workloads.Parse("m.yaml", data); err == nil || !strings.Contains(err.Error(), "m.yaml:6:18: cloudrun.min_instances: 5: expected at most max_instances (2)") {
		t.Errorf("min above max: %v", err)
	}
}

// TestRegionMapping: the table's nearest regions, none for an AWS region it does not know; a
// Cloud Run region the catalog has no group for (me-west1, Tel Aviv, il-central-1's nearest)
// lists every rate as unpriced, not a crash.
func TestRegionMapping(t *testing.T) {
	for aws, want := range map[string]string{"us-east-1": "us-east4", "eu-west-1": "europe-west2", "ap-northeast-1": "asia-northeast1", "il-central-1": "me-west1"} {
		if got, ok := RegionFor(aws); !ok || got != want {
			t.Errorf("RegionFor(%s) = %s, %v; want %s", aws, got, ok, want)
		}
	}
	if _, ok := RegionFor("us-gov-west-1"); ok {
		t.Error("a GovCloud region is mapped")
	}
	e := cloudRun(price(t, catalog(t), api(1000, "100", 512, defaults(func(c *Config) { c.Region = "me-west1" }))))
	if !e.Feasible || e.Complete() || len(e.LineItems) != 0 || e.Unpriced[0].Region != "me-west1" {
		t.Errorf("me-west1: feasible %v %v, lines %d, unpriced %v", e.Feasible, e.Reasons, len(e.LineItems), e.Unpriced)
	}
}

// TestOverlayRateIsTheUsers: a pricing file states the instance-based memory rate the catalog
// lacks (here $0.000002 a GiB-second, the user's figure): the instance-based estimate is
// complete, its memory line at the user's rate and source, the rate's Origin the file. 1
// vCPU / 0.5 GiB instance-based all month (min_instances 1, no traffic beyond a request an
// hour): 2,628,000 s; vCPU x $0.000018 = $47.304, memory 1,314,000 x $0.000002 = $2.628:
// $49.932, no free tier.
func TestOverlayRateIsTheUsers(t *testing.T) {
	path := filepath.Join(t.TempDir(), "our-gcp.yaml")
	overlay := `catalog: our-gcp-rates
provider: cloudrun
as_of: "2026-12-03"
sources:
  mine: {url: "https://example.com/our-gcp-prices", title: "our Google Cloud price sheet"}
groups:
  tier1:
    rates:
      cloudrun.instance.memory: {price: "0.000002", unit: GiB-seconds, source: mine, as_of: "2026-12-03"}
`
	if err := os.WriteFile(path, []byte(overlay), 0o600); err != nil {
		t.Fatal(err)
	}
	cat := catalog(t, path)
	c := defaults(func(c *Config) { c.Billing, c.MinInstances, c.FreeTier = InstanceBased, 1, false })
	e := cloudRun(price(t, cat, api(730, "100", 512, c)))
	wantCost(t, "instance-based with the user's memory rate", e, "49.93")
	mem := line(e, "cloudrun.instance.memory")
	if !e.Complete() || mem.Source != "https://example.com/our-gcp-prices" {
		t.Errorf("memory line %+v, unpriced %v", mem, e.Unpriced)
	}
	pc, err := cat.Provider(provider)
	if err != nil {
		t.Fatal(err)
	}
	if r, err := pc.Rate("us-east4", "cloudrun.instance.memory"); err != nil || r.Origin != path {
		t.Errorf("rate origin %q, %v; want %s", r.Origin, err, path)
	}
}
