package pricing

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

// Hand-worked figures for the bills of the services around a function, us-east-1 rates.

func TestMeteringIncrements(t *testing.T) {
	cases := []struct {
		name string
		f    func(decimal.Decimal) int64
		in   string
		want int64
	}{
		{"http", HTTPAPIRequests, "0", 1}, // an empty request is still a request
		{"http", HTTPAPIRequests, "1", 1},
		{"http", HTTPAPIRequests, "512", 1},
		{"http", HTTPAPIRequests, "512.001", 2},
		{"http", HTTPAPIRequests, "1024", 2},
		{"http", HTTPAPIRequests, "1025", 3},
		{"chunks", MessageChunks, "0", 1},
		{"chunks", MessageChunks, "64", 1},
		{"chunks", MessageChunks, "65", 2},
		{"chunks", MessageChunks, "256", 4}, // "a 256 KB payload in one API call equals four requests"
		{"websocket", WebSocketMessages, "32", 1},
		{"websocket", WebSocketMessages, "33", 2}, // AWS: "a 33 KB message is metered as two messages"
		{"websocket", WebSocketMessages, "128", 4},
		{"express MB", ExpressBilledMB, "0", 64},
		{"express MB", ExpressBilledMB, "64", 64},
		{"express MB", ExpressBilledMB, "65", 128},
		{"express MB", ExpressBilledMB, "62.85", 64},
	}
	for _, c := range cases {
		if got := c.f(dec(c.in)); got != c.want {
			t.Errorf("%s(%s) = %d, want %d", c.name, c.in, got, c.want)
		}
	}
	for in, want := range map[string]string{"0": "100", "1": "100", "99": "100", "100": "100", "100.5": "200", "101": "200", "10000": "10000"} {
		if got := ExpressBilledMs(dec(in)); !got.Equal(dec(want)) {
			t.Errorf("ExpressBilledMs(%s) = %s, want %s", in, got, want)
		}
	}
	// Binary GB: 1,048,576 KB is 1 GB; AWS's REST example's 5,000,000 x 3 KB = 15,000,000 KB
	// is 14.30511474609375 GB (its "14.3 GB"). Decimal GB, the ALB's: 1,080,000 KB is 1.08.
	for kb, want := range map[string]string{"1048576": "1", "15000000": "14.30511474609375", "1024": "0.0009765625"} {
		if got := KBToGB(dec(kb)); !got.Equal(dec(want)) {
			t.Errorf("KBToGB(%s) = %s, want %s", kb, got, want)
		}
	}
	if got := KBToDecimalGB(dec("1080000")); !got.Equal(dec("1.08")) {
		t.Errorf("KBToDecimalGB(1,080,000) = %s, want 1.08", got)
	}
	if got := EBSBilledSeconds(dec("12.5")); !got.Equal(dec("60")) {
		t.Errorf("EBSBilledSeconds(12.5) = %s, want the 60-second minimum", got)
	}
}

func TestExpressGBHoursRoundsOnce(t *testing.T) {
	// 1 execution x 100 ms x 64 MB = 0.1 x 0.0625 = 0.00625 GB-s; / 3,600 = 0.000001736111...
	got := ExpressGBHours(dec("1"), dec("100"), 64)
	if !got.Equal(dec("0.000001736111")) {
		t.Errorf("%s, want 0.000001736111 (12 places)", got)
	}
}

func TestHTTPAPITiers(t *testing.T) {
	// 432 million requests: 300M x $1.00/M + 132M x $0.90/M = $300.00 + $118.80 = $418.80.
	items, err := embedded(t).APIGatewayBill(APIGatewayUsage{Region: "us-east-1", Kind: "http", Requests: dec("432000000")})
	if err != nil {
		t.Fatal(err)
	}
	requireCents(t, items, "418.80", map[string]string{"apigw.http.requests.tier1": "300.00", "apigw.http.requests.tier2": "118.80"})
	if len(items) != 2 || !Total(items).Equal(dec("418.8")) {
		t.Errorf("%d items, exact total %s", len(items), Total(items))
	}
}

func TestRESTAPITiersAndCache(t *testing.T) {
	// 1.2 billion requests: 333M x $3.50 = $1,165.50; 667M x $2.80 = $1,867.60;
	// 200M x $2.38 = $476.00; total $3,509.10. A 1.6 GB cache for 730 h x $0.038 = $27.74.
	items, err := embedded(t).APIGatewayBill(APIGatewayUsage{Region: "us-east-1", Kind: "rest",
		Requests: dec("1200000000"), CacheSizeGB: "1.6", CacheHours: dec("730")})
	if err != nil {
		t.Fatal(err)
	}
	requireCents(t, items, "3536.84", map[string]string{
		"apigw.rest.requests.tier1": "1165.50",
		"apigw.rest.requests.tier2": "1867.60",
		"apigw.rest.requests.tier3": "476.00",
		"apigw.rest.cache":          "27.74",
	})
}

func TestWebSocketAPI(t *testing.T) {
	// 10M messages x $1.00/M = $10.00; 50M connection minutes x $0.25/M = $12.50.
	items, err := embedded(t).APIGatewayBill(APIGatewayUsage{Region: "us-east-1", Kind: "websocket",
		Messages: dec("10000000"), ConnectionMinutes: dec("50000000")})
	if err != nil {
		t.Fatal(err)
	}
	requireCents(t, items, "22.50", map[string]string{"apigw.websocket.messages": "10.00", "apigw.websocket.minutes": "12.50"})
}

func TestAPIGatewayRejectsWhatItCannotBill(t *testing.T) {
	cat := embedded(t)
	for _, c := range []struct {
		u    APIGatewayUsage
		want string
	}{
		{APIGatewayUsage{Region: "us-east-1", Kind: "graphql"}, `unknown API kind "graphql"`},
		{APIGatewayUsage{Region: "us-east-1", Kind: "http", CacheSizeGB: "0.5", CacheHours: dec("1")}, "HTTP APIs have none"},
		{APIGatewayUsage{Region: "us-east-1", Kind: "rest", CacheSizeGB: "2", CacheHours: dec("1")}, "no 2 GB cache"},
		// us-east-1 has only the 0.5 and 1.6 GB cache rates (see the catalog's header)
		{APIGatewayUsage{Region: "us-east-1", Kind: "rest", CacheSizeGB: "237", CacheHours: dec("1")}, "catalog aws-public has no apigw.rest.cache.237gb rate in us-east-1"},
		{APIGatewayUsage{Region: "us-east-1", Kind: "websocket", Requests: dec("1")}, "not requests"},
		{APIGatewayUsage{Region: "us-east-1", Kind: "http", Requests: dec("-1")}, "negative"},
	} {
		if _, err := cat.APIGatewayBill(c.u); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%+v: error %v, want %q", c.u, err, c.want)
		}
	}
}

func TestSQSFreeTier(t *testing.T) {
	cat := embedded(t)
	// 1.5M standard requests with the free tier: 1.5M x $0.40/M = $0.60, less 1M x $0.40/M =
	// $0.40: 0.5M x $0.40/M = $0.20.
	items, err := cat.SQSBill("us-east-1", dec("1500000"), decimal.Zero, true)
	if err != nil {
		t.Fatal(err)
	}
	requireCents(t, items, "0.20", map[string]string{"sqs.standard.requests.tier1": "0.60", "sqs.free_tier.requests.standard": "-0.40"})
	// Shared allowance: 0.4M standard take 0.4M of it, the FIFO requests the other 0.6M.
	// Standard 0.4M x $0.40/M - 0.4M x $0.40/M = $0; FIFO 1M x $0.50/M - 0.6M x $0.50/M = $0.20.
	items, err = cat.SQSBill("us-east-1", dec("400000"), dec("1000000"), true)
	if err != nil {
		t.Fatal(err)
	}
	requireCents(t, items, "0.20", map[string]string{"sqs.free_tier.requests.standard": "-0.16", "sqs.fifo.requests": "0.50", "sqs.free_tier.requests.fifo": "-0.30"})
	// Without the free tier: $0.16 + $0.50 = $0.66.
	items, err = cat.SQSBill("us-east-1", dec("400000"), dec("1000000"), false)
	if err != nil {
		t.Fatal(err)
	}
	requireCents(t, items, "0.66", nil)
	if len(items) != 2 {
		t.Errorf("%d items without free tier, want 2", len(items))
	}
}

func TestSQSStandardTiers(t *testing.T) {
	// 150 billion standard requests: 100B x $0.40/M = $40,000 + 50B x $0.30/M = $15,000.
	items, err := embedded(t).SQSBill("us-east-1", dec("150000000000"), decimal.Zero, false)
	if err != nil {
		t.Fatal(err)
	}
	requireCents(t, items, "55000.00", map[string]string{"sqs.standard.requests.tier1": "40000.00", "sqs.standard.requests.tier2": "15000.00"})
}

func TestDataTransferAcrossTenTB(t *testing.T) {
	cat := embedded(t)
	// 12,000 GB without the free tier: 10,240 x $0.09 = $921.60; 1,760 x $0.085 = $149.60;
	// total $1,071.20.
	items, err := cat.DataTransferOutBill("us-east-1", dec("12000"), false)
	if err != nil {
		t.Fatal(err)
	}
	requireCents(t, items, "1071.20", map[string]string{"data_transfer.out.tier1": "921.60", "data_transfer.out.tier2": "149.60"})
	// With the 100 GB free before the tiers: 11,900 billable GB = 10,240 x $0.09 = $921.60 +
	// 1,660 x $0.085 = $141.10; total $1,062.70. Tier 1's line shows 10,340 GB ($930.60) and
	// the credit takes 100 x $0.09 = $9.00 off.
	items, err = cat.DataTransferOutBill("us-east-1", dec("12000"), true)
	if err != nil {
		t.Fatal(err)
	}
	requireCents(t, items, "1062.70", map[string]string{"data_transfer.out.tier1": "930.60", "data_transfer.out.tier2": "141.10", "data_transfer.free_tier.out": "-9.00"})
	if q := lineQuantity(items, "data_transfer.out.tier1").Add(lineQuantity(items, "data_transfer.out.tier2")); !q.Equal(dec("12000")) {
		t.Errorf("tier lines hold %s GB, want all 12,000", q)
	}
	// 60 GB, all free: a 60 GB tier 1 line and its credit, $0.
	items, err = cat.DataTransferOutBill("us-east-1", dec("60"), true)
	if err != nil {
		t.Fatal(err)
	}
	requireCents(t, items, "0.00", map[string]string{"data_transfer.out.tier1": "5.40", "data_transfer.free_tier.out": "-5.40"})
}

func TestStepFunctionsStandard(t *testing.T) {
	// 100,000 transitions x $0.025 per 1,000 = $2.50, less 4,000 free x $0.000025 = $0.10:
	// $2.40.
	items, err := embedded(t).StepFunctionsStandardBill("us-east-1", dec("100000"), true)
	if err != nil {
		t.Fatal(err)
	}
	requireCents(t, items, "2.40", map[string]string{"stepfunctions.standard.transitions": "2.50", "stepfunctions.free_tier.transitions": "-0.10"})
}

func TestEventsAndScheduler(t *testing.T) {
	cat := embedded(t)
	// SNS: 3M publishes x $0.50/M = $1.50. EventBridge: 2M custom events x $1.00/M = $2.00.
	// Scheduler: 20M invocations x $1.00/M = $20.00 less 14M free = $6.00.
	sns, err := cat.SNSBill("us-east-1", dec("3000000"), false)
	if err != nil {
		t.Fatal(err)
	}
	requireCents(t, sns, "1.50", map[string]string{"sns.publishes": "1.50"})
	eb, err := cat.EventBridgeBill("us-east-1", dec("2000000"))
	if err != nil {
		t.Fatal(err)
	}
	requireCents(t, eb, "2.00", map[string]string{"eventbridge.custom_events": "2.00"})
	sched, err := cat.SchedulerBill("us-east-1", dec("20000000"), true)
	if err != nil {
		t.Fatal(err)
	}
	requireCents(t, sched, "6.00", map[string]string{"eventbridge.scheduler.invocations": "20.00", "eventbridge.scheduler.free_tier": "-14.00"})
}

func TestLogsNATIPv4(t *testing.T) {
	cat := embedded(t)
	// Logs: 10 GB x $0.50 = $5.00; 20 GB-months x $0.03 = $0.60.
	logs, err := cat.LogsBill("us-east-1", dec("10"), dec("20"), false)
	if err != nil {
		t.Fatal(err)
	}
	requireCents(t, logs, "5.60", map[string]string{"logs.ingestion": "5.00", "logs.storage": "0.60"})
	// NAT: 730 h x $0.045 = $32.85; 100 GB x $0.045 = $4.50.
	nat, err := cat.NATBill("us-east-1", dec("730"), dec("100"))
	if err != nil {
		t.Fatal(err)
	}
	requireCents(t, nat, "37.35", map[string]string{"nat.hours": "32.85", "nat.processed": "4.50"})
	// Public IPv4: 2 addresses x 730 h x $0.005 = $7.30.
	ip, err := cat.PublicIPv4Bill("us-east-1", dec("1460"))
	if err != nil {
		t.Fatal(err)
	}
	requireCents(t, ip, "7.30", nil)
}

func TestALBLCUDimensions(t *testing.T) {
	for _, c := range []struct {
		d         ALBDimensions
		lcus      string
		dimension string
	}{
		{ALBDimensions{}, "0", ALBNewConnections},
		// Lambda targets: 1.08 GB / 0.4 = 2.7 LCU
		{ALBDimensions{ProcessedGBPerHour: dec("1.08"), LambdaTargets: true}, "2.7", ALBProcessedBytes},
		// 4,500 active a minute / 3,000 = 1.5; with mutual TLS / 1,500 = 3
		{ALBDimensions{ActiveConnectionsPerMinute: dec("4500"), ProcessedGBPerHour: dec("1")}, "1.5", ALBActiveConnections},
		{ALBDimensions{ActiveConnectionsPerMinute: dec("4500"), MutualTLS: true}, "3", ALBActiveConnections},
		// 1,000 active / 3,000 = 0.333333333333 (12 places)
		{ALBDimensions{ActiveConnectionsPerMinute: dec("1000")}, "0.333333333333", ALBActiveConnections},
		// 100 requests a second x (15 rules - 10 free) = 500 evaluations / 1,000 = 0.5
		{ALBDimensions{RuleEvaluationsPerSecond: dec("500"), NewConnectionsPerSecond: dec("10")}, "0.5", ALBRuleEvaluations},
		// 50 new a second / 25 = 2
		{ALBDimensions{NewConnectionsPerSecond: dec("50"), ProcessedGBPerHour: dec("2")}, "2", ALBNewConnections},
	} {
		lcus, dim := ALBLCUs(c.d)
		if !lcus.Equal(dec(c.lcus)) || dim != c.dimension {
			t.Errorf("%+v: %s by %s, want %s by %s", c.d, lcus, dim, c.lcus, c.dimension)
		}
	}
}

func TestZeroUsageGivesNoLinesButFixedOnes(t *testing.T) {
	cat := embedded(t)
	z := decimal.Zero
	bills := map[string]func() ([]LineItem, error){
		"apigw": func() ([]LineItem, error) {
			return cat.APIGatewayBill(APIGatewayUsage{Region: "us-east-1", Kind: "rest"})
		},
		"sqs":       func() ([]LineItem, error) { return cat.SQSBill("us-east-1", z, z, true) },
		"sns":       func() ([]LineItem, error) { return cat.SNSBill("us-east-1", z, true) },
		"events":    func() ([]LineItem, error) { return cat.EventBridgeBill("us-east-1", z) },
		"scheduler": func() ([]LineItem, error) { return cat.SchedulerBill("us-east-1", z, true) },
		"sfn":       func() ([]LineItem, error) { return cat.StepFunctionsStandardBill("us-east-1", z, true) },
		"express":   func() ([]LineItem, error) { return cat.StepFunctionsExpressBill("us-east-1", z, z) },
		"logs":      func() ([]LineItem, error) { return cat.LogsBill("us-east-1", z, z, true) },
		"transfer":  func() ([]LineItem, error) { return cat.DataTransferOutBill("us-east-1", z, true) },
		"xray":      func() ([]LineItem, error) { return cat.XRayBill("us-east-1", z, z, true) },
	}
	for name, bill := range bills {
		if items, err := bill(); err != nil || len(items) != 0 {
			t.Errorf("%s: %d items, %v; want none", name, len(items), err)
		}
	}
	fixed := map[string]func() ([]LineItem, error){
		"alb.hours":       func() ([]LineItem, error) { return cat.ALBBill("us-east-1", dec("730"), z) },
		"nat.hours":       func() ([]LineItem, error) { return cat.NATBill("us-east-1", dec("730"), z) },
		"ebs.gp3.storage": func() ([]LineItem, error) { return cat.EBSBill("us-east-1", dec("8"), z, z) },
	}
	for id, bill := range fixed {
		if items, err := bill(); err != nil || len(items) != 1 || items[0].ID != id {
			t.Errorf("%s: %+v, %v; want just the fixed line", id, items, err)
		}
	}
}

func TestMissingRateIsAnError(t *testing.T) {
	cat := embedded(t)
	// eu-central-1 has alb.hours but no alb.lcu (no public source found); eu-west-1 has no SNS.
	if _, err := cat.ALBBill("eu-central-1", dec("1"), decimal.Zero); err != nil {
		t.Errorf("hours only: %v", err)
	}
	if _, err := cat.ALBBill("eu-central-1", dec("1"), dec("1")); err == nil || !strings.Contains(err.Error(), "has no alb.lcu rate in eu-central-1") {
		t.Errorf("LCU: %v", err)
	}
	if _, err := cat.SNSBill("eu-west-1", dec("1"), false); err == nil || !strings.Contains(err.Error(), "has no sns.publishes rate in eu-west-1") {
		t.Errorf("SNS: %v", err)
	}
}

// TestTieredBillsNeverFallAsUsageRises checks that more usage never costs less, free tier
// included, across the tier boundaries.
func TestTieredBillsNeverFallAsUsageRises(t *testing.T) {
	cat := embedded(t)
	bills := map[string]func(q decimal.Decimal) ([]LineItem, error){
		"transfer": func(q decimal.Decimal) ([]LineItem, error) { return cat.DataTransferOutBill("us-east-1", q, true) },
		"sqs": func(q decimal.Decimal) ([]LineItem, error) {
			return cat.SQSBill("us-east-1", q.Mul(dec("1e6")), q, true)
		},
		"http": func(q decimal.Decimal) ([]LineItem, error) {
			return cat.APIGatewayBill(APIGatewayUsage{Region: "us-east-1", Kind: "http", Requests: q.Mul(dec("1e4"))})
		},
		"express": func(q decimal.Decimal) ([]LineItem, error) {
			return cat.StepFunctionsExpressBill("us-east-1", q, q.Shift(-1))
		},
	}
	for name, bill := range bills {
		prev := decimal.Zero
		for q := int64(0); q <= 400000; q += 997 {
			items, err := bill(decimal.NewFromInt(q))
			if err != nil {
				t.Fatal(err)
			}
			if got := Total(items); got.LessThan(prev) {
				t.Fatalf("%s: %d costs %s, less than %s before", name, q, got, prev)
			} else {
				prev = got
			}
		}
	}
}
