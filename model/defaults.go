package model

import (
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// The assumptions behind default container and instance sizing. They are documented in the
// README and every defaulted value is listed in the output.
const (
	// lambdaMBPerVCPU: Lambda gives a function one full vCPU at 1,769 MB and CPU in proportion
	// to memory below that (AWS Lambda developer guide, "Configuring memory").
	lambdaMBPerVCPU = 1769
	// ratePlaces: requests per second are kept to three decimal places; divisions are
	// carried to six and truncated.
	ratePlaces = 6
)

// resolveDefaults fills the sizing the user left out, each platform choosing its own from the
// catalog, and records each choice in Defaulted.
func resolveDefaults(w Workload, cat *pricing.Catalog) Workload {
	w.Defaulted = append([]Default(nil), w.Defaulted...)
	for _, p := range pricers {
		p.Resolve(&w, cat)
	}
	return w
}

// LambdaNeeds is what the function takes of a vCPU on Lambda (its CPU share) and its memory in
// GB: what a task or an instance chosen for it must have at least.
func LambdaNeeds(f Function) (share, needGB decimal.Decimal) {
	return CPUShare(f.MemoryMB), decimal.NewFromInt(f.MemoryMB).Mul(decimal.RequireFromString("0.0009765625"))
}

// resolveFargate chooses the task size and the throughput per task the file left out.
func resolveFargate(w *Workload) {
	share, needGB := LambdaNeeds(w.Function)
	f := &w.Fargate
	if f.VCPU.IsZero() || f.MemoryGB.IsZero() {
		// When no task size holds the function, the memory stays unchosen and the Fargate
		// estimate says why (fargateNoFit).
		size, ok := fargateDefaultSize(f.VCPU, f.MemoryGB, share, needGB)
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
		f.Fleet.RequestsPerSecondPerUnit = DefaultThroughput(w.Function, f.VCPU)
		w.Note("fargate.requests_per_second_per_task", f.Fleet.RequestsPerSecondPerUnit.String(), ThroughputWhy)
	}
}

// ThroughputWhy is the note recorded with a throughput per task or instance the engine chose
// (DefaultThroughput).
const ThroughputWhy = "assumes CPU-bound requests: vCPUs / CPU-seconds per request (duration x Lambda's CPU share), at full load; measure yours"

// Note records in w.Defaulted that the engine chose value for key, and why.
func (w *Workload) Note(key, value, why string) {
	w.Defaulted = append(w.Defaulted, Default{Key: key, Value: value, Why: why})
}

// CPUShare is the fraction of a vCPU Lambda gives memoryMB, at most one (a single request is
// assumed to use one thread).
func CPUShare(memoryMB int64) decimal.Decimal {
	return decimal.NewFromInt(min(memoryMB, lambdaMBPerVCPU)).DivRound(decimal.NewFromInt(lambdaMBPerVCPU), ratePlaces)
}

// DefaultThroughput is the requests a second vcpus sustain at full load if each request needs
// its billed duration at Lambda's CPU share: vcpus x 1000 / (ms x share), truncated to 0.001
// and never below it. Fleets are then sized to run at their target utilisation.
func DefaultThroughput(f Function, vcpus decimal.Decimal) decimal.Decimal {
	cpuMs := pricing.LambdaBilledMs(f.DurationMs).Mul(decimal.NewFromInt(min(f.MemoryMB, lambdaMBPerVCPU)))
	num := vcpus.Mul(decimal.NewFromInt(1000 * lambdaMBPerVCPU))
	rps := num.DivRound(cpuMs, ratePlaces).Truncate(3)
	return decimal.Max(rps, decimal.New(1, -3))
}

// fargateDefaultSize picks the smallest Fargate size (by vCPU, then memory) that matches what
// the user gave and has at least share vCPU and needGB memory. When none has the CPU, the
// largest size matching what the user gave is taken (requests then run slower, as the
// throughput default says). ok is false when the memory was left to it and no size matching
// the user's vCPU holds needGB: Fargate cannot run the workload.
func fargateDefaultSize(vcpu, memGB, share, needGB decimal.Decimal) (size pricing.FargateSize, ok bool) {
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
