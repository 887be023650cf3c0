package model

import (
	"fmt"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// fargateNoFit says why no Fargate task size was chosen for memoryMB: the vCPU given (under
// vcpuKey) is not one Fargate offers, or allows too little memory, or, with the vCPU left
// out, even the largest task holds less (memKey names the memory's key).
func fargateNoFit(vcpu decimal.Decimal, memoryMB int64, vcpuKey, memKey string) string {
	need := fmt.Sprintf("%s %s (%s GB)", memKey, humanize.Count(memoryMB), humanize.Quantity(mbToGB(memoryMB)))
	sizes := pricing.FargateSizes()
	if vcpu.IsZero() {
		top := sizes[len(sizes)-1]
		return fmt.Sprintf("no Fargate task holds %s: the largest is %s vCPU / %s GB", need, top.VCPU, top.MemoryGB)
	}
	most := decimal.Zero
	for _, s := range sizes {
		if s.VCPU.Equal(vcpu) {
			most = decimal.Max(most, s.MemoryGB)
		}
	}
	if most.IsZero() {
		return pricing.CheckFargateSize(vcpu, decimal.Zero).Error()
	}
	return fmt.Sprintf("%s %s allows at most %s GB, less than %s: give more vCPU", vcpuKey, vcpu, most, need)
}

// ec2NoFit says why no instance type was chosen for the workload: what was looked for (a
// non-burstable type of the Lambda architecture, on demand in the region, with Lambda's CPU
// share and the function's memory) and the most memory such a type has.
func ec2NoFit(w Workload, cat *pricing.Catalog) string {
	share := CPUShare(w.Function.MemoryMB)
	arch := string(w.Lambda.Architecture)
	most, largest := decimal.Zero, ""
	for _, name := range cat.InstanceTypeNames() {
		it := cat.InstanceTypes[name]
		if it.Burstable || it.Architecture != arch || decimal.NewFromInt(it.VCPU).LessThan(share) {
			continue
		}
		if _, err := cat.Rate(w.Region, fmt.Sprintf("ec2.%s.%s", name, OnDemand)); err != nil {
			continue
		}
		if it.MemoryGiB.GreaterThan(most) {
			most, largest = it.MemoryGiB, name
		}
	}
	msg := fmt.Sprintf("no non-burstable %s instance type priced on demand in %s holds function.memory_mb %s (%s GiB)",
		arch, w.Region, humanize.Count(w.Function.MemoryMB), humanize.Quantity(mbToGB(w.Function.MemoryMB)))
	if largest != "" {
		msg += fmt.Sprintf(": the largest, %s, has %s GiB", largest, humanize.Quantity(most))
	}
	return msg + "; name one with ec2.instance_type, or add one with --pricing"
}
