package azurefunctions

import (
	"fmt"
	"slices"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
)

// Platform declares the explorer's inputs of its settings.
var _ model.FieldsOwner = Platform{}

// EditFields are the plan, and on Flex Consumption the instance memory and concurrency: a
// nudge switches the plan, moves the memory to the next size Flex offers and the
// concurrency by one.
func (Platform) EditFields(model.Workload) []model.EditField {
	return []model.EditField{
		{Label: "Azure plan", Key: "azure_functions.plan",
			Value: func(w model.Workload) string { return string(ConfigOf(w).Plan) },
			Nudge: func(w model.Workload, _ int, _ *pricing.Catalog) []model.FieldEdit {
				return model.SetKey("azure_functions.plan", string(otherPlan(ConfigOf(w).Plan)))
			}},
		{Label: "Flex memory MB", Key: "azure_functions.instance_memory_mb",
			Value: func(w model.Workload) string { return fmt.Sprint(ConfigOf(w).InstanceMemoryMB) },
			Nudge: func(w model.Workload, dir int, _ *pricing.Catalog) []model.FieldEdit {
				sizes := pricing.FlexInstanceMemoriesMB
				i := max(slices.Index(sizes, ConfigOf(w).InstanceMemoryMB), 0)
				return model.SetKey("azure_functions.instance_memory_mb", fmt.Sprint(sizes[(i+dir+len(sizes))%len(sizes)]))
			}},
		{Label: "Flex concurrency", Key: "azure_functions.concurrency",
			Value: func(w model.Workload) string { return fmt.Sprint(ConfigOf(w).FlexConcurrency()) },
			Nudge: func(w model.Workload, dir int, _ *pricing.Catalog) []model.FieldEdit {
				return model.SetKey("azure_functions.concurrency", fmt.Sprint(min(max(ConfigOf(w).FlexConcurrency()+int64(dir), 1), 1000)))
			}},
	}
}

// otherPlan is the plan that is not p.
func otherPlan(p Plan) Plan {
	if p == Consumption {
		return FlexConsumption
	}
	return Consumption
}
