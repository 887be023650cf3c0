package cloudrun

import (
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// flowParts are the flow's function steps run as Cloud Run functions (billed at Cloud Run's
// rates, request-based), one use each in the order of the file: each of a step's invocations
// (its Lambda requests: retries in, a batch as one) is a request, served alone on an instance
// of the fewest vCPUs that allow the step's memory_mb, billed its duration rounded up to 100
// ms: exact for one request an instance, an upper bound where they would share one. The steps
// Lambda's flow plan refused are listed as not priced instead.
func flowParts(d *model.Demand, c Config) ([]part, []pricing.Unpriced) {
	var steps []model.Step
	for _, s := range d.Workload.Flow {
		if s.Kind == model.StepFunction {
			steps = append(steps, s)
		}
	}
	if len(steps) == 0 {
		return nil, nil
	}
	usages, why := d.FlowLambdaUsages()
	if len(why) > 0 || len(usages) < len(steps) {
		return nil, []pricing.Unpriced{{Key: "cloudrun.flow", Region: c.Region, What: "the flow's function steps as Cloud Run functions"}}
	}
	var parts []part
	for k, s := range steps {
		vcpu, mem, ok := defaultSize(decimal.Zero, decimal.Zero, s.MemoryMB)
		if !ok {
			return nil, []pricing.Unpriced{{Key: "cloudrun.flow", Region: c.Region, What: "flow step " + s.Name + ": no Cloud Run instance holds its memory_mb"}}
		}
		n := usages[k].Requests.Ceil().IntPart()
		parts = append(parts, part{use: pricing.CloudRunUse{Region: c.Region, VCPU: vcpu, MemoryGiB: mem,
			InstanceSeconds: decimal.NewFromInt(n).Mul(billedMs(s.DurationMs)).Shift(-3), // ms to s: exact
			Requests:        n, Free: c.FreeTier}, step:                                  s.Name})
	}
	return parts, nil
}
