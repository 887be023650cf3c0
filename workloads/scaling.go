package workloads

import (
	"fmt"

	"github.com/breakeven/breakeven/internal/yamlspec"
	"github.com/breakeven/breakeven/model"
)

// scalingFields are the keys that say how a fleet of units ("tasks", "instances") follows
// traffic; fargate and ec2 share them.
func scalingFields(units string) []yamlspec.Field {
	return []yamlspec.Field{
		{Key: "target_utilization_percent", Default: fmt.Sprint(model.DefaultTargetUtilizationPercent), Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "1", Max: "100",
			Doc: "The load the " + units + " are sized to run at, in percent of what one sustains: headroom for the unexpected."}},
		{Key: "scaling", Default: string(model.Autoscaled), Spec: &yamlspec.Spec{Kind: yamlspec.String, Enum: []string{string(model.Autoscaled), string(model.Fixed)},
			Doc: "autoscaled: resized every hour to its peak; fixed: the month's peak all the time."}},
		{Key: "scale_out_lag_minutes", Default: fmt.Sprint(model.DefaultScaleOutLagMinutes), Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "0", Max: "59",
			Doc: "Minutes new " + units + " take to serve after traffic rises (alarm, start-up); until then the ones running serve."}},
	}
}

// fleet reads a fleet's keys under section (fargate or ec2).
func fleet(b *builder, section, rateKey, minKey string) model.Fleet {
	return model.Fleet{
		RequestsPerSecondPerUnit: b.dec(section + "." + rateKey),
		Min:                      b.int(section + "." + minKey),
		TargetUtilizationPercent: b.int(section + ".target_utilization_percent"),
		Scaling:                  model.Scaling(b.text(section + ".scaling")),
		ScaleOutLagMinutes:       b.int(section + ".scale_out_lag_minutes"),
	}
}
