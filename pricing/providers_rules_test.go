package pricing

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// TestSharedInstanceSeconds works the rounding and sharing rules by hand: Cloud Run rounds
// a busy period up to 100 ms, Flex Consumption bills at least 1,000 ms then 100 ms steps;
// requests served concurrency at a time share a busy period.
func TestSharedInstanceSeconds(t *testing.T) {
	cases := []struct {
		name                string
		requests            int64
		ms                  string
		conc, minimum, step int64
		want                string
	}{
		// 120 ms bills 200 ms: 1,000,000 x 0.2 s
		{"cloud run, alone", 1_000_000, "120", 1, 0, 100, "200000"},
		// 1,000,000 / 80 = 12,500 periods of 200 ms
		{"cloud run, 80 at once", 1_000_000, "120", 80, 0, 100, "2500"},
		// 81 requests 80 at a time fill 2 periods of 200 ms
		{"a part-filled period", 81, "120", 80, 0, 100, "0.4"},
		// 3 requests of 50 ms 2 at a time: 2 periods of 100 ms
		{"short requests", 3, "50", 2, 0, 100, "0.2"},
		// exactly 100 ms stays 100 ms; 100.001 ms bills 200 ms
		{"on a step", 1, "100", 1, 0, 100, "0.1"},
		{"just past a step", 1, "100.001", 1, 0, 100, "0.2"},
		// Flex: 120 ms bills the 1,000 ms minimum; 1,050 ms bills 1,100 ms
		{"flex minimum", 1_000_000, "120", 1, 1000, 100, "1000000"},
		{"flex past the minimum", 10, "1050", 1, 1000, 100, "11"},
		{"no requests", 0, "120", 80, 0, 100, "0"},
	}
	for _, tc := range cases {
		got, err := SharedInstanceSeconds(tc.requests, d(tc.ms), tc.conc, tc.minimum, tc.step)
		if err != nil || !got.Equal(d(tc.want)) {
			t.Errorf("%s: %s s, %v; want %s s", tc.name, got, err, tc.want)
		}
	}
	// a busy stretch of wall time, one period: 3,600,000.05 ms bills 3,600,100 ms
	if got := BilledPeriodMs(d("3600000.05"), 0, 100); !got.Equal(d("3600100")) {
		t.Errorf("an hour and 0.05 ms bills %s ms, want 3600100", got)
	}
	for _, bad := range []struct {
		requests, conc int64
		ms             string
	}{{-1, 1, "1"}, {1, 0, "1"}, {1, 1, "-1"}} {
		if _, err := SharedInstanceSeconds(bad.requests, d(bad.ms), bad.conc, 0, 100); err == nil {
			t.Errorf("%+v: no error", bad)
		}
	}
}

// TestCloudRunRequestBased: us-central1 (tier 1), 10M requests of 200 ms, 1 vCPU, 512 MiB,
// one request an instance: 2,000,000 s. vCPU 2,000,000 x $0.000024 = $48.00; memory 1,000,000
// GiB-s x $0.0000025 = $2.50; requests 10 x $0.40 = $4.00. Free tier: 180,000 vCPU-s x
// $0.000024 = $4.32, 360,000 GiB-s x $0.0000025 = $0.90, 2M requests = $0.80. Total $48.48.
func TestCloudRunRequestBased(t *testing.T) {
	c := mustProvider(t, "cloudrun")
	secs, err := SharedInstanceSeconds(10_000_000, d("200"), 1, 0, CloudRunStepMs)
	if err != nil {
		t.Fatal(err)
	}
	use := CloudRunUse{Region: "us-central1", VCPU: d("1"), MemoryGiB: d("0.5"), InstanceSeconds: secs, Requests: 10_000_000, Free: true}
	b, err := c.CloudRunBill([]CloudRunUse{use})
	wantCents(t, "with the free tier", b, err, "48.48")
	use.Free = false
	b, err = c.CloudRunBill([]CloudRunUse{use})
	wantCents(t, "without", b, err, "54.50")
}

// TestCloudRunBillByUse: a request-based use with idle minimum instances (vCPU and memory
// while serving, idle vCPU and memory, requests) then an idle-only use (its two idle lines):
// 5 and 2 lines at the front, in that order, then the free tier's credits.
func TestCloudRunBillByUse(t *testing.T) {
	c := mustProvider(t, "cloudrun")
	busy := CloudRunUse{Region: "us-central1", VCPU: d("1"), MemoryGiB: d("0.5"), InstanceSeconds: d("2000000"), IdleSeconds: d("1000"), Requests: 10_000_000, Free: true}
	idle := CloudRunUse{Region: "us-central1", VCPU: d("1"), MemoryGiB: d("0.5"), IdleSeconds: d("2592000"), Free: true}
	b, counts, err := c.CloudRunBillByUse([]CloudRunUse{busy, idle})
	if err != nil {
		t.Fatal(err)
	}
	if len(counts) != 2 || counts[0] != 5 || counts[1] != 2 {
		t.Fatalf("lines by use %v, want [5 2]", counts)
	}
	if b.Items[4].ID != "cloudrun.requests" || b.Items[5].ID != "cloudrun.idle.vcpu" || b.Items[6].ID != "cloudrun.idle.memory" || len(b.Items) <= 7 {
		t.Errorf("items %+v", b.Items)
	}
	for _, it := range b.Items[7:] {
		if !it.Cost.IsNegative() {
			t.Errorf("after the uses' lines, a line that is no credit: %+v", it)
		}
	}
}

// TestCloudRunIdleAndTier2: minimum instances idle a 30-day month, 2,592,000 s, 1 vCPU and
// 0.5 GiB: us-central1 idle vCPU 2,592,000 x $0.0000025 = $6.48, memory 1,296,000 x
// $0.0000025 = $3.24: $9.72. The same in europe-west2 (tier 2, $0.0000035 both): $9.072 +
// $4.536 = $13.608, shown $13.61.
func TestCloudRunIdleAndTier2(t *testing.T) {
	c := mustProvider(t, "cloudrun")
	idle := CloudRunUse{Region: "us-central1", VCPU: d("1"), MemoryGiB: d("0.5"), IdleSeconds: d("2592000")}
	b, err := c.CloudRunBill([]CloudRunUse{idle})
	wantCents(t, "tier 1 idle", b, err, "9.72")
	idle.Region = "europe-west2"
	b, err = c.CloudRunBill([]CloudRunUse{idle})
	wantCents(t, "tier 2 idle", b, err, "13.61")
	if _, err := c.Group("mars-north1"); err == nil {
		t.Error("a region the catalog lacks has a group")
	}
}

// TestCloudRunFreeTierOncePerBillingAccount: the free tier is the billing account's, a
// spending-based discount at tier-1 prices. Two workloads of 100,000 vCPU-seconds each in
// us-central1: $2.40 + $2.40 less 180,000 x $0.000024 = $4.32 once: $0.48 (each alone would
// be free). A tier-2 workload draws by what it costs: 100,000 vCPU-s in europe-west2 cost
// $3.36, less than the allowance's $4.32, so they are free; beside 100,000 in us-central1
// ($2.40) the $5.76 exceeds it and the credit is the whole 180,000 at $0.000024: $1.44.
func TestCloudRunFreeTierOncePerBillingAccount(t *testing.T) {
	c := mustProvider(t, "cloudrun")
	one := CloudRunUse{Region: "us-central1", VCPU: d("1"), MemoryGiB: d("0"), InstanceSeconds: d("100000"), Free: true}
	b, err := c.CloudRunBill([]CloudRunUse{one})
	wantCents(t, "one workload", b, err, "0.00")
	b, err = c.CloudRunBill([]CloudRunUse{one, one})
	wantCents(t, "two workloads", b, err, "0.48")
	tier2 := one
	tier2.Region = "europe-west2"
	b, err = c.CloudRunBill([]CloudRunUse{tier2})
	wantCents(t, "tier 2 alone", b, err, "0.00")
	// $3.36 is worth less than the allowance's $4.32: all free, taken off at its own price
	credit := b.Items[len(b.Items)-1]
	if credit.ID != "cloudrun.free_tier.vcpu" || !credit.Quantity.Equal(d("-100000")) || !credit.UnitPrice.Equal(d("0.0000336")) {
		t.Errorf("tier-2 credit %s %s at %s, want cloudrun.free_tier.vcpu -100000 at 0.0000336", credit.ID, credit.Quantity, credit.UnitPrice)
	}
	b, err = c.CloudRunBill([]CloudRunUse{tier2, one})
	wantCents(t, "tier 2 and tier 1", b, err, "1.44")
}

// TestCloudRunInstanceBased: instance-based billing has no request fee and its memory rate
// was not found: 2,592,000 s of 1 vCPU at $0.000018 = $46.656, the memory listed unpriced.
// Its own free tier (240,000 vCPU-seconds, third-party) takes 240,000 x $0.000018 = $4.32
// off: $42.336; the memory's 450,000 GiB-seconds cannot be valued without the tier-1 memory
// rate, so give nothing.
func TestCloudRunInstanceBased(t *testing.T) {
	c := mustProvider(t, "cloudrun")
	use := CloudRunUse{Region: "us-central1", InstanceBased: true, VCPU: d("1"), MemoryGiB: d("0.5"), InstanceSeconds: d("2592000"), Requests: 5_000_000}
	b, err := c.CloudRunBill([]CloudRunUse{use})
	if err != nil {
		t.Fatal(err)
	}
	if !b.Total().Equal(d("46.656")) || len(b.Unpriced) != 1 || b.Unpriced[0].Key != "cloudrun.instance.memory" {
		t.Errorf("total %s, unpriced %v; want 46.656 and cloudrun.instance.memory", b.Total(), b.Unpriced)
	}
	use.Free = true
	b, err = c.CloudRunBill([]CloudRunUse{use})
	if err != nil || !b.Total().Equal(d("42.336")) {
		t.Errorf("with the free tier: %s, %v; want 42.336", b.Total(), err)
	}
	if _, err := c.CloudRunBill([]CloudRunUse{{Region: "us-central1", InstanceBased: true, IdleSeconds: d("1")}}); err == nil {
		t.Error("instance-based idle time accepted")
	}
}

// flexOverlay states, as a user would, the Flex Consumption rates the catalog lacks.
const flexOverlay = `catalog: my-azure-rates
provider: azurefunctions
as_of: "2026-12-03"
sources:
  mine: {url: "https://example.com/our-azure-prices", title: "our Azure price sheet"}
groups:
  eastus:
    rates:
      flex.on_demand.executions: {price: "0.40", per: 1000000, unit: executions, source: mine, as_of: "2026-12-03"}
      flex.always_ready.baseline: {price: "0.000004", unit: GB-seconds, source: mine, as_of: "2026-12-03"}
      flex.always_ready.memory: {price: "0.000016", unit: GB-seconds, source: mine, as_of: "2026-12-03"}
      flex.always_ready.executions: {price: "0.40", per: 1000000, unit: executions, source: mine, as_of: "2026-12-03"}
allowances:
  flex.free_grant.memory: {quantity: 100000, unit: GB-seconds, source: mine, as_of: "2026-12-03"}
  flex.free_grant.executions: {quantity: 250000, unit: executions, source: mine, as_of: "2026-12-03"}
`

// TestFlexOnDemand: 1M executions of 120 ms on 2,048 MB instances, one at a time: each bills
// the 1,000 ms minimum, 1,000,000 s x 2 GB = 2,000,000 GB-s x $0.000026 = $52.00; the
// executions rate is not in the catalog, so it is listed unpriced. With the user's rates
// ($0.40 a million; free grants 100,000 GB-s and 250,000 executions): (2,000,000 - 100,000) x
// $0.000026 = $49.40, (1,000,000 - 250,000) x $0.40 / 1M = $0.30: $49.70, the stated lines
// naming the file.
func TestFlexOnDemand(t *testing.T) {
	c := mustProvider(t, "azurefunctions")
	secs, err := SharedInstanceSeconds(1_000_000, d("120"), 1, FlexMinimumMs, FlexStepMs)
	if err != nil {
		t.Fatal(err)
	}
	use := FlexUse{Region: "eastus", InstanceMemoryMB: 2048, OnDemandSeconds: secs, OnDemandExecutions: 1_000_000, Free: true}
	b, err := c.FlexBill([]FlexUse{use})
	if err != nil || !b.Total().Equal(d("52")) || len(b.Unpriced) != 1 || b.Unpriced[0].Key != "flex.on_demand.executions" {
		t.Fatalf("total %s, unpriced %v, %v; want 52 and flex.on_demand.executions unpriced", b.Total(), b.Unpriced, err)
	}
	path := filepath.Join(t.TempDir(), "azure.yaml")
	if err := os.WriteFile(path, []byte(flexOverlay), 0o644); err != nil {
		t.Fatal(err)
	}
	stated, err := LoadProvider("azurefunctions", path)
	if err != nil {
		t.Fatal(err)
	}
	b, err = stated.FlexBill([]FlexUse{use})
	wantCents(t, "with stated rates", b, err, "49.70")
	r, _ := stated.Rate("eastus", "flex.on_demand.executions")
	if r.Origin != path || r.SourceURL != "https://example.com/our-azure-prices" {
		t.Errorf("stated rate origin %q source %q", r.Origin, r.SourceURL)
	}
	if _, err := c.FlexBill([]FlexUse{{Region: "eastus", InstanceMemoryMB: 1024}}); err == nil {
		t.Error("a 1,024 MB instance accepted")
	}
}

// TestFlexAlwaysReadyHasNoFreeGrant: one always ready 512 MB instance a 30-day month,
// executing 100,000 s of it and running 100,000 executions, at the user's rates: baseline
// 2,592,000 s x 0.5 GB = 1,296,000 GB-s x $0.000004 = $5.184; execution 50,000 GB-s x
// $0.000016 = $0.80; executions 0.1 x $0.40 = $0.04; "In always ready billing, there are no
// free grants": $6.024 although the use asks for them.
func TestFlexAlwaysReadyHasNoFreeGrant(t *testing.T) {
	path := filepath.Join(t.TempDir(), "azure.yaml")
	if err := os.WriteFile(path, []byte(flexOverlay), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := LoadProvider("azurefunctions", path)
	if err != nil {
		t.Fatal(err)
	}
	b, err := c.FlexBill([]FlexUse{{Region: "eastus", InstanceMemoryMB: 512, AlwaysReadySeconds: d("2592000"), AlwaysReadyBusySeconds: d("100000"), AlwaysReadyExecutions: 100_000, Free: true}})
	if err != nil || !b.Total().Equal(d("6.024")) {
		t.Errorf("total %s, %v; want 6.024", b.Total(), err)
	}
}

// TestConsumptionMemorySteps: observed memory rounds up to 128 MB steps, up to 1,536 MB.
func TestConsumptionMemorySteps(t *testing.T) {
	for in, want := range map[string]string{"160": "256", "128": "128", "1": "128", "512": "512", "1536": "1536", "1400.5": "1408"} {
		if got, err := ConsumptionMemoryMB(d(in)); err != nil || !got.Equal(d(want)) {
			t.Errorf("%s MB bills %s, %v; want %s", in, got, err, want)
		}
	}
	for _, bad := range []string{"0", "1537", "-5"} {
		if _, err := ConsumptionMemoryMB(d(bad)); err == nil {
			t.Errorf("%s MB accepted", bad)
		}
	}
}

// TestAzureFreeGrantsOncePerSubscription: two Consumption apps of 600,000 executions of 1 s
// at 512 MB, 300,000 GB-s each: (600,000 - 400,000) x $0.000016 = $3.20 and (1,200,000 -
// 1,000,000) x $0.20 / 1M = $0.04: $3.24 (each alone is free).
func TestAzureFreeGrantsOncePerSubscription(t *testing.T) {
	c := mustProvider(t, "azurefunctions")
	one := ConsumptionUse{Region: "eastus", Executions: 600_000, DurationMs: d("1000"), MemoryMB: d("512"), Free: true}
	b, err := c.ConsumptionBill([]ConsumptionUse{one})
	wantCents(t, "one app", b, err, "0.00")
	b, err = c.ConsumptionBill([]ConsumptionUse{one, one})
	wantCents(t, "two apps", b, err, "3.24")
}

// TestWorkersMinimumOncePerAccount: two Workers of 8M requests and 20M CPU ms each: $5 once,
// (16M - 10M) x $0.30 / 1M = $1.80, (40M - 30M) x $0.02 / 1M = $0.20: $7.00 (billed apart
// they would be $5 each). No Worker, no minimum.
func TestWorkersMinimumOncePerAccount(t *testing.T) {
	c := mustProvider(t, "workers")
	one := WorkersUse{Requests: 8_000_000, CPUMs: d("20000000")}
	b, err := c.WorkersBill([]WorkersUse{one, one})
	wantCents(t, "two Workers", b, err, "7.00")
	b, err = c.WorkersBill(nil)
	if err != nil || len(b.Items) != 0 {
		t.Errorf("no Workers: %v, %v", b.Items, err)
	}
}

// TestWorkersCPULimits: 30 s by default, at most 5 minutes (15 for Cron Triggers and Queue
// consumers).
func TestWorkersCPULimits(t *testing.T) {
	cases := []struct {
		cpu       string
		limit     int64
		scheduled bool
		problems  int
	}{
		{"7", 0, false, 0},
		{"30000", 0, false, 0},
		{"30001", 0, false, 1},        // over the 30 s default
		{"180000", 300_000, false, 0}, // 3 minutes under a 5-minute limit
		{"180000", 0, true, 1},        // the default applies to cron too
		{"600000", 900_000, true, 0},  // 10 minutes of a cron invocation
		{"600000", 900_000, false, 2}, // the setting is above 5 minutes, and 10 > 5 minutes
	}
	for _, tc := range cases {
		if got := WorkersCPULimits(d(tc.cpu), tc.limit, tc.scheduled); len(got) != tc.problems {
			t.Errorf("%s ms, limit %d, scheduled %t: %v, want %d problems", tc.cpu, tc.limit, tc.scheduled, got, tc.problems)
		}
	}
}

// TestManagedInstancesOnDemandAndUnpriced: on demand, 730 hours of m7g.xlarge: 730 x $0.1632 =
// $119.136 and the fee 730 x $0.02448 = $17.8704, no requests: $137.0064. Outside us-east-1
// the requests and fee rates are not in the catalog: listed unpriced.
func TestManagedInstancesOnDemandAndUnpriced(t *testing.T) {
	aws, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	c := mustProvider(t, "managedinstances")
	b, err := c.ManagedInstancesBill(aws, []ManagedInstancesUse{{Region: "us-east-1", InstanceType: "m7g.xlarge", InstanceHours: d("730")}})
	if err != nil || !b.Total().Equal(d("137.0064")) || !b.Complete() {
		t.Errorf("on demand: %s, %v, %v; want 137.0064", b.Total(), b.Unpriced, err)
	}
	b, err = c.ManagedInstancesBill(aws, []ManagedInstancesUse{{Region: "eu-west-1", Requests: 1, InstanceType: "m7g.xlarge", InstanceHours: d("1")}})
	if err != nil || len(b.Unpriced) != 2 {
		t.Errorf("eu-west-1: unpriced %v, %v; want the requests and the fee", b.Unpriced, err)
	}
}

// TestProviderCatalogRejectsBadInput: every problem at once, each at FILE:LINE:COLUMN with the
// key and what was expected.
func TestProviderCatalogRejectsBadInput(t *testing.T) {
	bad := `catalog: x
provider: cloudrun
as_of: "2026-12-03"
sources:
  s: {url: "https://example.com", title: t}
regions:
  us-central1: tier9
groups:
  tier1:
    rates:
      cloudrun.request.vcpu: {price: "0.000024", unit: GiB-seconds, source: s, as_of: "2026-12-03"}
      cloudrun.requests: {price: "0.40", per: 1000000, unit: requests, source: nobody, as_of: "2026-12-03"}
      cloudrun.gpu: {price: "1", unit: hours, source: s, as_of: "2026-12-03"}
allowances:
  cloudrun.free_tier.vcpu: {quantity: -1, unit: vCPU-seconds, source: s, as_of: "2026-12-03"}
`
	_, errs := ParseProvider("cloudrun", "mine.yaml", []byte(bad), nil)
	text := errs.Error()
	for _, want := range []string{
		"mine.yaml:7:16: regions.us-central1: unknown group \"tier9\"",
		"mine.yaml:11:", "\"GiB-seconds\" is not the unit of cloudrun.request.vcpu; expected \"vCPU-seconds\"",
		"mine.yaml:12:", "unknown source \"nobody\"",
		"mine.yaml:13:", "cloudrun.gpu",
		"mine.yaml:15:", "allowances.cloudrun.free_tier.vcpu.quantity",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("errors lack %q:\n%s", want, text)
		}
	}
	if _, errs := ParseProvider("workers", "w.yaml", []byte("catalog: x\nprovider: cloudrun\nas_of: \"2026-12-03\"\n"), nil); !strings.Contains(errs.Error(), "w.yaml:2:11: provider") {
		t.Errorf("a catalog of another provider: %v", errs)
	}
	path := filepath.Join(t.TempDir(), "bad.yaml")
	if err := os.WriteFile(path, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadProvider("cloudrun", path); err == nil || !strings.Contains(err.Error(), path+":7:16") {
		t.Errorf("LoadProvider of a bad overlay: %v", err)
	}
	if _, err := LoadProvider("nimbus"); err == nil {
		t.Error("an unknown provider loaded")
	}
}

// TestGeneratedProviderCatalogsAreTheYAML proves catalog_providers_gen.go holds what each
// pricing/data/<provider>.yaml says, field by field; after an edit of a YAML it fails until
// `go generate ./pricing` is run.
func TestGeneratedProviderCatalogsAreTheYAML(t *testing.T) {
	for _, name := range ProviderNames() {
		parsed, errs := ParseProvider(name, ProviderFile(name), ProviderSource(name), nil)
		if len(errs) > 0 {
			t.Fatalf("%s is invalid:\n%v", ProviderFile(name), errs)
		}
		var diffs []string
		sameValue(reflect.ValueOf(generatedProviderCatalog(name)), reflect.ValueOf(parsed), name, &diffs)
		for _, df := range diffs {
			t.Error(df)
		}
		if len(diffs) > 0 {
			t.Log("catalog_providers_gen.go is stale: run go generate ./pricing")
		}
	}
}

// TestEveryProviderRateCitesASourceWithAURL: every rate and allowance of the embedded
// catalogs names a source a reader can open.
func TestEveryProviderRateCitesASourceWithAURL(t *testing.T) {
	for _, name := range ProviderNames() {
		c := mustProvider(t, name)
		for _, g := range c.GroupNames() {
			for k, r := range c.Groups[g].Rates {
				if !strings.HasPrefix(r.SourceURL, "https://") || r.AsOf == "" || r.Note == "" {
					t.Errorf("%s %s %s: source %q, as_of %q, note %q", name, g, k, r.SourceURL, r.AsOf, r.Note)
				}
			}
		}
		for k, a := range c.Allowances {
			if !strings.HasPrefix(c.Sources[a.Source].URL, "https://") {
				t.Errorf("%s %s: source %q", name, k, a.Source)
			}
		}
	}
}
