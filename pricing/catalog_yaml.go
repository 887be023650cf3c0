//go:build gencatalog

package pricing

// generatedCatalog, in the generator's build (tag gencatalog), parses the YAML itself: the
// generator must build without the file it writes, which may be stale or missing.
func generatedCatalog() *Catalog {
	cat, _ := Parse(EmbeddedFile, embeddedCatalog, nil)
	return cat
}
