package ec2

import (
	"fmt"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// resolve chooses the instance type, its throughput and a burstable type's credit mode the
// file left out.
func resolve(w *model.Workload, cat *pricing.Catalog) {
	share, needGB := model.LambdaNeeds(w.Function)
	cfg := configOf(*w)
	c := &cfg
	defer func() { w.SetSettings(model.PlatformEC2, cfg) }()
	if c.InstanceType == "" {
		if it, ok := defaultInstance(*w, cat, share, needGB); ok {
			c.InstanceType, c.InstanceTypeChosen = it, true
			w.Note("ec2.instance_type", it, "cheapest non-burstable "+string(model.FunctionSettingsOf(*w).Architecture)+" type on demand with at least Lambda's CPU share and function.memory_mb")
		}
	}
	if it, ok := cat.InstanceTypes[c.InstanceType]; ok {
		resolveThroughput(w, c, it)
	}
}

// resolveThroughput fills in what one instance of type it sustains at full CPU when the
// file leaves it out, and a burstable type's credit mode. A burstable fleet whose throughput
// the model works out is sized by its baseline: that is what it sustains without spending
// credits; a throughput the file states is taken at full CPU, bursting on credits.
func resolveThroughput(w *model.Workload, c *model.EC2Config, it pricing.InstanceType) {
	if it.Burstable && c.CPUCredits == "" {
		c.CPUCredits = model.CreditsUnlimited
		w.Note("ec2.cpu_credits", string(model.CreditsUnlimited), "AWS's default for t3, t3a and t4g: CPU above the baseline that earned credits do not cover is billed as surplus credits")
	}
	if !c.Fleet.RequestsPerSecondPerUnit.IsZero() {
		return
	}
	c.Fleet.RequestsPerSecondPerUnit = model.DefaultThroughput(w.Function, decimal.NewFromInt(it.VCPU))
	why := model.ThroughputWhy
	if it.Burstable {
		c.SizedByBaseline = true
		why += fmt.Sprintf("; the fleet is sized by %s's baseline, %s%% of each vCPU: %s rps an instance", it.Name, it.Credits.BaselinePercent, humanize.Quantity(model.BaselineThroughput(c.Fleet.RequestsPerSecondPerUnit, it)))
	}
	w.Note("ec2.requests_per_second_per_instance", c.Fleet.RequestsPerSecondPerUnit.String(), why)
}

// defaultInstance is the cheapest on-demand, non-burstable instance type of the Lambda
// architecture in the workload's region with at least share vCPU and needGB memory, the first
// by name of those alike. Burstable types are left out: their sustained CPU is a fraction of a
// vCPU. It reads the catalog's types as they are kept (no sorted list of names), the cheapest
// checks first: the sizes are compared only for a type that would be the best so far.
func defaultInstance(w model.Workload, cat *pricing.Catalog, share, needGB decimal.Decimal) (string, bool) {
	reg, ok := cat.Regions[w.Region]
	if !ok {
		return "", false
	}
	arch := string(model.FunctionSettingsOf(w).Architecture)
	best, bestPrice := "", decimal.Zero
	for name, it := range cat.InstanceTypes {
		if it.Burstable || it.Architecture != arch {
			continue
		}
		rate, ok := reg.Rates["ec2."+name+"."+string(model.OnDemand)]
		if !ok {
			continue
		}
		price := rate.UnitPrice()
		if c := price.Cmp(bestPrice); best != "" && (c > 0 || (c == 0 && name > best)) {
			continue
		}
		if decimal.NewFromInt(it.VCPU).LessThan(share) || it.MemoryGiB.LessThan(needGB) {
			continue
		}
		best, bestPrice = name, price
	}
	return best, best != ""
}
