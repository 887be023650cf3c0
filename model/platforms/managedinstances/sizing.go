package managedinstances

import (
	"fmt"
	"strings"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// sizing is one execution environment and the instances it runs on, as priced: what the file
// gives, and what it leaves out worked out from the function (each with why, for the
// Defaults line).
type sizing struct {
	MemoryGB    decimal.Decimal
	VCPU        int64
	Concurrency int64
	Instance    pricing.InstanceType
	// PerInstance is the environments one instance holds, by vCPU and memory.
	PerInstance int64
	// defaulted is what the file left out, worked out here: its Defaults lines (Chosen) are
	// written only when asked for.
	defaulted defaulted
}

// defaulted says which of a sizing's keys were worked out, and what their Defaults lines say
// it was from.
type defaulted struct {
	memory, concurrency bool
	ratio               decimal.Decimal // GiB per vCPU
	runtimeWhy          string          // why the runtime's concurrency per vCPU
	instance            string          // the instance type chosen, "" when the file names it
	region              string
	arch                model.Architecture
}

// Chosen are the defaults worked out: key below the section, value and why.
func (s sizing) Chosen() []model.Default {
	var out []model.Default
	d := s.defaulted
	if d.memory {
		out = append(out, model.Default{Key: "memory_gb", Value: s.MemoryGB.String(),
			Why: fmt.Sprintf("the smallest whole number of vCPUs at %s GiB per vCPU that holds function.memory_mb, at least AWS's 2 GB", d.ratio)})
	}
	if d.concurrency {
		out = append(out, model.Default{Key: "concurrency", Value: fmt.Sprint(s.Concurrency),
			Why: fmt.Sprintf("%s, x %s; it assumes requests that mostly wait on I/O: state less for CPU-bound work", d.runtimeWhy, humanize.Plural(s.VCPU, "vCPU", "vCPUs"))})
	}
	if d.instance != "" {
		out = append(out, model.Default{Key: "instance_type", Value: d.instance,
			Why: "cheapest " + string(d.arch) + " C, M or R type on demand in " + d.region + " that holds one environment"})
	}
	return out
}

// sizingOf works out w's environment and instance, or the reasons the platform cannot run it.
func sizingOf(w model.Workload, cat *pricing.Catalog) (sizing, []string) {
	c := ConfigOf(w)
	var s sizing
	rt, ok := runtimes[runtimeOf(w)]
	if !ok {
		return s, []string{unsupportedRuntime(runtimeOf(w))}
	}
	ratio := c.MemoryPerVCPU
	s.MemoryGB = c.MemoryGB
	if s.MemoryGB.IsZero() {
		s.MemoryGB = defaultMemoryGB(w.Function.MemoryMB, ratio)
		s.defaulted.memory, s.defaulted.ratio = true, ratio
	}
	if s.MemoryGB.GreaterThan(decimal.NewFromInt(MaxMemoryGB)) {
		return s, []string{fmt.Sprintf("function.memory_mb %s (%s GB) is more than a Lambda Managed Instances environment holds: at most %d GB",
			humanize.Count(w.Function.MemoryMB), humanize.Quantity(model.MBToGB(w.Function.MemoryMB)), MaxMemoryGB)}
	}
	s.VCPU = s.MemoryGB.Div(ratio).IntPart() // a whole number: the section and the default make it so
	s.Concurrency = c.Concurrency
	if s.Concurrency == 0 {
		s.Concurrency = min(rt.PerVCPU*s.VCPU, MaxConcurrency)
		s.defaulted.concurrency, s.defaulted.runtimeWhy = true, rt.Why
	}
	name := c.InstanceType
	if name == "" {
		chosen, ok := defaultInstance(w, c.Region, s, cat)
		if !ok {
			return s, []string{noInstance(w, c.Region, s)}
		}
		name = chosen
		s.defaulted.instance, s.defaulted.region, s.defaulted.arch = name, c.Region, architecture(w)
	}
	it, ok := cat.InstanceTypes[name]
	if !ok {
		return s, []string{fmt.Sprintf("managed_instances.instance_type %s is not in the price catalog; `breakeven pricing` lists every type, and --pricing adds one", name)}
	}
	if !supportedType(it) {
		return s, []string{fmt.Sprintf("managed_instances.instance_type %s: Lambda Managed Instances runs on current-generation general purpose (M), compute optimized (C) and memory optimized (R) types, not burstable ones (AWS Compute Blog, \"Build high-performance apps with AWS Lambda Managed Instances\")", name)}
	}
	s.Instance = it
	s.PerInstance = environmentsPerInstance(it, s)
	if s.PerInstance == 0 {
		return s, []string{fmt.Sprintf("one environment of %s GB / %s does not fit on %s (%s / %s GiB)",
			s.MemoryGB, humanize.Plural(s.VCPU, "vCPU", "vCPUs"), it.Name, humanize.Plural(it.VCPU, "vCPU", "vCPUs"), humanize.Quantity(it.MemoryGiB))}
	}
	return s, nil
}

// defaultMemoryGB is the smallest environment of whole vCPUs at ratio GiB each that holds
// memoryMB and AWS's minimum of 2 GB: ratio x ceil(max(memoryMB / 1,024, 2) / ratio).
func defaultMemoryGB(memoryMB int64, ratio decimal.Decimal) decimal.Decimal {
	need := decimal.Max(model.MBToGB(memoryMB), decimal.NewFromInt(MinMemoryGB))
	return need.Div(ratio).Ceil().Mul(ratio)
}

// environmentsPerInstance is the environments of s one instance of it holds: as many as
// both its vCPUs and its memory allow (the instance's whole vCPUs and memory, as AWS's
// example packs them: the Lambda agent's own share is not published).
func environmentsPerInstance(it pricing.InstanceType, s sizing) int64 {
	byCPU := it.VCPU / s.VCPU
	byMemory := it.MemoryGiB.Div(s.MemoryGB).IntPart()
	return min(byCPU, byMemory)
}

// supportedType says Lambda Managed Instances runs on it: a C, M or R family type, not a
// burstable one.
func supportedType(it pricing.InstanceType) bool {
	return !it.Burstable && strings.ContainsAny(it.Name[:1], "cmr")
}

// architecture is the function's architecture (lambda.architecture): the default instance is
// of it.
func architecture(w model.Workload) model.Architecture {
	if a := model.FunctionSettingsOf(w).Architecture; a != "" {
		return a
	}
	return model.X86_64
}

// defaultInstance is the cheapest supported type of the function's architecture priced on
// demand in region that holds one environment of s, the first by name of those alike. It
// reads the catalog's types as they are kept (no sorted list of names), the cheapest checks
// first: whether a type holds an environment (a division) is asked only of one that would be
// the best so far.
func defaultInstance(w model.Workload, region string, s sizing, cat *pricing.Catalog) (string, bool) {
	reg, ok := cat.Regions[region]
	if !ok {
		return "", false
	}
	best, bestPrice := "", decimal.Zero
	arch := string(architecture(w))
	for name, it := range cat.InstanceTypes {
		if it.Architecture != arch || it.VCPU < s.VCPU || !supportedType(it) {
			continue
		}
		rate, ok := reg.Rates["ec2."+name+"."+string(model.OnDemand)]
		if !ok {
			continue
		}
		price := rate.UnitPrice()
		if c := price.Cmp(bestPrice); best == "" || c < 0 || (c == 0 && name < best) {
			if environmentsPerInstance(it, s) > 0 {
				best, bestPrice = name, price
			}
		}
	}
	return best, best != ""
}

// noInstance says no type of the catalog holds the environment.
func noInstance(w model.Workload, region string, s sizing) string {
	return fmt.Sprintf("no %s C, M or R instance type priced on demand in %s holds an environment of %s GB / %s; name one with managed_instances.instance_type, or add one with --pricing",
		architecture(w), region, s.MemoryGB, humanize.Plural(s.VCPU, "vCPU", "vCPUs"))
}
