package workloads

import (
	"github.com/breakeven/breakeven/internal/yamlspec"
	"github.com/breakeven/breakeven/model"
)

// scenariosSpec is the scenarios section: traffic levels the comparison prices side by side.
var scenariosSpec = &yamlspec.Spec{Kind: yamlspec.List, MaxItems: maxListItems,
	Doc: "Traffic levels `breakeven compare` prices side by side, each the traffic times a multiplier; left out: low 0.5, expected 1 and high 2. At most 100.",
	Elem: &yamlspec.Spec{Kind: yamlspec.Object, Doc: "a traffic scenario", Fields: []yamlspec.Field{
		{Key: "name", Required: true, Spec: &yamlspec.Spec{Kind: yamlspec.String, Pattern: namePattern, MaxLength: nameMaxLength,
			PatternDoc: "a name of lowercase letters, digits and dashes", Doc: "The scenario's name, unique in the file, such as high."}},
		{Key: "traffic_multiplier", Required: true, Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", ExclusiveMin: true, Max: "1000", MaxPlaces: 4,
			Doc: "The traffic times this: requests_per_month rounded half up to whole requests, requests_per_second to 0.001."}},
	}}}

// buildScenarios reads the scenarios section into w.Scenarios. It must run after the file
// is known to describe a service: schedules alone have no traffic to scale.
func buildScenarios(root *yamlspec.Value, w *model.Workload) yamlspec.ErrorList {
	v := root.Get("scenarios")
	if v == nil {
		return nil
	}
	if w.SchedulesOnly {
		return yamlspec.ErrorList{v.Errorf("goes with a service: the file has no traffic to scale")}
	}
	var errs yamlspec.ErrorList
	seen := map[string]bool{}
	for _, sv := range v.Items() {
		s := model.Scenario{Name: sv.Get("name").Str(), TrafficMultiplier: sv.Get("traffic_multiplier").Decimal()}
		if nv := sv.Get("name"); nv != nil && seen[s.Name] {
			errs = append(errs, nv.Errorf("%q is already a scenario of this file", s.Name))
		}
		seen[s.Name] = true
		w.Scenarios = append(w.Scenarios, s)
	}
	return errs
}
