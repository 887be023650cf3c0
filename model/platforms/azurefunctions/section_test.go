package azurefunctions

import (
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/workloads"
)

// defaulted is what w's Defaulted says key took, and why.
func defaulted(w model.Workload, key string) (value, why string) {
	for _, d := range w.Defaulted {
		if d.Key == key {
			return d.Value, d.Why
		}
	}
	return "", ""
}

// TestSectionDefaults: left out, the plan is Consumption and the region the one nearest the
// workload's AWS region; on Flex the instance memory is 2,048 MB and the concurrency its
// default of 16; each default is recorded for the output.
func TestSectionDefaults(t *testing.T) {
	w := api(t, "1000", "100", "512", "")
	c := ConfigOf(w)
	if c.Plan != Consumption || c.Region != "eastus" || !c.FreeGrants || c.ConsumptionMemory(w) != 512 {
		t.Errorf("defaults: %+v", c)
	}
	for key, want := range map[string]string{"azure_functions.plan": "consumption", "azure_functions.region": "eastus",
		"azure_functions.memory_mb": "function.memory_mb", "azure_functions.free_grants": "true"} {
		if got, _ := defaulted(w, key); got != want {
			t.Errorf("%s recorded as %q, want %q", key, got, want)
		}
	}
	f := ConfigOf(api(t, "1000", "100", "512", "{plan: flex_consumption, instance_memory_mb: 4096}"))
	if f.InstanceMemoryMB != 4096 || f.FlexConcurrency() != 32 || f.AlwaysReady != 0 {
		t.Errorf("flex: %+v, concurrency %d", f, f.FlexConcurrency())
	}
	w = api(t, "1000", "100", "512", "{plan: flex_consumption}")
	if got, _ := defaulted(w, "azure_functions.concurrency"); got != "16" {
		t.Errorf("flex concurrency recorded as %q", got)
	}
	if got, _ := defaulted(w, "azure_functions.instance_memory_mb"); got != "2048" {
		t.Errorf("flex instance memory recorded as %q", got)
	}
	if got, _ := defaulted(w, "azure_functions.memory_mb"); got != "" {
		t.Errorf("Flex records Consumption's memory_mb: %q", got)
	}
}

// TestSectionBadValues: every problem of the section at once, each at its file, line and
// column with its key and what was expected.
func TestSectionBadValues(t *testing.T) {
	text := "name: api\ntraffic: {requests_per_month: 1000}\nfunction: {duration_ms: 100, memory_mb: 512}\n" +
		"azure_functions:\n  plan: flex\n  instance_memory_mb: 1024\n  region: westeurope2\n  memory_mb: 2048\n"
	_, err := workloads.Parse("bad.yaml", []byte(text))
	if err == nil {
		t.Fatal("no error")
	}
	got := err.Error()
	for _, want := range []string{
		"bad.yaml:5:9: azure_functions.plan: ",
		"bad.yaml:6:23: azure_functions.instance_memory_mb: 1024 is not a Flex Consumption instance memory size: expected 512, 2048 or 4096",
		"bad.yaml:7:11: azure_functions.region: ",
		"bad.yaml:8:14: azure_functions.memory_mb: ",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in:\n%s", want, got)
		}
	}
	if !strings.Contains(got, `(did you mean "westeurope"?)`) {
		t.Errorf("no region suggested:\n%s", got)
	}
}

// TestRegionMapping: the region left out is the nearest in the table (Ireland: North
// Europe), recorded with why; an AWS region the table lacks takes East US, saying so; a region
// the catalog does not price leaves the bill unpriced, never guessed.
func TestRegionMapping(t *testing.T) {
	for aws, want := range map[string]string{"us-east-1": "eastus", "eu-west-1": "northeurope", "eu-central-1": "germanywestcentral",
		"ap-northeast-1": "japaneast", "sa-east-1": "brazilsouth"} {
		if got, ok := NearestRegion(aws); got != want || !ok {
			t.Errorf("NearestRegion(%s) = %s, %v; want %s", aws, got, ok, want)
		}
	}
	text := "name: api\nregion: eu-west-1\ntraffic: {requests_per_month: 3000000}\nfunction: {duration_ms: 1000, memory_mb: 512}\n"
	w := parse(t, "eu.yaml", text)
	if v, why := defaulted(w, "azure_functions.region"); v != "northeurope" || why != "nearest Azure region to eu-west-1" {
		t.Errorf("region recorded %q: %q", v, why)
	}
	e := azureOf(t, catalog(t), w)
	if !e.Feasible || e.Complete() || !hasUnpriced(e, "consumption.memory") || !e.MonthlyCost.IsZero() {
		t.Errorf("northeurope: feasible %v, cost %s, unpriced %v", e.Feasible, e.MonthlyCost, e.Unpriced)
	}
	w = parse(t, "gov.yaml", strings.Replace(text, "eu-west-1", "us-gov-west-1", 1))
	if v, why := defaulted(w, "azure_functions.region"); v != "eastus" || why != "us-gov-west-1 has no nearer Azure region in the table" {
		t.Errorf("unlisted region recorded %q: %q", v, why)
	}
}

// TestSectionTemplateParses: the section `breakeven init` writes reads back, every key
// uncommented, with the values it shows.
func TestSectionTemplateParses(t *testing.T) {
	var b strings.Builder
	for _, line := range strings.Split(Platform{}.SectionTemplate(), "\n") {
		if rest, ok := strings.CutPrefix(line, "  # "); ok {
			line = "  " + rest
		}
		b.WriteString(line + "\n")
	}
	w := parse(t, "init.yaml", "name: api\ntraffic: {requests_per_month: 1000}\nfunction: {duration_ms: 100, memory_mb: 512}\n"+b.String())
	c := ConfigOf(w)
	if c.Plan != Consumption || c.Region != "eastus" || c.InstanceMemoryMB != 2048 || c.Concurrency != 16 || c.MemoryMB != 512 || !c.FreeGrants {
		t.Errorf("template read as %+v", c)
	}
}
