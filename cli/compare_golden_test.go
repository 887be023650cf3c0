package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// The cases of `breakeven compare` live in testdata/compare/:
//
//	testdata/compare/<case>.yaml              a workload, compared in every format
//	testdata/compare/<case>.<format>.golden   the expected output, byte for byte
//	testdata/compare/examples.table.golden    `breakeven compare` on the built-in examples
//
// Regenerate with go test ./cli -update. Each case states figures worked out by
// hand as "# expect: PATH = VALUE" lines, PATH a dotted path into the JSON output
// (comparisons.0.hybrid.units); the test checks them.
func TestCompareGoldenCases(t *testing.T) {
	dir := filepath.Join(testdataDir, "compare")
	cases, _ := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if len(cases) == 0 {
		t.Fatal("no cases in testdata/compare/")
	}
	for _, path := range cases {
		name := strings.TrimSuffix(filepath.Base(path), ".yaml")
		t.Run(name, func(t *testing.T) {
			rel := filepath.ToSlash(filepath.Join("testdata", "compare", name+".yaml"))
			for _, f := range formats {
				stdout := runOK(t, "compare", "--format", f, rel)
				golden(t, filepath.Join(dir, name+"."+f+".golden"), stdout)
				if f == "json" {
					checkJSONPaths(t, path, stdout)
				}
			}
		})
	}
}

// TestCompareExamples runs `breakeven compare` on the built-in examples, as a new user
// would first, and checks the flat-traffic example's break-evens worked out by hand in its
// comments (workloads/examples/flat-api.yaml).
func TestCompareExamples(t *testing.T) {
	table := runOK(t, "compare")
	golden(t, filepath.Join(testdataDir, "compare", "examples.table.golden"), table)
	out := string(table)
	for _, want := range []string{
		"Fargate no dearer than Lambda from 19,306,479 (7.346/s)",
		"EC2 no dearer than Lambda from 28,351,716 (10.788/s)",
	} {
		section := out[strings.Index(out, "flat-api  us-east-1"):]
		section = section[:strings.Index(section, "\nimage-thumbnails")]
		if !strings.Contains(strings.Join(strings.Fields(section), " "), want) {
			t.Errorf("flat-api: %q not in\n%s", want, section)
		}
	}
}

var expectPath = regexp.MustCompile(`(?m)^# expect: ([a-z0-9_.]+) = (\S+)$`)

// checkJSONPaths checks a compare case's "# expect: PATH = VALUE" lines against its JSON.
func checkJSONPaths(t *testing.T, casePath string, jsonOut []byte) {
	t.Helper()
	src, err := os.ReadFile(casePath)
	if err != nil {
		t.Fatal(err)
	}
	var doc any
	if err := json.Unmarshal(jsonOut, &doc); err != nil {
		t.Fatal(err)
	}
	lines := expectPath.FindAllStringSubmatch(string(src), -1)
	if len(lines) == 0 {
		t.Fatalf("%s states no figure worked out by hand (# expect: PATH = VALUE)", casePath)
	}
	for _, m := range lines {
		got, ok := jsonAt(doc, m[1])
		if !ok {
			t.Errorf("%s: no %s in the JSON output", casePath, m[1])
			continue
		}
		if got != m[2] {
			t.Errorf("%s: %s = %s, want %s", casePath, m[1], got, m[2])
		}
	}
}

// jsonAt follows a dotted path (object keys and array indexes) and writes what it finds as
// text: strings as they are, numbers in full.
func jsonAt(doc any, path string) (string, bool) {
	for _, key := range strings.Split(path, ".") {
		switch v := doc.(type) {
		case map[string]any:
			doc = v[key]
		case []any:
			i, err := strconv.Atoi(key)
			if err != nil || i < 0 || i >= len(v) {
				return "", false
			}
			doc = v[i]
		default:
			return "", false
		}
		if doc == nil {
			return "", false
		}
	}
	switch v := doc.(type) {
	case string:
		return v, true
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64), true
	case bool:
		return strconv.FormatBool(v), true
	}
	return "", false
}
