package cli

import (
	"bytes"
	"io"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/analysis"
	"github.com/breakeven/breakeven/report"
)

// filesUnderTestdata lists every YAML file under testdata, valid or not (overlays and the
// error cases included): none may crash any command.
func filesUnderTestdata(t *testing.T) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(filepath.Join("..", "testdata"), func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && (strings.HasSuffix(path, ".yaml") || strings.HasSuffix(path, ".yml")) {
			files = append(files, path)
		}
		return err
	})
	if err != nil || len(files) < 30 {
		t.Fatalf("walking testdata: %d files, %v", len(files), err)
	}
	return files
}

// TestEveryFileEveryCommandEveryFormat runs price, compare and sweep in every format on every
// file under testdata and on the built-in examples (no path): each either succeeds or
// reports bad input (exit 2), never a crash (exit 1 with "internal error") and never output
// on stdout with an error.
func TestEveryFileEveryCommandEveryFormat(t *testing.T) {
	inputs := append([][]string{nil}, nil)
	for _, f := range filesUnderTestdata(t) {
		inputs = append(inputs, []string{f})
	}
	for _, paths := range inputs {
		for _, cmd := range []string{"price", "compare", "sweep"} {
			for _, format := range []string{"table", "json", "markdown", "csv"} {
				if cmd != "price" && format != "table" {
					continue // compare's and sweep's analyses are worked out once, below, for the other formats
				}
				var stdout, stderr bytes.Buffer
				args := append([]string{cmd, "--format", format}, paths...)
				code := Run(args, &stdout, &stderr)
				if code != exitOK && code != exitUsage || strings.Contains(stderr.String(), "internal error") {
					t.Errorf("breakeven %s: exit %d: %s", strings.Join(args, " "), code, stderr.String())
				}
				if code != exitOK && stdout.Len() > 0 {
					t.Errorf("breakeven %s: exit %d with output on stdout", strings.Join(args, " "), code)
				}
			}
		}
		analysesEveryFormat(t, paths)
	}
}

// analysesEveryFormat renders compare's and sweep's analyses of the workloads at paths (when
// they load) in the formats other than the table, which the commands themselves rendered.
func analysesEveryFormat(t *testing.T, paths []string) {
	t.Helper()
	var flags pricingFlags
	flags.format = string(report.Table)
	in, err := flags.resolve(paths, streams{stderr: io.Discard})
	if err != nil {
		return // bad input: the commands said so above
	}
	cmp := analysis.Compare(in.set, in.cat, analysis.CompareOptions{Month: in.month, GrowthMonths: analysis.DefaultGrowthMonths})
	var sweeps []model.SweepResult
	for _, w := range in.set {
		sweeps = append(sweeps, model.Sweep(w, in.cat, model.SweepOptions{Month: in.month}))
	}
	for _, f := range []report.Format{report.JSON, report.Markdown, report.CSV} {
		if err := report.WriteComparison(io.Discard, cmp, f); err != nil {
			t.Errorf("compare %v in %s: %v", paths, f, err)
		}
		if err := report.WriteSweep(io.Discard, sweeps, f); err != nil {
			t.Errorf("sweep %v in %s: %v", paths, f, err)
		}
	}
}

func TestAPanicIsABugNotBadInput(t *testing.T) {
	var stderr bytes.Buffer
	code := func() (code int) {
		defer recoverBug(&stderr, &code)
		panic("index out of range [3] with length 3")
	}()
	if code != exitError {
		t.Errorf("exit %d, want %d (a bug, not bad input)", code, exitError)
	}
	if got := stderr.String(); !strings.HasPrefix(got, "breakeven: internal error: index out of range") || strings.Contains(got, "goroutine") {
		t.Errorf("stderr %q: want one line naming the bug, no stack trace", got)
	}
}
