package azurefunctions

import (
	"fmt"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// The limits Microsoft publishes for a function execution ("Function app timeout duration",
// https://learn.microsoft.com/azure/azure-functions/functions-scale#timeout): on Consumption
// functionTimeout is 5 minutes by default and at most 10; on Flex Consumption 30 minutes by
// default and unbounded; whatever the timeout, "230 seconds is the maximum amount of time that
// an HTTP triggered function can take to respond to a request" (the load balancer's idle
// timeout). Flex Consumption scales out to at most 1,000 instances ("Scale-out instances
// (max)", Flex Consumption plan hosting).
const (
	consumptionMaxMs     = 10 * 60 * 1000
	consumptionDefaultMs = 5 * 60 * 1000
	flexDefaultMs        = 30 * 60 * 1000
	httpResponseMs       = 230 * 1000
	flexMaxInstances     = 1000
)

// timeoutSource is where the timeouts are published.
const timeoutSource = "https://learn.microsoft.com/azure/azure-functions/functions-scale#timeout"

// limits checks one execution of durationMs using memoryMB on plan c, prefix naming its keys
// ("" for the function, "schedule NAME: " for a timer trigger): the reasons the plan cannot
// run it, and the warnings of what it needs set.
func limits(c Config, prefix string, durationMs decimal.Decimal, memoryMB int64, http bool) (reasons, warnings []string) {
	d := humanize.Milliseconds(durationMs)
	switch c.Plan {
	case Consumption:
		if memoryMB > pricing.ConsumptionMaxMemoryMB {
			reasons = append(reasons, fmt.Sprintf("%smemory_mb %s is more than a Consumption instance's %s (azure_functions.memory_mb: what one execution is observed to use)", prefix, humanize.Count(memoryMB), humanize.Megabytes(pricing.ConsumptionMaxMemoryMB)))
		}
		if durationMs.GreaterThan(decimal.NewFromInt(consumptionMaxMs)) {
			reasons = append(reasons, fmt.Sprintf("%sduration_ms %s is beyond Consumption's 10-minute maximum functionTimeout (%s)", prefix, d, timeoutSource))
		} else if durationMs.GreaterThan(decimal.NewFromInt(consumptionDefaultMs)) {
			warnings = append(warnings, fmt.Sprintf("%sduration_ms %s is beyond Consumption's default 5-minute functionTimeout: raise it in host.json (at most 10 minutes)", prefix, d))
		}
	case FlexConsumption:
		if memoryMB > c.InstanceMemoryMB {
			reasons = append(reasons, fmt.Sprintf("%smemory_mb %s is more than a %s Flex Consumption instance holds (azure_functions.instance_memory_mb)", prefix, humanize.Count(memoryMB), humanize.Megabytes(c.InstanceMemoryMB)))
		}
		if durationMs.GreaterThan(decimal.NewFromInt(flexDefaultMs)) {
			warnings = append(warnings, fmt.Sprintf("%sduration_ms %s is beyond Flex Consumption's default 30-minute functionTimeout: raise it in host.json", prefix, d))
		}
	}
	if http && durationMs.GreaterThan(decimal.NewFromInt(httpResponseMs)) {
		warnings = append(warnings, fmt.Sprintf("%sduration_ms %s: an HTTP triggered function must respond within 230 seconds (%s); run longer work from a queue", prefix, d, timeoutSource))
	}
	return reasons, warnings
}
