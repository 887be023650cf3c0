package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/breakeven/breakeven/workloads"
	"go.yaml.in/yaml/v3"
)

// batchDir writes n workload files, the built-in examples in turn, each renamed so that no
// name is used twice, into a directory of the benchmark's.
func batchDir(b testing.TB, n int) string {
	b.Helper()
	dir := b.TempDir()
	names := workloads.ExampleNames()
	nameLine := regexp.MustCompile(`(?m)^name: (.+)$`)
	for i := range n {
		src, err := workloads.ExampleSource(names[i%len(names)])
		if err != nil {
			b.Fatal(err)
		}
		src = nameLine.ReplaceAll(src, fmt.Appendf(nil, "name: w%05d-$1", i))
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("w%05d.yaml", i)), src, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	return dir
}

// BenchmarkPrice1000FilesFloor reads and YAML-decodes 1,000 workload files one after another,
// and nothing else: the floor of pricing them.
func BenchmarkPrice1000FilesFloor(b *testing.B) {
	files, err := filepath.Glob(filepath.Join(batchDir(b, 1000), "*.yaml"))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			var doc yaml.Node
			if err := yaml.Unmarshal(data, &doc); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func benchmarkPrice1000Files(b *testing.B, format string) {
	dir := batchDir(b, 1000)
	b.ReportAllocs()
	for b.Loop() {
		if code := Run([]string{"price", "--format", format, dir}, io.Discard, io.Discard); code != 0 {
			b.Fatalf("exit code %d", code)
		}
	}
}

// BenchmarkPrice1000FilesJSON prices 1,000 workload files, the examples in turn, in JSON: read
// and checked, priced on every core, written as each is priced. Budget (issue 12): at most 3x
// its floor, BenchmarkPrice1000FilesFloor.
func BenchmarkPrice1000FilesJSON(b *testing.B) { benchmarkPrice1000Files(b, "json") }

// BenchmarkPrice1000FilesTable prices the same files as a table, the summary first. Budget
// (issue 12): at most 3x its floor, BenchmarkPrice1000FilesFloor.
func BenchmarkPrice1000FilesTable(b *testing.B) { benchmarkPrice1000Files(b, "table") }
