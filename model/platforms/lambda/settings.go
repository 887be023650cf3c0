package lambda

import "github.com/breakeven/breakeven/model"

// configOf is Lambda's settings in w: the decoded lambda section, or the zero LambdaConfig for
// a workload built in code without them.
func configOf(w model.Workload) model.LambdaConfig {
	c, _ := model.SettingsOf[model.LambdaConfig](w, model.PlatformLambda)
	return c
}

// Platform is the workload's function platform.
var _ model.FunctionOwner = Platform{}

// FunctionSettingsOf is the function's architecture, free tier, provisioned concurrency,
// raised quota and cold starts' billing.
func (Platform) FunctionSettingsOf(w model.Workload) model.FunctionSettings {
	c := configOf(w)
	return model.FunctionSettings{Architecture: c.Architecture, FreeTier: c.FreeTier, ProvisionedConcurrency: c.ProvisionedConcurrency,
		QuotaRaised: c.QuotaRaised, OmitColdStarts: c.OmitColdStarts}
}

// WithFunctionSettings is w with the function's settings s, the others kept.
func (Platform) WithFunctionSettings(w model.Workload, s model.FunctionSettings) model.Workload {
	model.EditSettings(&w, model.PlatformLambda, func(c *model.LambdaConfig) {
		c.Architecture, c.FreeTier, c.ProvisionedConcurrency, c.QuotaRaised, c.OmitColdStarts = s.Architecture, s.FreeTier, s.ProvisionedConcurrency, s.QuotaRaised, s.OmitColdStarts
	})
	return w
}
