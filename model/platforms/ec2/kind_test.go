package ec2

import (
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
)

// TestOnlyTheFleetsInstanceHoursHaveTheirKind: the service's instance-hours are the line of
// kind KindEC2Instances (what a purchase option prices); a dedicated schedule's instance, a
// line of the schedule's, has no kind.
func TestOnlyTheFleetsInstanceHoursHaveTheirKind(t *testing.T) {
	w := mobileBackend()
	w.Schedules = []model.Schedule{{Name: "nightly", Cron: "0 2 * * *", DurationMs: dec("60000"), MemoryMB: 1024, Parallel: 1, Settings: map[model.Platform]any{model.PlatformEC2: model.EC2Schedule{Host: model.DedicatedInstance}}}}
	e := model.Price([]model.Workload{w}, catalog(t), model.Options{}).Workloads[0].Estimate(model.PlatformEC2)
	kinds := map[string]pricing.LineKind{}
	for _, it := range e.LineItems {
		kinds[it.ID] = it.Kind
	}
	if k, ok := kinds["ec2.instances"]; !ok || k != pricing.KindEC2Instances {
		t.Errorf("ec2.instances: kind %q (there: %v), want %q", k, ok, pricing.KindEC2Instances)
	}
	if k, ok := kinds["ec2.scheduled.nightly.instances"]; !ok || k != "" {
		t.Errorf("ec2.scheduled.nightly.instances: kind %q (there: %v), want none", k, ok)
	}
}
