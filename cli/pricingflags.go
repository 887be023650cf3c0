package cli

import (
	"errors"
	"flag"
	"fmt"
	"strings"

	"github.com/breakeven/breakeven/internal/yamlspec"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/demand"
	"github.com/breakeven/breakeven/pricing"
	"github.com/breakeven/breakeven/report"
	"github.com/breakeven/breakeven/workloads"
)

// pricingFlags are the flags every command that prices workloads takes: the output format,
// the month and the catalog overlays.
type pricingFlags struct {
	format, month, platforms string
	overlays                 listFlag
}

// register adds the flags to fs.
func (p *pricingFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&p.format, "format", string(report.Table), "output `FORMAT`: table, json, markdown or csv")
	p.registerCatalog(fs)
}

// registerCatalog adds the flags but --format to fs, for a command of one format: the month
// and the catalog overlays.
func (p *pricingFlags) registerCatalog(fs *flag.FlagSet) {
	fs.StringVar(&p.month, "month", "", "price a calendar month, `YYYY-MM`, hour by hour (default: AWS's 730-hour month)")
	fs.Var(&p.overlays, "pricing", "a catalog `FILE` whose rates replace or extend the embedded ones (repeatable; default: the embedded catalog alone)")
	fs.StringVar(&p.platforms, "platforms", "", "show only these platforms, `IDS` separated by commas ("+strings.Join(workloads.PlatformIDs(), ",")+"), for every file: it overrides each file's platforms key (default: the file's key, or every platform that can run the workload)")
}

// chosenPlatforms is the --platforms flag read (nil when not given): a bad list is a usage
// error.
func (p *pricingFlags) chosenPlatforms() ([]model.Platform, error) {
	if p.platforms == "" {
		return nil, nil
	}
	chosen, err := workloads.ParsePlatforms(p.platforms)
	if err != nil {
		return nil, usagef("--platforms %q: %v", p.platforms, err)
	}
	return chosen, nil
}

// withPlatforms is set with each workload's platforms replaced by chosen, the flag's
// (nothing changes when it was not given).
func withPlatforms(set []model.Workload, chosen []model.Platform) {
	if len(chosen) == 0 {
		return
	}
	for i := range set {
		set[i].Platforms = chosen
	}
}

// pricingInput is what the flags and the paths name: the format, the month, the catalog
// and the workloads (the built-in examples when no path is given).
type pricingInput struct {
	format report.Format
	month  model.Month
	cat    *pricing.Catalog
	set    []model.Workload
	// platforms are the --platforms flag's, laid over every workload's (nil: the files').
	platforms []model.Platform
}

// resolve checks the flags, then loads the catalog and the workloads at paths. A problem
// with an overlay does not hide the workload files' own: the problems of both are returned
// together, overlays first, as one yamlspec.ErrorList.
func (p *pricingFlags) resolve(paths []string, std streams) (pricingInput, error) {
	format, err := parseFormat(p.format, report.Formats)
	if err != nil {
		return pricingInput{}, err
	}
	in, catErr := p.resolveCatalog()
	if catErr != nil && !isProblemList(catErr) {
		return in, catErr // a usage mistake (--month, --platforms): nothing else is read
	}
	in.format = format
	var setErr error
	if len(paths) == 0 {
		in.set = workloads.Examples()
	} else {
		in.set, setErr = loadSet(paths, knownOf(in.cat), std)
	}
	if err := joinProblems(catErr, setErr); err != nil {
		return in, err
	}
	withPlatforms(in.set, in.platforms)
	return in, nil
}

// loadSet loads the workloads at paths (workloads.LoadSet, "-" from std.stdin) and says on
// std.stderr each file of a directory it skipped, and why.
func loadSet(paths []string, known workloads.Known, std streams) ([]model.Workload, error) {
	set, err := workloads.LoadSet(paths, std.stdin, known)
	for _, s := range set.Skipped {
		fmt.Fprintf(std.stderr, "breakeven: skipped %s: %s\n", s.File, s.Reason)
	}
	return set.Workloads, err
}

// resolveCatalog checks the month and the platforms, and loads the catalog with its overlays.
func (p *pricingFlags) resolveCatalog() (pricingInput, error) {
	var in pricingInput
	var err error
	in.month = model.StandardMonth()
	if in.platforms, err = p.chosenPlatforms(); err != nil {
		return in, err
	}
	if p.month != "" {
		if in.month, err = demand.ParseMonth(p.month); err != nil {
			return in, usagef("--month: %v", err)
		}
	}
	in.cat, err = loadCatalog(p.overlays)
	return in, err
}

// isProblemList says err lists problems in the user's files (a yamlspec.ErrorList).
func isProblemList(err error) bool {
	var list yamlspec.ErrorList
	return errors.As(err, &list)
}

// joinProblems returns the problems of the catalog's overlays and of the workload files as
// one list, in that order, marked as bad input; nil when there are none. An error that is not
// a list of problems is returned as it is.
func joinProblems(errs ...error) error {
	var all yamlspec.ErrorList
	for _, err := range errs {
		var list yamlspec.ErrorList
		switch {
		case err == nil:
		case errors.As(err, &list):
			all = append(all, list...)
		default:
			return err
		}
	}
	if len(all) == 0 {
		return nil
	}
	return asInput(all)
}
