package workloads

import "github.com/breakeven/breakeven/model"

// fargateOf is Fargate's settings in w, for the tests.
func fargateOf(w model.Workload) model.FargateConfig {
	c, _ := model.SettingsOf[model.FargateConfig](w, model.PlatformFargate)
	return c
}
