package workers

import (
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/shopspring/decimal"
)

// month720 is a 720-hour month, the 30 days of Cloudflare's example 3 (720 hourly runs).
var month720 = model.Month{Name: "720-hour month", Start: model.StandardMonth().Start, Hours: 720}

// TestCronTriggerPublishedExample prices Cloudflare's example 3 as a workload of one schedule
// (worked in testdata/providers/workers-cron.yaml): the Workers lines come to $6.992, the
// page's $6.99. (The engine adds the EventBridge Scheduler's invocations to every platform's
// bill of a workload of schedules alone, model's priceSchedulesOnly; Cron Triggers need none:
// the lead's to settle, so the Workers lines are summed here.)
func TestCronTriggerPublishedExample(t *testing.T) {
	r := priceIn(t, catalog(t), month720, parse(t, "workers-cron.yaml"))
	e := workersOf(r)
	if got := workersLines(e); !e.Feasible || !got.Equal(dec("6.992")) {
		t.Errorf("example 3: feasible %v, Workers lines $%s, want $6.992: %v", e.Feasible, got, e.LineItems)
	}
	if s := r.Workloads[0].Schedules[0].Estimate(ID); !s.Feasible || !strings.Contains(s.Summary, "Cron Trigger, 180,000 ms CPU per run") {
		t.Errorf("the schedule alone: feasible %v, %q %v", s.Feasible, s.Summary, s.Reasons)
	}
}

// TestScheduleBilledWithTheService: the service of example 1 and the Cron Trigger of example 3
// share the account's minimum and included usage: $5 + (15,000,000 + 720 - 10M) x $0.30/M =
// $1.500216 + (105M + 129.6M - 30M) x $0.02/M = $4.092: $10.592216 (each alone: $8.00 and
// $6.992).
func TestScheduleBilledWithTheService(t *testing.T) {
	w := parse(t, "workers-api.yaml")
	w.Schedules = parse(t, "workers-cron.yaml").Schedules
	wantCost(t, "service and schedule", workersOf(priceIn(t, catalog(t), month720, w)), "10.592216")
	// With cpu_percent_of_duration 50 beside cpu_ms 7, the requests keep their 7 ms and the
	// Cron Trigger is 90,000 ms a run: 105M + 64.8M - 30M = 139.8M CPU ms x $0.02/M = $2.796;
	// $5 + $1.500216 + $2.796 = $9.296216.
	c := ConfigOf(w)
	c.CPUPercentOfDuration = dec("50")
	w.SetSettings(ID, c)
	wantCost(t, "cpu_ms and the schedules' share", workersOf(priceIn(t, catalog(t), month720, w)), "9.296216")
}

// TestCronTriggerLimits: a Cron Trigger may use 15 minutes of CPU time and run 15 minutes; a
// run of 16 minutes at the default share breaks both, each named with its source; 10 minutes
// is above a request's 5 minutes but runs as a Cron Trigger.
func TestCronTriggerLimits(t *testing.T) {
	cat := catalog(t)
	w := parse(t, "workers-cron.yaml")
	w.Schedules[0].DurationMs = dec("960000")
	e := workersOf(priceIn(t, cat, month720, w))
	if e.Feasible || len(e.Reasons) != 2 || !strings.Contains(e.Reasons[0], "above the limit of 900000 ms") ||
		!strings.Contains(e.Reasons[1], "duration of a Cron Trigger invocation") || !strings.Contains(e.Reasons[1], limitsPage) {
		t.Errorf("16 minutes: feasible %v, reasons %q", e.Feasible, e.Reasons)
	}
	w.Schedules[0].DurationMs = dec("600000")
	// 720 x 600,000 = 432M CPU ms - 30M = 402M x $0.02/M = $8.04; $13.04.
	if e := workersOf(priceIn(t, cat, month720, w)); !e.Feasible || !workersLines(e).Equal(dec("13.04")) {
		t.Errorf("10 minutes: feasible %v %v, Workers lines $%s, want $13.04", e.Feasible, e.Reasons, workersLines(e))
	}
}

// workersLines is what e's Workers lines (workers.*) cost.
func workersLines(e model.Estimate) decimal.Decimal {
	sum := decimal.Zero
	for _, it := range e.LineItems {
		if strings.HasPrefix(it.ID, "workers.") {
			sum = sum.Add(it.Cost)
		}
	}
	return sum
}
