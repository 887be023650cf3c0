package pricing

import "testing"

// TestPurchaseOptionRates checks the purchase options' rates in the embedded catalog against
// the figures of their sources (docs/pricing-format.md, "Purchase options"), with their
// source and date, and that the rates the sources lack are left out rather than derived.
func TestPurchaseOptionRates(t *testing.T) {
	cat, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	const feed = "https://dftu77xade0tc.cloudfront.net/fargate-spot-prices.json"
	const plans = "https://github.com/namratabhatia21/Clarchy/blob/24812aa54b3a9026034824e10ee89f2019076168/src/clarchy/data/prices/aws.yaml"
	for _, c := range []struct{ region, key, price, source, asOf string }{
		// Fargate Spot, the feed of 2026-09-28
		{"us-east-1", "fargate.vcpu.x86_64.spot", "0.01288871", feed, "2026-09-28"},
		{"us-east-1", "fargate.memory.x86_64.spot", "0.00141527", feed, "2026-09-28"},
		{"us-east-1", "fargate.vcpu.arm64.spot", "0.01030969", feed, "2026-09-28"},
		{"us-east-1", "fargate.memory.arm64.spot", "0.00113349", feed, "2026-09-28"},
		{"eu-west-1", "fargate.vcpu.x86_64.spot", "0.01224056", feed, "2026-09-28"},
		{"eu-west-1", "fargate.memory.x86_64.spot", "0.0013441", feed, "2026-09-28"},
		{"eu-west-1", "fargate.vcpu.arm64.spot", "0.00979124", feed, "2026-09-28"},
		{"eu-west-1", "fargate.memory.arm64.spot", "0.00107649", feed, "2026-09-28"},
		// Compute Savings Plans, us-east-1
		{"us-east-1", "fargate.vcpu.x86_64.savings-plan-1y", "0.032384", plans, "2026-10-01"},
		{"us-east-1", "fargate.memory.x86_64.savings-plan-1y", "0.003556", plans, "2026-10-01"},
		{"us-east-1", "fargate.vcpu.arm64.savings-plan-1y", "0.0255", plans, "2026-10-01"},
		{"us-east-1", "fargate.memory.arm64.savings-plan-1y", "0.0028", plans, "2026-10-01"},
		{"us-east-1", "fargate.vcpu.x86_64.savings-plan-3y", "0.022264", plans, "2026-10-01"},
		{"us-east-1", "fargate.memory.x86_64.savings-plan-3y", "0.00244475", plans, "2026-10-01"},
		{"us-east-1", "fargate.vcpu.arm64.savings-plan-3y", "0.01749", plans, "2026-10-01"},
		{"us-east-1", "fargate.memory.arm64.savings-plan-3y", "0.00192", plans, "2026-10-01"},
		{"us-east-1", "fargate.vcpu.x86_64.savings-plan-1y-all-upfront", "0.0295504", plans, "2026-10-01"},
		{"us-east-1", "fargate.vcpu.x86_64.savings-plan-3y-all-upfront", "0.0194304", plans, "2026-10-01"},
		{"us-east-1", "fargate.vcpu.arm64.savings-plan-3y-all-upfront", "0.01587", plans, "2026-10-01"},
		{"us-east-1", "lambda.duration.x86_64.savings-plan-1y", "0.0000147", plans, "2026-10-01"},
		{"us-east-1", "lambda.duration.x86_64.savings-plan-3y", "0.0000147", plans, "2026-10-01"},
	} {
		r, err := cat.Rate(c.region, c.key)
		if err != nil {
			t.Errorf("%s %s: %v", c.region, c.key, err)
			continue
		}
		if r.UnitPrice().String() != c.price || r.SourceURL != c.source || r.AsOf != c.asOf {
			t.Errorf("%s %s = %s from %s as of %s; want %s from %s as of %s", c.region, c.key, r.UnitPrice(), r.SourceURL, r.AsOf, c.price, c.source, c.asOf)
		}
	}
	// not published, so not in the catalog: the GB-hour rates of the all-upfront plans, the
	// arm64 1-year all-upfront plan, Lambda arm64 and the Savings Plans outside us-east-1
	for _, c := range []struct{ region, key string }{
		{"us-east-1", "fargate.memory.x86_64.savings-plan-1y-all-upfront"},
		{"us-east-1", "fargate.memory.x86_64.savings-plan-3y-all-upfront"},
		{"us-east-1", "fargate.memory.arm64.savings-plan-3y-all-upfront"},
		{"us-east-1", "fargate.vcpu.arm64.savings-plan-1y-all-upfront"},
		{"us-east-1", "lambda.duration.arm64.savings-plan-1y"},
		{"eu-west-1", "fargate.vcpu.x86_64.savings-plan-1y"},
		{"us-east-1", "ec2.m7g.large.reserved-1y"},
	} {
		if _, err := cat.Rate(c.region, c.key); err == nil {
			t.Errorf("%s %s is in the catalog; no source publishes it", c.region, c.key)
		}
	}
}
