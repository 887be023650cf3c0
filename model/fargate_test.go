package model

// fargateOf is Fargate's settings in w, for the tests.
func fargateOf(w Workload) FargateConfig {
	c, _ := SettingsOf[FargateConfig](w, PlatformFargate)
	return c
}
