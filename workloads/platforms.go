package workloads

import (
	"fmt"
	"slices"
	"strings"

	"github.com/breakeven/breakeven/internal/yamlspec"
	"github.com/breakeven/breakeven/model"
)

// The platforms key: the platforms a workload is shown on (model.Workload.Platforms), each a
// registered platform's id, once. Left out, every registered platform that can run the
// workload is shown. The --platforms flag is read by ParsePlatforms, with the same rules.

// platformsSpec is the platforms key for the platforms registered now: a list of their ids.
func platformsSpec() *yamlspec.Spec {
	ids := PlatformIDs()
	return &yamlspec.Spec{Kind: yamlspec.List, MaxItems: maxListItems,
		Doc: "The platforms to show, each once (" + strings.Join(ids, ", ") + "); only they are priced. " +
			"Left out: every platform that can run the workload, the others listed with why they cannot. The --platforms flag overrides it.",
		Elem: &yamlspec.Spec{Kind: yamlspec.String, Enum: ids, Doc: "a platform's id"}}
}

// PlatformIDs are the registered platforms' ids, in the order of model.Platforms: what the
// platforms key and the --platforms flag accept.
func PlatformIDs() []string {
	ids := make([]string, len(model.Platforms))
	for i, p := range model.Platforms {
		ids[i] = string(p)
	}
	return ids
}

// buildPlatforms reads the platforms key into w.Platforms: a platform listed twice, or an
// empty list, is a problem at its place (an unknown id is one the spec's choices report).
func buildPlatforms(root *yamlspec.Value, w *model.Workload) yamlspec.ErrorList {
	v := root.Get("platforms")
	if v == nil {
		return nil
	}
	items := v.Items()
	if len(items) == 0 && v.Valid() {
		return yamlspec.ErrorList{v.Errorf("list at least one platform (%s), or leave the key out to show every platform that can run the workload", strings.Join(PlatformIDs(), ", "))}
	}
	var errs yamlspec.ErrorList
	for _, item := range items {
		p := model.Platform(item.Str())
		if slices.Contains(w.Platforms, p) {
			errs = append(errs, item.Errorf("%q is listed twice", item.Str()))
			continue
		}
		if item.Valid() {
			w.Platforms = append(w.Platforms, p)
		}
	}
	return errs
}

// ParsePlatforms reads the --platforms flag's value, platform ids separated by commas
// ("lambda,cloudrun"), by the platforms key's rules: each registered, each once, at least
// one.
func ParsePlatforms(list string) ([]model.Platform, error) {
	ids := PlatformIDs()
	var out []model.Platform
	var problems []string
	for _, id := range strings.Split(list, ",") {
		id = strings.TrimSpace(id)
		switch {
		case id == "":
			problems = append(problems, "an empty platform id")
		case !slices.Contains(ids, id):
			problem := fmt.Sprintf("unknown platform %q", id)
			if s, ok := yamlspec.Suggest(id, ids); ok {
				problem += fmt.Sprintf(" (did you mean %q?)", s)
			}
			problems = append(problems, problem)
		case slices.Contains(out, model.Platform(id)):
			problems = append(problems, fmt.Sprintf("%q is listed twice", id))
		default:
			out = append(out, model.Platform(id))
		}
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("%s: the platforms are %s, separated by commas", strings.Join(problems, "; "), strings.Join(ids, ", "))
	}
	return out, nil
}
