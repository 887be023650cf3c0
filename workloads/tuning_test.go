package workloads

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/shopspring/decimal"
)

func TestParseTuning(t *testing.T) {
	dir := t.TempDir()
	pt := `[{"value": 128, "averageDuration": 900.5}, {"value": 256, "averageDuration": 0}, {"value": "2048", "averageDuration": 110.125}]`
	if err := os.WriteFile(filepath.Join(dir, "pt.json"), []byte(pt), 0o644); err != nil {
		t.Fatal(err)
	}
	src := `name: tuned
traffic: {requests_per_month: 1000}
function: {duration_ms: 200, memory_mb: 1024}
lambda: {architecture: arm64}
tuning:
  threads: 2
  measured:
    - {memory_mb: 512, duration_ms: 390.5}
    - {memory_mb: 512, duration_ms: 380, architecture: x86_64}
  power_tuning: pt.json
`
	w, err := Parse(filepath.Join(dir, "tuned.yaml"), []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	tu := w.Tuning
	if tu.Threads != 2 || tu.CPUBoundPercent.Valid || tu.MinMemoryMB != 0 || tu.BalancedWeight.Valid || tu.MaxSlowdownPercent.Valid {
		t.Errorf("tuning %+v", tu)
	}
	// The stat without an averageDuration is left out, as Power Tuning's analyzer does.
	want := []model.MeasuredDuration{
		{MemoryMB: 512, DurationMs: decimal.RequireFromString("390.5"), Architecture: model.ARM64},
		{MemoryMB: 512, DurationMs: decimal.RequireFromString("380"), Architecture: model.X86_64},
		{MemoryMB: 128, DurationMs: decimal.RequireFromString("900.5"), Architecture: model.ARM64},
		{MemoryMB: 2048, DurationMs: decimal.RequireFromString("110.125"), Architecture: model.ARM64},
	}
	if len(tu.Measured) != len(want) {
		t.Fatalf("measured %+v", tu.Measured)
	}
	for i, m := range tu.Measured {
		if m.MemoryMB != want[i].MemoryMB || !m.DurationMs.Equal(want[i].DurationMs) || m.Architecture != want[i].Architecture {
			t.Errorf("measured[%d] = %+v, want %+v", i, m, want[i])
		}
	}
	// Without measurements, the CPU share is a default the file is told to measure.
	w, err = Parse("x.yaml", []byte("name: x\ntraffic: {requests_per_month: 1}\nfunction: {duration_ms: 1, memory_mb: 128}\ntuning: {threads: 1}\n"))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, d := range w.Defaulted {
		if d.Key == "tuning.cpu_bound_percent" {
			found = d.Value == "50" && strings.Contains(d.Why, "measure")
		}
	}
	if !found || !w.Tuning.CPUBoundPercent.Decimal.Equal(decimal.NewFromInt(50)) {
		t.Errorf("cpu_bound_percent not defaulted with a why: %+v", w.Defaulted)
	}
	// A file without a tuning section records nothing about it.
	w, _ = Parse("y.yaml", []byte("name: y\ntraffic: {requests_per_month: 1}\nfunction: {duration_ms: 1, memory_mb: 128}\n"))
	for _, d := range w.Defaulted {
		if strings.HasPrefix(d.Key, "tuning.") {
			t.Errorf("defaulted %s without a tuning section", d.Key)
		}
	}
}

func TestReadPowerTuningShapes(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	stats := `[{"averagePrice": 2.1e-7, "averageDuration": 2.9066666666666667, "value": 128}]`
	for name, body := range map[string]string{
		"state machine output": `{"results": {"power": "128", "cost": 2.1e-7, "duration": 2.9, "stats": ` + stats + `}}`,
		"analyzer output":      `{"power": 128, "stats": ` + stats + `}`,
		"describe-execution":   `{"executionArn": "arn:x", "output": "{\"results\": {\"stats\": [{\"value\": 128, \"averageDuration\": 2.9066666666666667}]}}"}`,
		"bare stats":           stats,
	} {
		got, err := ReadPowerTuning(write("pt.json", body))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		// The duration is the decimal written, exactly.
		if len(got) != 1 || got[0].MemoryMB != 128 || got[0].DurationMs.String() != "2.9066666666666667" {
			t.Errorf("%s: %+v", name, got)
		}
	}
	for body, want := range map[string]string{
		`{"results": {"power": "128", "duration": 2.9}}`: "has no stats: run Power Tuning with includeOutputResults: true",
		`{"foo": 1}`:                                                 "is not Power Tuning's output",
		`[{"value": 64, "averageDuration": 3}]`:                      "stats[0].value: 64 is not a Lambda memory size",
		`[{"value": 128, "averageDuration": -3}]`:                    "stats[0].averageDuration: -3 is below 0",
		`[{"value": 128, "averageDuration": 0}]`:                     "no stats with an averageDuration",
		"[{\"value\": 128,\n \"averageDuration\": 3},\n{\"value\"}]": "invalid JSON at line 3, column 9",
	} {
		_, err := ReadPowerTuning(write("bad.json", body))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want %q", body, err, want)
		}
	}
	if _, err := ReadPowerTuning(dir); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("a directory: %v", err)
	}
}

func TestParseMaxSlowdown(t *testing.T) {
	src := "name: x\ntraffic: {requests_per_month: 1}\nfunction: {duration_ms: 1, memory_mb: 128}\ntuning: {max_slowdown_percent: 25.5}\n"
	w, err := Parse("x.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if s := w.Tuning.MaxSlowdownPercent; !s.Valid || !s.Decimal.Equal(decimal.RequireFromString("25.5")) {
		t.Errorf("max_slowdown_percent %+v, want 25.5", s)
	}
	_, err = Parse("x.yaml", []byte(strings.Replace(src, "25.5", "-1", 1)))
	if err == nil || !strings.Contains(err.Error(), "x.yaml:4:32: tuning.max_slowdown_percent: -1 is below the minimum of 0") {
		t.Errorf("a negative slowdown: %v", err)
	}
}
