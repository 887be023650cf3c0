package model

import (
	"fmt"
	"strings"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/model/demand"
	"github.com/breakeven/breakeven/pricing"
)

// fargateEstimate sizes tasks hour by hour (see sizeFleet) and prices the task-hours.
func fargateEstimate(w Workload, peaks demand.HourPeaks, windowMs int64, cat *pricing.Catalog) Estimate {
	f := w.Fargate
	e := Estimate{Platform: PlatformFargate, Summary: fmt.Sprintf("%s vCPU / %s GB %s, %s rps per task", f.VCPU, f.MemoryGB, f.Architecture, humanize.Quantity(f.Fleet.RequestsPerSecondPerUnit))}
	if f.MemoryGB.IsZero() {
		e.Summary = "no task size holds " + humanize.Megabytes(w.Function.MemoryMB)
		return infeasible(e, fargateNoFit(f.VCPU, w.Function.MemoryMB, "fargate.vcpu", "function.memory_mb"))
	}
	if err := pricing.CheckFargateSize(f.VCPU, f.MemoryGB); err != nil {
		return infeasible(e, err.Error())
	}
	e.Capacity = sizeFleet(peaks, windowMs, f.Fleet, "tasks")
	if why, over := fleetTooLarge(e.Capacity, "fargate.requests_per_second_per_task", f.Fleet); over {
		return infeasible(e, why)
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
		return infeasible(e, err.Error())
	}
	return priced(e, items)
}

// ec2Estimate sizes instances hour by hour like tasks and prices the instance-hours at the
// purchase option's rate; a burstable type's fleet also keeps its CPU credit ledger over work,
// each hour's requests in entry-request equivalents (see withCredits).
func ec2Estimate(w Workload, work []int64, peaks demand.HourPeaks, windowMs int64, cat *pricing.Catalog) Estimate {
	c := w.EC2
	it, ok := cat.InstanceTypes[c.InstanceType]
	e := Estimate{Platform: PlatformEC2, Summary: ec2Summary(c, it)}
	if c.InstanceType == "" {
		e.Summary = fmt.Sprintf("no instance type holds %s, %s", humanize.Megabytes(w.Function.MemoryMB), c.Purchase)
		return infeasible(e, ec2NoFit(w, cat))
	}
	if !ok {
		return infeasible(e, unknownInstance(c.InstanceType, cat))
	}
	fleet := c.Fleet
	fleet.RequestsPerSecondPerUnit = c.SizingThroughput(it)
	e.Capacity = sizeFleet(peaks, windowMs, fleet, "instances")
	if why, over := fleetTooLarge(e.Capacity, "ec2.requests_per_second_per_instance", fleet); over {
		return infeasible(e, why)
	}
	usage := pricing.EC2Usage{
		Region:              w.Region,
		InstanceType:        c.InstanceType,
		Purchase:            string(c.Purchase),
		SpotDiscountPercent: c.SpotDiscountPercent,
		InstanceHours:       e.Capacity.BilledHours,
	}
	e, usage = withCredits(e, usage, c, it, work, peaks.Classes)
	items, err := cat.EC2Bill(usage)
	if err != nil {
		return infeasible(e, err.Error())
	}
	return priced(e, items)
}

func infeasible(e Estimate, reasons ...string) Estimate {
	e.Feasible = false
	e.Reasons = append(e.Reasons, reasons...)
	e.Capacity = Capacity{}
	return e
}

func priced(e Estimate, items []pricing.LineItem) Estimate {
	e.Feasible = true
	e.LineItems = items
	e.MonthlyCost = pricing.Total(items)
	return e
}

// unknownInstance says an instance type is not in the catalog, naming the sizes of its family
// that are.
func unknownInstance(name string, cat *pricing.Catalog) string {
	family, _, _ := strings.Cut(name, ".")
	var same []string
	for _, n := range cat.InstanceTypeNames() {
		if strings.HasPrefix(n, family+".") {
			same = append(same, n)
		}
	}
	msg := fmt.Sprintf("ec2.instance_type %s is not in the price catalog", name)
	if len(same) > 0 {
		msg += " (it has " + strings.Join(same, ", ") + ")"
	}
	return msg + "; `breakeven pricing` lists every type, and --pricing adds one"
}
