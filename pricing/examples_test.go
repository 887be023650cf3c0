package pricing

import (
	"testing"

	"github.com/shopspring/decimal"
)

// These tests reproduce the worked examples on AWS's pricing pages (transcribed in
// docs/worked-examples.md), all in us-east-1, to the cent. AWS rounds each line to the cent
// before adding; breakeven keeps lines exact and rounds the total once, which gives the same
// cents in every published example (checked below).

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func embedded(t testing.TB) *Catalog {
	t.Helper()
	cat, err := Load()
	if err != nil {
		t.Fatalf("embedded catalog: %v", err)
	}
	return cat
}

// requireCents checks that items total want when rounded to the cent, and that the line with
// id costs wantLines[id] to the cent.
func requireCents(t *testing.T, items []LineItem, want string, wantLines map[string]string) {
	t.Helper()
	if got := Total(items).Round(2); !got.Equal(dec(want)) {
		t.Errorf("total %s (exact %s), want %s", got.StringFixed(2), Total(items), want)
	}
	seen := map[string]decimal.Decimal{}
	for _, it := range items {
		seen[it.ID] = seen[it.ID].Add(it.Cost)
	}
	for id, cents := range wantLines {
		if got := seen[id].Round(2); !got.Equal(dec(cents)) {
			t.Errorf("%s: %s (exact %s), want %s", id, got.StringFixed(2), seen[id], cents)
		}
	}
}

func TestLambdaExample1MobileBackend(t *testing.T) {
	// 3M requests, 120 ms, 1536 MB, x86, free tier: $2.33 compute + $0.40 requests = $2.73.
	gbs := GBSeconds(dec("3000000"), LambdaBilledMs(dec("120")), 1536)
	if !gbs.Equal(dec("540000")) {
		t.Fatalf("GB-seconds %s, want 540,000", gbs)
	}
	bill, err := embedded(t).LambdaBill([]LambdaUsage{{
		Region: "us-east-1", Architecture: "x86_64", Requests: dec("3000000"),
		DurationGBSeconds: gbs, FreeTierEligible: true,
	}}, false)
	if err != nil {
		t.Fatal(err)
	}
	items := bill.Items
	requireCents(t, items, "2.73", map[string]string{"lambda.requests": "0.60", "lambda.free_tier.requests": "-0.20"})
	// The compute after the free tier: 140,000 GB-s x $0.0000166667 = $2.33.
	compute := decimal.Zero
	for _, it := range items {
		if it.ID == "lambda.duration.tier1" || it.ID == "lambda.free_tier.duration" {
			compute = compute.Add(it.Cost)
		}
	}
	if !compute.Round(2).Equal(dec("2.33")) {
		t.Errorf("compute %s, want 2.33", compute)
	}
}

func TestLambdaExample2TelemetryWithoutFreeTier(t *testing.T) {
	// 7.44M requests of 2 s at 1024 MB, no free tier: $1.49 + $248.00 = $249.49.
	bill, err := embedded(t).LambdaBill([]LambdaUsage{{
		Region: "us-east-1", Architecture: "x86_64", Requests: dec("7440000"),
		DurationGBSeconds: GBSeconds(dec("7440000"), dec("2000"), 1024),
	}}, false)
	if err != nil {
		t.Fatal(err)
	}
	items := bill.Items
	requireCents(t, items, "249.49", map[string]string{"lambda.requests": "1.49", "lambda.duration.tier1": "248.00"})
}

func TestLambdaExample3EphemeralStorage(t *testing.T) {
	// 6M requests, 280 ms, 4096 MB, 2048 MB ephemeral storage, free tier:
	// $105.33 + $1 + $0.08 = $106.41.
	ms := LambdaBilledMs(dec("280"))
	bill, err := embedded(t).LambdaBill([]LambdaUsage{{
		Region: "us-east-1", Architecture: "x86_64", Requests: dec("6000000"),
		DurationGBSeconds:  GBSeconds(dec("6000000"), ms, 4096),
		EphemeralGBSeconds: GBSeconds(dec("6000000"), ms, 2048-LambdaFreeStorageMB),
		FreeTierEligible:   true,
	}}, false)
	if err != nil {
		t.Fatal(err)
	}
	items := bill.Items
	requireCents(t, items, "106.41", map[string]string{"lambda.ephemeral_storage": "0.08"})
}

func TestLambdaDurableExampleArm64(t *testing.T) {
	// The arm64 compute and requests of the Durable Functions example: 32,000,000 GB-s and 2M
	// requests with the free tier: $421.34 + $0.20.
	bill, err := embedded(t).LambdaBill([]LambdaUsage{{
		Region: "us-east-1", Architecture: "arm64", Requests: dec("2000000"),
		DurationGBSeconds: GBSeconds(dec("1000000"), dec("32000"), 1024), FreeTierEligible: true,
	}}, false)
	if err != nil {
		t.Fatal(err)
	}
	items := bill.Items
	requireCents(t, items, "421.54", nil)
}

func TestProvisionedConcurrencyExample1(t *testing.T) {
	// PC 100 at 1536 MB for 8 hours (28,800 s) serving 500,000 requests of 100 ms; 2.5M more of
	// 120 ms on demand; the page applies the free tier to requests and on-demand duration:
	// $18 + $0.40 + $0.73 + $0.83 = $19.96.
	pcSeconds := ProvisionedSeconds(8 * 3600)
	bill, err := embedded(t).LambdaBill([]LambdaUsage{{
		Region: "us-east-1", Architecture: "x86_64", Requests: dec("3000000"),
		DurationGBSeconds:            GBSeconds(dec("2500000"), dec("120"), 1536),
		ProvisionedGBSeconds:         GBSeconds(dec("100"), decimal.NewFromInt(pcSeconds*1000), 1536),
		ProvisionedDurationGBSeconds: GBSeconds(dec("500000"), dec("100"), 1536),
		FreeTierEligible:             true,
	}}, false)
	if err != nil {
		t.Fatal(err)
	}
	items := bill.Items
	requireCents(t, items, "19.96", map[string]string{
		"lambda.provisioned_concurrency": "18.00",
		"lambda.provisioned_duration":    "0.73",
	})
}

func TestProvisionedConcurrencyExample2(t *testing.T) {
	// PC 7 at 4096 MB for 24 hours; 2M requests of 280 ms all on PC; no free tier:
	// $10.08 + $21.78 + $0.40 = $32.26.
	bill, err := embedded(t).LambdaBill([]LambdaUsage{{
		Region: "us-east-1", Architecture: "x86_64", Requests: dec("2000000"),
		ProvisionedGBSeconds:         GBSeconds(dec("7"), decimal.NewFromInt(ProvisionedSeconds(24*3600)*1000), 4096),
		ProvisionedDurationGBSeconds: GBSeconds(dec("2000000"), dec("280"), 4096),
	}}, false)
	if err != nil {
		t.Fatal(err)
	}
	items := bill.Items
	requireCents(t, items, "32.26", map[string]string{
		"lambda.provisioned_concurrency": "10.08",
		"lambda.provisioned_duration":    "21.78",
		"lambda.requests":                "0.40",
	})
}

func TestFargateExamples(t *testing.T) {
	// 5 tasks x 600 s a day x 30 days = 25 task-hours.
	cat := embedded(t)
	cases := []struct {
		name       string
		arch       string
		vcpu, mem  string
		storage    int64
		taskHours  string
		want       string
		wantVCPU   string
		wantMemory string
	}{
		{"example 1, x86, 1 vCPU 2 GB 30 GB storage", "x86_64", "1", "2", 30, "25", "1.26", "1.01", "0.22"},
		{"example 2, ARM", "arm64", "1", "2", 30, "25", "1.02", "0.81", "0.18"},
		{"example 3, 10 pods x 1 h x 30 days, 0.25 vCPU 1 GB", "x86_64", "0.25", "1", 20, "300", "4.37", "3.04", "1.33"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			items, err := cat.FargateBill(FargateUsage{Region: "us-east-1", Architecture: c.arch,
				VCPU: dec(c.vcpu), MemoryGB: dec(c.mem), StorageGB: c.storage, TaskHours: dec(c.taskHours)})
			if err != nil {
				t.Fatal(err)
			}
			requireCents(t, items, c.want, map[string]string{"fargate.vcpu": c.wantVCPU, "fargate.memory": c.wantMemory})
		})
	}
}
