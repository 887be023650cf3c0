package workloads

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/breakeven/breakeven/internal/yamlspec"
	"github.com/breakeven/breakeven/model"
)

// The examples, and a copy of Schema() beside them so that an editor running the YAML
// language server validates them (their first line names it). The copy is checked by
// TestSchemaFileIsCurrent; regenerate it with: go test ./workloads -update
//
//go:embed examples/*.yaml
var examples embed.FS

// ExampleNames returns the names of the embedded examples (their file names without .yaml),
// sorted.
func ExampleNames() []string {
	matches, _ := fs.Glob(examples, "examples/*.yaml") // the pattern is valid
	names := make([]string, len(matches))
	for i, m := range matches {
		names[i] = strings.TrimSuffix(path.Base(m), ".yaml")
	}
	sort.Strings(names)
	return names
}

// ExampleSource returns the YAML of the example called name, comments and all. An unknown
// name gives an error naming the closest example, or listing them all.
func ExampleSource(name string) ([]byte, error) {
	data, err := examples.ReadFile("examples/" + name + ".yaml")
	if err == nil && !strings.ContainsAny(name, "/\\") {
		return data, nil
	}
	names := ExampleNames()
	if s, ok := yamlspec.Suggest(name, names); ok {
		return nil, fmt.Errorf("no example called %q (did you mean %q?)", name, s)
	}
	return nil, fmt.Errorf("no example called %q; the examples are %s", name, strings.Join(names, ", "))
}

// Examples returns the embedded example workloads, sorted by file name, each with File set to
// "examples/NAME.yaml". The examples are tested to load without error.
func Examples() []model.Workload {
	var out []model.Workload
	for _, name := range ExampleNames() {
		file := "examples/" + name + ".yaml"
		data, _ := examples.ReadFile(file) // listed just above
		w, err := Parse(file, data)
		if err != nil {
			panic("workloads: embedded example is invalid: " + err.Error())
		}
		out = append(out, w)
	}
	return out
}
