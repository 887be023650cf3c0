package azurefunctions

import (
	"strings"
	"testing"
	"time"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/demand"
	"github.com/breakeven/breakeven/pricing"
)

// november is November 2026, 30 days: @daily runs 30 times.
var november = model.Options{Month: demand.CalendarMonth(2026, time.November)}

// TestTimerTrigger: a nightly job of 60 s at 512 MB is a timer trigger, 30 executions in
// November: 30 x 60 s x 0.5 GB = 900 GB-s x $0.000016 = $0.0144 and 30 x $0.20 / 1M =
// $0.000006, $0.014406 alone; with the service's 1,000,000 executions of 100 ms at 128 MB
// (12,500 GB-s, $0.20, and $0.20 of executions), without the free grants: $0.414406. There is
// no scheduler fee: the AWS Scheduler is not listed unpriced.
func TestTimerTrigger(t *testing.T) {
	text := "name: nightly\nregion: us-east-1\ntraffic: {requests_per_month: 1000000}\nfunction: {duration_ms: 100, memory_mb: 128}\n" +
		"azure_functions: {free_grants: false}\nschedules:\n  - {name: nightly, cron: \"@daily\", duration_ms: 60000, memory_mb: 512}\n"
	r := priced(catalog(t), november, parse(t, "nightly.yaml", text)).Workloads[0]
	alone := r.Schedules[0].Estimate(ID)
	if !alone.Feasible || alone.MonthlyCost.String() != "0.014406" {
		t.Errorf("timer trigger alone: $%s, %v\n%s", alone.MonthlyCost, alone.Reasons, lines(alone.LineItems))
	}
	if !strings.HasPrefix(alone.LineItems[0].ID, "scheduled.nightly.") {
		t.Errorf("schedule line id %q", alone.LineItems[0].ID)
	}
	e := r.Estimate(ID)
	if !e.Feasible || e.MonthlyCost.String() != "0.414406" {
		t.Errorf("with the service: $%s, %v\n%s", e.MonthlyCost, e.Reasons, lines(e.LineItems))
	}
	if hasUnpriced(e, schedulerKey) || !e.Complete() {
		t.Errorf("unpriced: %v", e.Unpriced)
	}
	if len(e.LineItems) != 4 || e.LineItems[2].ID != "scheduled.nightly.consumption.memory" || !strings.HasPrefix(e.LineItems[2].Name, "Schedule nightly: ") {
		t.Errorf("the job's lines in the service's bill:\n%s", lines(e.LineItems))
	}
}

// TestTimerTriggerFreeGrantsOnce: with the free grants, the job and the service draw on them
// once: 400,000 executions of 1 s at 512 MB (200,000 GB-s) and the job's 30 x 60 s x 0.5 GB =
// 900 GB-s are under both grants together: $0.00.
func TestTimerTriggerFreeGrantsOnce(t *testing.T) {
	text := "name: nightly\nregion: us-east-1\ntraffic: {requests_per_month: 400000}\nfunction: {duration_ms: 1000, memory_mb: 512}\n" +
		"schedules:\n  - {name: nightly, cron: \"@daily\", duration_ms: 60000, memory_mb: 512}\n"
	e := priced(catalog(t), november, parse(t, "nightly.yaml", text)).Workloads[0].Estimate(ID)
	wantCost(t, "under the grants", e, "0.00")
}

// TestTimerTriggerLimits: a job past Consumption's 10 minutes makes the workload infeasible
// there, naming the schedule and the limit; on Flex it runs.
func TestTimerTriggerLimits(t *testing.T) {
	text := "name: long\nregion: us-east-1\ntraffic: {requests_per_month: 1000}\nfunction: {duration_ms: 100, memory_mb: 512}\n" +
		"schedules:\n  - {name: long, cron: \"@daily\", duration_ms: 900000, memory_mb: 512}\n"
	e := priced(catalog(t), november, parse(t, "long.yaml", text)).Workloads[0].Estimate(ID)
	if e.Feasible || !strings.Contains(strings.Join(e.Reasons, "; "), "schedule long: duration_ms 900,000 ms is beyond Consumption's 10-minute maximum functionTimeout") {
		t.Errorf("15-minute job on Consumption: feasible %v, %v", e.Feasible, e.Reasons)
	}
	flex := strings.Replace(text, "schedules:", "azure_functions: {plan: flex_consumption}\nschedules:", 1)
	if e := priced(catalog(t), november, parse(t, "long.yaml", flex)).Workloads[0].Estimate(ID); !e.Feasible {
		t.Errorf("15-minute job on Flex: %v", e.Reasons)
	}
}

// TestFlexTimerTrigger: 40 parallel executions a run of 60 s share 16 at a time: 3 instances
// a run, each 60 s: 30 runs x 180 s x 2 GB = 10,800 GB-s x $0.000026 = $0.2808; the 1,200
// executions are unpriced (no rate in the catalog).
func TestFlexTimerTrigger(t *testing.T) {
	text := "name: fan\nregion: us-east-1\ntraffic: {requests_per_month: 1000}\nfunction: {duration_ms: 100, memory_mb: 512}\n" +
		"azure_functions: {plan: flex_consumption}\nschedules:\n  - {name: fan, cron: \"@daily\", duration_ms: 60000, memory_mb: 512, parallel: 40}\n"
	alone := priced(catalog(t), november, parse(t, "fan.yaml", text)).Workloads[0].Schedules[0].Estimate(ID)
	if !alone.Feasible || alone.MonthlyCost.String() != "0.2808" || !hasUnpriced(alone, "flex.on_demand.executions") {
		t.Errorf("fan-out on Flex: $%s, %v, unpriced %v", alone.MonthlyCost, alone.Reasons, alone.Unpriced)
	}
	e := priced(catalog(t), november, parse(t, "fan.yaml", text)).Workloads[0].Estimate(ID)
	n := 0
	for _, u := range e.Unpriced {
		if u.Key == "flex.on_demand.executions" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("the executions rate listed %d times: %v", n, e.Unpriced)
	}
}

// TestSchedulesOnly: a workload of a timer trigger alone bills its executions: November's 30
// runs of 60 s at 512 MB, without the free grants, $0.014406 on the plan's lines. (The engine
// adds AWS EventBridge Scheduler's invocations to every platform's bill of a workload of
// schedules alone, priceSchedulesOnly: a timer trigger has no such fee, which the engine does
// not yet know; this test reads the plan's own lines.)
func TestSchedulesOnly(t *testing.T) {
	text := "name: jobs\nregion: us-east-1\nazure_functions: {free_grants: false}\n" +
		"schedules:\n  - {name: nightly, cron: \"@daily\", duration_ms: 60000, memory_mb: 512}\n"
	e := priced(catalog(t), november, parse(t, "jobs.yaml", text)).Workloads[0].Estimate(ID)
	var own []pricing.LineItem
	for _, it := range e.LineItems {
		if it.ID != schedulerKey {
			own = append(own, it)
		}
	}
	if !e.Feasible || pricing.Total(own).String() != "0.014406" || len(own) != 2 {
		t.Errorf("schedules only: $%s, %v\n%s", pricing.Total(own), e.Reasons, lines(e.LineItems))
	}
}
