package azurefunctions

import (
	"strings"
	"testing"
)

// TestLimits: what each plan cannot run is infeasible with the limit named: Consumption's
// 10-minute maximum timeout and 1,536 MB, an execution larger than the Flex instance, and a
// load past Flex's 1,000 instances; what needs a setting raised is a warning.
func TestLimits(t *testing.T) {
	cat := catalog(t)
	for _, c := range []struct {
		name, requests, ms, mb, section, reason string
	}{
		{"Consumption past 10 minutes", "1000", "600001", "512", "", "beyond Consumption's 10-minute maximum functionTimeout"},
		{"Consumption past 1,536 MB", "1000", "100", "2048", "", "memory_mb 2,048 is more than a Consumption instance's 1,536 MB"},
		{"stated memory at 1,536 MB", "1000", "100", "512", "{memory_mb: 1536}", ""},
		{"Flex execution past the instance", "1000", "100", "3008", "{plan: flex_consumption}", "memory_mb 3,008 is more than a 2,048 MB Flex Consumption instance holds"},
		{"Flex 4,096 MB instances hold it", "1000", "100", "3008", "{plan: flex_consumption, instance_memory_mb: 4096}", ""},
		// 10^10 requests of 1 s one at a time: 13,698,630 an hour, 3,805 instances busy.
		{"Flex past 1,000 instances", "10000000000", "1000", "512", "{plan: flex_consumption, concurrency: 1}", "beyond Flex Consumption's 1,000"},
		{"Flex runs an hour", "1000", "3600000", "512", "{plan: flex_consumption}", ""},
	} {
		e := azureOf(t, cat, api(t, c.requests, c.ms, c.mb, c.section))
		switch {
		case c.reason == "" && !e.Feasible:
			t.Errorf("%s: infeasible: %v", c.name, e.Reasons)
		case c.reason != "" && (e.Feasible || !strings.Contains(strings.Join(e.Reasons, "; "), c.reason)):
			t.Errorf("%s: feasible %v, reasons %v; want %q", c.name, e.Feasible, e.Reasons, c.reason)
		}
	}
	e := azureOf(t, cat, api(t, "1000", "400000", "512", ""))
	if !e.Feasible || !strings.Contains(strings.Join(e.Warnings, "; "), "beyond Consumption's default 5-minute functionTimeout") ||
		!strings.Contains(strings.Join(e.Warnings, "; "), "must respond within 230 seconds") {
		t.Errorf("400 s on Consumption: feasible %v, warnings %v", e.Feasible, e.Warnings)
	}
}
