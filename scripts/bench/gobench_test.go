package main

import "testing"

// TestParseDocReadsTheLastBudget: the table takes a benchmark's budget from its comment, the
// last one stated, in any unit or as a ratio to the floor the comment names.
func TestParseDocReadsTheLastBudget(t *testing.T) {
	for _, c := range []struct {
		doc    string
		budget float64
		ratio  bool
		floor  string
	}{
		{"BenchmarkX sweeps. Budget (issue 5): at most 100 ms.", 0.1, false, ""},
		{"Budget (issue 5): at most 100 ms. Budget (issue 12): under 10 ms.", 0.01, false, ""},
		{"Budget (issue 3): at most 1 ms per workload on a\nCI machine; budget (issue 12): at most 0.3 ms.", 0.0003, false, ""},
		{"Budget (issue 12): within 16 ms of idle.", 0.016, false, ""},
		{"Budget (issue 12): at most 3x its floor, BenchmarkPrice1000FilesFloor.", 3, true, "BenchmarkPrice1000FilesFloor"},
		{"Budget (issue 2): well under a millisecond.", 0, false, ""},
		{"No budget here.", 0, false, ""},
	} {
		d := parseDoc(c.doc)
		if d.budget != c.budget || d.ratio != c.ratio || d.floor != c.floor {
			t.Errorf("%q: budget %g ratio %t floor %q, want %g %t %q", c.doc, d.budget, d.ratio, d.floor, c.budget, c.ratio, c.floor)
		}
	}
}
