package model

import "testing"

// TestThrottlingLambdaIsNotTheCheapest checks the engine's cheapest: a platform that serves
// fewer requests is not the cheapest way to serve them while another serves them all.
func TestThrottlingLambdaIsNotTheCheapest(t *testing.T) {
	// The throttled workload with slow containers: 20 rps at 0.1 rps a task or instance at 70%
	// needs hundreds of them. Lambda's bill (about $403, serving 24,284,910 of 52,560,000
	// requests) is the lowest, but a platform serving fewer requests is not the cheapest way
	// to serve them: Fargate is. With the quota raised Lambda serves them all for about $880,
	// still the cheapest. The rule is the engine's, shown on the AWS platforms, so they alone
	// are priced (another provider's serverless platform would bill less than both).
	w := onAWS(throttled())
	EditSettings(&w, PlatformFargate, func(f *FargateConfig) { f.Fleet.RequestsPerSecondPerUnit = dec("0.1") })
	w.SetSettings(PlatformEC2, EC2Config{InstanceType: "m7g.large", Fleet: Fleet{RequestsPerSecondPerUnit: dec("0.1"), Min: 1}, Purchase: OnDemand})
	r := Price([]Workload{w}, catalog(t), Options{}).Workloads[0]
	lambda, fargate := r.Estimate(PlatformLambda), r.Estimate(PlatformFargate)
	if lambda.Serves() || !lambda.MonthlyCost.LessThan(fargate.MonthlyCost) || r.Cheapest != PlatformFargate {
		t.Errorf("Lambda %s (serves all: %v), Fargate %s: cheapest %s, want fargate", lambda.MonthlyCost, lambda.Serves(), fargate.MonthlyCost, r.Cheapest)
	}
	EditSettings(&w, PlatformLambda, func(c *LambdaConfig) { c.QuotaRaised = true })
	if r := Price([]Workload{w}, catalog(t), Options{}).Workloads[0]; r.Cheapest != PlatformLambda || !r.Estimate(PlatformLambda).Serves() {
		t.Errorf("with the quota raised: cheapest %s, want lambda", r.Cheapest)
	}
}

// throttled is the mobile backend at 20 requests a second of 1 s each under a concurrency
// limit of 10 (package lambda's TestThrottledRequestsAreNotBilled works out its bill).
func throttled() Workload {
	w := mobileBackend()
	w.Traffic.RequestsPerMonth = 20 * 3600 * 730
	w.Function = Function{DurationMs: dec("1000"), MemoryMB: 1024}
	EditSettings(&w, PlatformLambda, func(c *LambdaConfig) { c.ConcurrencyLimit = 10 })
	EditSettings(&w, PlatformLambda, func(c *LambdaConfig) { c.OmitColdStarts = true })
	return w
}

// onAWS is w priced on the three AWS platforms alone (Lambda, Fargate, EC2), for a test of
// their rules that another provider's cheaper bill would hide.
func onAWS(w Workload) Workload {
	w.Platforms = []Platform{PlatformLambda, PlatformFargate, PlatformEC2}
	return w
}
