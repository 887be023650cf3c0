package managedinstances

import (
	"fmt"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// Platform declares the explorer's inputs of its settings.
var _ model.FieldsOwner = Platform{}

// EditFields are the instance type (a nudge steps through the catalog's C, M and R types of
// the same architecture), one environment's concurrency (ten percent a nudge) and the minimum
// instances (one a nudge).
func (Platform) EditFields(model.Workload) []model.EditField {
	return []model.EditField{
		{Label: "MI instance", Key: sectionKey + ".instance_type", Value: func(w model.Workload) string { return current(w, "instance_type", ConfigOf(w).InstanceType) },
			Nudge: func(w model.Workload, dir int, cat *pricing.Catalog) []model.FieldEdit {
				types := typesLike(w, cat)
				if len(types) == 0 {
					return nil
				}
				return model.SetKey(sectionKey+".instance_type", model.Cycle(types, current(w, "instance_type", ConfigOf(w).InstanceType), dir))
			}},
		{Label: "MI conc.", Key: sectionKey + ".concurrency", Serving: true,
			Value: func(w model.Workload) string { return current(w, "concurrency", count(ConfigOf(w).Concurrency)) },
			Nudge: func(w model.Workload, dir int, _ *pricing.Catalog) []model.FieldEdit {
				n, _ := decimal.NewFromString(current(w, "concurrency", count(ConfigOf(w).Concurrency)))
				next := min(max(model.Nudged(n, dir, 0).IntPart(), 1), MaxConcurrency)
				if next == n.IntPart() {
					next = min(max(next+int64(dir), 1), MaxConcurrency)
				}
				return model.SetKey(sectionKey+".concurrency", fmt.Sprint(next))
			}},
		{Label: "MI minimum", Key: sectionKey + ".min_instances",
			Value: func(w model.Workload) string { return fmt.Sprint(ConfigOf(w).MinInstances) },
			Nudge: func(w model.Workload, dir int, _ *pricing.Catalog) []model.FieldEdit {
				return model.SetKey(sectionKey+".min_instances", fmt.Sprint(max(ConfigOf(w).MinInstances+int64(dir), 1)))
			}},
	}
}

// current is the section's key as priced: its value in the settings, or else the default the
// engine recorded for it (the settings keep a chosen size unset, see Resolve).
func current(w model.Workload, key, value string) string {
	if value != "" {
		return value
	}
	for _, d := range w.Defaulted {
		if d.Key == sectionKey+"."+key {
			return d.Value
		}
	}
	return ""
}

// count is n as the file says it, "" for 0 (left to the engine).
func count(n int64) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprint(n)
}

// typesLike lists the catalog's supported types of the function's architecture, in the
// catalog's order.
func typesLike(w model.Workload, cat *pricing.Catalog) []string {
	var out []string
	for _, name := range cat.InstanceTypeNames() {
		if it := cat.InstanceTypes[name]; supportedType(it) && it.Architecture == string(architecture(w)) {
			out = append(out, name)
		}
	}
	return out
}
