package pricing

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/breakeven/breakeven/internal/yamlspec"
	"github.com/shopspring/decimal"
)

// ProviderCatalog is the dated, sourced rates of one provider beyond AWS's Lambda, Fargate and
// EC2 (Google Cloud Run, Azure Functions, Cloudflare Workers, Lambda Managed Instances): the
// same Rate and Allowance as the AWS catalog, organised as that provider prices. A provider
// prices regions in groups (Cloud Run's tier 1 and tier 2; one group where the price is the
// same everywhere), so rates live in Groups and Regions names each region's group. Free
// allowances are the account's (Cloud Run's billing account, Azure's subscription, the
// Cloudflare account), granted once however many workloads and regions draw on them, so they
// are not per group. See docs/providers.md.
type ProviderCatalog struct {
	// Provider is the catalog's key in providerTables: cloudrun, azurefunctions, workers or
	// managedinstances.
	Provider string
	Name     string
	AsOf     string // YYYY-MM-DD: the newest as_of of any rate
	Currency string
	// Overlays names the files laid over the embedded catalog, in order.
	Overlays []string
	Sources  map[string]Source
	// Regions maps a provider region code to the group that prices it.
	Regions map[string]string
	// DefaultGroup prices a region Regions does not list ("" : such a region has no prices).
	DefaultGroup string
	Groups       map[string]*Region
	// Allowances are the account's free allowances a month, by key.
	Allowances map[string]Allowance
}

// Group returns the name of the group that prices region, or an error naming the regions
// the catalog has.
func (c *ProviderCatalog) Group(region string) (string, error) {
	if g, ok := c.Regions[region]; ok {
		return g, nil
	}
	if c.DefaultGroup != "" {
		return c.DefaultGroup, nil
	}
	return "", fmt.Errorf("catalog %s has no prices for region %s (it has %s)", c.Name, region, strings.Join(c.RegionCodes(), ", "))
}

// Rate returns the rate with key for region, from region's group; the rate's Region is region.
func (c *ProviderCatalog) Rate(region, key string) (Rate, error) {
	g, err := c.Group(region)
	if err != nil {
		return Rate{}, err
	}
	r, ok := c.Groups[g].Rates[key]
	if !ok {
		return Rate{}, fmt.Errorf("catalog %s has no %s rate for region %s (group %s); state it in a pricing file", c.Name, key, region, g)
	}
	r.Region = region
	return r, nil
}

// Allowance returns the account's free allowance with key, and whether there is one.
func (c *ProviderCatalog) Allowance(key string) (Allowance, bool) {
	a, ok := c.Allowances[key]
	return a, ok
}

// RegionCodes lists the regions the catalog names, sorted.
func (c *ProviderCatalog) RegionCodes() []string { return sortedKeys(c.Regions) }

// GroupNames lists the catalog's price groups, sorted.
func (c *ProviderCatalog) GroupNames() []string { return sortedKeys(c.Groups) }

// rate looks up key for region for sink, recording it as unpriced when the catalog has none.
func (c *ProviderCatalog) rate(sink *lineSink, region, key, what string) (Rate, bool) {
	r, err := c.Rate(region, key)
	if err != nil {
		sink.missing(region, key, what)
		return Rate{}, false
	}
	return r, true
}

// providerLine is one billed quantity of a use at a provider catalog's rate, with the free
// allowance it may draw on ("" for none).
type providerLine struct {
	id, name, key, what, free string
	quantity                  decimal.Decimal
	estimate                  string
}

// charge adds l to sink at the rate of l.key for region, and returns the rate; false when
// there is no line: a quantity of zero, or a rate the catalog lacks (then listed unpriced).
func (c *ProviderCatalog) charge(sink *lineSink, region string, l providerLine) (Rate, bool) {
	if !l.quantity.IsPositive() {
		return Rate{}, false
	}
	rate, ok := c.rate(sink, region, l.key, l.what)
	if !ok {
		return Rate{}, false
	}
	sink.add(l.id, l.name, rate, l.quantity, rate.UnitPrice(), l.estimate)
	return rate, true
}

// resolveSources gives every rate the address of the page it cites, for line items.
func (c *ProviderCatalog) resolveSources() {
	for _, g := range c.Groups {
		for k, r := range g.Rates {
			r.SourceURL = c.Sources[r.Source].URL
			g.Rates[k] = r
		}
	}
}

// overlay lays o over c: o's sources, regions, rates and allowances replace or extend c's.
func (c *ProviderCatalog) overlay(o *ProviderCatalog, path string) {
	c.Overlays = append(c.Overlays, path)
	if o.AsOf > c.AsOf {
		c.AsOf = o.AsOf
	}
	for k, v := range o.Sources {
		c.Sources[k] = v
	}
	for k, v := range o.Regions {
		c.Regions[k] = v
	}
	if o.DefaultGroup != "" {
		c.DefaultGroup = o.DefaultGroup
	}
	for name, g := range o.Groups {
		dst, ok := c.Groups[name]
		if !ok {
			dst = &Region{Code: name, Rates: map[string]Rate{}}
			c.Groups[name] = dst
		}
		for k, v := range g.Rates {
			dst.Rates[k] = v
		}
	}
	for k, v := range o.Allowances {
		c.Allowances[k] = v
	}
}

// ProviderNames lists the providers that have an embedded catalog, sorted.
func ProviderNames() []string {
	names := make([]string, 0, len(providerTables))
	for n := range providerTables {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// embeddedProviders is each provider's embedded catalog, built from its generated Go form the
// first time it is asked for (a start that prices AWS alone never builds one), then shared:
// LoadProvider copies it before laying overlays over it.
var embeddedProviders = sync.OnceValue(func() map[string]*ProviderCatalog {
	m := map[string]*ProviderCatalog{}
	for _, name := range ProviderNames() {
		c := generatedProviderCatalog(name)
		c.resolveSources()
		m[name] = c
	}
	return m
})

// LoadProvider returns provider's embedded catalog with each overlay file (a catalog of the
// same provider, docs/providers.md) laid over it in order: how a user states a rate the
// embedded catalog lacks (Flex Consumption's always-ready rates) or replaces one with their
// own; a rate from an overlay names the file in its Origin. Every problem of every file is
// returned at once, as a yamlspec.ErrorList. The catalog is shared when there is no overlay:
// read it, never change it.
func LoadProvider(provider string, overlays ...string) (*ProviderCatalog, error) {
	base, ok := embeddedProviders()[provider]
	if !ok {
		return nil, fmt.Errorf("no provider %q: expected one of %s", provider, strings.Join(ProviderNames(), ", "))
	}
	if len(overlays) == 0 {
		return base, nil
	}
	cat := generatedProviderCatalog(provider)
	var all yamlspec.ErrorList
	for _, path := range overlays {
		over, errs := readProviderOverlay(provider, path, cat)
		all = append(all, errs...)
		if len(errs) == 0 {
			cat.overlay(over, path)
		}
	}
	if len(all) > 0 {
		all.Sort()
		return nil, all
	}
	cat.resolveSources()
	return cat, nil
}
