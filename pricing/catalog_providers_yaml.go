//go:build gencatalog

package pricing

// generatedProviderCatalog, in the generator's build (tag gencatalog), parses the YAML itself:
// the generator must build without the file it writes, which may be stale or missing.
func generatedProviderCatalog(provider string) *ProviderCatalog {
	cat, _ := ParseProvider(provider, ProviderFile(provider), ProviderSource(provider), nil)
	return cat
}
