package cli

import (
	"github.com/breakeven/breakeven/pricing"
	"github.com/breakeven/breakeven/workloads"
)

// knownOf is what cat knows, as the plain data workloads checks files against (workloads
// imports nothing of pricing): its regions and instance types, with the task sizes Fargate
// offers. A catalog that did not load (nil: its overlays' problems are reported) checks
// nothing, rather than refuse what a corrected overlay would add.
func knownOf(cat *pricing.Catalog) workloads.Known {
	if cat == nil {
		return workloads.Known{}
	}
	k := workloads.Known{Regions: cat.RegionCodes(), InstanceTypes: cat.InstanceTypeNames()}
	for _, s := range pricing.FargateSizes() {
		k.FargateSizes = append(k.FargateSizes, workloads.FargateSize{VCPU: s.VCPU, MemoryGB: s.MemoryGB})
	}
	return k
}
