package workloads

import (
	"testing"

	"go.yaml.in/yaml/v3"
)

// exampleSources are the built-in examples' files, in name order.
func exampleSources(b *testing.B) [][]byte {
	b.Helper()
	var sources [][]byte
	for _, name := range ExampleNames() {
		src, err := ExampleSource(name)
		if err != nil {
			b.Fatal(err)
		}
		sources = append(sources, src)
	}
	return sources
}

// BenchmarkParseExamplesFloor YAML-decodes the built-in examples into yaml.Node documents, and
// nothing else: the floor of parsing them.
func BenchmarkParseExamplesFloor(b *testing.B) {
	sources := exampleSources(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, src := range sources {
			var doc yaml.Node
			if err := yaml.Unmarshal(src, &doc); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkParseExamples parses the built-in examples as a batch does (ParseKnown, no catalog
// to check against): decoding, checking against the format and building each model.Workload.
// Budget: at most 1.75x BenchmarkParseExamplesFloor (1.65x now, medians of 6 back to back;
// the rest is converting the decoded values, 19%, and checking them against the format, 10%).
func BenchmarkParseExamples(b *testing.B) {
	sources := exampleSources(b)
	b.ReportAllocs()
	for b.Loop() {
		for i, src := range sources {
			if _, err := ParseKnown("w.yaml", src, Known{}); err != nil {
				b.Fatal(i, err)
			}
		}
	}
}
