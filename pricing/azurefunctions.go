package pricing

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// Azure Functions' billing rules for its two consumption plans (rates and sources in
// pricing/data/azurefunctions.yaml, docs/providers.md).
//
// Flex Consumption ("Azure Functions Flex Consumption plan hosting", Microsoft Learn):
//   - Billed per instance: on demand, "the total amount of memory provisioned while each on
//     demand instance is actively executing functions (in GB-seconds), minus a free grant",
//     and "the total number of executions, minus a free grant". The memory is the instance
//     memory size chosen (512, 2,048 or 4,096 MB), not what the code uses; one instance runs
//     many executions at once (per-instance concurrency), so the GB-seconds follow the
//     instances' busy time (SharedInstanceSeconds), not the sum of the executions.
//   - "The minimum billable execution period for both execution modes is 1,000 ms. Past that,
//     the billable activity period is rounded up to the nearest 100 ms."
//   - Always ready instances: a baseline for the memory of every always ready instance all
//     the time, the memory while they execute, and executions; "In always ready billing,
//     there are no free grants." Its rates were not found: the user states them.
//
// Consumption (Azure Functions pricing page):
//   - "Memory used by a function is measured by rounding up to the nearest 128 MB, up to the
//     maximum memory size of 1,536 MB" (ConsumptionMemoryMB); GB-seconds are the observed
//     memory times the execution time (1 GB = 1,024 MB, as Microsoft's cost article converts:
//     "divide by 1024000" MB-ms).
//   - "Execution time [is] calculated by rounding up to the nearest 1 ms. The minimum
//     execution time and memory for a single function execution are 100 ms and 128 MB
//     respectively" (ConsumptionBilledMs; the pricing page's copy read was cut at "rounding up
//     to th", the sentence is Microsoft's meter note for "Functions - Compute" in
//     https://github.com/MicrosoftDocs/azure-docs/blob/99a58ca3c60958f237dc7a371deabef07f3f5026/articles/azure-stack/azure-stack-usage-related-faq.md).
//   - A free grant "per subscription ... across all function apps in that subscription":
//     400,000 GB-s and 1 million executions a month.
// The free grants are the subscription's, once per account: every use that asks for them
// draws on one pool, in the order of the uses.

// FlexInstanceMemoriesMB are the instance memory sizes Flex Consumption offers ("Instance
// sizes": 512, 2048 and 4096 MB, 0.25, 1 and 2 cores).
var FlexInstanceMemoriesMB = []int64{512, 2048, 4096}

// FlexMinimumMs and FlexStepMs are Flex Consumption's billing period: at least 1,000 ms, then
// rounded up to 100 ms (for SharedInstanceSeconds).
const (
	FlexMinimumMs = 1000
	FlexStepMs    = 100
)

// ConsumptionMaxMemoryMB is the most memory a Consumption plan instance has and bills, and
// ConsumptionMemoryStepMB the step observed memory is rounded up to.
const (
	ConsumptionMaxMemoryMB  = 1536
	ConsumptionMemoryStepMB = 128
)

// ConsumptionMinimumMs is the least execution time Consumption bills for one execution.
const ConsumptionMinimumMs = 100

// ConsumptionBilledMs is the execution time Consumption bills for one execution of
// durationMs: rounded up to the millisecond, at least 100 ms (40 ms bills 100 ms, 120.2 ms
// bills 121 ms).
func ConsumptionBilledMs(durationMs decimal.Decimal) decimal.Decimal {
	return decimal.Max(durationMs.Ceil(), decimal.NewFromInt(ConsumptionMinimumMs))
}

var azureFunctionsKeys = providerKeys{
	Rates: map[string]string{
		"flex.on_demand.memory":        "GB-seconds",
		"flex.on_demand.executions":    "executions",
		"flex.always_ready.baseline":   "GB-seconds",
		"flex.always_ready.memory":     "GB-seconds",
		"flex.always_ready.executions": "executions",
		"consumption.memory":           "GB-seconds",
		"consumption.executions":       "executions",
	},
	Allowances: map[string]string{
		"flex.free_grant.memory":            "GB-seconds",
		"flex.free_grant.executions":        "executions",
		"consumption.free_grant.memory":     "GB-seconds",
		"consumption.free_grant.executions": "executions",
	},
}

// FlexUse is what one workload's Flex Consumption app uses in a month.
type FlexUse struct {
	Region string
	// InstanceMemoryMB is the instance memory size: one of FlexInstanceMemoriesMB.
	InstanceMemoryMB int64
	// OnDemandSeconds is the billed busy time of on demand instances (SharedInstanceSeconds
	// with FlexMinimumMs and FlexStepMs); OnDemandExecutions the executions they ran.
	OnDemandSeconds    decimal.Decimal
	OnDemandExecutions int64
	// AlwaysReadySeconds is the always ready instances' whole time (instances x seconds in
	// the month), their baseline; AlwaysReadyBusySeconds the part of it they execute, and
	// AlwaysReadyExecutions the executions they ran.
	AlwaysReadySeconds, AlwaysReadyBusySeconds decimal.Decimal
	AlwaysReadyExecutions                      int64
	// Free says the on demand usage draws on the subscription's free grants.
	Free bool
	// Estimate, when set, says the instance time is a model estimate and what it rests on.
	Estimate string
	// Schedule, when set, names the scheduled job the use is (its lines are
	// "scheduled.NAME.*", "Schedule NAME: ...").
	Schedule string
}

// ConsumptionUse is what one workload's Consumption plan app uses in a month.
type ConsumptionUse struct {
	Region     string
	Executions int64
	// DurationMs is one execution's average duration; MemoryMB the memory it is observed to
	// use (ConsumptionMemoryMB rounds it to what is billed).
	DurationMs, MemoryMB decimal.Decimal
	// Free says the use draws on the subscription's free grants.
	Free bool
	// Schedule, when set, names the scheduled job the use is (see FlexUse.Schedule).
	Schedule string
}

// scheduled is lines re-id'd and renamed as those of the scheduled job name ("" leaves them).
func scheduled(lines []providerLine, name string) []providerLine {
	if name == "" {
		return lines
	}
	for i := range lines {
		lines[i].id = "scheduled." + name + "." + lines[i].id
		lines[i].name = "Schedule " + name + ": " + lines[i].name
	}
	return lines
}

// ConsumptionMemoryMB is the memory Consumption bills for an execution observed to use mb:
// rounded up to a multiple of 128 MB (160 MB bills 256 MB, the page's example), at least 128
// MB; above 1,536 MB, the most an instance has, is an error.
func ConsumptionMemoryMB(mb decimal.Decimal) (decimal.Decimal, error) {
	if !mb.IsPositive() || mb.GreaterThan(decimal.NewFromInt(ConsumptionMaxMemoryMB)) {
		return decimal.Zero, fmt.Errorf("memory %s MB: a Consumption plan instance has 1 to %d MB", mb, ConsumptionMaxMemoryMB)
	}
	return ceilTo(mb, decimal.NewFromInt(ConsumptionMemoryStepMB)), nil
}

// mbPerGB converts MB to GB as Microsoft counts memory (1 GB = 1,024 MB): 1/1024, exact.
var mbPerGB = decimal.RequireFromString("0.0009765625")

// FlexBill prices Flex Consumption uses as one subscription is billed: each use's lines in
// order, then a credit per free grant the uses that ask for it drew on (on demand usage only),
// at the on demand price of the first use's region. A rate the catalog lacks (always ready
// rates, until the user states them) leaves its line out and is listed in Unpriced.
func (c *ProviderCatalog) FlexBill(uses []FlexUse) (Bill, error) {
	return c.subscriptionBill(len(uses), func(i int) (string, bool, []providerLine, error) {
		lines, err := flexLines(uses[i])
		if err != nil {
			return "", false, nil, fmt.Errorf("flex consumption use %d: %w", i+1, err)
		}
		return uses[i].Region, uses[i].Free, scheduled(lines, uses[i].Schedule), nil
	}, map[string]string{
		"flex.free_grant.memory":     "Free grant, on demand GB-seconds",
		"flex.free_grant.executions": "Free grant, on demand executions",
	})
}

// subscriptionBill bills n uses of one subscription: the lines of use i (linesOf gives its
// region, whether it asks for the free grants, and its lines) in order, then one credit per
// free grant drawn on, named from names.
func (c *ProviderCatalog) subscriptionBill(n int, linesOf func(i int) (string, bool, []providerLine, error), names map[string]string) (Bill, error) {
	sink := lineSink{build: true}
	grants := newGrantPool(c)
	for i := range n {
		region, free, lines, err := linesOf(i)
		if err != nil {
			return Bill{}, err
		}
		for _, l := range lines {
			if rate, ok := c.charge(&sink, region, l); ok && free && l.free != "" {
				grants.draw(l.free, l.quantity, rate)
			}
		}
	}
	grants.credits(&sink, names)
	return Bill{Items: sink.items, Unpriced: sink.unpriced}, nil
}

// flexLines are the billed quantities of u.
func flexLines(u FlexUse) ([]providerLine, error) {
	if err := nonNegative("Flex Consumption", u.OnDemandSeconds, u.AlwaysReadySeconds, u.AlwaysReadyBusySeconds,
		decimal.NewFromInt(u.OnDemandExecutions), decimal.NewFromInt(u.AlwaysReadyExecutions)); err != nil {
		return nil, err
	}
	known := false
	for _, mb := range FlexInstanceMemoriesMB {
		known = known || mb == u.InstanceMemoryMB
	}
	if !known {
		return nil, fmt.Errorf("instance memory %d MB: expected 512, 2048 or 4096", u.InstanceMemoryMB)
	}
	if u.AlwaysReadyBusySeconds.GreaterThan(u.AlwaysReadySeconds) {
		return nil, fmt.Errorf("always ready instances busy %s s of their %s s", u.AlwaysReadyBusySeconds, u.AlwaysReadySeconds)
	}
	gb := decimal.NewFromInt(u.InstanceMemoryMB).Mul(mbPerGB)
	size := fmt.Sprintf(", %d MB instances", u.InstanceMemoryMB)
	return []providerLine{
		{id: "flex.on_demand.memory", name: "On demand execution time" + size, key: "flex.on_demand.memory", what: "Flex Consumption on demand GB-seconds", free: "flex.free_grant.memory", quantity: u.OnDemandSeconds.Mul(gb), estimate: u.Estimate},
		{id: "flex.on_demand.executions", name: "On demand executions", key: "flex.on_demand.executions", what: "Flex Consumption on demand executions", free: "flex.free_grant.executions", quantity: decimal.NewFromInt(u.OnDemandExecutions)},
		{id: "flex.always_ready.baseline", name: "Always ready baseline" + size, key: "flex.always_ready.baseline", what: "Flex Consumption always ready baseline GB-seconds", quantity: u.AlwaysReadySeconds.Mul(gb)},
		{id: "flex.always_ready.memory", name: "Always ready execution time" + size, key: "flex.always_ready.memory", what: "Flex Consumption always ready execution GB-seconds", quantity: u.AlwaysReadyBusySeconds.Mul(gb), estimate: u.Estimate},
		{id: "flex.always_ready.executions", name: "Always ready executions", key: "flex.always_ready.executions", what: "Flex Consumption always ready executions", quantity: decimal.NewFromInt(u.AlwaysReadyExecutions)},
	}, nil
}

// ConsumptionBill prices Consumption plan uses as one subscription is billed: each use's
// GB-seconds (executions x billed duration x billed memory) and executions, then a credit per free
// grant the uses that ask for it drew on.
func (c *ProviderCatalog) ConsumptionBill(uses []ConsumptionUse) (Bill, error) {
	return c.subscriptionBill(len(uses), func(i int) (string, bool, []providerLine, error) {
		lines, err := consumptionLines(uses[i])
		if err != nil {
			return "", false, nil, fmt.Errorf("consumption plan use %d: %w", i+1, err)
		}
		return uses[i].Region, uses[i].Free, scheduled(lines, uses[i].Schedule), nil
	}, map[string]string{
		"consumption.free_grant.memory":     "Free grant, GB-seconds",
		"consumption.free_grant.executions": "Free grant, executions",
	})
}

// consumptionLines are the billed quantities of u: executions x duration x billed memory in
// GB-seconds, and executions.
func consumptionLines(u ConsumptionUse) ([]providerLine, error) {
	if err := nonNegative("Consumption", u.DurationMs, decimal.NewFromInt(u.Executions)); err != nil {
		return nil, err
	}
	mb, err := ConsumptionMemoryMB(u.MemoryMB)
	if err != nil {
		return nil, err
	}
	executions := decimal.NewFromInt(u.Executions)
	// executions x seconds x GB: ms / 1000 is a shift, MB / 1024 an exact product
	gbSeconds := executions.Mul(ConsumptionBilledMs(u.DurationMs).Shift(-3)).Mul(mb.Mul(mbPerGB))
	return []providerLine{
		{id: "consumption.memory", name: fmt.Sprintf("Execution time, %s MB", mb), key: "consumption.memory", what: "Consumption plan GB-seconds", free: "consumption.free_grant.memory", quantity: gbSeconds},
		{id: "consumption.executions", name: "Executions", key: "consumption.executions", what: "Consumption plan executions", free: "consumption.free_grant.executions", quantity: executions},
	}, nil
}
