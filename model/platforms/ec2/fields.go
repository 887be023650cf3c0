package ec2

import (
	"strings"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
)

// Platform declares the explorer's inputs of its settings.
var _ model.FieldsOwner = Platform{}

// EditFields are the instance type (a nudge steps through the catalog's types), the
// throughput per instance (ten percent a nudge) and the purchase option (a nudge steps
// through them but spot, which is typed with its discount: "spot 65").
func (Platform) EditFields(model.Workload) []model.EditField {
	return []model.EditField{
		{Label: "Instance type", Key: "ec2.instance_type",
			Value: func(w model.Workload) string { return configOf(w).InstanceType },
			Nudge: func(w model.Workload, dir int, cat *pricing.Catalog) []model.FieldEdit {
				return model.SetKey("ec2.instance_type", model.Cycle(cat.InstanceTypeNames(), configOf(w).InstanceType, dir))
			}},
		{Label: "Instance rps", Key: "ec2.requests_per_second_per_instance", Serving: true,
			Value: func(w model.Workload) string { return configOf(w).Fleet.RequestsPerSecondPerUnit.String() },
			Nudge: func(w model.Workload, dir int, _ *pricing.Catalog) []model.FieldEdit {
				return model.SetKey("ec2.requests_per_second_per_instance", model.Nudged(configOf(w).Fleet.RequestsPerSecondPerUnit, dir, model.ThroughputPlaces).String())
			}},
		{Label: "Purchase", Key: "ec2.purchase",
			Value: func(w model.Workload) string {
				e := configOf(w)
				if e.Purchase == model.Spot {
					return string(e.Purchase) + " " + e.SpotDiscountPercent.String()
				}
				return string(e.Purchase)
			},
			Nudge: func(w model.Workload, dir int, _ *pricing.Catalog) []model.FieldEdit {
				var names []string
				for _, p := range model.Purchases {
					if p != model.Spot { // spot needs its discount too: type it with enter
						names = append(names, string(p))
					}
				}
				return purchaseEdits(model.Cycle(names, string(configOf(w).Purchase), dir))
			},
			Typed: func(text string) ([]model.FieldEdit, error) { return purchaseEdits(text), nil }},
	}
}

// purchaseEdits sets the purchase option from text: "spot 65" is spot at a 65% discount (the
// format requires the discount with spot); any other option drops the discount (the format
// refuses it without spot).
func purchaseEdits(text string) []model.FieldEdit {
	option, discount, _ := strings.Cut(strings.TrimSpace(text), " ")
	edits := model.SetKey("ec2.purchase", option)
	if discount = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(discount), "%")); discount != "" {
		return append(edits, model.FieldEdit{Key: "ec2.spot_discount_percent", Value: discount})
	}
	if option != string(model.Spot) {
		edits = append(edits, model.FieldEdit{Key: "ec2.spot_discount_percent", Delete: true})
	}
	return edits
}
