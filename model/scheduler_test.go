package model_test

import (
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/shopspring/decimal"
)

// TestSchedulesAloneBillEventBridgeOnAWSOnly: a job every minute runs 60 x 730 = 43,800 times
// in the standard month. On an AWS platform EventBridge Scheduler starts it: 43,800
// invocations x $1.00 per million = $0.0438 (no free tier: Lambda's is off). Cloud Run, Azure
// Functions and Workers start it on their own triggers (Cloud Scheduler, timer triggers, Cron
// Triggers), billed on their own lines, so no EventBridge line is theirs.
func TestSchedulesAloneBillEventBridgeOnAWSOnly(t *testing.T) {
	w := model.Workload{Name: "jobs", Region: "us-east-1", SchedulesOnly: true,
		Settings: map[model.Platform]any{model.PlatformLambda: model.LambdaConfig{Architecture: model.X86_64, EphemeralStorageMB: 512}, model.PlatformFargate: model.FargateConfig{Architecture: model.X86_64, EphemeralStorageGB: 20}, model.PlatformEC2: model.EC2Config{Purchase: model.OnDemand}},
		Schedules: []model.Schedule{{Name: "report", Cron: "* * * * *", DurationMs: decimal.NewFromInt(3000), MemoryMB: 128,
			Parallel: 1, Settings: map[model.Platform]any{model.PlatformEC2: model.EC2Schedule{Host: model.DedicatedInstance}}}},
	}
	r := model.Price([]model.Workload{w}, catalogOf(t), model.Options{}).Workloads[0]
	aws := map[model.Platform]bool{model.PlatformLambda: true, model.PlatformFargate: true, model.PlatformEC2: true, "managedinstances": true}
	for _, e := range r.Estimates {
		if !e.Feasible {
			t.Errorf("%s cannot run the job: %v", e.Platform, e.Reasons)
			continue
		}
		var lines int
		for _, it := range e.LineItems {
			if it.ID != "eventbridge.scheduler.invocations" {
				continue
			}
			lines++
			if !it.Quantity.Equal(decimal.NewFromInt(43800)) || !it.Cost.Equal(decimal.RequireFromString("0.0438")) {
				t.Errorf("%s: %s invocations for $%s, want 43,800 for $0.0438", e.Platform, it.Quantity, it.Cost)
			}
		}
		if want := map[bool]int{true: 1, false: 0}[aws[e.Platform]]; lines != want {
			t.Errorf("%s: %d EventBridge Scheduler lines, want %d", e.Platform, lines, want)
		}
	}
	if len(r.Estimates) != len(model.Platforms) {
		t.Errorf("%d estimates for %d platforms", len(r.Estimates), len(model.Platforms))
	}
}

// TestServiceSchedulesBillEventBridgeOnAWSOnly: with traffic, a daily job's 30.4167 runs are
// EventBridge Scheduler invocations on the AWS platforms, billed; another provider's own
// triggers start them, so none lists EventBridge Scheduler as not priced (which would make
// its bill incomplete).
func TestServiceSchedulesBillEventBridgeOnAWSOnly(t *testing.T) {
	w := plain("with-a-job")
	w.Schedules = []model.Schedule{{Name: "report", Cron: "@daily", DurationMs: decimal.NewFromInt(3000), MemoryMB: 128, Parallel: 1}}
	r := model.Price([]model.Workload{w}, catalogOf(t), model.Options{}).Workloads[0]
	aws := map[model.Platform]bool{model.PlatformLambda: true, model.PlatformFargate: true, model.PlatformEC2: true, "managedinstances": true}
	for _, e := range r.Estimates {
		if !e.Feasible {
			t.Errorf("%s cannot run the service: %v", e.Platform, e.Reasons)
			continue
		}
		billed := false
		for _, it := range e.LineItems {
			billed = billed || it.ID == "eventbridge.scheduler.invocations" && it.Quantity.Round(4).Equal(decimal.RequireFromString("30.4167"))
		}
		for _, u := range e.Unpriced {
			if u.Key == "eventbridge.scheduler.invocations" {
				t.Errorf("%s lists EventBridge Scheduler as not priced: %s", e.Platform, u.What)
			}
		}
		if billed != aws[e.Platform] {
			t.Errorf("%s: EventBridge Scheduler billed %v, want %v", e.Platform, billed, aws[e.Platform])
		}
	}
}
