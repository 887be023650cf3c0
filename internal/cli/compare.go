package cli

import (
	"flag"
	"io"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/report"
	"github.com/breakeven/breakeven/workloads"
)

func runCompare(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("compare", flag.ContinueOnError)
	format := fs.String("format", string(report.Table), "output format: table, json, markdown or csv")
	monthName := fs.String("month", "", "price a calendar month, YYYY-MM, hour by hour (default: AWS's 730-hour month)")
	months := fs.Int64("months", model.DefaultGrowthMonths, "months of growth to project, from the month priced")
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
	if *months < 1 || *months > 120 {
		return usagef("--months %d: expected 1 to 120", *months)
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
	return report.WriteComparison(stdout, model.Compare(set, cat, model.CompareOptions{Month: month, GrowthMonths: *months}), f)
}
