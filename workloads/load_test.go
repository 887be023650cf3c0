package workloads

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeFiles creates files (name -> content) under a new temporary directory.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func named(name string) string { return strings.Replace(minimal, "fast-api", name, 1) }

func TestLoadPathsOneFile(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.yaml": named("a")})
	ws, err := LoadPaths([]string{filepath.Join(dir, "a.yaml")})
	if err != nil || len(ws) != 1 || ws[0].Name != "a" || ws[0].File != filepath.Join(dir, "a.yaml") {
		t.Fatalf("LoadPaths = %+v, %v", ws, err)
	}
	_, err = LoadPaths([]string{filepath.Join(dir, "missing.yaml")})
	if err == nil || err.Error() != filepath.Join(dir, "missing.yaml")+": no such file or directory" {
		t.Errorf("LoadPaths(missing) = %v", err)
	}
}

func TestLoadPathsDirectoryAndFiles(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"b.yaml":        named("b"),
		"a.yml":         named("a"),
		"notes.txt":     "not a workload",
		"sub/c.yaml":    named("c"), // not recursive
		"other/d.yaml":  named("d"),
		"other/e.yaml":  named("e"),
		"other/zz.yaml": named("zz"),
	})
	ws, err := LoadPaths([]string{dir, filepath.Join(dir, "other", "d.yaml"), filepath.Join(dir, "b.yaml")})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, w := range ws {
		names = append(names, w.Name)
	}
	// b.yaml is named twice but read once.
	if got := strings.Join(names, ","); got != "a,b,d" {
		t.Errorf("names = %s, want a,b,d", got)
	}
	if ws, err := LoadPaths(nil); ws != nil || err != nil {
		t.Errorf("LoadPaths(nil) = %v, %v", ws, err)
	}
}

func TestLoadPathsReportsEverything(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.yaml":      named("api"),
		"b.yaml":      "# the same name again\n" + named("api"),
		"c.yaml":      named("c") + "lambda:\n  memory_mb: 512\n",
		"empty/x.txt": "",
		"d.yaml":      named("Bad Name"),
		"e.yaml":      named("bad-name-dup-check"),
	})
	_, err := LoadPaths([]string{dir, filepath.Join(dir, "nope"), filepath.Join(dir, "empty")})
	if err == nil {
		t.Fatal("want errors")
	}
	want := []string{
		filepath.Join(dir, "b.yaml") + `:2:7: name: workload name "api" is already used in ` + filepath.Join(dir, "a.yaml") + ":1:7",
		filepath.Join(dir, "c.yaml") + `:8:3: lambda: unknown key "memory_mb"; valid keys are architecture, ephemeral_storage_mb, free_tier, provisioned_concurrency, concurrency_limit, provisioned_schedule, provisioned_hours, runtime, package_mb, vpc, init_ms, bill_cold_starts, quota_raised, keep_alive_minutes`,
		filepath.Join(dir, "d.yaml") + `:1:7: name: "Bad Name" is not valid; expected a name of lowercase letters, digits and dashes (at most 63, not starting or ending with a dash), such as mobile-backend`,
		filepath.Join(dir, "nope") + ": no such file or directory",
		filepath.Join(dir, "empty") + ": no workload files (*.yaml or *.yml) in this directory",
	}
	if got := err.Error(); got != strings.Join(want, "\n") {
		t.Errorf("errors:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}
}

func TestLoadPathsExamples(t *testing.T) {
	ws, err := LoadPaths([]string{"examples"})
	if err != nil {
		t.Fatal(err)
	}
	if len(ws) != len(ExampleNames()) {
		t.Errorf("loaded %d of %d examples", len(ws), len(ExampleNames()))
	}
}

// A directory of symbolic links to workload files loads them; a link that leads nowhere and a
// loop of links are reported by name, with what they are, and the rest still load.
func TestLoadPathsFollowsLinks(t *testing.T) {
	real := writeFiles(t, map[string]string{"a.yaml": named("a"), "b.yaml": named("b")})
	dir := t.TempDir()
	for name, target := range map[string]string{
		"a.yaml":   filepath.Join(real, "a.yaml"),
		"b.yml":    filepath.Join(real, "b.yaml"),
		"sub.yaml": real, // a link to a directory is a directory: not read (not recursive)
	} {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	ws, err := LoadPaths([]string{dir})
	if err != nil || len(ws) != 2 || ws[0].Name != "a" || ws[1].Name != "b" {
		t.Fatalf("a directory of links: %v, %v", ws, err)
	}
	for name, target := range map[string]string{"c.yaml": "missing.yaml", "x.yaml": "y.yaml", "y.yaml": "x.yaml"} {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	_, err = LoadPaths([]string{dir})
	want := strings.Join([]string{
		filepath.Join(dir, "c.yaml") + ": is a symbolic link to missing.yaml, which does not exist",
		filepath.Join(dir, "x.yaml") + ": is a loop of symbolic links (too many levels of symbolic links)",
		filepath.Join(dir, "y.yaml") + ": is a loop of symbolic links (too many levels of symbolic links)",
	}, "\n")
	if err == nil || err.Error() != want {
		t.Errorf("dangling and looping links:\n%v\nwant:\n%s", err, want)
	}
}

// A file past FileLimit is refused by every loader, by name, before it is decoded.
func TestLoadPathsSizeLimit(t *testing.T) {
	big := named("big") + "# " + strings.Repeat("x", int(FileLimit.Bytes)) + "\n"
	dir := writeFiles(t, map[string]string{"big.yaml": big, "ok.yaml": named("ok")})
	path := filepath.Join(dir, "big.yaml")
	want := fmt.Sprintf("%s: is %d bytes; a workload file may be at most 1 MiB (1048576 bytes)", path, len(big))
	if _, err := LoadPaths([]string{dir}); err == nil || err.Error() != want {
		t.Errorf("LoadPaths: %v, want %s", err, want)
	}
	if _, err := LoadPaths([]string{path}); err == nil || err.Error() != want {
		t.Errorf("LoadPaths(file): %v, want %s", err, want)
	}
}

// A directory's YAML file that is not a workload (a --pricing overlay, a CI workflow, a list,
// an empty file) is skipped with the reason when its problems show it is something else; one
// that has a workload's sections keeps its problems, and a file named itself is always read
// as a workload.
func TestLoadSetSkipsWhatIsNotAWorkload(t *testing.T) {
	overlay := "catalog: acme\nas_of: \"2026-11-01\"\nsources: {}\nregions: {}\n"
	dir := writeFiles(t, map[string]string{
		"a.yaml":        named("a"),
		"mine.yaml":     overlay,
		"ci.yml":        "name: ci\non: push\njobs: {}\n",
		"list.yaml":     "- 1\n- 2\n",
		"empty.yaml":    "# nothing yet\n",
		"typo.yaml":     named("typo") + "lambda:\n  memory_mb: 512\n",
		"not-yaml.yaml": "name: [unclosed\n",
	})
	set, err := LoadSet([]string{dir}, nil, Known{})
	want := strings.Join([]string{
		filepath.Join(dir, "not-yaml.yaml") + ":1:7: invalid YAML: did not find expected ',' or ']' (the [ that starts here is not closed)",
		filepath.Join(dir, "typo.yaml") + `:8:3: lambda: unknown key "memory_mb"; valid keys are architecture, ephemeral_storage_mb, free_tier, provisioned_concurrency, concurrency_limit, provisioned_schedule, provisioned_hours, runtime, package_mb, vpc, init_ms, bill_cold_starts, quota_raised, keep_alive_minutes`,
	}, "\n")
	if err == nil || err.Error() != want {
		t.Errorf("problems:\n%v\nwant:\n%s", err, want)
	}
	var skipped []string
	for _, s := range set.Skipped {
		skipped = append(skipped, filepath.Base(s.File)+": "+s.Reason)
	}
	wantSkipped := []string{
		"ci.yml: not a workload: none of its top-level keys (name, on, jobs) is one of a workload's sections (region, traffic, function, lambda, ...)",
		"empty.yaml: empty: not a workload",
		"list.yaml: its top level is not a mapping of keys: not a workload",
		"mine.yaml: not a workload: none of its top-level keys (catalog, as_of, sources, regions) is one of a workload's sections (region, traffic, function, lambda, ...)",
	}
	if got := strings.Join(skipped, "\n"); got != strings.Join(wantSkipped, "\n") {
		t.Errorf("skipped:\n%s\nwant:\n%s", got, strings.Join(wantSkipped, "\n"))
	}

	os.Remove(filepath.Join(dir, "typo.yaml"))
	os.Remove(filepath.Join(dir, "not-yaml.yaml"))
	set, err = LoadSet([]string{dir}, nil, Known{})
	if err != nil || len(set.Workloads) != 1 || set.Workloads[0].Name != "a" || len(set.Skipped) != 4 {
		t.Errorf("a directory with one workload and four other files: %+v, %v", set, err)
	}
	// Named itself, the overlay is read as a workload, and its problems are reported.
	if _, err := LoadSet([]string{filepath.Join(dir, "mine.yaml")}, nil, Known{}); err == nil || !strings.Contains(err.Error(), `unknown key "catalog"`) {
		t.Errorf("an overlay named itself: %v", err)
	}
	// A directory of nothing but other files has no workload files.
	only := writeFiles(t, map[string]string{"mine.yaml": overlay})
	if _, err := LoadSet([]string{only}, nil, Known{}); err == nil || err.Error() != only+": no workload files in this directory: its *.yaml and *.yml files are not workloads (skipped)" {
		t.Errorf("a directory of an overlay alone: %v", err)
	}
}

// The path "-" reads a workload from stdin, named <stdin> in positions, mixed with files, read
// once however often it is named, through FileLimit; without a stdin it is a file's name.
func TestLoadSetStdin(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.yaml": named("a")})
	set, err := LoadSet([]string{filepath.Join(dir, "a.yaml"), "-", "-"}, strings.NewReader(named("piped")), Known{})
	if err != nil || len(set.Workloads) != 2 || set.Workloads[1].Name != "piped" || set.Workloads[1].File != "<stdin>" {
		t.Fatalf("a file and stdin: %+v, %v", set, err)
	}
	_, err = LoadSet([]string{"-"}, strings.NewReader(named("piped")+"lambda:\n  memory_mb: 512\n"), Known{})
	if err == nil || !strings.HasPrefix(err.Error(), `<stdin>:8:3: lambda: unknown key "memory_mb"`) {
		t.Errorf("a bad workload on stdin: %v", err)
	}
	big := named("big") + "# " + strings.Repeat("x", int(FileLimit.Bytes)) + "\n"
	_, err = LoadSet([]string{"-"}, strings.NewReader(big), Known{})
	if err == nil || err.Error() != "<stdin>: is more than 1 MiB (1048576 bytes); a workload file may be at most that" {
		t.Errorf("too much on stdin: %v", err)
	}
	if _, err := LoadSet([]string{"-"}, nil, Known{}); err == nil || err.Error() != "-: no such file or directory" {
		t.Errorf("no stdin: %v", err)
	}
}
