package workloads

import (
	"slices"
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
)

// TestPlatformsKey: the platforms key is read into Workload.Platforms as listed; an empty
// list is refused at its place, naming the ids; the flag's list follows the same rules.
func TestPlatformsKey(t *testing.T) {
	const body = "name: api\ntraffic: {requests_per_month: 1000}\nfunction: {duration_ms: 100, memory_mb: 512}\n"
	w, err := Parse("api.yaml", []byte(body+"platforms: [ec2, lambda]\n"))
	if err != nil || !slices.Equal(w.Platforms, []model.Platform{model.PlatformEC2, model.PlatformLambda}) {
		t.Errorf("platforms: [ec2, lambda]: %v, %v", w.Platforms, err)
	}
	if w, err := Parse("api.yaml", []byte(body)); err != nil || w.Platforms != nil {
		t.Errorf("no key: %v, %v; want none chosen", w.Platforms, err)
	}
	_, err = Parse("api.yaml", []byte(body+"platforms: []\n"))
	if err == nil || !strings.Contains(err.Error(), "api.yaml:4:1: platforms: list at least one platform ("+registeredIDs()+")") {
		t.Errorf("platforms: []: %v", err)
	}
	if got, err := ParsePlatforms(" fargate,lambda"); err != nil || !slices.Equal(got, []model.Platform{model.PlatformFargate, model.PlatformLambda}) {
		t.Errorf("ParsePlatforms: %v, %v", got, err)
	}
	if _, err := ParsePlatforms("lambda,"); err == nil || !strings.Contains(err.Error(), "an empty platform id") {
		t.Errorf("ParsePlatforms(\"lambda,\"): %v", err)
	}
}

// TestTemplateNamesThePlatforms: init's template shows the platforms key with the
// registered ids.
func TestTemplateNamesThePlatforms(t *testing.T) {
	text, err := Template("api")
	if err != nil || !strings.Contains(string(text), "\n# platforms: ["+registeredIDs()+"]") {
		t.Errorf("template: %v\n%s", err, text)
	}
}

// registeredIDs are the ids of model.Platforms, in its order, as the messages list them:
// "lambda, fargate, ec2, ...".
func registeredIDs() string {
	ids := make([]string, len(model.Platforms))
	for i, p := range model.Platforms {
		ids[i] = string(p)
	}
	return strings.Join(ids, ", ")
}
