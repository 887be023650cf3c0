package cloudrun

import (
	"fmt"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
)

// Platform declares the explorer's inputs of its settings.
var _ model.FieldsOwner = Platform{}

// EditFields are the billing, the concurrency and the minimum instances: a nudge flips the
// billing, moves the concurrency ten percent (1 to 1,000) and the minimum by one.
func (Platform) EditFields(model.Workload) []model.EditField {
	return []model.EditField{
		{Label: "Run billing", Key: "cloudrun.billing",
			Value: func(w model.Workload) string { return string(ConfigOf(w).Billing) },
			Nudge: func(w model.Workload, _ int, _ *pricing.Catalog) []model.FieldEdit {
				if ConfigOf(w).Billing == InstanceBased {
					return model.SetKey("cloudrun.billing", string(RequestBased))
				}
				return model.SetKey("cloudrun.billing", string(InstanceBased))
			}},
		{Label: "Run concurrency", Key: "cloudrun.concurrency", Serving: true,
			Value: func(w model.Workload) string { return fmt.Sprint(ConfigOf(w).Concurrency) },
			Nudge: func(w model.Workload, dir int, _ *pricing.Catalog) []model.FieldEdit {
				c := ConfigOf(w).Concurrency
				step := max(1, c/10)
				return model.SetKey("cloudrun.concurrency", fmt.Sprint(min(max(c+int64(dir)*step, 1), pricing.CloudRunMaxConcurrency)))
			}},
		{Label: "Run min inst.", Key: "cloudrun.min_instances", Serving: true,
			Value: func(w model.Workload) string { return fmt.Sprint(ConfigOf(w).MinInstances) },
			Nudge: func(w model.Workload, dir int, _ *pricing.Catalog) []model.FieldEdit {
				c := ConfigOf(w)
				return model.SetKey("cloudrun.min_instances", fmt.Sprint(min(max(c.MinInstances+int64(dir), 0), c.MaxInstances)))
			}},
	}
}
