package model

import (
	"testing"
	"time"

	"github.com/breakeven/breakeven/pricing"
)

// TestTextsFollowTheNumbersRule: the model's own texts read numbers as the reports do
// (internal/humanize): "1769 MB" and "1200000 ms billed" read 1,769 MB and 1,200,000 ms,
// "task(s)" takes its plural (a scan's bounds: analysis's TestScanTextFollowsTheNumbersRule).
func TestTextsFollowTheNumbersRule(t *testing.T) {
	w := Workload{Function: Function{MemoryMB: 1769, DurationMs: dec("1199999.5")}}
	w.Lambda.Architecture = X86_64
	w.Lambda.ProvisionedConcurrency = 1200
	w.Lambda.ProvisionedSchedule = ProvisionedSchedule{Kind: Weekly, StartHour: 8, EndHour: 20, Days: []time.Weekday{time.Monday}}
	w.Lambda.EphemeralStorageMB = 10240
	if got, want := lambdaSummary(w), "1,769 MB x86_64, 1,200,000 ms billed, 1,200 provisioned 8:00-20:00 on 1 day a week, 10,240 MB /tmp"; got != want {
		t.Errorf("lambdaSummary = %q, want %q", got, want)
	}
	it := pricing.InstanceType{Name: "c6i.large", MemoryGiB: dec("4")}
	cases := map[int64]string{
		1:  "1 parallel task of 8,192 MB needs 8 GB, more than one c6i.large holds (4 GiB)",
		40: "40 parallel tasks of 8,192 MB need 320 GB, more than one c6i.large holds (4 GiB)",
	}
	for n, want := range cases {
		got := parallelWarning(Schedule{MemoryMB: 8192, Parallel: n}, it)
		if len(got) < len(want) || got[:len(want)] != want {
			t.Errorf("parallelWarning(%d tasks) = %q, want it to start %q", n, got, want)
		}
	}
}
