package model

// fargateOf is Fargate's settings in w, for the tests.
func fargateOf(w Workload) FargateConfig {
	c, _ := SettingsOf[FargateConfig](w, PlatformFargate)
	return c
}

// ec2Of is EC2's settings in w, for the tests.
func ec2Of(w Workload) EC2Config {
	c, _ := SettingsOf[EC2Config](w, PlatformEC2)
	return c
}
