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
	need := fmt.Sprintf("%s %s (%s GB)", memKey, humanize.Count(memoryMB), humanize.Quantity(MBToGB(memoryMB)))
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
