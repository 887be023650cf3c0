package workloads

import "github.com/breakeven/breakeven/model"

// fargateOf is Fargate's settings in w, for the tests.
func fargateOf(w model.Workload) model.FargateConfig {
	c, _ := model.SettingsOf[model.FargateConfig](w, model.PlatformFargate)
	return c
}

// ec2Of is EC2's settings in w, for the tests.
func ec2Of(w model.Workload) model.EC2Config {
	c, _ := model.SettingsOf[model.EC2Config](w, model.PlatformEC2)
	return c
}

// lambdaOf is Lambda's settings in w, for the tests.
func lambdaOf(w model.Workload) model.LambdaConfig {
	c, _ := model.SettingsOf[model.LambdaConfig](w, model.PlatformLambda)
	return c
}
