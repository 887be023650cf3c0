package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/platformtest"
)

// TestAFourthPlatformsSection: a platform's settings are a section of the workload file it
// declares itself (model.SectionOwner), with no edit to model.Workload or package workloads.
// FlatRate's flatrate.base_usd of $35 on flat-api's 10,000,000 requests a month bills
// $35 + 10,000,000 x $0.000001 = $45; left out, the base is its default $20 ($30), recorded
// as a default; a bad value is refused at its file:line:column with exit 2 and nothing on
// stdout; the schema lists the section; and unregistered, the key is unknown.
func TestAFourthPlatformsSection(t *testing.T) {
	flat, err := os.ReadFile("../workloads/examples/flat-api.yaml")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	write := func(name, extra string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, append(append([]byte{}, flat...), extra...), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	set := write("set.yaml", "\nflatrate:\n  base_usd: 35\n")
	bad := write("bad.yaml", "\nflatrate:\n  base_usd: -3\n")
	lines := strings.Count(string(flat), "\n")

	code, stdout, stderr := run(t, "validate", set)
	if code != exitUsage || stdout != "" || !strings.Contains(stderr, `unknown key "flatrate"`) {
		t.Errorf("unregistered: exit %d, stdout %q, stderr %q: want flatrate an unknown key", code, stdout, stderr)
	}

	t.Cleanup(model.RegisterPlatform(platformtest.FlatRate{}))
	flatRateCost := func(path string) (string, []string) {
		t.Helper()
		code, out, stderr := run(t, "price", "--format", "json", path)
		if code != exitOK {
			t.Fatalf("price %s: exit %d: %s", path, code, stderr)
		}
		var priced struct {
			Workloads []struct {
				Defaults []struct {
					Key   string `json:"key"`
					Value string `json:"value"`
				} `json:"defaults"`
				Estimates []struct {
					Platform    string `json:"platform"`
					MonthlyCost string `json:"monthly_cost"`
				} `json:"estimates"`
			} `json:"workloads"`
		}
		if err := json.Unmarshal([]byte(out), &priced); err != nil || len(priced.Workloads) != 1 {
			t.Fatalf("price %s: %v", path, err)
		}
		var defaults []string
		for _, d := range priced.Workloads[0].Defaults {
			defaults = append(defaults, d.Key+"="+d.Value)
		}
		for _, e := range priced.Workloads[0].Estimates {
			if e.Platform == "flatrate" {
				return e.MonthlyCost, defaults
			}
		}
		t.Fatalf("price %s: no flatrate estimate", path)
		return "", nil
	}
	if cost, defaults := flatRateCost(set); cost != "45" || strings.Contains(strings.Join(defaults, " "), "flatrate.") {
		t.Errorf("base_usd 35: FlatRate bills %s (want 45), defaults %v (want none of flatrate's)", cost, defaults)
	}
	if cost, defaults := flatRateCost("workloads/examples/flat-api.yaml"); cost != "30" || !strings.Contains(strings.Join(defaults, " "), "flatrate.base_usd=20") {
		t.Errorf("no flatrate section: FlatRate bills %s (want 30), defaults %v (want flatrate.base_usd=20)", cost, defaults)
	}

	code, stdout, stderr = run(t, "validate", bad)
	want := bad + ":" + strconv.Itoa(lines+3) + ":13: "
	if code != exitUsage || stdout != "" || !strings.Contains(stderr, want) || !strings.Contains(stderr, "base_usd") {
		t.Errorf("base_usd -3: exit %d, stdout %q, stderr %q: want exit 2 and a problem at %s", code, stdout, stderr, want)
	}

	_, schema, _ := run(t, "schema")
	var s struct {
		Properties map[string]struct {
			Properties map[string]struct {
				Type    any `json:"type"`
				Default any `json:"default"`
			} `json:"properties"`
		} `json:"properties"`
	}
	if err := json.Unmarshal([]byte(schema), &s); err != nil {
		t.Fatal(err)
	}
	if b, ok := s.Properties["flatrate"].Properties["base_usd"]; !ok || b.Default == nil {
		t.Errorf("schema: flatrate.base_usd %+v, present %v: want it listed with its default", b, ok)
	}
}
