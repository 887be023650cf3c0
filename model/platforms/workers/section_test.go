package workers

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/breakeven/breakeven/internal/yamlspec"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/workloads"
)

// TestSectionDefaults: a file without a workers section gets the region global (from its AWS
// region, recorded), the CPU share of 100% (recorded: the user should state cpu_ms), no static
// assets and the 30-second CPU limit; a file that states cpu_ms records no CPU share.
func TestSectionDefaults(t *testing.T) {
	data := []byte("name: a\nregion: ap-southeast-2\ntraffic:\n  requests_per_month: 1000\nfunction:\n  duration_ms: 50\n  memory_mb: 128\n")
	w, err := workloads.Parse("a.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	c := ConfigOf(w)
	if c.Region != "global" || !c.CPUPercentOfDuration.Equal(dec("100")) || !c.CPUMs.IsZero() || !c.StaticAssetPercent.IsZero() || c.CPULimitMs != 30_000 {
		t.Errorf("defaults: %+v", c)
	}
	got := map[string]string{}
	for _, d := range w.Defaulted {
		got[d.Key] = d.Value
	}
	for key, want := range map[string]string{"workers.region": "global", "workers.cpu_percent_of_duration": "100",
		"workers.static_asset_percent": "0", "workers.cpu_limit_ms": "30000"} {
		if got[key] != want {
			t.Errorf("Defaulted[%s] = %q, want %q (all: %v)", key, got[key], want, w.Defaulted)
		}
	}
	stated := parse(t, "workers-api.yaml")
	for _, d := range stated.Defaulted {
		if d.Key == "workers.cpu_percent_of_duration" {
			t.Errorf("cpu_ms stated, yet the requests' CPU share is recorded as defaulted: %v", d)
		}
	}
	if c := ConfigOf(stated); !c.CPUMs.Equal(dec("7")) {
		t.Errorf("cpu_ms: %s, want 7", c.CPUMs)
	}
}

// TestRegionMapping: Workers have one region, their whole edge network: every AWS region, and
// none, maps to global, as does a workload built in code without the section.
func TestRegionMapping(t *testing.T) {
	for _, aws := range []string{"us-east-1", "eu-west-1", "ap-southeast-2", "sa-east-1", ""} {
		if got := regionFor(aws); got != "global" {
			t.Errorf("regionFor(%q) = %q, want global", aws, got)
		}
	}
	if got := ConfigOf(model.Workload{Region: "eu-central-1"}).Region; got != "global" {
		t.Errorf("a workload built in code: region %q, want global", got)
	}
}

// TestSectionRejectsBadValues: every problem of a workers section at once, each at
// FILE:LINE:COLUMN with its key and what was expected (the exit-2 path of every command).
func TestSectionRejectsBadValues(t *testing.T) {
	path := filepath.Join("..", "..", "..", "testdata", "providers", "workers-bad.yaml")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	_, err = workloads.Parse(path, data)
	errs, ok := err.(yamlspec.ErrorList)
	if !ok {
		t.Fatalf("Parse = %v, want a yamlspec.ErrorList", err)
	}
	text := err.Error()
	for _, want := range []string{
		path + ":12:11: workers.region",
		path + ":15:25: workers.static_asset_percent",
		path + ":16:17: workers.cpu_limit_ms",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("missing %q in:\n%s", want, text)
		}
	}
	if len(errs) != 3 {
		t.Errorf("%d problems, want 3:\n%s", len(errs), text)
	}
}

// TestSectionTemplateDecodes: `breakeven init`'s workers section, uncommented, is a valid
// section whose values are the defaults it claims (but the sample cpu_ms, left commented).
func TestSectionTemplateDecodes(t *testing.T) {
	var lines []string
	for _, l := range strings.Split(Platform{}.SectionTemplate(), "\n") {
		if strings.HasPrefix(l, "  # ") && !strings.Contains(l, "cpu_ms: 5") {
			l = "  " + strings.TrimPrefix(l, "  # ")
		}
		lines = append(lines, l)
	}
	data := "name: a\nregion: us-east-1\ntraffic:\n  requests_per_month: 1000\nfunction:\n  duration_ms: 50\n  memory_mb: 128\n" + strings.Join(lines, "\n")
	w, err := workloads.Parse("init.yaml", []byte(data))
	if err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	want := ConfigOf(model.Workload{})
	if got := ConfigOf(w); got.Region != want.Region || !got.CPUPercentOfDuration.Equal(want.CPUPercentOfDuration) || got.CPULimitMs != want.CPULimitMs || !got.StaticAssetPercent.IsZero() {
		t.Errorf("template: %+v, want the defaults %+v", got, want)
	}
}
