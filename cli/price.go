package cli

import (
	"flag"
	"io"
	"runtime"
	"strings"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/analysis"
	"github.com/breakeven/breakeven/pricing"
	"github.com/breakeven/breakeven/report"
)

func runPrice(args []string, std streams) error {
	stdout := std.stdout
	fs := flag.NewFlagSet("price", flag.ContinueOnError)
	var common pricingFlags
	common.register(fs)
	monthsAhead := fs.Int64("months-ahead", 0, "project each workload's traffic `N` months forward at its growth_percent_per_month")
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if *monthsAhead < 0 || *monthsAhead > 120 {
		return usagef("--months-ahead %d: expected 0 to 120", *monthsAhead)
	}
	defer tuneGCForBatch()()
	in, err := common.resolve(paths, std)
	if err != nil {
		return err
	}
	if err := growthWithinBounds(in, "--months-ahead", *monthsAhead, *monthsAhead+1, false, -1); err != nil {
		return err
	}
	return writePriced(stdout, in, model.Options{Month: in.month, MonthsAhead: *monthsAhead})
}

// writePriced prices in's workloads on every core and writes each as soon as it and those
// before it are priced, in the order of the set, the same bytes as pricing them all first:
// a set of any size takes memory for the workloads it holds, those in flight and what the
// portfolio and the format keep of each (see model.Stream and report.Writer).
func writePriced(stdout io.Writer, in pricingInput, opt model.Options) error {
	sizeGCForBatch(batchLimit(len(in.set)))
	s := model.NewStream(in.cat, opt)
	out, err := streamOutput(stdout)
	if err != nil {
		return err
	}
	w, err := report.NewWriter(out, in.format, s.Head())
	if err != nil {
		return err
	}
	type priced struct {
		result model.WorkloadResult
		part   report.Part
		err    error
	}
	price := func(i int) priced {
		r := analysis.WithMerges(s.Price(in.set[i]), in.cat, s.Head().Month)
		part, err := report.Render(in.format, r, s.Head().MonthHours)
		return priced{r, part, err}
	}
	billed := in.format != report.CSV // the one format that never shows a portfolio (ShowsPortfolio)
	err = inOrder(len(in.set), runtime.GOMAXPROCS(0), price, func(i int, p priced) error {
		if p.err != nil {
			return p.err
		}
		if billed {
			s.Add(p.result)
		}
		in.set[i] = model.Workload{} // written: let it go
		return w.Add(p.part)
	})
	if err != nil {
		return err
	}
	var p model.Portfolio
	if w.ShowsPortfolio() { // one workload's table, or CSV: no account to bill
		p = s.Portfolio()
	}
	return w.Close(p)
}

func parseFormat(s string, allowed []report.Format) (report.Format, error) {
	var names []string
	for _, f := range allowed {
		if string(f) == s {
			return f, nil
		}
		names = append(names, string(f))
	}
	return "", usagef("--format %q: expected one of %s", s, strings.Join(names, ", "))
}

// loadCatalog loads the embedded catalog with the user's overlays.
func loadCatalog(overlays []string) (*pricing.Catalog, error) {
	cat, err := pricing.Load(overlays...)
	if err != nil {
		return nil, asInput(err)
	}
	return cat, nil
}

// asInput marks an error about the user's files as bad input: exit code 2.
func asInput(err error) error { return inputError{err} }
