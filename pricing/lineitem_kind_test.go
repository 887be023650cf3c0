package pricing

import "testing"

// TestLineKinds: every line of a Lambda bill says what it charges for (the requests, the
// duration, or the rest: INIT, throttled, provisioned, ephemeral storage), whatever its id,
// and EC2's instance-hours say theirs, for the code that splits a bill by kind.
func TestLineKinds(t *testing.T) {
	cat := embedded(t)
	bill, err := cat.LambdaBill([]LambdaUsage{{Region: "us-east-1", Architecture: "x86_64",
		Requests: dec("9000000000"), DurationGBSeconds: dec("6000001000"), InitGBSeconds: dec("500"), ColdStarts: 5,
		EphemeralGBSeconds: dec("100"), ProvisionedGBSeconds: dec("3600"), ProvisionedDurationGBSeconds: dec("1000"),
		ThrottledRequests: dec("4000"), ThrottledGBSeconds: dec("2000"), FreeTierEligible: true}}, false)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]LineKind{
		"lambda.requests": KindLambdaRequests, "lambda.free_tier.requests": KindLambdaRequests,
		"lambda.duration.tier1": KindLambdaDuration, "lambda.duration.tier2": KindLambdaDuration, "lambda.free_tier.duration": KindLambdaDuration,
		"lambda.throttled.requests": KindLambdaOther, "lambda.init.tier2": KindLambdaOther,
		"lambda.throttled.duration.tier1": KindLambdaOther, "lambda.throttled.duration.tier2": KindLambdaOther,
		"lambda.ephemeral_storage": KindLambdaOther, "lambda.provisioned_concurrency": KindLambdaOther, "lambda.provisioned_duration": KindLambdaOther,
	}
	seen := 0
	for _, it := range bill.Items {
		k, ok := want[it.ID]
		if !ok {
			t.Errorf("line %s (kind %q) is not in the test", it.ID, it.Kind)
			continue
		}
		seen++
		if it.Kind != k {
			t.Errorf("%s: kind %q, want %q", it.ID, it.Kind, k)
		}
	}
	if seen != len(want) {
		t.Errorf("%d of the %d lines expected", seen, len(want))
	}
	items, err := cat.EC2Bill(EC2Usage{Region: "us-east-1", InstanceType: "t4g.small", Purchase: "on-demand", InstanceHours: dec("730")})
	if err != nil || len(items) != 1 || items[0].Kind != KindEC2Instances {
		t.Errorf("EC2 instance-hours: %+v, %v; want one line of kind %s", items, err, KindEC2Instances)
	}
}
