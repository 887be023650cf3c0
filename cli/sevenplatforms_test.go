package cli

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/breakeven/breakeven/model"
)

// videoTranscode is the example the seven platforms of issue 16 do not all run: its
// 1,200,000 ms jobs (20 minutes) are past Lambda's and Lambda Managed Instances' 15 minutes,
// Azure Functions' Consumption 10 minutes, and Workers' 30,000 ms of CPU time (all of
// duration_ms is CPU by default).
const videoTranscode = "workloads/examples/video-transcode.yaml"

// TestSevenPlatformsLayouts: with the seven registered platforms every table line of price
// and compare fits 80 columns (the platforms in bands; the text wrapped), every platform is named, and
// compare's JSON carries the 21 pairs of each of the three inputs (63) while the table lists
// the cheapest's (Azure Functions' $11.40 on flat-api: 6 pairs) and those that cross, saying
// how many more there are. A workload four of them cannot run shows the three that run it
// and names the four others in one line, with their reasons; the portfolio totals those four
// without it.
func TestSevenPlatformsLayouts(t *testing.T) {
	if len(model.Platforms) != 7 {
		t.Fatalf("%d platforms registered, want the seven of issue 16: %v", len(model.Platforms), model.Platforms)
	}
	_, table, stderr := run(t, "price", flatAPI, videoTranscode)
	_, compare, _ := run(t, "compare", flatAPI)
	for name, out := range map[string]string{"price": table, "compare": compare} {
		for _, line := range strings.Split(out, "\n") {
			// A word wider than the line stays whole on a line of its own (Azure
			// Functions' reason cites a 77-character URL): every other line fits.
			if n := utf8.RuneCountInString(line); n > 80 && strings.Contains(strings.TrimSpace(line), " ") {
				t.Errorf("%s: a line of %d columns: %q", name, n, line)
			}
		}
		for _, p := range model.Platforms {
			if !strings.Contains(out, p.Name()) {
				t.Errorf("%s: %s missing (%s):\n%s", name, p.Name(), stderr, out)
			}
		}
	}
	_, cannot, found := strings.Cut(table, "  Cannot run it: Lambda (function.duration_ms 1,200,000 is beyond Lambda's")
	cannot, _, _ = strings.Cut(cannot, ").\n")
	if !found {
		t.Errorf("price: video-transcode does not name the platforms that cannot run it:\n%s", table)
	}
	for _, p := range []string{"Lambda MI (function.duration_ms", "Azure Functions (function.memory_mb", "Workers (CPU time per invocation"} {
		if !strings.Contains(strings.Join(strings.Fields(cannot), " "), p) {
			t.Errorf("price: the line of those that cannot run video-transcode lacks %q:\n%s", p, cannot)
		}
	}
	for _, p := range []string{"Lambda ", "Lambda MI ", "Azure Functions ", "Workers "} {
		if !strings.Contains(table, "  All on "+p) || !strings.Contains(strings.SplitN(strings.SplitN(table, "  All on "+p, 2)[1], "\n", 2)[0], "without video-transcode") {
			t.Errorf("price: the portfolio lacks %stotal without video-transcode:\n%s", p, table)
		}
	}
	if !strings.Contains(compare, "more pairs, neither the cheapest platform nor crossing in range") {
		t.Errorf("compare: no line saying how many pairs the table leaves out:\n%s", compare)
	}
	_, out, _ := run(t, "compare", "--format", "json", flatAPI)
	var doc struct {
		Comparisons []struct {
			BreakEvens []json.RawMessage `json:"break_evens"`
		} `json:"comparisons"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil || len(doc.Comparisons) != 1 || len(doc.Comparisons[0].BreakEvens) != 63 {
		t.Errorf("compare json: %v, want 63 break-evens", err)
	}
}
