package platforms_test

import (
	"slices"
	"testing"

	"github.com/breakeven/breakeven/model"
	_ "github.com/breakeven/breakeven/model/platforms"
)

// TestOrder checks the platforms are shown in the order package platforms registers them:
// AWS's first (Lambda, Fargate, EC2, Lambda Managed Instances), then Cloud Run, Azure
// Functions and Workers (issue 16).
func TestOrder(t *testing.T) {
	want := []model.Platform{model.PlatformLambda, model.PlatformFargate, model.PlatformEC2, "managedinstances", "cloudrun", "azurefunctions", "workers"}
	if !slices.Equal(model.Platforms, want) {
		t.Fatalf("Platforms = %v, want %v", model.Platforms, want)
	}
	var names []string
	for _, p := range model.Platforms {
		names = append(names, p.Name())
	}
	if got := []string{"Lambda", "Fargate", "EC2", "Lambda MI", "Cloud Run", "Azure Functions", "Workers"}; !slices.Equal(names, got) {
		t.Errorf("names = %v, want %v", names, got)
	}
}
