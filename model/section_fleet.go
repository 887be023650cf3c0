package model

import (
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// EditSettings applies edit to platform p's settings in w (the zero T when w holds none)
// and keeps the result with SetSettings, so a copy of w never sees the change.
func EditSettings[T any](w *Workload, p Platform, edit func(*T)) {
	cfg, _ := SettingsOf[T](*w, p)
	edit(&cfg)
	w.SetSettings(p, cfg)
}

// PlatformAs is the registered platform p as the optional interface T (FleetOwner,
// TaskResizer, InstanceOwner), and whether it is registered and implements T.
func PlatformAs[T any](p Platform) (T, bool) {
	var zero T
	pr, ok := pricerOf(p)
	if !ok {
		return zero, false
	}
	t, ok := pr.(T)
	return t, ok
}

// FleetOwner is a platform whose service runs on a fleet of units (tasks, instances) sized by
// a Fleet: the analyses that move the fleet (the hybrid's baseline, the sensitivity to one
// unit's throughput, right-sizing) read and set it through it, never through the platform's
// settings.
type FleetOwner interface {
	// FleetOf is the fleet of w's settings on the platform (the zero Fleet when w has none).
	FleetOf(w Workload) Fleet
	// WithFleet is w with its fleet on the platform replaced by f.
	WithFleet(w Workload, f Fleet) Workload
	// ThroughputKey is the workload file's key of one unit's throughput
	// ("fargate.requests_per_second_per_task").
	ThroughputKey() string
	// SizingThroughput is the requests a second one unit of w (resolved) is sized on: the
	// fleet's, or what a burstable instance's baseline sustains of it.
	SizingThroughput(w Workload, cat *pricing.Catalog) decimal.Decimal
	// UnitSummary names one unit of w (resolved): "1 vCPU / 2 GB x86_64 task, 40 rps".
	UnitSummary(w Workload) string
}

// UnitSize is the size of one unit of a fleet: its vCPUs, memory and architecture.
type UnitSize struct {
	VCPU         decimal.Decimal
	MemoryGB     decimal.Decimal
	Architecture Architecture
}

// TaskResizer is a platform whose unit is sized by its vCPU and memory alone (Fargate's
// task): right-sizing reads the size through it and prices w resized.
type TaskResizer interface {
	// SizeOf is the size of one unit in w's settings (zero vCPU or memory: left out).
	SizeOf(w Workload) UnitSize
	// Resized is w with its units of vcpu and memoryGB, architecture unchanged.
	Resized(w Workload, vcpu, memoryGB decimal.Decimal) Workload
}

// Instance is how a fleet's units are chosen and bought when they are instance types of the
// catalog (EC2's): the type, the purchase option, spot's stated discount, and whether a
// burstable type is sized by its baseline.
type Instance struct {
	Type                string
	Purchase            Purchase
	SpotDiscountPercent decimal.Decimal
	SizedByBaseline     bool
}

// InstanceOwner is a platform whose units are instance types of the catalog bought one way
// (EC2): right-sizing, the purchase options, commitment planning, sensitivity and the output
// read and change the instance through it.
type InstanceOwner interface {
	// InstanceOf is w's instance (the zero Instance when w has no settings on the platform).
	InstanceOf(w Workload) Instance
	// WithInstance is w with its instance replaced by i.
	WithInstance(w Workload, i Instance) Workload
}

// NotPricer is a platform whose settings can leave a service of its out of the bill: the
// flow's result lists what it names with the services the file does not describe.
type NotPricer interface {
	// NotPriced names the services w's settings leave out ("EBS volumes of EC2 instances
	// (ec2.ebs_gb)"), none when they describe them all.
	NotPriced(w Workload) []string
}
