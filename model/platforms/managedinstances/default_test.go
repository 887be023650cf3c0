package managedinstances

import (
	"maps"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// TestDefaultInstanceAsSortedScan: the default type read off the catalog's map is what the
// scan of its sorted names chose (the cheapest, the first by name of those alike), in every
// region, on both architectures, for environments from 2 GB / 1 vCPU to more than any type
// holds.
func TestDefaultInstanceAsSortedScan(t *testing.T) {
	cat := catalog(t)
	for _, region := range cat.RegionCodes() {
		for _, arch := range []model.Architecture{model.X86_64, model.ARM64} {
			w := model.Workload{Settings: map[model.Platform]any{model.PlatformLambda: model.LambdaConfig{Architecture: arch}}}
			for _, size := range [][2]int64{{2, 1}, {4, 1}, {4, 2}, {8, 2}, {16, 4}, {32, 8}, {64, 16}, {128, 32}, {4096, 1024}} {
				s := sizing{MemoryGB: decimal.NewFromInt(size[0]), VCPU: size[1]}
				got, gotOK := defaultInstance(w, region, s, cat)
				want, wantOK := sortedScan(w, region, s, cat)
				if got != want || gotOK != wantOK {
					t.Errorf("%s %s %d GB / %d vCPU: %q %v, the sorted scan %q %v", region, arch, size[0], size[1], got, gotOK, want, wantOK)
				}
			}
		}
	}
}

// sortedScan is defaultInstance as it was: every name in sorted order, the first cheapest kept.
func sortedScan(w model.Workload, region string, s sizing, cat *pricing.Catalog) (string, bool) {
	best, bestPrice := "", decimal.Zero
	for _, name := range cat.InstanceTypeNames() {
		it := cat.InstanceTypes[name]
		if !supportedType(it) || it.Architecture != string(architecture(w)) || environmentsPerInstance(it, s) == 0 {
			continue
		}
		rate, err := cat.Rate(region, "ec2."+name+"."+string(model.OnDemand))
		if err != nil {
			continue
		}
		if best == "" || rate.UnitPrice().LessThan(bestPrice) {
			best, bestPrice = name, rate.UnitPrice()
		}
	}
	return best, best != ""
}

// TestDefaultInstanceTies: of two types priced alike the first by name is the default, as the
// sorted scan chose: twins of the cheapest type, one named before it and one after, make the
// one before the default.
func TestDefaultInstanceTies(t *testing.T) {
	cat := catalog(t)
	w := model.Workload{}
	s := sizing{MemoryGB: decimal.NewFromInt(4), VCPU: 1}
	cheapest, ok := defaultInstance(w, "us-east-1", s, cat)
	if !ok {
		t.Fatal("no default type in us-east-1")
	}
	twins := *cat // a copy: the types and the region's rates copied before the twins join them
	twins.InstanceTypes = maps.Clone(cat.InstanceTypes)
	twins.Regions = maps.Clone(cat.Regions)
	region := *twins.Regions["us-east-1"]
	region.Rates = maps.Clone(region.Rates)
	twins.Regions["us-east-1"] = &region
	for _, name := range []string{"c0.twin", "r9.twin"} {
		it := cat.InstanceTypes[cheapest]
		it.Name = name
		twins.InstanceTypes[name] = it
		rate := region.Rates["ec2."+cheapest+"."+string(model.OnDemand)]
		rate.Key = "ec2." + name + "." + string(model.OnDemand)
		region.Rates[rate.Key] = rate
	}
	got, _ := defaultInstance(w, "us-east-1", s, &twins)
	want, _ := sortedScan(w, "us-east-1", s, &twins)
	if got != "c0.twin" || got != want {
		t.Errorf("with twins of %s: %s, the sorted scan %s; want c0.twin", cheapest, got, want)
	}
}
