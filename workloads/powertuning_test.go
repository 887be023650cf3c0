package workloads

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writePowerTuning writes body as a Power Tuning file in a fresh directory.
func writePowerTuning(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "pt.json")
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestPowerTuningOutputObject: {"output": {...}}, the execution's output as an object (as the
// Step Functions console and tools that decode describe-execution's string show it), reads
// like the string form, and problems inside it are named by their path under output.
func TestPowerTuningOutputObject(t *testing.T) {
	p := writePowerTuning(t, `{"executionArn": "arn:x", "output": {"results": {"power": "1024", "stats": [
		{"value": 512, "averagePrice": 8.3e-7, "averageDuration": 401.6},
		{"value": 1024, "averagePrice": 8.3e-7, "averageDuration": 205.4}]}}}`)
	got, err := ReadPowerTuning(p)
	if err != nil || len(got) != 2 || got[0].MemoryMB != 512 || got[0].DurationMs.String() != "401.6" || got[1].DurationMs.String() != "205.4" {
		t.Fatalf("got %+v, %v", got, err)
	}
	p = writePowerTuning(t, `{"output": {"results": {"stats": [{"value": 512, "averageDuration": -1}]}}}`)
	want := p + ": output.results.stats[0].averageDuration: -1 is below 0; expected a mean duration in ms above 0 and at most 900000"
	if _, err := ReadPowerTuning(p); err == nil || err.Error() != want {
		t.Errorf("got  %v\nwant %s", err, want)
	}
	p = writePowerTuning(t, `{"output": {"foo": 1}}`)
	if _, err := ReadPowerTuning(p); err == nil || !strings.HasPrefix(err.Error(), p+": output: is not Power Tuning's output") {
		t.Errorf("got %v", err)
	}
}

// TestPowerTuningRefusesWhatCannotExist: every value past what Lambda can have is reported at
// once, by its JSON path: a duration of 1e5000 ms (past the 15-minute timeout, 900,000 ms), a
// negative one, NaN and Infinity written as text, a number of 41 digits, and memory outside
// 128 to 10,240 MB. A zero or null averageDuration is an empty result, left out as
// lambda/analyzer.js leaves it.
func TestPowerTuningRefusesWhatCannotExist(t *testing.T) {
	p := writePowerTuning(t, `{"results": {"stats": [
		{"value": 128, "averageDuration": 1e5000},
		{"value": 256, "averageDuration": -0.5},
		{"value": 512, "averageDuration": "NaN"},
		{"value": 768, "averageDuration": "Infinity"},
		{"value": 1024, "averageDuration": 12345678901234567890123456789012345678901},
		{"value": 127, "averageDuration": 10},
		{"value": 10241, "averageDuration": 10},
		{"value": 1536.5, "averageDuration": 10},
		{"value": 2048, "averageDuration": 900000.001},
		{"value": 3008, "averageDuration": 0},
		{"value": 4096, "averageDuration": null},
		{"value": 5120, "averageDuration": 900000}]}}`)
	want := []string{
		p + ": results.stats[0].averageDuration: 1e5000 is past Lambda's 15-minute timeout; expected a mean duration in ms above 0 and at most 900000",
		p + ": results.stats[1].averageDuration: -0.5 is below 0; expected a mean duration in ms above 0 and at most 900000",
		p + `: results.stats[2].averageDuration: "NaN" is not a number; expected a mean duration in ms above 0 and at most 900000`,
		p + `: results.stats[3].averageDuration: "Infinity" is not a number; expected a mean duration in ms above 0 and at most 900000`,
		p + ": results.stats[4].averageDuration: 12345678901234567890123456789012345678901 is not a number Power Tuning writes; expected a mean duration in ms above 0 and at most 900000",
		p + ": results.stats[5].value: 127 is not a Lambda memory size; expected a whole number of MB from 128 to 10240",
		p + ": results.stats[6].value: 10241 is not a Lambda memory size; expected a whole number of MB from 128 to 10240",
		p + ": results.stats[7].value: 1536.5 is not a Lambda memory size; expected a whole number of MB from 128 to 10240",
		p + ": results.stats[8].averageDuration: 900000.001 is past Lambda's 15-minute timeout; expected a mean duration in ms above 0 and at most 900000",
	}
	if _, err := ReadPowerTuning(p); err == nil || err.Error() != strings.Join(want, "\n") {
		t.Errorf("got:\n%v\nwant:\n%s", err, strings.Join(want, "\n"))
	}
	// The longest duration Lambda runs, 900,000 ms, is a measurement; 0 and null are left out.
	p = writePowerTuning(t, `[{"value": 3008, "averageDuration": 0}, {"value": 4096, "averageDuration": null}, {"value": 5120, "averageDuration": 900000}]`)
	if got, err := ReadPowerTuning(p); err != nil || len(got) != 1 || got[0].MemoryMB != 5120 || got[0].DurationMs.String() != "900000" {
		t.Errorf("got %+v, %v", got, err)
	}
	// NaN and Infinity as bare words are not JSON: the position is given.
	p = writePowerTuning(t, "[{\"value\": 128,\n  \"averageDuration\": NaN}]")
	if _, err := ReadPowerTuning(p); err == nil || !strings.HasPrefix(err.Error(), p+": invalid JSON at line 2, column 22") {
		t.Errorf("got %v", err)
	}
}
