package fargate

import (
	"fmt"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/demand"
	"github.com/breakeven/breakeven/pricing"
)

// estimate sizes tasks hour by hour (see model.SizeFleet) and prices the task-hours.
func estimate(w model.Workload, peaks demand.HourPeaks, windowMs int64, cat *pricing.Catalog) model.Estimate {
	f := configOf(w)
	e := model.Estimate{Platform: model.PlatformFargate, Summary: fmt.Sprintf("%s vCPU / %s GB %s, %s rps per task", f.VCPU, f.MemoryGB, f.Architecture, humanize.Quantity(f.Fleet.RequestsPerSecondPerUnit))}
	if f.MemoryGB.IsZero() {
		e.Summary = "no task size holds " + humanize.Megabytes(w.Function.MemoryMB)
		return model.Infeasible(e, noFit(f.VCPU, w.Function.MemoryMB, "fargate.vcpu", "function.memory_mb"))
	}
	if err := pricing.CheckFargateSize(f.VCPU, f.MemoryGB); err != nil {
		return model.Infeasible(e, err.Error())
	}
	e.Capacity = model.SizeFleet(peaks, windowMs, f.Fleet, tasks)
	if why, over := model.FleetTooLarge(e.Capacity, "fargate.requests_per_second_per_task", f.Fleet); over {
		return model.Infeasible(e, why)
	}
	items, err := cat.FargateBill(pricing.FargateUsage{
		Region:       w.Region,
		Architecture: string(f.Architecture),
		VCPU:         f.VCPU,
		MemoryGB:     f.MemoryGB,
		StorageGB:    f.EphemeralStorageGB,
		TaskHours:    e.Capacity.BilledHours,
	})
	if err != nil {
		return model.Infeasible(e, err.Error())
	}
	return model.Priced(e, items)
}
