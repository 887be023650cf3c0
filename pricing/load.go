package pricing

import (
	_ "embed"
	"regexp"
	"sync"

	"github.com/breakeven/breakeven/internal/yamlspec"
	"github.com/shopspring/decimal"
)

//go:generate go run -tags gencatalog ./internal/gencatalog

// embeddedCatalog is the catalog's YAML, the source of truth: catalog_gen.go is generated from
// it (go generate ./pricing) so that a start does not parse it, and
// TestGeneratedCatalogIsTheYAML fails while the two differ.
//
//go:embed data/aws.yaml
var embeddedCatalog []byte

// EmbeddedFile is the name errors and output give the embedded catalog.
const EmbeddedFile = "pricing/data/aws.yaml"

// EmbeddedSource returns the embedded catalog's YAML text.
func EmbeddedSource() []byte { return embeddedCatalog }

// OverlayLimit is the largest overlay file read: 4 MiB, some 45 times the embedded catalog
// with every region, rate and source.
var OverlayLimit = yamlspec.Limit{What: "a pricing file", Bytes: 4 << 20}

// Load returns the embedded catalog with each overlay file laid over it in order. The
// embedded catalog is built from its generated Go form (checked at generation and by the
// tests), in microseconds; an overlay is parsed and validated as strictly as the YAML, with
// positions. Every problem of every file is returned at once, as a yamlspec.ErrorList, a file
// that cannot be read (yamlspec.ReadFile) among them. An overlay of another provider's catalog
// (docs/providers.md) is laid over that provider's (Catalog.Provider).
func Load(overlays ...string) (*Catalog, error) {
	cat := generatedCatalog()
	var all yamlspec.ErrorList
	// a provider's catalog file (one with a top-level provider: line) is laid over that
	// provider's embedded catalog (Catalog.Provider), the others over AWS's
	providerPaths := map[string][]string{}
	var providerOrder []string
	for _, path := range overlays {
		data, rerrs := yamlspec.ReadFile(path, OverlayLimit)
		if rerrs != nil {
			all = append(all, rerrs...)
			continue
		}
		if name := overlayProvider(data); name != "" {
			if _, ok := providerPaths[name]; !ok {
				providerOrder = append(providerOrder, name)
			}
			providerPaths[name] = append(providerPaths[name], path)
			continue
		}
		over, errs := Parse(path, data, cat)
		all = append(all, errs...)
		if len(errs) == 0 {
			cat.overlay(over, path)
		}
	}
	all = append(all, cat.loadProviderOverlays(providerPaths, providerOrder)...)
	if len(all) > 0 {
		all.Sort()
		return nil, all
	}
	if len(overlays) > 0 { // the embedded rates come with their sources' addresses
		cat.resolveSources()
	}
	return cat, nil
}

// resolveSources gives every rate the address of the page it cites, for line items.
func (c *Catalog) resolveSources() {
	for _, reg := range c.Regions {
		for k, r := range reg.Rates {
			r.SourceURL = c.Sources[r.Source].URL
			reg.Rates[k] = r
		}
	}
}

// Parse reads a catalog file. When base is not nil the file is an overlay on base: its rates
// may cite base's sources and instance types.
func Parse(file string, data []byte, base *Catalog) (*Catalog, yamlspec.ErrorList) {
	doc, errs := yamlspec.Decode(file, data, catalogSpec())
	if doc == nil {
		return nil, errs
	}
	origin := ""
	if base != nil {
		origin = file
	}
	c := &Catalog{
		Name:          doc.Get("catalog").Str(),
		AsOf:          doc.Get("as_of").Str(),
		Currency:      "USD",
		Sources:       map[string]Source{},
		InstanceTypes: map[string]InstanceType{},
		Regions:       map[string]*Region{},
	}
	sources := doc.Get("sources")
	for _, name := range sources.Keys() {
		s := sources.Get(name)
		c.Sources[name] = Source{Name: name, URL: s.Get("url").Str(), Title: s.Get("title").Str()}
	}
	types := doc.Get("instance_types")
	for _, name := range types.Keys() {
		t := types.Get(name)
		it := InstanceType{
			Name:         name,
			VCPU:         t.Get("vcpu").Int(),
			MemoryGiB:    t.Get("memory_gib").Decimal(),
			Architecture: t.Get("architecture").Str(),
			Burstable:    t.Get("burstable").Bool(),
			Credits: CPUCredits{
				PerHour:         t.Get("cpu_credits_per_hour").Decimal(),
				BaselinePercent: t.Get("baseline_percent").Decimal(),
				Max:             t.Get("max_credits").Decimal(),
			},
		}
		errs = append(errs, checkCredits(it, t)...)
		c.InstanceTypes[name] = it
	}
	// An overlay's rates may cite the base catalog's sources and instance types.
	sourceNames := map[string]bool{}
	typeNames := map[string]bool{}
	for _, cc := range []*Catalog{base, c} {
		if cc == nil {
			continue
		}
		for n := range cc.Sources {
			sourceNames[n] = true
		}
		for n := range cc.InstanceTypes {
			typeNames[n] = true
		}
	}
	regions := doc.Get("regions")
	for _, code := range regions.Keys() {
		r := regions.Get(code)
		reg := &Region{Code: code, Rates: map[string]Rate{}, Allowances: map[string]Allowance{}}
		c.Regions[code] = reg
		rates := r.Get("rates")
		for _, key := range rates.Keys() {
			v := rates.Get(key)
			rate, problems := parseRate(code, key, v, origin)
			errs = append(errs, problems...)
			if src := v.Get("source"); src != nil && !sourceNames[src.Str()] {
				errs = append(errs, src.Errorf("unknown source %q: name one listed under sources", src.Str()))
			}
			if it := ec2Type(key); it != "" && !typeNames[it] {
				errs = append(errs, v.Errorf("instance type %s is not listed under instance_types", it))
			}
			reg.Rates[key] = rate
		}
		allowances := r.Get("allowances")
		for _, key := range allowances.Keys() {
			v := allowances.Get(key)
			errs = append(errs, checkUnit(key, v)...)
			if src := v.Get("source"); src != nil && !sourceNames[src.Str()] {
				errs = append(errs, src.Errorf("unknown source %q: name one listed under sources", src.Str()))
			}
			reg.Allowances[key] = Allowance{
				Key: key, Region: code, Quantity: v.Get("quantity").Decimal(), Unit: v.Get("unit").Str(),
				Source: v.Get("source").Str(), AsOf: v.Get("as_of").Str(), Origin: origin,
			}
		}
	}
	errs.Sort()
	return c, errs
}

func parseRate(region, key string, v *yamlspec.Value, origin string) (Rate, yamlspec.ErrorList) {
	errs := checkUnit(key, v)
	r := Rate{
		Key: key, Region: region, Unit: v.Get("unit").Str(), Per: 1,
		Source: v.Get("source").Str(), AsOf: v.Get("as_of").Str(), Note: v.Get("note").Str(), Origin: origin,
	}
	if p := v.Get("per"); p != nil {
		r.Per = p.Int()
		if r.Per != 1 && r.Per != 1000 && r.Per != 1000000 {
			errs = append(errs, p.Errorf("%d is not allowed; expected 1, 1000 or 1000000", r.Per))
			r.Per = 1
		}
	}
	price, tiers := v.Get("price"), v.Get("tiers")
	switch {
	case price == nil && tiers == nil:
		errs = append(errs, v.Errorf("give price or tiers"))
	case price != nil && tiers != nil:
		errs = append(errs, v.Errorf("give price or tiers, not both"))
	case price != nil:
		r.Price = price.Decimal()
	default:
		r.Tiers, errs = parseTiers(tiers, errs)
		// A tiered rate's prices are quoted for `per` units, as AWS publishes them ("$1.00
		// per million requests"); its tiers' up_to are counted in single units. Tier.Price is
		// kept per unit, so the quoted price is divided by per here: a decimal shift, exact.
		for i := range r.Tiers {
			r.Tiers[i].Price = r.Tiers[i].Price.Shift(-int32(digitsOfPowerOfTen(r.Per)))
		}
	}
	return r, errs
}

func parseTiers(list *yamlspec.Value, errs yamlspec.ErrorList) ([]Tier, yamlspec.ErrorList) {
	items := list.Items()
	if len(items) == 0 {
		return nil, append(errs, list.Errorf("a tiered rate needs at least one tier"))
	}
	var tiers []Tier
	prev := decimal.Zero
	for i, it := range items {
		t := Tier{Price: it.Get("price").Decimal()}
		upTo := it.Get("up_to")
		last := i == len(items)-1
		switch {
		case last && upTo != nil:
			errs = append(errs, upTo.Errorf("the last tier has no upper bound: leave up_to out"))
		case !last && upTo == nil:
			errs = append(errs, it.Errorf("up_to is required on every tier but the last"))
		case upTo != nil:
			t.UpTo = upTo.Decimal()
			if !t.UpTo.GreaterThan(prev) {
				errs = append(errs, upTo.Errorf("%s must be above the previous tier's %s", t.UpTo, prev))
			}
			prev = t.UpTo
		}
		tiers = append(tiers, t)
	}
	return tiers, errs
}

// unitOf returns the unit key must be quoted in, from acceptedKeys.
func unitOf(key string) string {
	keys := acceptedKeys()
	if u, ok := keys.allowances[key]; ok {
		return u
	}
	for i, re := range rateKeyRegexps() {
		if re.MatchString(key) {
			return keys.rates[i].unit
		}
	}
	return ""
}

// rateKeyRegexps are acceptedKeys' rate patterns, compiled once, when an overlay is first
// read: a start that reads none does not pay for them.
var rateKeyRegexps = sync.OnceValue(func() []*regexp.Regexp {
	rates := acceptedKeys().rates
	out := make([]*regexp.Regexp, len(rates))
	for i, k := range rates {
		out[i] = regexp.MustCompile("^" + k.pattern + "$")
	}
	return out
})

func checkUnit(key string, v *yamlspec.Value) yamlspec.ErrorList {
	u := v.Get("unit")
	if u == nil {
		return nil
	}
	if want := unitOf(key); want != "" && u.Str() != want {
		return yamlspec.ErrorList{u.Errorf("%q is not the unit of %s; expected %q", u.Str(), key, want)}
	}
	return nil
}

// ec2Type returns the instance type an ec2.TYPE.PURCHASE key names, or "" (for any other
// key, such as ec2.cpu_credits.t3).
func ec2Type(key string) string {
	m := ec2PurchaseKey().FindStringSubmatch(key)
	if m == nil {
		return ""
	}
	return m[1]
}

// ec2PurchaseKey is compiled when an overlay is first read: a start that reads none does
// not pay for it.
var ec2PurchaseKey = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^ec2\.(.+)\.` + ec2Option + `$`) })

// checkCredits checks that a burstable type's credit figures agree as AWS defines them
// (EC2 User Guide, "Key concepts and definitions for burstable performance instances"):
// baseline utilisation % = (credits earned an hour / vCPUs) / 60 minutes, and the credit
// accrual limit is the credits earned in 24 hours. A row mistyped from AWS's credit table
// fails here rather than pricing surplus credits against a wrong baseline.
func checkCredits(it InstanceType, v *yamlspec.Value) yamlspec.ErrorList {
	cr := it.Credits
	if !it.Burstable || !cr.PerHour.IsPositive() || !cr.BaselinePercent.IsPositive() || !cr.Max.IsPositive() || it.VCPU <= 0 {
		return nil // not burstable, or a figure is missing or invalid and reported already
	}
	var errs yamlspec.ErrorList
	// vCPUs x baseline % x 60 minutes / 100: the credits an hour the baseline stands for
	perHour := decimal.NewFromInt(it.VCPU * 60).Mul(cr.BaselinePercent).Shift(-2)
	if !perHour.Equal(cr.PerHour) {
		errs = append(errs, v.Get("baseline_percent").Errorf("%s%% of %d vCPUs for 60 minutes is %s credits an hour, not cpu_credits_per_hour %s: AWS defines baseline %% = credits an hour / vCPUs / 60",
			cr.BaselinePercent, it.VCPU, perHour, cr.PerHour))
	}
	if day := cr.PerHour.Mul(decimal.NewFromInt(24)); !day.Equal(cr.Max) {
		errs = append(errs, v.Get("max_credits").Errorf("%s is not 24 hours of cpu_credits_per_hour %s (%s): AWS's accrual limit is the credits earned in 24 hours",
			cr.Max, cr.PerHour, day))
	}
	return errs
}

// overlay lays o over c: o's rates, allowances, sources and instance types replace or extend
// c's.
func (c *Catalog) overlay(o *Catalog, path string) {
	c.Overlays = append(c.Overlays, path)
	if o.AsOf > c.AsOf {
		c.AsOf = o.AsOf
	}
	for k, v := range o.Sources {
		c.Sources[k] = v
	}
	for k, v := range o.InstanceTypes {
		c.InstanceTypes[k] = v
	}
	for code, reg := range o.Regions {
		dst, ok := c.Regions[code]
		if !ok {
			dst = &Region{Code: code, Rates: map[string]Rate{}, Allowances: map[string]Allowance{}}
			c.Regions[code] = dst
		}
		for k, v := range reg.Rates {
			dst.Rates[k] = v
		}
		for k, v := range reg.Allowances {
			dst.Allowances[k] = v
		}
	}
}
