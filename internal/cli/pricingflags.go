package cli

import (
	"flag"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/breakeven/breakeven/report"
	"github.com/breakeven/breakeven/workloads"
)

// pricingFlags are the flags every command that prices workloads takes: the output format,
// the month and the catalog overlays.
type pricingFlags struct {
	format, month string
	overlays      listFlag
}

// register adds the flags to fs.
func (p *pricingFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&p.format, "format", string(report.Table), "output format: table, json, markdown or csv")
	fs.StringVar(&p.month, "month", "", "price a calendar month, YYYY-MM, hour by hour (default: AWS's 730-hour month)")
	fs.Var(&p.overlays, "pricing", "a catalog file whose rates replace or extend the embedded ones (repeatable)")
}

// pricingInput is what the flags and the paths name: the format, the month, the catalog
// and the workloads (the built-in examples when no path is given).
type pricingInput struct {
	format report.Format
	month  model.Month
	cat    *pricing.Catalog
	set    []model.Workload
}

// resolve checks the flags, then loads the catalog and the workloads at paths.
func (p *pricingFlags) resolve(paths []string) (pricingInput, error) {
	format, err := parseFormat(p.format, report.Formats)
	if err != nil {
		return pricingInput{}, err
	}
	in, err := p.resolveCatalog()
	if err != nil {
		return in, err
	}
	in.format = format
	if len(paths) == 0 {
		in.set = workloads.Examples()
	} else if in.set, err = workloads.LoadPathsKnown(paths, knownOf(in.cat)); err != nil {
		return in, asInput(err)
	}
	return in, nil
}

// resolveCatalog checks the month and loads the catalog with its overlays.
func (p *pricingFlags) resolveCatalog() (pricingInput, error) {
	var in pricingInput
	var err error
	in.month = model.StandardMonth()
	if p.month != "" {
		if in.month, err = model.ParseMonth(p.month); err != nil {
			return in, usagef("--month: %v", err)
		}
	}
	in.cat, err = loadCatalog(p.overlays)
	return in, err
}
