package cli

import (
	"github.com/breakeven/breakeven/pricing"
	"github.com/breakeven/breakeven/workloads"
)

// knownOf is what cat knows, as the plain data workloads checks files against (workloads
// imports nothing of pricing): its regions and instance types, with the task sizes Fargate
// offers.
func knownOf(cat *pricing.Catalog) workloads.Known {
	k := workloads.Known{Regions: cat.RegionCodes(), InstanceTypes: cat.InstanceTypeNames()}
	for _, s := range pricing.FargateSizes() {
		k.FargateSizes = append(k.FargateSizes, workloads.FargateSize{VCPU: s.VCPU, MemoryGB: s.MemoryGB})
	}
	return k
}
