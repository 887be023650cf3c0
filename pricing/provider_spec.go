package pricing

import (
	"regexp"
	"strings"

	"github.com/breakeven/breakeven/internal/yamlspec"
)

// The format of a provider catalog (pricing/data/<provider>.yaml and a user's overlay of it),
// described in docs/providers.md: catalog, provider, as_of, currency and sources as in the AWS
// catalog; regions (each region's price group), default_group, groups (each group's rates)
// and allowances (the account's).

// providerKeys are the rate and allowance keys one provider's catalog accepts, with the unit
// each is quoted in; each provider's bill file declares its own (cloudrun.go, ...).
type providerKeys struct {
	Rates      map[string]string
	Allowances map[string]string
}

// providerTables are the providers with an embedded catalog, by name.
var providerTables = map[string]providerKeys{
	"cloudrun":         cloudRunKeys,
	"azurefunctions":   azureFunctionsKeys,
	"workers":          workersKeys,
	"managedinstances": managedInstancesKeys,
}

// providerRegionPattern is a provider's region code: us-central1, eastus, us-east-1, global.
const providerRegionPattern = `^[a-z][a-z0-9-]*[a-z0-9]$`

// keysPattern matches exactly the keys of m.
func keysPattern(m map[string]string) string {
	var alts []string
	for _, k := range sortedKeys(m) {
		alts = append(alts, regexp.QuoteMeta(k))
	}
	return "^(" + strings.Join(alts, "|") + ")$"
}

// providerSpec is the catalog format of provider p, whose keys are keys.
func providerSpec(p string, keys providerKeys) *yamlspec.Spec {
	return &yamlspec.Spec{Kind: yamlspec.Object, Doc: "a breakeven price catalog of " + p, Fields: []yamlspec.Field{
		{Key: "catalog", Required: true, Spec: &yamlspec.Spec{Kind: yamlspec.String, Doc: "a name for this set of rates"}},
		{Key: "provider", Required: true, Spec: &yamlspec.Spec{Kind: yamlspec.String, Doc: "the provider the rates are of", Enum: []string{p}}},
		{Key: "as_of", Required: true, Spec: dateSpec},
		{Key: "currency", Default: "USD", Spec: &yamlspec.Spec{Kind: yamlspec.String, Doc: "the currency of every price", Enum: []string{"USD"}}},
		{Key: "sources", Spec: &yamlspec.Spec{Kind: yamlspec.Map, Doc: "pages rates cite, by short name", Elem: &yamlspec.Spec{Kind: yamlspec.Object, Fields: []yamlspec.Field{
			{Key: "url", Required: true, Spec: &yamlspec.Spec{Kind: yamlspec.String, Doc: "the page's address", Pattern: `^https?://`, PatternDoc: "an http(s) address"}},
			{Key: "title", Required: true, Spec: &yamlspec.Spec{Kind: yamlspec.String, Doc: "the page's title"}},
		}}}},
		{Key: "regions", Spec: &yamlspec.Spec{Kind: yamlspec.Map, Doc: "the price group of each region", KeyPattern: providerRegionPattern, KeyDoc: "a region code of the provider such as us-central1",
			Elem: &yamlspec.Spec{Kind: yamlspec.String, Doc: "a group listed under groups"}}},
		{Key: "default_group", Spec: &yamlspec.Spec{Kind: yamlspec.String, Doc: "the group of every region not listed"}},
		{Key: "groups", Spec: &yamlspec.Spec{Kind: yamlspec.Map, Doc: "rates by price group", KeyPattern: providerRegionPattern, KeyDoc: "a group name such as tier1",
			Elem: &yamlspec.Spec{Kind: yamlspec.Object, Fields: []yamlspec.Field{
				{Key: "rates", Spec: &yamlspec.Spec{Kind: yamlspec.Map, Doc: "rates by key", KeyPattern: keysPattern(keys.Rates), KeyDoc: "a rate key of " + p + " from docs/providers.md", Elem: rateSpec}},
			}}}},
		{Key: "allowances", Spec: &yamlspec.Spec{Kind: yamlspec.Map, Doc: "the account's free allowances a month, by key", KeyPattern: keysPattern(keys.Allowances), KeyDoc: "an allowance key of " + p + " from docs/providers.md", Elem: allowanceSpec}},
	}}
}

// ParseProvider reads a catalog of provider from file. When base is not nil the file is an
// overlay on base: its rates may cite base's sources and its regions base's groups. All
// problems are returned at once, each at its FILE:LINE:COLUMN.
func ParseProvider(provider, file string, data []byte, base *ProviderCatalog) (*ProviderCatalog, yamlspec.ErrorList) {
	keys, ok := providerTables[provider]
	if !ok {
		return nil, yamlspec.ErrorList{{File: file, Message: "no provider " + provider}}
	}
	doc, errs := yamlspec.Decode(file, data, providerSpec(provider, keys))
	if doc == nil {
		return nil, errs
	}
	origin := ""
	if base != nil {
		origin = file
	}
	c := &ProviderCatalog{
		Provider: provider, Name: doc.Get("catalog").Str(), AsOf: doc.Get("as_of").Str(), Currency: "USD",
		Sources: map[string]Source{}, Regions: map[string]string{}, Groups: map[string]*Region{}, Allowances: map[string]Allowance{},
	}
	sources := doc.Get("sources")
	for _, name := range sources.Keys() {
		s := sources.Get(name)
		c.Sources[name] = Source{Name: name, URL: s.Get("url").Str(), Title: s.Get("title").Str()}
	}
	known := func(names map[string]bool, m map[string]Source) map[string]bool {
		for n := range m {
			names[n] = true
		}
		return names
	}
	sourceNames := known(map[string]bool{}, c.Sources)
	groupNames := map[string]bool{}
	if base != nil {
		known(sourceNames, base.Sources)
		for n := range base.Groups {
			groupNames[n] = true
		}
	}
	checkSource := func(v *yamlspec.Value) {
		if src := v.Get("source"); src != nil && !sourceNames[src.Str()] {
			errs = append(errs, src.Errorf("unknown source %q: name one listed under sources", src.Str()))
		}
	}
	checkUnit := func(key string, v *yamlspec.Value, units map[string]string) {
		if u := v.Get("unit"); u != nil && u.Str() != units[key] {
			errs = append(errs, u.Errorf("%q is not the unit of %s; expected %q", u.Str(), key, units[key]))
		}
	}
	groups := doc.Get("groups")
	for _, name := range groups.Keys() {
		groupNames[name] = true
		g := &Region{Code: name, Rates: map[string]Rate{}}
		c.Groups[name] = g
		rates := groups.Get(name).Get("rates")
		for _, key := range rates.Keys() {
			v := rates.Get(key)
			rate, problems := parseRate(name, key, v, origin)
			errs = append(errs, problems...)
			checkUnit(key, v, keys.Rates)
			checkSource(v)
			g.Rates[key] = rate
		}
	}
	regions := doc.Get("regions")
	for _, code := range regions.Keys() {
		v := regions.Get(code)
		if !groupNames[v.Str()] {
			errs = append(errs, v.Errorf("unknown group %q: name one listed under groups", v.Str()))
		}
		c.Regions[code] = v.Str()
	}
	if v := doc.Get("default_group"); v != nil {
		if !groupNames[v.Str()] {
			errs = append(errs, v.Errorf("unknown group %q: name one listed under groups", v.Str()))
		}
		c.DefaultGroup = v.Str()
	}
	allowances := doc.Get("allowances")
	for _, key := range allowances.Keys() {
		v := allowances.Get(key)
		checkUnit(key, v, keys.Allowances)
		checkSource(v)
		c.Allowances[key] = Allowance{
			Key: key, Quantity: v.Get("quantity").Decimal(), Unit: v.Get("unit").Str(),
			Source: v.Get("source").Str(), AsOf: v.Get("as_of").Str(), Origin: origin,
		}
	}
	errs.Sort()
	return c, errs
}

// readProviderOverlay reads and parses an overlay file of provider over base.
func readProviderOverlay(provider, path string, base *ProviderCatalog) (*ProviderCatalog, yamlspec.ErrorList) {
	data, errs := yamlspec.ReadFile(path, OverlayLimit)
	if errs != nil {
		return nil, errs
	}
	return ParseProvider(provider, path, data, base)
}
