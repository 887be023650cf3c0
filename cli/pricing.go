package cli

import (
	"flag"
	"strings"

	"github.com/breakeven/breakeven/report"
)

func runPricing(args []string, std streams) error {
	stdout := std.stdout
	fs := flag.NewFlagSet("pricing", flag.ContinueOnError)
	region := fs.String("region", "", "show only this `REGION` (default: every region)")
	format := fs.String("format", string(report.Table), "output `FORMAT`: table or json")
	var overlays listFlag
	fs.Var(&overlays, "pricing", "a catalog `FILE` whose rates replace or extend the embedded ones (repeatable; default: the embedded catalog alone)")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("unexpected argument %q", rest[0])
	}
	f, err := parseFormat(*format, []report.Format{report.Table, report.JSON})
	if err != nil {
		return err
	}
	cat, err := loadCatalog(overlays)
	if err != nil {
		return err
	}
	var regions []string
	if *region != "" {
		if _, ok := cat.Regions[*region]; !ok {
			return usagef("--region %s: the catalog has %s", *region, strings.Join(cat.RegionCodes(), ", "))
		}
		regions = []string{*region}
	}
	return report.WriteCatalog(stdout, cat, regions, f)
}
