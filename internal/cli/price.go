package cli

import (
	"flag"
	"io"
	"strings"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/breakeven/breakeven/report"
	"github.com/breakeven/breakeven/workloads"
)

func runPrice(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("price", flag.ContinueOnError)
	format := fs.String("format", string(report.Table), "output format: table, json, markdown or csv")
	monthsAhead := fs.Int64("months-ahead", 0, "project each workload's traffic this many months forward at its growth_percent_per_month")
	monthName := fs.String("month", "", "price a calendar month, YYYY-MM, hour by hour (default: AWS's 730-hour month)")
	var overlays listFlag
	fs.Var(&overlays, "pricing", "a catalog file whose rates replace or extend the embedded ones (repeatable)")
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	f, err := parseFormat(*format, report.Formats)
	if err != nil {
		return err
	}
	month := model.StandardMonth()
	if *monthName != "" {
		if month, err = model.ParseMonth(*monthName); err != nil {
			return usagef("--month: %v", err)
		}
	}
	if *monthsAhead < 0 || *monthsAhead > 120 {
		return usagef("--months-ahead %d: expected 0 to 120", *monthsAhead)
	}
	cat, err := loadCatalog(overlays)
	if err != nil {
		return err
	}
	var set []model.Workload
	if len(paths) == 0 {
		set = workloads.Examples()
	} else if set, err = workloads.LoadPaths(paths); err != nil {
		return asInput(err)
	}
	return report.Write(stdout, model.Price(set, cat, model.Options{Month: month, MonthsAhead: *monthsAhead}), f)
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
