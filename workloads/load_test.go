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

func TestLoad(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.yaml": named("a")})
	w, err := Load(filepath.Join(dir, "a.yaml"))
	if err != nil || w.Name != "a" || w.File != filepath.Join(dir, "a.yaml") {
		t.Fatalf("Load = %+v, %v", w, err)
	}
	_, err = Load(filepath.Join(dir, "missing.yaml"))
	if err == nil || err.Error() != filepath.Join(dir, "missing.yaml")+": no such file or directory" {
		t.Errorf("Load(missing) = %v", err)
	}
	_, err = Load(dir)
	if err == nil || err.Error() != dir+": is a directory, not a regular file: not read" {
		t.Errorf("Load(dir) = %v", err)
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
	if _, err := Load(path); err == nil || err.Error() != want {
		t.Errorf("Load: %v, want %s", err, want)
	}
}
