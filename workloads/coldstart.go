package workloads

import (
	"github.com/breakeven/breakeven/internal/yamlspec"
	"github.com/breakeven/breakeven/model"
)

// The lambda keys that drive the cold-start estimate (docs/cold-starts.md).
var coldStartFields = []yamlspec.Field{
	{Key: "runtime", Default: model.DefaultRuntime, Spec: &yamlspec.Spec{Kind: yamlspec.String, Enum: model.ColdStartRuntimes(),
		Doc: "The Lambda runtime, for the default init duration of a cold start."}},
	{Key: "package_mb", Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "0", Max: "10240",
		Doc: "Deployment package size in MB; a larger zip package initialises more slowly."}},
	{Key: "vpc", Spec: &yamlspec.Spec{Kind: yamlspec.Bool,
		Doc: "Whether the function is attached to a VPC (default false)."}},
	{Key: "init_ms", Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", ExclusiveMin: true, Max: "600000", MaxPlaces: 3,
		Doc: "A measured init duration (the Init Duration of a cold start's REPORT line); overrides the runtime's default."}},
	{Key: "keep_alive_minutes", Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "1", Max: "720",
		Doc: "Minutes an idle environment survives before Lambda recycles it (AWS publishes none; measured 5 to 7)."}},
}

// coldStartConfig reads the cold-start keys of lambda.
func coldStartConfig(b *builder) model.ColdStartConfig {
	return model.ColdStartConfig{
		Runtime:          b.text("lambda.runtime"),
		PackageMB:        b.int("lambda.package_mb"),
		VPC:              b.root.Get("lambda").Get("vpc").Bool(),
		InitMs:           b.dec("lambda.init_ms"),
		KeepAliveMinutes: b.int("lambda.keep_alive_minutes"),
	}
}
