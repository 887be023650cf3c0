package model

import (
	"fmt"

	"github.com/breakeven/breakeven/internal/humanize"
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

// lambdaNeeds is what the function takes of a vCPU on Lambda (its CPU share) and its memory in
// GB: what a task or an instance chosen for it must have at least.
func lambdaNeeds(f Function) (share, needGB decimal.Decimal) {
	return CPUShare(f.MemoryMB), decimal.NewFromInt(f.MemoryMB).Mul(decimal.RequireFromString("0.0009765625"))
}

// resolveFargate chooses the task size and the throughput per task the file left out.
func resolveFargate(w *Workload) {
	share, needGB := lambdaNeeds(w.Function)
	f := &w.Fargate
	if f.VCPU.IsZero() || f.MemoryGB.IsZero() {
		// When no task size holds the function, the memory stays unchosen and the Fargate
		// estimate says why (fargateNoFit).
		size, ok := fargateDefaultSize(f.VCPU, f.MemoryGB, share, needGB)
		if f.VCPU.IsZero() && ok {
			f.VCPU = size.VCPU
			w.note("fargate.vcpu", f.VCPU.String(), "smallest Fargate size with at least Lambda's CPU share at function.memory_mb")
		}
		if f.MemoryGB.IsZero() && ok {
			f.MemoryGB = size.MemoryGB
			w.note("fargate.memory_gb", f.MemoryGB.String(), "smallest memory Fargate allows for the vCPU that holds function.memory_mb")
		}
	}
	if f.Fleet.RequestsPerSecondPerUnit.IsZero() && f.VCPU.IsPositive() && f.MemoryGB.IsPositive() {
		f.Fleet.RequestsPerSecondPerUnit = DefaultThroughput(w.Function, f.VCPU)
		w.note("fargate.requests_per_second_per_task", f.Fleet.RequestsPerSecondPerUnit.String(), throughputWhy)
	}
}

// resolveEC2 chooses the instance type, its throughput and a burstable type's credit mode the
// file left out.
func resolveEC2(w *Workload, cat *pricing.Catalog) {
	share, needGB := lambdaNeeds(w.Function)
	c := &w.EC2
	if c.InstanceType == "" {
		if it, ok := defaultInstance(*w, cat, share, needGB); ok {
			c.InstanceType, c.InstanceTypeChosen = it, true
			w.note("ec2.instance_type", it, "cheapest non-burstable "+string(w.Lambda.Architecture)+" type on demand with at least Lambda's CPU share and function.memory_mb")
		}
	}
	if it, ok := cat.InstanceTypes[c.InstanceType]; ok {
		resolveEC2Throughput(w, c, it)
	}
}

const throughputWhy = "assumes CPU-bound requests: vCPUs / CPU-seconds per request (duration x Lambda's CPU share), at full load; measure yours"

// resolveEC2Throughput fills in what one instance of type it sustains at full CPU when the
// file leaves it out, and a burstable type's credit mode. A burstable fleet whose throughput
// the model works out is sized by its baseline: that is what it sustains without spending
// credits; a throughput the file states is taken at full CPU, bursting on credits.
func resolveEC2Throughput(w *Workload, c *EC2Config, it pricing.InstanceType) {
	if it.Burstable && c.CPUCredits == "" {
		c.CPUCredits = CreditsUnlimited
		w.note("ec2.cpu_credits", string(CreditsUnlimited), "AWS's default for t3, t3a and t4g: CPU above the baseline that earned credits do not cover is billed as surplus credits")
	}
	if !c.Fleet.RequestsPerSecondPerUnit.IsZero() {
		return
	}
	c.Fleet.RequestsPerSecondPerUnit = DefaultThroughput(w.Function, decimal.NewFromInt(it.VCPU))
	why := throughputWhy
	if it.Burstable {
		c.SizedByBaseline = true
		why += fmt.Sprintf("; the fleet is sized by %s's baseline, %s%% of each vCPU: %s rps an instance", it.Name, it.Credits.BaselinePercent, humanize.Quantity(BaselineThroughput(c.Fleet.RequestsPerSecondPerUnit, it)))
	}
	w.note("ec2.requests_per_second_per_instance", c.Fleet.RequestsPerSecondPerUnit.String(), why)
}

func (w *Workload) note(key, value, why string) {
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

// defaultInstance is the cheapest on-demand, non-burstable instance type of the Lambda
// architecture in the workload's region with at least share vCPU and needGB memory. Burstable
// types are left out: their sustained CPU is a fraction of a vCPU.
func defaultInstance(w Workload, cat *pricing.Catalog, share, needGB decimal.Decimal) (string, bool) {
	best, bestPrice := "", decimal.Zero
	for _, name := range cat.InstanceTypeNames() {
		it := cat.InstanceTypes[name]
		if it.Burstable || it.Architecture != string(w.Lambda.Architecture) ||
			decimal.NewFromInt(it.VCPU).LessThan(share) || it.MemoryGiB.LessThan(needGB) {
			continue
		}
		rate, err := cat.Rate(w.Region, fmt.Sprintf("ec2.%s.%s", name, OnDemand))
		if err != nil {
			continue
		}
		if best == "" || rate.UnitPrice().LessThan(bestPrice) {
			best, bestPrice = name, rate.UnitPrice()
		}
	}
	return best, best != ""
}
