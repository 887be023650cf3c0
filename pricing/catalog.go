// Package pricing holds AWS's published rates and AWS's billing rules: tiers, free tiers,
// rounding units and the line items a bill is made of. It knows nothing of workloads: package
// model computes billed quantities and asks this package what they cost.
package pricing

import (
	"fmt"
	"sort"
	"strings"

	"github.com/shopspring/decimal"
)

// Catalog is a complete, dated set of rates: the embedded one, possibly with a user's overlay.
type Catalog struct {
	Name     string
	AsOf     string // YYYY-MM-DD: the newest as_of of any rate
	Currency string
	// Overlays names the files whose rates were laid over the embedded catalog, in order.
	Overlays      []string
	Sources       map[string]Source
	InstanceTypes map[string]InstanceType
	Regions       map[string]*Region
	// providers are the other providers' catalogs (Provider): nil until Load sets them.
	providers *providerCatalogs
}

// Source is a page a rate was read from.
type Source struct {
	Name  string
	URL   string
	Title string
}

// InstanceType is an EC2 instance type's size; the same in every region.
type InstanceType struct {
	Name         string
	VCPU         int64
	MemoryGiB    decimal.Decimal
	Architecture string
	Burstable    bool
	// Credits is a burstable type's CPU credit allowance (zero for the others).
	Credits CPUCredits
}

// CPUCredits is what a burstable type (t3, t3a, t4g) earns, as the EC2 User Guide's credit
// table lists it ("Key concepts and definitions for burstable performance instances",
// https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/burstable-credits-baseline-concepts.html).
// One CPU credit is one vCPU at 100% for one minute. The instance earns PerHour credits
// continuously; that is its baseline, BaselinePercent of each vCPU: (credits an hour / vCPUs)
// / 60 minutes. Unspent credits accrue up to Max, the credits earned in 24 hours. In
// unlimited mode an instance that has spent its balance spends surplus credits, paid down by
// later earnings; surplus above Max is charged at the end of the hour, and what is left when
// the instance stops or terminates is charged then (see Catalog.EC2Bill).
type CPUCredits struct {
	PerHour         decimal.Decimal
	BaselinePercent decimal.Decimal
	Max             decimal.Decimal
}

// BaselineVCPU is the CPU a burstable type sustains indefinitely without spending credits:
// its vCPUs x its baseline per vCPU (zero for a type that is not burstable).
func (t InstanceType) BaselineVCPU() decimal.Decimal {
	return decimal.NewFromInt(t.VCPU).Mul(t.Credits.BaselinePercent).Shift(-2) // percent: exact
}

// Family is the instance family, the part of the name before the dot: t3 for t3.micro.
func (t InstanceType) Family() string {
	family, _, _ := strings.Cut(t.Name, ".")
	return family
}

// Region holds the rates and free allowances of one AWS region.
type Region struct {
	Code       string
	Rates      map[string]Rate
	Allowances map[string]Allowance
}

// Rate is one published price: Price for every Per units of Unit, or a ladder of Tiers.
type Rate struct {
	Key    string
	Region string
	Unit   string
	Price  decimal.Decimal
	Per    int64
	Tiers  []Tier
	Source string // a name from Catalog.Sources
	// SourceURL is the address of Source, filled in when the catalog is loaded.
	SourceURL string
	AsOf      string
	Note      string
	// Origin is the file the rate came from: "" for the embedded catalog, else an overlay path.
	Origin string
}

// Tier is one step of a tiered rate: Price per unit for usage up to UpTo (cumulative, in the
// rate's unit); the last tier has a zero UpTo and no upper bound. A catalog may quote a tier's
// price per 1,000 or 1,000,000 units (the rate's Per); Price is that divided by Per.
type Tier struct {
	UpTo  decimal.Decimal
	Price decimal.Decimal
}

// Allowance is a free quantity a month, such as Lambda's free tier.
type Allowance struct {
	Key      string
	Region   string
	Quantity decimal.Decimal
	Unit     string
	Source   string
	AsOf     string
	Origin   string
}

// UnitPrice is the price of one unit: Price divided by Per. Per is a power of ten, so the
// division is exact.
func (r Rate) UnitPrice() decimal.Decimal {
	return r.Price.Shift(-int32(digitsOfPowerOfTen(r.Per)))
}

// Tiered reports whether the rate is a ladder of tiers rather than one price.
func (r Rate) Tiered() bool { return len(r.Tiers) > 0 }

// digitsOfPowerOfTen returns n for 10^n; Per is validated to be 1, 1000 or 1000000.
func digitsOfPowerOfTen(per int64) int {
	n := 0
	for per > 1 {
		per /= 10
		n++
	}
	return n
}

// Rate returns the rate with key in region.
func (c *Catalog) Rate(region, key string) (Rate, error) {
	reg, ok := c.Regions[region]
	if !ok {
		return Rate{}, fmt.Errorf("no prices for region %s in catalog %s (it has %s)", region, c.Name, strings.Join(c.RegionCodes(), ", "))
	}
	r, ok := reg.Rates[key]
	if !ok {
		return Rate{}, fmt.Errorf("catalog %s has no %s rate in %s; add it with --pricing", c.Name, key, region)
	}
	return r, nil
}

// Allowance returns the free allowance with key in region, and whether there is one.
func (c *Catalog) Allowance(region, key string) (Allowance, bool) {
	reg, ok := c.Regions[region]
	if !ok {
		return Allowance{}, false
	}
	a, ok := reg.Allowances[key]
	return a, ok
}

// RegionCodes lists the catalog's regions, sorted.
func (c *Catalog) RegionCodes() []string { return sortedKeys(c.Regions) }

// InstanceTypeNames lists the catalog's EC2 instance types, sorted.
func (c *Catalog) InstanceTypeNames() []string { return sortedKeys(c.InstanceTypes) }

// SourceNames lists the names of the catalog's sources, sorted.
func (c *Catalog) SourceNames() []string { return sortedKeys(c.Sources) }

// RateKeys lists the keys of region's rates, sorted.
func (r *Region) RateKeys() []string { return sortedKeys(r.Rates) }

// AllowanceKeys lists the keys of region's allowances, sorted.
func (r *Region) AllowanceKeys() []string { return sortedKeys(r.Allowances) }

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
