package model

import (
	"fmt"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/model/demand"
	"github.com/breakeven/breakeven/pricing"
)

// fargateEstimate sizes tasks hour by hour (see SizeFleet) and prices the task-hours.
func fargateEstimate(w Workload, peaks demand.HourPeaks, windowMs int64, cat *pricing.Catalog) Estimate {
	f := w.Fargate
	e := Estimate{Platform: PlatformFargate, Summary: fmt.Sprintf("%s vCPU / %s GB %s, %s rps per task", f.VCPU, f.MemoryGB, f.Architecture, humanize.Quantity(f.Fleet.RequestsPerSecondPerUnit))}
	if f.MemoryGB.IsZero() {
		e.Summary = "no task size holds " + humanize.Megabytes(w.Function.MemoryMB)
		return Infeasible(e, fargateNoFit(f.VCPU, w.Function.MemoryMB, "fargate.vcpu", "function.memory_mb"))
	}
	if err := pricing.CheckFargateSize(f.VCPU, f.MemoryGB); err != nil {
		return Infeasible(e, err.Error())
	}
	e.Capacity = SizeFleet(peaks, windowMs, f.Fleet, "tasks")
	if why, over := FleetTooLarge(e.Capacity, "fargate.requests_per_second_per_task", f.Fleet); over {
		return Infeasible(e, why)
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
		return Infeasible(e, err.Error())
	}
	return Priced(e, items)
}

// Infeasible marks e as an estimate the platform cannot run, for reasons, and drops its
// capacity.
func Infeasible(e Estimate, reasons ...string) Estimate {
	e.Feasible = false
	e.Reasons = append(e.Reasons, reasons...)
	e.Capacity = Capacity{}
	return e
}

// Priced marks e as billed by items, its monthly cost their total.
func Priced(e Estimate, items []pricing.LineItem) Estimate {
	e.Feasible = true
	e.LineItems = items
	e.MonthlyCost = pricing.Total(items)
	return e
}
