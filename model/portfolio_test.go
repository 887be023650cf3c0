package model

import (
	"testing"

	"github.com/shopspring/decimal"
)

// awsPlatforms are the platforms whose bills include the AWS services around the function:
// Lambda, Fargate, EC2 and Lambda Managed Instances.
var awsPlatforms = []Platform{PlatformLambda, PlatformFargate, PlatformEC2, "managedinstances"}

// extra is what the portfolio on platform p costs beyond the workloads priced one by one.
func extra(t *testing.T, p Platform, workloads ...Workload) decimal.Decimal {
	t.Helper()
	res := Price(workloads, catalog(t), Options{})
	for _, total := range res.Portfolio.Platforms {
		if total.Platform == p {
			return total.MonthlyCost.Sub(total.StandaloneSum)
		}
	}
	t.Fatalf("no %s total", p)
	return decimal.Zero
}

func TestPortfolioGrantsServiceAllowancesOnce(t *testing.T) {
	// Each fan-out workload alone gets Step Functions' 4,000 free transitions ($0.10); the
	// account gets them once, so the portfolio pays $0.10 more on every platform. (Lambda's
	// free tier covers both workloads' 200,000 requests and 36,000 GB-s either way.) Step
	// Functions is AWS's: the other providers list it as not priced, so the check is on the
	// AWS platforms.
	a, b := fanOut(), fanOut()
	b.Name = "fan-out-2"
	for _, p := range awsPlatforms {
		if got := extra(t, p, a, b); !got.Equal(dec("0.1")) {
			t.Errorf("%s: the portfolio costs %s more, want 0.10", p, got)
		}
	}
}

func TestPortfolioTiersServicesAcrossWorkloads(t *testing.T) {
	// Two HTTP APIs of 200M requests a month each: alone each is 200M x $1.00/M = $200; in one
	// account 400M tier as 300M x $1.00/M + 100M x $0.90/M = $390, $10 less. No free tier, so
	// nothing else is shared. API Gateway is AWS's (another provider serves the requests on
	// its own endpoint), so the check is on the AWS platforms.
	api := func(name string) Workload {
		w := mobileBackend()
		w.Name = name
		EditSettings(&w, PlatformLambda, func(c *LambdaConfig) { c.FreeTier = false })
		w.Traffic.RequestsPerMonth = 200000000
		w.FrontDoor = FrontDoor{Lambda: HTTPAPI, Containers: HTTPAPI, RequestKB: dec("1"), NewConnectionPercent: dec("100"), ConnectionSeconds: dec("1")}
		return w
	}
	for _, p := range awsPlatforms {
		if got := extra(t, p, api("a"), api("b")); !got.Equal(dec("-10")) {
			t.Errorf("%s: the portfolio costs %s more, want -10", p, got)
		}
	}
}

func TestPortfolioGrantsLambdaFreeTierOnceAcrossRegions(t *testing.T) {
	// The mobile backend in two regions: alone each gets Lambda's free tier; the account gets
	// it once, across regions: 1M requests x $0.0000002 + 400,000 GB-s x $0.0000166667 =
	// $0.20 + $6.66668 more (eu-west-1's Lambda rates are us-east-1's).
	a, b := mobileBackend(), mobileBackend()
	b.Name, b.Region = "mobile-backend-eu", "eu-west-1"
	if got := extra(t, PlatformLambda, a, b); !got.Equal(dec("6.86668")) {
		t.Errorf("the portfolio costs %s more, want 6.86668", got)
	}
}
