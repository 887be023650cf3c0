package pricing

import (
	"regexp"
	"sync"

	"github.com/breakeven/breakeven/internal/yamlspec"
)

// providerCatalogs are the provider catalogs a Catalog prices with beside AWS's: the ones the
// user overlaid, loaded (and checked) with the Catalog, and the embedded ones, built the first
// time a platform asks (a start that prices AWS alone builds none).
type providerCatalogs struct {
	mu     sync.Mutex
	loaded map[string]*ProviderCatalog
}

// Provider is the catalog of provider (cloudrun, azurefunctions, workers, managedinstances)
// the workloads are priced with: the embedded one with the provider overlays given to Load
// laid over it. Read it, never change it.
func (c *Catalog) Provider(provider string) (*ProviderCatalog, error) {
	if c.providers == nil {
		return LoadProvider(provider)
	}
	c.providers.mu.Lock()
	defer c.providers.mu.Unlock()
	if p, ok := c.providers.loaded[provider]; ok {
		return p, nil
	}
	p, err := LoadProvider(provider)
	if err != nil {
		return nil, err
	}
	if c.providers.loaded == nil {
		c.providers.loaded = map[string]*ProviderCatalog{}
	}
	c.providers.loaded[provider] = p
	return p, nil
}

// providerKeyLine is a catalog file's top-level `provider:` line: a file that has one is a
// provider's catalog (docs/providers.md), laid over that provider's, not AWS's.
var providerKeyLine = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?m)^provider:[ \t]*["']?([A-Za-z0-9_-]+)["']?[ \t]*(?:#.*)?$`)
})

// overlayProvider is the provider an overlay file's rates are of ("" for AWS's).
func overlayProvider(data []byte) string {
	if m := providerKeyLine().FindSubmatch(data); m != nil {
		return string(m[1])
	}
	return ""
}

// loadProviderOverlays lays each provider's overlay files (by provider, in the order given)
// over its embedded catalog, for Catalog.Provider, and returns every problem of them.
func (c *Catalog) loadProviderOverlays(paths map[string][]string, order []string) yamlspec.ErrorList {
	c.providers = &providerCatalogs{loaded: map[string]*ProviderCatalog{}}
	var all yamlspec.ErrorList
	for _, name := range order {
		p, err := LoadProvider(name, paths[name]...)
		switch e := err.(type) {
		case nil:
			c.providers.loaded[name] = p
			c.Overlays = append(c.Overlays, p.Overlays...)
		case yamlspec.ErrorList:
			all = append(all, e...)
		default:
			all = append(all, yamlspec.Error{File: paths[name][0], Key: "provider", Message: err.Error()})
		}
	}
	return all
}
