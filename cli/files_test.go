package cli

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/breakeven/breakeven/internal/yamlspec"
)

// A bad overlay does not hide the workload files' own problems: both are listed, overlay
// first, in one exit 2, and the count covers both (4 in the overlay, 10 in the workload, as
// their own golden files list them).
func TestOverlayAndWorkloadProblemsTogether(t *testing.T) {
	overlay, workload := "testdata/pricing/bad-overlay.yaml", "testdata/errors/many-problems.yaml"
	for _, cmd := range []string{"price", "compare", "sweep"} {
		code, stdout, stderr := run(t, cmd, "--pricing", overlay, workload)
		if code != exitUsage || stdout != "" {
			t.Fatalf("%s: exit %d, stdout %q", cmd, code, stdout)
		}
		lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
		if len(lines) != 15 || lines[14] != "breakeven "+cmd+": 14 problems" {
			t.Fatalf("%s: %d lines:\n%s", cmd, len(lines), stderr)
		}
		for i, line := range lines[:14] {
			want := workload
			if i < 4 {
				want = overlay
			}
			if !strings.HasPrefix(line, want+":") {
				t.Errorf("%s: line %d is not about %s: %s", cmd, i+1, want, line)
			}
		}
	}
}

// The explorer, which cannot open without its catalog, lists the overlay's problems and the
// workload files' together too.
func TestExploreInputOverlayAndWorkloadProblems(t *testing.T) {
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	overlay := filepath.Join(root, "testdata", "pricing", "bad-overlay.yaml")
	workload := filepath.Join(root, "testdata", "errors", "many-problems.yaml")
	common := pricingFlags{overlays: listFlag{overlay}}
	_, sources, err := exploreInput(&common, []string{workload}, io.Discard)
	var list yamlspec.ErrorList
	if sources != nil || !asList(err, &list) || len(list) != 14 || list[0].File != overlay || list[13].File != workload {
		t.Fatalf("exploreInput = %v sources, %v", sources, err)
	}
}

// asList says err holds a yamlspec.ErrorList, and puts it in list.
func asList(err error, list *yamlspec.ErrorList) bool {
	for err != nil {
		if l, ok := err.(yamlspec.ErrorList); ok {
			*list = l
			return true
		}
		u, ok := err.(interface{ Unwrap() error })
		if !ok {
			return false
		}
		err = u.Unwrap()
	}
	return false
}

// A file too large for a workload (or a pricing file) is refused by name with exit 2 and
// nothing on stdout, before it is decoded.
func TestRefusesAFileTooLarge(t *testing.T) {
	big := filepath.Join(t.TempDir(), "big.yaml")
	if err := os.WriteFile(big, []byte("name: big\n# "+strings.Repeat("x", 5<<20)+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"price", big},
		{"validate", big},
		{"price", "--pricing", big, "testdata/mobile-backend.yaml"},
		{"pricing", "--pricing", big},
	} {
		code, stdout, stderr := run(t, args...)
		if code != exitUsage || stdout != "" || !strings.HasPrefix(stderr, big+": is 5242893 bytes; a ") || !strings.Contains(stderr, "may be at most") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, stdout, stderr)
		}
	}
}

// A file of 10,113 bad values (as many as memory_sizes may list) lists its first 50 problems
// and then how many more; every file is still reported, and the count covers them all.
func TestProblemsListedPerFileAreCapped(t *testing.T) {
	base, err := os.ReadFile(filepath.Join("..", "testdata", "mobile-backend.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var paths []string
	for _, name := range []string{"a", "b"} {
		text := strings.Replace(string(base), "name: mobile-backend", "name: "+name, 1) +
			"tuning:\n  memory_sizes: [" + strings.Repeat("1,", 10112) + "1]\n"
		p := filepath.Join(dir, name+".yaml")
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	code, stdout, stderr := run(t, append([]string{"validate"}, paths...)...)
	lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
	if code != exitUsage || stdout != "" || len(lines) != 2*51+1 {
		t.Fatalf("exit %d, stdout %q, %d lines:\n%.2000s", code, stdout, len(lines), stderr)
	}
	for i, p := range paths {
		first, last := lines[51*i], lines[51*i+50]
		if first != p+":42:18: tuning.memory_sizes[0]: 1 is below the minimum of 128" ||
			last != p+": 10063 more problems not listed (only the first 50 of a file are)" {
			t.Errorf("%s: first %q, last %q", p, first, last)
		}
	}
	if lines[102] != "breakeven validate: 20226 problems" {
		t.Errorf("count: %q", lines[102])
	}
}
