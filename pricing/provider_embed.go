package pricing

import "embed"

//go:generate go run -tags gencatalog ./internal/gencatalog -providers -o catalog_providers_gen.go

// providerData holds each provider's catalog YAML, the source of truth:
// catalog_providers_gen.go is generated from it (go generate ./pricing), so that no start
// parses it, and TestGeneratedProviderCatalogsAreTheYAML fails while the two differ.
//
//go:embed data/cloudrun.yaml data/azurefunctions.yaml data/workers.yaml data/managedinstances.yaml
var providerData embed.FS

// ProviderFile is the name errors and output give provider's embedded catalog, such as
// pricing/data/cloudrun.yaml.
func ProviderFile(provider string) string { return "pricing/data/" + provider + ".yaml" }

// ProviderSource returns provider's embedded catalog YAML, or nil when there is none.
func ProviderSource(provider string) []byte {
	b, err := providerData.ReadFile("data/" + provider + ".yaml")
	if err != nil {
		return nil
	}
	return b
}
