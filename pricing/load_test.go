package pricing

import (
	"os"
	"strings"
	"testing"
)

func TestEmbeddedCatalogIsCompleteForItsRegions(t *testing.T) {
	cat := embedded(t)
	for _, region := range []string{"us-east-1", "eu-west-1", "eu-central-1"} {
		for _, key := range []string{"lambda.requests", "lambda.duration.x86_64", "lambda.duration.arm64",
			"lambda.ephemeral_storage", "lambda.provisioned_concurrency.x86_64", "lambda.provisioned_duration.x86_64",
			"fargate.vcpu.x86_64", "fargate.memory.x86_64", "fargate.vcpu.arm64", "fargate.memory.arm64"} {
			r, err := cat.Rate(region, key)
			if err != nil {
				t.Error(err)
				continue
			}
			if r.SourceURL == "" || r.AsOf == "" {
				t.Errorf("%s %s: source %q, as_of %q", region, key, r.SourceURL, r.AsOf)
			}
		}
		for _, key := range []string{"lambda.free_tier.requests", "lambda.free_tier.duration"} {
			if _, ok := cat.Allowance(region, key); !ok {
				t.Errorf("%s: no %s", region, key)
			}
		}
	}
	onDemand := 0
	for _, name := range cat.InstanceTypeNames() {
		if _, err := cat.Rate("us-east-1", "ec2."+name+".on-demand"); err == nil {
			onDemand++
		}
	}
	if onDemand < 20 {
		t.Errorf("%d instance types priced on demand in us-east-1, want at least 20", onDemand)
	}
}

func TestOverlayReplacesAndExtends(t *testing.T) {
	base := embedded(t)
	over, errs := Parse("mine.yaml", []byte(`catalog: mine
as_of: "2027-01-01"
regions:
  us-east-1:
    rates:
      lambda.requests: {price: "0.15", per: 1000000, unit: requests, source: aws_lambda_pricing, as_of: "2027-01-01"}
  ap-south-1:
    rates:
      ec2.t4g.small.on-demand: {price: 0.0134, unit: hours, source: aws_lambda_pricing, as_of: "2027-01-01"}
`), base)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	base.overlay(over, "mine.yaml")
	r, err := base.Rate("us-east-1", "lambda.requests")
	if err != nil || !r.UnitPrice().Equal(dec("0.00000015")) || r.Origin != "mine.yaml" {
		t.Errorf("replaced rate: %+v, %v", r, err)
	}
	if _, err := base.Rate("ap-south-1", "ec2.t4g.small.on-demand"); err != nil {
		t.Error(err)
	}
	if base.AsOf != "2027-01-01" || len(base.Overlays) != 1 {
		t.Errorf("as_of %s, overlays %v", base.AsOf, base.Overlays)
	}
}

func TestCatalogErrorsArePositioned(t *testing.T) {
	_, errs := Parse("bad.yaml", []byte(`catalog: bad
as_of: "2027-01-01"
regions:
  us-east-1:
    rates:
      lambda.duration.arm64:
        unit: GB-seconds
        source: nowhere
        as_of: "2027-01-01"
        per: 1000
        tiers:
          - {up_to: 100, price: "0.1"}
          - {up_to: 50, price: "0.2"}
          - {up_to: 500, price: "0.3"}
      lambda.requests: {unit: requests, source: nowhere, as_of: "2027-01-01"}
`), nil)
	want := []string{
		`bad.yaml:8:17: regions.us-east-1.rates.lambda.duration.arm64.source: unknown source "nowhere"`,
		`bad.yaml:13:21: regions.us-east-1.rates.lambda.duration.arm64.tiers[1].up_to: 50 must be above the previous tier's 100`,
		`bad.yaml:14:21: regions.us-east-1.rates.lambda.duration.arm64.tiers[2].up_to: the last tier has no upper bound`,
		`bad.yaml:15:7: regions.us-east-1.rates.lambda.requests: give price or tiers`,
	}
	got := errs.Error()
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("missing %q in\n%s", w, got)
		}
	}
}

func FuzzParseOverlay(f *testing.F) {
	f.Add([]byte(EmbeddedSource()[:2000]))
	f.Add([]byte("catalog: x\nas_of: \"2026-01-01\"\nregions:\n  us-east-1:\n    rates:\n      lambda.requests: {price: 1, unit: requests, source: s, as_of: \"2026-01-01\"}\n"))
	base, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		Parse("fuzz.yaml", data, base) // must not panic
	})
}

func TestTieredRateQuotedPerMillion(t *testing.T) {
	// apigw.http.requests is quoted "$1.00 per million" up to 300 million and "$0.90" above:
	// the tiers hold the price of one request, $0.000001 and $0.0000009.
	r, err := embedded(t).Rate("us-east-1", "apigw.http.requests")
	if err != nil {
		t.Fatal(err)
	}
	if r.Per != 1000000 || len(r.Tiers) != 2 || !r.Tiers[0].Price.Equal(dec("0.000001")) ||
		!r.Tiers[0].UpTo.Equal(dec("300000000")) || !r.Tiers[1].Price.Equal(dec("0.0000009")) {
		t.Errorf("%+v", r)
	}
}

func TestEmbeddedCatalogHasTheServicesAroundAFunction(t *testing.T) {
	cat := embedded(t)
	for _, key := range []string{"apigw.http.requests", "apigw.rest.requests", "apigw.rest.cache.0.5gb",
		"apigw.rest.cache.1.6gb", "apigw.websocket.messages", "apigw.websocket.minutes", "alb.hours", "alb.lcu",
		"sqs.standard.requests", "sqs.fifo.requests", "sns.publishes", "eventbridge.custom_events",
		"eventbridge.scheduler.invocations", "stepfunctions.standard.transitions", "stepfunctions.express.requests",
		"stepfunctions.express.duration", "logs.ingestion", "logs.storage", "data_transfer.out", "nat.hours",
		"nat.processed", "ipv4.public", "ebs.gp3.storage", "ebs.gp3.iops", "ebs.gp3.throughput",
		"xray.traces.recorded", "xray.traces.retrieved"} {
		r, err := cat.Rate("us-east-1", key)
		if err != nil {
			t.Error(err)
			continue
		}
		if r.SourceURL == "" || r.AsOf == "" || r.Note == "" {
			t.Errorf("%s: source %q, as_of %q, note %q", key, r.SourceURL, r.AsOf, r.Note)
		}
	}
	for _, key := range []string{"sqs.free_tier.requests", "stepfunctions.free_tier.transitions",
		"eventbridge.scheduler.free_tier", "data_transfer.free_tier.out", "xray.free_tier.recorded",
		"xray.free_tier.retrieved"} {
		if _, ok := cat.Allowance("us-east-1", key); !ok {
			t.Errorf("us-east-1: no %s", key)
		}
	}
	if _, err := cat.Rate("eu-west-1", "apigw.rest.cache.237gb"); err != nil {
		t.Error(err)
	}
}

func TestAllowanceKeysAreChecked(t *testing.T) {
	_, errs := Parse("bad.yaml", []byte(`catalog: bad
as_of: "2027-01-01"
regions:
  us-east-1:
    allowances:
      sns.free_tier.deliveries: {quantity: 1000000, unit: requests, source: aws_lambda_pricing, as_of: "2027-01-01"}
      sqs.free_tier.requests: {quantity: 1000000, unit: messages, source: aws_lambda_pricing, as_of: "2027-01-01"}
`), embedded(t))
	got := errs.Error()
	for _, w := range []string{`key "sns.free_tier.deliveries" is not valid`, `"messages" is not the unit of sqs.free_tier.requests; expected "requests"`} {
		if !strings.Contains(got, w) {
			t.Errorf("missing %q in\n%s", w, got)
		}
	}
}

// TestLoadGivesEveryRateItsSourceAddress: the embedded rates come with their sources'
// addresses, and after an overlay each rate has its source's address as the overlay leaves
// it, a new rate's and an embedded rate's whose source the overlay gives a new address.
func TestLoadGivesEveryRateItsSourceAddress(t *testing.T) {
	check := func(cat *Catalog, label string) {
		for region, reg := range cat.Regions {
			for key, r := range reg.Rates {
				if want := cat.Sources[r.Source].URL; r.SourceURL != want || want == "" {
					t.Errorf("%s: %s %s cites %s at %q, want %q", label, region, key, r.Source, r.SourceURL, want)
				}
			}
		}
	}
	check(embedded(t), "embedded")
	path := t.TempDir() + "/mine.yaml"
	if err := os.WriteFile(path, []byte(`catalog: mine
as_of: "2027-01-01"
sources:
  aws_lambda_pricing: {url: "https://example.com/lambda-pricing", title: "a copy of Lambda's pricing page"}
  mine: {url: "https://example.com/mine", title: "my own rates"}
regions:
  ap-south-1:
    rates:
      ec2.t4g.small.on-demand: {price: 0.0134, unit: hours, source: mine, as_of: "2027-01-01"}
`), 0o644); err != nil {
		t.Fatal(err)
	}
	cat, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	check(cat, "overlaid")
	r, err := cat.Rate("us-east-1", "lambda.requests")
	if err != nil || r.Source != "aws_lambda_pricing" || r.SourceURL != "https://example.com/lambda-pricing" {
		t.Errorf("an embedded rate of the source the overlay moved: %+v, %v", r, err)
	}
}
