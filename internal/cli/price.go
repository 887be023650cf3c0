package cli

import (
	"flag"
	"io"
	"strings"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/breakeven/breakeven/report"
)

func runPrice(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("price", flag.ContinueOnError)
	var common pricingFlags
	common.register(fs)
	monthsAhead := fs.Int64("months-ahead", 0, "project each workload's traffic this many months forward at its growth_percent_per_month")
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if *monthsAhead < 0 || *monthsAhead > 120 {
		return usagef("--months-ahead %d: expected 0 to 120", *monthsAhead)
	}
	in, err := common.resolve(paths)
	if err != nil {
		return err
	}
	if err := growthWithinBounds(in, "--months-ahead", *monthsAhead, *monthsAhead+1, false, -1); err != nil {
		return err
	}
	return report.Write(stdout, model.Price(in.set, in.cat, model.Options{Month: in.month, MonthsAhead: *monthsAhead}), in.format)
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
