package pricing

import (
	"fmt"
	"sort"
	"strings"

	"github.com/shopspring/decimal"
)

// Lambda's limits and billing units, from https://aws.amazon.com/lambda/pricing/ and the Lambda
// quotas page.
const (
	LambdaMinMemoryMB         = 128
	LambdaMaxMemoryMB         = 10240
	LambdaMaxDurationMs       = 900000 // 15 minutes
	LambdaFreeStorageMB       = 512    // ephemeral storage included in the price
	LambdaMaxStorageMB        = 10240
	provisionedBlockSeconds   = 300 // provisioned concurrency is billed in 5-minute blocks
	lambdaRequestsKey         = "lambda.requests"
	lambdaFreeRequestsKey     = "lambda.free_tier.requests"
	lambdaFreeDurationKey     = "lambda.free_tier.duration"
	lambdaEphemeralKey        = "lambda.ephemeral_storage"
	lambdaDurationKeyPrefix   = "lambda.duration."
	lambdaPCKeyPrefix         = "lambda.provisioned_concurrency."
	lambdaPCDurationKeyPrefix = "lambda.provisioned_duration."
)

var (
	oneMB         = decimal.RequireFromString("0.0009765625") // 1/1024 GB, exactly
	architectures = []string{"x86_64", "arm64"}
)

// LambdaBilledMs is the billed duration of one invocation: AWS rounds every invocation's
// duration up to the next whole millisecond.
func LambdaBilledMs(durationMs decimal.Decimal) decimal.Decimal {
	return durationMs.Ceil()
}

// GBSeconds is the compute of count invocations each lasting ms milliseconds with memoryMB of
// memory: count x ms/1000 x memoryMB/1024. Both divisions are exact in decimal (1024 is a power
// of two), so no precision is lost.
func GBSeconds(count, ms decimal.Decimal, memoryMB int64) decimal.Decimal {
	return count.Mul(ms).Shift(-3).Mul(decimal.NewFromInt(memoryMB)).Mul(oneMB)
}

// ProvisionedSeconds rounds the time provisioned concurrency is enabled up to whole 5-minute
// blocks, as AWS bills it.
func ProvisionedSeconds(seconds int64) int64 {
	blocks := (seconds + provisionedBlockSeconds - 1) / provisionedBlockSeconds
	return blocks * provisionedBlockSeconds
}

// LambdaUsage is what one function used in a month, in billed quantities.
type LambdaUsage struct {
	Region       string
	Architecture string // x86_64 | arm64
	Requests     decimal.Decimal
	// DurationGBSeconds is on-demand compute: billed duration x memory of the invocations not
	// served by provisioned concurrency.
	DurationGBSeconds decimal.Decimal
	// EphemeralGBSeconds is ephemeral storage configured above 512 MB x billed duration.
	EphemeralGBSeconds decimal.Decimal
	// ProvisionedGBSeconds is provisioned concurrency configured x memory x time enabled.
	ProvisionedGBSeconds decimal.Decimal
	// ProvisionedDurationGBSeconds is the compute of invocations served by provisioned
	// concurrency.
	ProvisionedDurationGBSeconds decimal.Decimal
	// FreeTierEligible says the monthly free tier may absorb this usage: the user asked for it
	// and the function has no provisioned concurrency (AWS excludes those).
	FreeTierEligible bool
}

// LambdaBill prices usages as AWS bills one account: duration tiers aggregate per region and
// architecture, and the free tier (1M requests, 400,000 GB-seconds) is given once per region,
// shared by both architectures, to eligible usage only. Free GB-seconds go to x86_64 usage
// first, then arm64, each priced at that architecture's first-tier rate: tier boundaries are
// counted on total usage, the free allowance being the bottom of the first tier.
//
// With qualify false (one workload, one architecture) line ids are the contract's
// (lambda.duration.tier1, ...); with qualify true (a portfolio) duration and free-tier ids carry
// the architecture (lambda.duration.arm64.tier1) so that ids stay unique within a region.
func (c *Catalog) LambdaBill(usages []LambdaUsage, qualify bool) ([]LineItem, error) {
	var items []LineItem
	for _, region := range regionsOf(usages) {
		got, err := c.lambdaRegionBill(region, usages, qualify)
		if err != nil {
			return nil, err
		}
		items = append(items, got...)
	}
	return items, nil
}

func regionsOf(usages []LambdaUsage) []string {
	seen := map[string]bool{}
	var out []string
	for _, u := range usages {
		if !seen[u.Region] {
			seen[u.Region] = true
			out = append(out, u.Region)
		}
	}
	sort.Strings(out)
	return out
}

// lambdaTotals is the usage of one region and architecture, summed.
type lambdaTotals struct {
	requests, eligibleRequests                  decimal.Decimal
	duration, eligibleDuration                  decimal.Decimal
	ephemeral, provisioned, provisionedDuration decimal.Decimal
	present                                     bool
}

func (c *Catalog) lambdaRegionBill(region string, usages []LambdaUsage, qualify bool) ([]LineItem, error) {
	totals := map[string]*lambdaTotals{}
	for _, a := range architectures {
		totals[a] = &lambdaTotals{}
	}
	for _, u := range usages {
		if u.Region != region {
			continue
		}
		t, ok := totals[u.Architecture]
		if !ok {
			return nil, fmt.Errorf("lambda: unknown architecture %q", u.Architecture)
		}
		t.present = true
		t.requests = t.requests.Add(u.Requests)
		t.duration = t.duration.Add(u.DurationGBSeconds)
		t.ephemeral = t.ephemeral.Add(u.EphemeralGBSeconds)
		t.provisioned = t.provisioned.Add(u.ProvisionedGBSeconds)
		t.provisionedDuration = t.provisionedDuration.Add(u.ProvisionedDurationGBSeconds)
		if u.FreeTierEligible {
			t.eligibleRequests = t.eligibleRequests.Add(u.Requests)
			t.eligibleDuration = t.eligibleDuration.Add(u.DurationGBSeconds)
		}
	}

	var items []LineItem
	requestRate, err := c.Rate(region, lambdaRequestsKey)
	if err != nil {
		return nil, err
	}
	requests, eligibleRequests := decimal.Zero, decimal.Zero
	for _, a := range architectures {
		requests = requests.Add(totals[a].requests)
		eligibleRequests = eligibleRequests.Add(totals[a].eligibleRequests)
	}
	items = append(items, charge(lambdaRequestsKey, "Requests", requestRate, requests))
	if free, ok := c.Allowance(region, lambdaFreeRequestsKey); ok && eligibleRequests.IsPositive() {
		q := decimal.Min(free.Quantity, eligibleRequests)
		items = append(items, lineAt(lambdaFreeRequestsKey, "Free tier, requests", requestRate, q.Neg(), requestRate.UnitPrice()))
	}

	freeLeft := decimal.Zero
	if free, ok := c.Allowance(region, lambdaFreeDurationKey); ok {
		freeLeft = free.Quantity
	}
	for _, a := range architectures {
		t := totals[a]
		if !t.present {
			continue
		}
		got, used, err := c.lambdaArchitectureBill(region, a, t, freeLeft, qualify)
		if err != nil {
			return nil, err
		}
		freeLeft = freeLeft.Sub(used)
		items = append(items, got...)
	}
	return items, nil
}

// lambdaArchitectureBill prices one architecture's duration (tiered), its share of the free
// duration allowance, ephemeral storage and provisioned concurrency. It returns how much of
// the free allowance it used.
func (c *Catalog) lambdaArchitectureBill(region, arch string, t *lambdaTotals, freeLeft decimal.Decimal, qualify bool) ([]LineItem, decimal.Decimal, error) {
	var items []LineItem
	durationRate, err := c.Rate(region, lambdaDurationKeyPrefix+arch)
	if err != nil {
		return nil, decimal.Zero, err
	}
	idArch := ""
	if qualify {
		idArch = "." + arch
	}
	nameArch := ""
	if qualify {
		nameArch = ", " + arch
	}
	// A function whose every request ran on provisioned concurrency has no on-demand line.
	if t.duration.IsPositive() || t.provisionedDuration.IsZero() {
		for _, b := range splitRate(durationRate, decimal.Zero, t.duration) {
			id := fmt.Sprintf("lambda.duration%s.tier%d", idArch, b.Tier)
			name := fmt.Sprintf("Duration, %s%s", tierName(durationRate, b.Tier), nameArch)
			items = append(items, lineAt(id, name, durationRate, b.Quantity, b.Price))
		}
	}
	used := decimal.Zero
	if freeLeft.IsPositive() && t.eligibleDuration.IsPositive() {
		used = decimal.Min(freeLeft, t.eligibleDuration)
		items = append(items, lineAt(lambdaFreeDurationKey+idArch, "Free tier, duration"+nameArch, durationRate, used.Neg(), firstPrice(durationRate)))
	}
	if t.ephemeral.IsPositive() {
		rate, err := c.Rate(region, lambdaEphemeralKey)
		if err != nil {
			return nil, decimal.Zero, err
		}
		items = append(items, charge(lambdaEphemeralKey+idArch, "Ephemeral storage over 512 MB"+nameArch, rate, t.ephemeral))
	}
	if t.provisioned.IsPositive() {
		rate, err := c.Rate(region, lambdaPCKeyPrefix+arch)
		if err != nil {
			return nil, decimal.Zero, err
		}
		items = append(items, charge("lambda.provisioned_concurrency"+idArch, "Provisioned concurrency"+nameArch, rate, t.provisioned))
	}
	if t.provisionedDuration.IsPositive() {
		rate, err := c.Rate(region, lambdaPCDurationKeyPrefix+arch)
		if err != nil {
			return nil, decimal.Zero, err
		}
		items = append(items, charge("lambda.provisioned_duration"+idArch, "Provisioned duration"+nameArch, rate, t.provisionedDuration))
	}
	return items, used, nil
}

// splitRate splits quantity over a rate's tiers, or puts it all in one bucket for a flat rate.
func splitRate(r Rate, before, quantity decimal.Decimal) []Bucket {
	if !r.Tiered() {
		return []Bucket{{Tier: 1, Quantity: quantity, Price: r.UnitPrice()}}
	}
	if quantity.IsZero() {
		return []Bucket{{Tier: 1, Quantity: quantity, Price: r.Tiers[0].Price}}
	}
	return SplitTiers(r.Tiers, before, quantity)
}

func firstPrice(r Rate) decimal.Decimal {
	if r.Tiered() {
		return r.Tiers[0].Price
	}
	return r.UnitPrice()
}

// tierName describes tier n (1-based) of r, e.g. "first 6B GB-s".
func tierName(r Rate, n int) string {
	if !r.Tiered() {
		return "all " + shortUnit(r.Unit)
	}
	t := r.Tiers[n-1]
	if n == 1 {
		if len(r.Tiers) == 1 {
			return "all " + shortUnit(r.Unit)
		}
		return "first " + humanCount(t.UpTo) + " " + shortUnit(r.Unit)
	}
	prev := r.Tiers[n-2].UpTo
	if n == len(r.Tiers) {
		return "over " + humanCount(prev) + " " + shortUnit(r.Unit)
	}
	return "next " + humanCount(t.UpTo.Sub(prev)) + " " + shortUnit(r.Unit)
}

// humanCount writes 6000000000 as "6B" and 11250000000 as "11.25B".
func humanCount(d decimal.Decimal) string {
	for _, s := range []struct {
		name string
		exp  int32
	}{{"B", 9}, {"M", 6}, {"K", 3}} {
		if d.Abs().GreaterThanOrEqual(decimal.New(1, s.exp)) {
			return d.Shift(-s.exp).String() + s.name
		}
	}
	return d.String()
}

// shortUnit abbreviates GB-seconds in line item names.
func shortUnit(u string) string { return strings.Replace(u, "GB-seconds", "GB-s", 1) }
