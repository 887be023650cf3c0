package workers

import (
	"fmt"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
)

// flowUses is the flow's function steps run as Workers, one use each in the order of the file:
// each of a step's invocations (its Lambda requests: retries in, batches as one) is a Worker
// request, running duration_ms x cpu_percent_of_duration of CPU. A step called from another
// Worker through a Service Binding would be no request of its own (its CPU time is the
// caller's), so counting every invocation as a request can overstate the requests, never the
// CPU time; a step fed by a queue is a Queue consumer's invocation, a request. The callers'
// wait for a sync step is wall time, which Workers do not bill. It also returns the reasons
// a step breaks a Workers limit (the Worker's CPU limit, applied to every step), the
// warnings of steps above the isolate's 128 MB, and the steps it could not count (Lambda's
// flow plan refused them) as not priced.
func flowUses(d *model.Demand, c Config) (uses []pricing.WorkersUse, reasons, warnings []string, unpriced []pricing.Unpriced) {
	var steps []model.Step
	for _, s := range d.Workload.Flow {
		if s.Kind == model.StepFunction {
			steps = append(steps, s)
		}
	}
	if len(steps) == 0 {
		return nil, nil, nil, nil
	}
	usages, why := d.FlowLambdaUsages()
	if len(why) > 0 {
		for _, w := range why {
			unpriced = append(unpriced, pricing.Unpriced{Key: "workers.flow", Region: c.Region, What: "the flow's function steps as Workers (" + w + ")"})
		}
		return nil, nil, nil, unpriced
	}
	for k, s := range steps {
		cpu := cpuShare(s.DurationMs, c)
		for _, r := range cpuLimits(cpu, c.CPULimitMs, false) {
			reasons = append(reasons, "flow step "+s.Name+": "+r)
		}
		warnings = append(warnings, memoryWarnings("flow step "+s.Name+" memory_mb", s.MemoryMB)...)
		n := usages[k].Requests
		uses = append(uses, pricing.WorkersUse{Requests: n.Ceil().IntPart(), CPUMs: n.Mul(cpu)})
	}
	return uses, reasons, warnings, nil
}

// flowSummary is ", the flow's 3 function steps as Workers" (nothing without any).
func flowSummary(uses []pricing.WorkersUse) string {
	if len(uses) == 0 {
		return ""
	}
	return fmt.Sprintf(", the flow's %s as Workers", humanize.Plural(int64(len(uses)), "function step", "function steps"))
}
