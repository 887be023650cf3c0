package cli

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"

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
	defer tuneGCForBatch()()
	in, err := common.resolve(paths, std)
	if err != nil {
		return err
	}
	if err := growthWithinBounds(in, "--months", *months, *months, true, 0); err != nil {
		return err
	}
	info, _ := debug.ReadBuildInfo()
	head := html.Head{Provenance: model.ProvenanceOf(in.cat, in.month), Version: buildVersion(info)}
	write, err := analyseReport(in, head, analysis.CompareOptions{Month: in.month, GrowthMonths: *months})
	if err != nil {
		return err
	}
	if *out == "" {
		stdout, err := streamOutput(std.stdout)
		if err != nil {
			return err
		}
		return write(stdout)
	}
	return writeWhole(*out, write)
}

// analyseReport works out in's workloads' analyses on every core and renders each as soon as
// it and those before it are done, pricing each as price does for the portfolio, and returns
// what writes the report: a set of any size holds the analyses in flight, the sections in a
// spool (html.Writer) and what the summary, the portfolio and the commitment keep of each.
func analyseReport(in pricingInput, head html.Head, opt analysis.CompareOptions) (func(io.Writer) error, error) {
	sizeGCForBatch(compareLimit(len(in.set)))
	doc := html.NewWriter(head)
	priced := model.NewStream(in.cat, model.Options{Month: in.month})
	commitment := planBeside(in, opt)
	type analysed struct {
		compared analysis.Comparison
		priced   model.WorkloadResult
	}
	work := func(i int) analysed {
		return analysed{analysis.CompareOne(in.set[i], in.cat, opt), priced.Price(in.set[i])}
	}
	err := inOrder(len(in.set), runtime.GOMAXPROCS(0), work, func(_ int, a analysed) error {
		priced.Add(a.priced)
		return doc.Add(a.compared)
	})
	plan := commitment()
	if err != nil {
		return nil, err
	}
	portfolio := priced.Portfolio()
	return func(out io.Writer) error {
		buffered := bufio.NewWriterSize(out, 64<<10)
		if err := doc.Close(buffered, plan, portfolio); err != nil {
			return err
		}
		return buffered.Flush()
	}, nil
}

// writeWhole writes to path what write writes, through a temporary file in the same
// directory, renamed over path once written and synced: a reader sees the old file or the
// new one, never half, and a failure leaves the old one as it was.
func writeWhole(path string, write func(io.Writer) error) error {
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
	if err := write(tmp); err != nil {
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
