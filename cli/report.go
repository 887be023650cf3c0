package cli

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/analysis"
	"github.com/breakeven/breakeven/report"
	"github.com/breakeven/breakeven/report/html"
)

// runReport writes the decision analyses of the workloads as one self-contained HTML document
// (report/html), to --out or to stdout. Every input is checked first: bad input writes
// nothing. --out is written whole or not at all: a temporary file beside it, renamed over it.
func runReport(args []string, std streams) error {
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	common := pricingFlags{format: string(report.Table)}
	common.registerCatalog(fs)
	months := fs.Int64("months", analysis.DefaultGrowthMonths, "`N` months of growth to chart, from the month priced")
	out := fs.String("out", "", "write the report to `FILE`, replacing it whole (default: standard output)")
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if *months < 1 || *months > 120 {
		return usagef("--months %d: expected 1 to 120", *months)
	}
	in, err := common.resolve(paths, std)
	if err != nil {
		return err
	}
	if err := growthWithinBounds(in, "--months", *months, *months, true, 0); err != nil {
		return err
	}
	info, _ := debug.ReadBuildInfo()
	doc := html.Input{
		Comparison: analysis.Compare(in.set, in.cat, analysis.CompareOptions{Month: in.month, GrowthMonths: *months}),
		Priced:     model.Price(slices.Clone(in.set), in.cat, model.Options{Month: in.month}),
		Version:    buildVersion(info),
	}
	var buf bytes.Buffer
	if err := html.Write(&buf, doc); err != nil {
		return err
	}
	if *out == "" {
		_, err := std.stdout.Write(buf.Bytes())
		return err
	}
	return writeWhole(*out, buf.Bytes())
}

// writeWhole writes data to path through a temporary file in the same directory, renamed
// over path once written and synced: a reader sees the old file or the new one, never half.
func writeWhole(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".breakeven-report-*.tmp")
	if err != nil {
		return usagef("--out %s: %v", path, err)
	}
	done := false
	defer func() {
		if !done {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err := tmp.Write(data); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	done = true
	return nil
}
