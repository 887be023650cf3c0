package managedinstances

import (
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
)

const nightly = `name: nightly
region: us-east-1
schedules:
  - name: daily-report
    cron: "0 0 * * *"
    duration_ms: 600000
    memory_mb: 2048
    parallel: PARALLEL
`

// TestSchedulesOnly prices AWS Fargate's pricing example 1's job (five runs of ten minutes
// every night at 2 GB) on the managed instances: the capacity provider's minimum of 3
// c6i.large instances runs all month for it, 3 x 730 = 2,190 hours x $0.085 = $186.15 and the
// fee 2,190 x $0.01275 = $27.9225; the job's invocations, 365 / 12 x 5 = 152.0833 a month,
// are billed as 153 whole requests x $0.0000002 = $0.0000306, on the schedule's own line, and
// add no instance-hours (one 2 GB environment serving 64 at once holds the five).
func TestSchedulesOnly(t *testing.T) {
	w := parse(t, strings.Replace(nightly, "PARALLEL", "5", 1))
	e := price(t, w, catalog(t), model.Month{})
	got := costs(e)
	for id, want := range map[string]string{
		"lambda.managed_instances.instances":                       "186.15",
		"lambda.managed_instances.management_fee":                  "27.9225",
		"lambda.managed_instances.scheduled.daily-report.requests": "0.0000306",
	} {
		if g, ok := got[id]; !ok || !dec(g).Equal(dec(want)) {
			t.Errorf("%s costs %s, want %s (lines %v)", id, got[id], want, got)
		}
	}
}

// TestScheduleOutgrowsTheMinimum: 1,000 invocations a run need ceil(1,000 / 64) = 16
// environments, more than the 3 minimum c6i.large instances hold (2 each, 6): the job cannot
// run without more instances, and the estimate says to raise the minimum.
func TestScheduleOutgrowsTheMinimum(t *testing.T) {
	w := parse(t, strings.Replace(nightly, "PARALLEL", "1000", 1))
	r := model.Price([]model.Workload{w}, catalog(t), model.Options{})
	s := r.Workloads[0].Schedules[0].Estimate(ID)
	if s.Feasible || !strings.Contains(strings.Join(s.Reasons, ""), "16 environments of 2 GB do not fit on the 3 minimum instances of c6i.large (6 environments): raise managed_instances.min_instances") {
		t.Errorf("feasible %v, reasons %v", s.Feasible, s.Reasons)
	}
	if r.Workloads[0].Estimate(ID).Feasible {
		t.Error("a schedule the platform cannot run leaves the workload infeasible there")
	}
}
