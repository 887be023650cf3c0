package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runStdin runs breakeven from the repository's root, as runIn does, with stdin as standard
// input.
func runStdin(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chdir(filepath.Join(wd, "..")); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	var out, errOut bytes.Buffer
	code = runWith(args, streams{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errOut})
	return code, out.String(), errOut.String()
}

// `-` reads a workload from standard input, for every command that reads workloads and off a
// terminal for `breakeven -`: the same bytes as the file, but for the name positions and the
// output give it (<stdin>); mixed with files, it is priced in its place among them.
func TestStdinWorkload(t *testing.T) {
	file := "testdata/mobile-backend.yaml"
	data, err := os.ReadFile(filepath.Join("..", file))
	if err != nil {
		t.Fatal(err)
	}
	for _, cmd := range [][]string{{"price"}, {"price", "--format", "json"}, {"compare", "--format", "csv"}, {"sweep"}, {"validate"}, {}} {
		_, want, _ := run(t, append(cmd, file)...)
		want = strings.ReplaceAll(want, file, "<stdin>")
		code, stdout, stderr := runStdin(t, string(data), append(cmd, "-")...)
		if code != exitOK || stderr != "" || stdout != want || stdout == "" {
			t.Errorf("%v -: exit %d, stderr %q, same as the file: %v", cmd, code, stderr, stdout == want)
		}
	}
	other := "testdata/steady-api-arm64.yaml"
	_, want, _ := run(t, "validate", other, file)
	code, stdout, _ := runStdin(t, string(data), "validate", other, "-")
	if code != exitOK || stdout != strings.ReplaceAll(want, file, "<stdin>") {
		t.Errorf("validate FILE -: exit %d, %q", code, stdout)
	}
	code, stdout, stderr := runStdin(t, "name: piped\ntraffic: {requests_per_month: 10}\nfunction: {duration_ms: 10, memory_mb: 128}\nlambda: {memory_mb: 1}\n", "price", "-")
	if code != exitUsage || stdout != "" || !strings.HasPrefix(stderr, `<stdin>:4:10: lambda: unknown key "memory_mb"`) {
		t.Errorf("a bad workload on stdin: exit %d, %q, %q", code, stdout, stderr)
	}
	code, stdout, stderr = runStdin(t, strings.Repeat("#", 1<<20+1), "validate", "-")
	if code != exitUsage || stdout != "" || !strings.HasPrefix(stderr, "<stdin>: is more than 1 MiB (1048576 bytes); a workload file may be at most that\n") {
		t.Errorf("too much on stdin: exit %d, %q, %q", code, stdout, stderr)
	}
}

// price DIR/ of a directory that also holds a --pricing overlay and a CI file prices the
// workloads and says on stderr what it skipped and why; a file there that looks like a
// workload but is invalid is still an error with its problems; a directory of nothing but
// other YAML has no workload files.
func TestPriceDirectorySkipsWhatIsNotAWorkload(t *testing.T) {
	dir := t.TempDir()
	workload, err := os.ReadFile("../testdata/mobile-backend.yaml")
	if err != nil {
		t.Fatal(err)
	}
	overlay := "catalog: acme-negotiated\nas_of: \"2026-11-01\"\nsources:\n  contract: {url: \"https://example.com/acme\", title: \"ACME terms\"}\nregions:\n  us-east-1:\n    rates:\n      ec2.m7g.large.reserved-1y: {price: \"0.0510\", unit: hours, source: contract, as_of: \"2026-11-01\"}\n"
	for name, text := range map[string]string{
		"mobile-backend.yaml": string(workload),
		"mine.yaml":           overlay,
		"ci.yml":              "name: ci\non: push\njobs: {}\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// The directory prices as its one workload named alone does, with the same overlay.
	_, want, _ := run(t, "price", filepath.Join(dir, "mobile-backend.yaml"), "--pricing", filepath.Join(dir, "mine.yaml"))
	code, stdout, stderr := run(t, "price", dir, "--pricing", filepath.Join(dir, "mine.yaml"))
	wantStderr := "breakeven: skipped " + filepath.Join(dir, "ci.yml") + ": not a workload: none of its top-level keys (name, on, jobs) is one of a workload's sections (region, traffic, function, lambda, ...)\n" +
		"breakeven: skipped " + filepath.Join(dir, "mine.yaml") + ": not a workload: none of its top-level keys (catalog, as_of, sources, regions) is one of a workload's sections (region, traffic, function, lambda, ...)\n"
	if code != exitOK || stderr != wantStderr {
		t.Errorf("price DIR: exit %d, stderr:\n%s\nwant:\n%s", code, stderr, wantStderr)
	}
	if !strings.Contains(stdout, "mobile-backend") || stdout != want {
		t.Errorf("price DIR: stdout\n%s\nwant the workload's own price:\n%s", stdout, want)
	}
	if code, stdout, _ = run(t, "validate", dir); code != exitOK || stdout != filepath.Join(dir, "mobile-backend.yaml")+": ok (mobile-backend)\n" {
		t.Errorf("validate DIR: exit %d, %q", code, stdout)
	}
	// The explorer opens the workload and skips the others, as price does.
	var notices bytes.Buffer
	sources, err := exploreSources([]string{dir}, &notices)
	if err != nil || len(sources) != 1 || sources[0].Path != filepath.Join(dir, "mobile-backend.yaml") || notices.String() != wantStderr {
		t.Errorf("the explorer on DIR: %v, %v, notices:\n%s", sources, err, notices.String())
	}
	// A workload with a typo is still an error, with the skips said too.
	bad := strings.Replace(string(workload), "name: mobile-backend", "name: typo", 1) + "trafic: {}\n"
	if err := os.WriteFile(filepath.Join(dir, "typo.yaml"), []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr = run(t, "price", dir)
	if code != exitUsage || stdout != "" || !strings.HasPrefix(stderr, wantStderr+filepath.Join(dir, "typo.yaml")+":") || !strings.Contains(stderr, `unknown key "trafic" (did you mean "traffic"?)`) {
		t.Errorf("price DIR with a bad workload: exit %d, %q, stderr:\n%s", code, stdout, stderr)
	}
	only := t.TempDir()
	if err := os.WriteFile(filepath.Join(only, "mine.yaml"), []byte(overlay), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr = run(t, "price", only)
	if code != exitUsage || stdout != "" || !strings.Contains(stderr, only+": no workload files in this directory: its *.yaml and *.yml files are not workloads (skipped)\n") {
		t.Errorf("price DIR of an overlay alone: exit %d, %q, %q", code, stdout, stderr)
	}
}
