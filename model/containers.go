package model

import (
	"fmt"
	"strings"

	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// fargateEstimate sizes tasks hour by hour, max(min_tasks, ceil(requests that hour / (per-task
// rps x 3600))), and prices the task-hours.
func fargateEstimate(w Workload, series []int64, cat *pricing.Catalog) Estimate {
	f := w.Fargate
	e := Estimate{Platform: PlatformFargate, Summary: fmt.Sprintf("%s vCPU / %s GB %s, %s rps per task", f.VCPU, f.MemoryGB, f.Architecture, f.RequestsPerSecondPerTask)}
	if err := pricing.CheckFargateSize(f.VCPU, f.MemoryGB); err != nil {
		return infeasible(e, err.Error())
	}
	perTask := milliPerHour(f.RequestsPerSecondPerTask)
	e.Capacity = capacityOver(series, "tasks", func(requests int64) int64 {
		return capacityUnits(requests, perTask, f.MinTasks)
	})
	items, err := cat.FargateBill(pricing.FargateUsage{
		Region:       w.Region,
		Architecture: string(f.Architecture),
		VCPU:         f.VCPU,
		MemoryGB:     f.MemoryGB,
		StorageGB:    f.EphemeralStorageGB,
		TaskHours:    decimal.NewFromInt(e.Capacity.UnitHours),
	})
	if err != nil {
		return infeasible(e, err.Error())
	}
	return priced(e, items)
}

// ec2Estimate sizes instances hour by hour like tasks and prices the instance-hours at the
// purchase option's rate.
func ec2Estimate(w Workload, series []int64, cat *pricing.Catalog) Estimate {
	c := w.EC2
	e := Estimate{Platform: PlatformEC2, Summary: fmt.Sprintf("%s %s, %s rps per instance", c.InstanceType, c.Purchase, c.RequestsPerSecondPerInstance)}
	if _, ok := cat.InstanceTypes[c.InstanceType]; !ok {
		return infeasible(e, unknownInstance(c.InstanceType, cat))
	}
	perInstance := milliPerHour(c.RequestsPerSecondPerInstance)
	e.Capacity = capacityOver(series, "instances", func(requests int64) int64 {
		return capacityUnits(requests, perInstance, c.MinInstances)
	})
	items, err := cat.EC2Bill(pricing.EC2Usage{
		Region:              w.Region,
		InstanceType:        c.InstanceType,
		Purchase:            string(c.Purchase),
		SpotDiscountPercent: c.SpotDiscountPercent,
		InstanceHours:       decimal.NewFromInt(e.Capacity.UnitHours),
	})
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
