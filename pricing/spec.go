package pricing

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/breakeven/breakeven/internal/yamlspec"
)

// The catalog format, shared by the embedded catalog and a user's --pricing overlay. See
// docs/pricing-format.md.

const (
	datePattern   = `^\d{4}-\d{2}-\d{2}$`
	regionPattern = `^[a-z]{2}(-[a-z]+)+-\d$`
)

// savingsPlanOption is a Compute Savings Plan's option in a rate key: its term, then its
// payment ("savings-plan-1y" is no upfront).
const savingsPlanOption = `savings-plan-(1y|3y)(-partial-upfront|-all-upfront)?`

// ec2Option is a way to buy an EC2 type in a rate key: on demand, a Compute or EC2 Instance
// Savings Plan, a Standard ("reserved") or Convertible Reserved Instance, by term and payment.
const ec2Option = `(on-demand|(reserved|convertible|instance-savings-plan|savings-plan)-(1y|3y)(-partial-upfront|-all-upfront)?)`

// keyUnit is a rate key the catalog accepts, as a pattern, with the unit its price is quoted in.
type keyUnit struct{ pattern, unit string }

// rateKeys lists the rate keys the Lambda, Fargate and EC2 bills read; the service lines'
// keys are their meters' (acceptedKeys). The catalog's key check and unit check both come
// from these tables.
var rateKeys = []keyUnit{
	{`lambda\.requests`, "requests"},
	{`lambda\.(duration|provisioned_concurrency|provisioned_duration)\.(x86_64|arm64)`, "GB-seconds"},
	{`lambda\.ephemeral_storage`, "GB-seconds"},
	{`fargate\.vcpu\.(x86_64|arm64)`, "vCPU-hours"},
	{`fargate\.memory\.(x86_64|arm64)`, "GB-hours"},
	{`fargate\.ephemeral_storage`, "GB-hours"},
	// the purchase options' rates (docs/pricing-format.md, "Purchase options"): Fargate Spot
	// and Compute Savings Plans, Lambda duration under a Compute Savings Plan, and every way
	// to buy an EC2 type, each an effective rate per unit
	{`fargate\.vcpu\.(x86_64|arm64)\.(spot|` + savingsPlanOption + `)`, "vCPU-hours"},
	{`fargate\.memory\.(x86_64|arm64)\.(spot|` + savingsPlanOption + `)`, "GB-hours"},
	{`lambda\.duration\.(x86_64|arm64)\.` + savingsPlanOption, "GB-seconds"},
	{`ec2\.[a-z][a-z0-9-]*\.[a-z0-9]+\.` + ec2Option, "hours"},
	// the surplus CPU credits of a burstable family in unlimited mode, e.g. ec2.cpu_credits.t3
	{`ec2\.cpu_credits\.[a-z][a-z0-9]*`, "vCPU-hours"},
}

// allowanceUnits gives the unit of each allowance key the Lambda bill reads; with the meters'
// allowances (acceptedKeys), the catalog accepts exactly these keys.
var allowanceUnits = map[string]string{
	"lambda.free_tier.requests": "requests",
	"lambda.free_tier.duration": "GB-seconds",
}

// catalogKeys is every rate key pattern and allowance key the catalog accepts, with their
// units, and the key patterns the catalog's spec checks them with.
type catalogKeys struct {
	rates                         []keyUnit
	allowances                    map[string]string
	ratePattern, allowancePattern string
}

// acceptedKeys are the engine's keys (rateKeys, allowanceUnits) and those of every
// registered meter table, gathered on the first catalog read, after every provider's init
// has registered its meters.
var acceptedKeys = sync.OnceValue(func() catalogKeys {
	k := catalogKeys{rates: slices.Clone(rateKeys), allowances: maps.Clone(allowanceUnits)}
	for _, t := range meterTables {
		for _, m := range t.meters {
			k.rates = append(k.rates, keyUnit{m.ratePattern(), m.Unit})
			if m.Free != nil {
				k.allowances[m.Free.Key] = m.Free.Unit
			}
		}
	}
	var alts []string
	for _, r := range k.rates {
		alts = append(alts, r.pattern)
	}
	k.ratePattern = "^(" + strings.Join(alts, "|") + ")$"
	// the allowance pattern matches exactly the keys of allowances, so that the key check and
	// the unit check cannot drift apart
	alts = alts[:0]
	for _, a := range sortedKeys(k.allowances) {
		alts = append(alts, regexp.QuoteMeta(a))
	}
	k.allowancePattern = "^(" + strings.Join(alts, "|") + ")$"
	return k
})

// burstableOnly makes a key required for a burstable instance type and refused for the others.
var burstableOnly = &yamlspec.When{Key: "burstable", Value: "true"}

var dateSpec = &yamlspec.Spec{Kind: yamlspec.String, Doc: "a date, YYYY-MM-DD", Pattern: datePattern, PatternDoc: "a date written YYYY-MM-DD"}

var tierSpec = &yamlspec.Spec{Kind: yamlspec.Object, Doc: "one step of a tiered rate", Fields: []yamlspec.Field{
	{Key: "up_to", Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Doc: "cumulative usage this tier ends at; the last tier has none", Min: "0"}},
	{Key: "price", Required: true, Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Doc: "price per unit in this tier", Min: "0", Quotes: yamlspec.QuotesAllowed}},
}}

var rateSpec = &yamlspec.Spec{Kind: yamlspec.Object, Doc: "a published rate: price (per `per` units) or tiers", Fields: []yamlspec.Field{
	{Key: "price", Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Doc: "price for `per` units, in USD", Min: "0", Quotes: yamlspec.QuotesAllowed}},
	{Key: "per", Default: "1", Spec: &yamlspec.Spec{Kind: yamlspec.Int, Doc: "how many units the price is for: 1, 1000 or 1000000", Min: "1", Max: "1000000"}},
	{Key: "tiers", Spec: &yamlspec.Spec{Kind: yamlspec.List, Doc: "a tiered rate, cheapest last", Elem: tierSpec}},
	{Key: "unit", Required: true, Spec: &yamlspec.Spec{Kind: yamlspec.String, Doc: "what is counted, e.g. GB-seconds"}},
	{Key: "source", Required: true, Spec: &yamlspec.Spec{Kind: yamlspec.String, Doc: "a name from sources"}},
	{Key: "as_of", Required: true, Spec: dateSpec},
	{Key: "note", Spec: &yamlspec.Spec{Kind: yamlspec.String, Doc: "how the rate was read, what it assumes"}},
}}

var allowanceSpec = &yamlspec.Spec{Kind: yamlspec.Object, Doc: "a free quantity a month", Fields: []yamlspec.Field{
	{Key: "quantity", Required: true, Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Doc: "free units a month", Min: "0"}},
	{Key: "unit", Required: true, Spec: &yamlspec.Spec{Kind: yamlspec.String, Doc: "what is counted"}},
	{Key: "source", Required: true, Spec: &yamlspec.Spec{Kind: yamlspec.String, Doc: "a name from sources"}},
	{Key: "as_of", Required: true, Spec: dateSpec},
	{Key: "note", Spec: &yamlspec.Spec{Kind: yamlspec.String, Doc: "how the allowance was read"}},
}}

// catalogSpec is the catalog format, built on the first catalog read (acceptedKeys).
var catalogSpec = sync.OnceValue(func() *yamlspec.Spec { return newCatalogSpec(acceptedKeys()) })

func newCatalogSpec(keys catalogKeys) *yamlspec.Spec {
	return &yamlspec.Spec{Kind: yamlspec.Object, Doc: "a breakeven price catalog", Fields: []yamlspec.Field{
		{Key: "catalog", Required: true, Spec: &yamlspec.Spec{Kind: yamlspec.String, Doc: "a name for this set of rates"}},
		{Key: "as_of", Required: true, Spec: dateSpec},
		{Key: "currency", Default: "USD", Spec: &yamlspec.Spec{Kind: yamlspec.String, Doc: "the currency of every price", Enum: []string{"USD"}}},
		{Key: "sources", Spec: &yamlspec.Spec{Kind: yamlspec.Map, Doc: "pages rates cite, by short name", Elem: &yamlspec.Spec{Kind: yamlspec.Object, Fields: []yamlspec.Field{
			{Key: "url", Required: true, Spec: &yamlspec.Spec{Kind: yamlspec.String, Doc: "the page's address", Pattern: `^https?://`, PatternDoc: "an http(s) address"}},
			{Key: "title", Required: true, Spec: &yamlspec.Spec{Kind: yamlspec.String, Doc: "the page's title"}},
		}}}},
		{Key: "instance_types", Spec: &yamlspec.Spec{Kind: yamlspec.Map, Doc: "EC2 instance sizes", KeyPattern: `^[a-z][a-z0-9-]*\.[a-z0-9]+$`, KeyDoc: "an instance type such as t4g.small",
			Elem: &yamlspec.Spec{Kind: yamlspec.Object, Fields: []yamlspec.Field{
				{Key: "vcpu", Required: true, Spec: &yamlspec.Spec{Kind: yamlspec.Int, Doc: "vCPUs", Min: "1", Max: "1024"}},
				{Key: "memory_gib", Required: true, Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Doc: "memory in GiB", Min: "0.1"}},
				{Key: "architecture", Required: true, Spec: &yamlspec.Spec{Kind: yamlspec.String, Doc: "CPU architecture", Enum: []string{"x86_64", "arm64"}}},
				{Key: "burstable", Default: "false", Spec: &yamlspec.Spec{Kind: yamlspec.Bool, Doc: "a burstable (CPU credit) type"}},
				// A burstable type's row of the EC2 User Guide's credit table; the loader checks
				// the three agree (baseline % = credits an hour / vCPUs / 60; the most accrued is
				// 24 hours of credits).
				{Key: "cpu_credits_per_hour", When: burstableOnly, Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", ExclusiveMin: true, Max: "61440",
					Doc: "CPU credits earned an hour (one credit: one vCPU at 100% for a minute)"}},
				{Key: "baseline_percent", When: burstableOnly, Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", ExclusiveMin: true, Max: "100",
					Doc: "baseline utilisation per vCPU, in percent"}},
				{Key: "max_credits", When: burstableOnly, Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", ExclusiveMin: true, Max: "1474560",
					Doc: "the most earned credits that can be accrued (24 hours of credits)"}},
			}}}},
		{Key: "regions", Spec: &yamlspec.Spec{Kind: yamlspec.Map, Doc: "rates by AWS region", KeyPattern: regionPattern, KeyDoc: "an AWS region code such as eu-west-1",
			Elem: &yamlspec.Spec{Kind: yamlspec.Object, Fields: []yamlspec.Field{
				{Key: "rates", Spec: &yamlspec.Spec{Kind: yamlspec.Map, Doc: "rates by key", KeyPattern: keys.ratePattern, KeyDoc: "a rate key from docs/pricing-format.md, such as lambda.requests or ec2.t4g.small.on-demand", Elem: rateSpec}},
				{Key: "allowances", Spec: &yamlspec.Spec{Kind: yamlspec.Map, Doc: "free allowances by key", KeyPattern: keys.allowancePattern, KeyDoc: "an allowance key from docs/pricing-format.md, such as lambda.free_tier.requests", Elem: allowanceSpec}},
			}}}},
	}}
}
