package pricing

import "testing"

// BenchmarkLoadCatalog builds the embedded catalog as every start does, from its generated Go
// form. Parsing its YAML took 19 ms, 84% of the start of price of one file (issue 12), whose
// budget is 3x a hello-world binary's 1-2 ms. Budget (issue 12): at most 1 ms.
func BenchmarkLoadCatalog(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuildProviderCatalog builds one provider's embedded catalog from its generated Go
// form, as the first bill on that provider does (once a run: LoadProvider shares it after).
// Budget: at most 50 us, a twentieth of BenchmarkLoadCatalog's 1 ms.
func BenchmarkBuildProviderCatalog(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		c := generatedProviderCatalog("cloudrun")
		c.resolveSources()
	}
}
