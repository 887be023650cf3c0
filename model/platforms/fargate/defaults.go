package fargate

import (
	"fmt"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// resolve chooses the task size and the throughput per task the file left out.
func resolve(w *model.Workload) {
	share, needGB := model.LambdaNeeds(w.Function)
	f := configOf(*w)
	defer func() { w.SetSettings(model.PlatformFargate, f) }()
	if f.VCPU.IsZero() || f.MemoryGB.IsZero() {
		// When no task size holds the function, the memory stays unchosen and the Fargate
		// estimate says why (noFit).
		size, ok := defaultSize(f.VCPU, f.MemoryGB, share, needGB)
		if f.VCPU.IsZero() && ok {
			f.VCPU = size.VCPU
			w.Note("fargate.vcpu", f.VCPU.String(), "smallest Fargate size with at least Lambda's CPU share at function.memory_mb")
		}
		if f.MemoryGB.IsZero() && ok {
			f.MemoryGB = size.MemoryGB
			w.Note("fargate.memory_gb", f.MemoryGB.String(), "smallest memory Fargate allows for the vCPU that holds function.memory_mb")
		}
	}
	if f.Fleet.RequestsPerSecondPerUnit.IsZero() && f.VCPU.IsPositive() && f.MemoryGB.IsPositive() {
		f.Fleet.RequestsPerSecondPerUnit = model.DefaultThroughput(w.Function, f.VCPU)
		w.Note("fargate.requests_per_second_per_task", f.Fleet.RequestsPerSecondPerUnit.String(), model.ThroughputWhy)
	}
}

// defaultSize picks the smallest Fargate size (by vCPU, then memory) that matches what the
// user gave and has at least share vCPU and needGB memory. When none has the CPU, the largest
// size matching what the user gave is taken (requests then run slower, as the throughput
// default says). ok is false when the memory was left to it and no size matching the user's
// vCPU holds needGB: Fargate cannot run the workload.
func defaultSize(vcpu, memGB, share, needGB decimal.Decimal) (size pricing.FargateSize, ok bool) {
	sizes := pricing.FargateSizes()
	for _, s := range sizes {
		if !vcpu.IsZero() && !s.VCPU.Equal(vcpu) || !memGB.IsZero() && !s.MemoryGB.Equal(memGB) {
			continue
		}
		if vcpu.IsZero() && s.VCPU.LessThan(share) || memGB.IsZero() && s.MemoryGB.LessThan(needGB) {
			continue
		}
		return s, true
	}
	for i := len(sizes) - 1; i >= 0; i-- {
		s := sizes[i]
		if (vcpu.IsZero() || s.VCPU.Equal(vcpu)) && (memGB.IsZero() || s.MemoryGB.Equal(memGB)) {
			return s, !memGB.IsZero() || !s.MemoryGB.LessThan(needGB)
		}
	}
	return sizes[len(sizes)-1], false
}

// noFit says why no Fargate task size was chosen for memoryMB: the vCPU given (under vcpuKey)
// is not one Fargate offers, or allows too little memory, or, with the vCPU left out, even the
// largest task holds less (memKey names the memory's key).
func noFit(vcpu decimal.Decimal, memoryMB int64, vcpuKey, memKey string) string {
	need := fmt.Sprintf("%s %s (%s GB)", memKey, humanize.Count(memoryMB), humanize.Quantity(model.MBToGB(memoryMB)))
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
