package fargate

import (
	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// configOf is Fargate's settings in w: the decoded fargate section (resolved once priced), or
// the zero FargateConfig, every size left to the engine, for a workload built in code
// without them.
func configOf(w model.Workload) model.FargateConfig {
	c, _ := model.SettingsOf[model.FargateConfig](w, model.PlatformFargate)
	return c
}

// Platform runs the service on a fleet of tasks whose size right-sizing may change.
var (
	_ model.FleetOwner  = Platform{}
	_ model.TaskResizer = Platform{}
)

// FleetOf is the tasks' fleet.
func (Platform) FleetOf(w model.Workload) model.Fleet { return configOf(w).Fleet }

// WithFleet is w with the tasks' fleet f.
func (Platform) WithFleet(w model.Workload, f model.Fleet) model.Workload {
	model.EditSettings(&w, model.PlatformFargate, func(c *model.FargateConfig) { c.Fleet = f })
	return w
}

// ThroughputKey is "fargate.requests_per_second_per_task".
func (Platform) ThroughputKey() string { return "fargate.requests_per_second_per_task" }

// SizingThroughput is the fleet's requests a second per task.
func (Platform) SizingThroughput(w model.Workload, _ *pricing.Catalog) decimal.Decimal {
	return configOf(w).Fleet.RequestsPerSecondPerUnit
}

// UnitSummary is "1 vCPU / 2 GB x86_64 task, 40 rps".
func (Platform) UnitSummary(w model.Workload) string {
	f := configOf(w)
	return f.VCPU.String() + " vCPU / " + f.MemoryGB.String() + " GB " + string(f.Architecture) + " task, " + humanize.Quantity(f.Fleet.RequestsPerSecondPerUnit) + " rps"
}

// SizeOf is the task's size.
func (Platform) SizeOf(w model.Workload) model.UnitSize {
	f := configOf(w)
	return model.UnitSize{VCPU: f.VCPU, MemoryGB: f.MemoryGB, Architecture: f.Architecture}
}

// Resized is w with tasks of vcpu and memoryGB.
func (Platform) Resized(w model.Workload, vcpu, memoryGB decimal.Decimal) model.Workload {
	model.EditSettings(&w, model.PlatformFargate, func(c *model.FargateConfig) { c.VCPU, c.MemoryGB = vcpu, memoryGB })
	return w
}
