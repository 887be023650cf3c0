package cli

import (
	"flag"

	"github.com/breakeven/breakeven/model/analysis"
	"github.com/breakeven/breakeven/report"
)

func runCompare(args []string, std streams) error {
	stdout := std.stdout
	fs := flag.NewFlagSet("compare", flag.ContinueOnError)
	var common pricingFlags
	common.register(fs)
	months := fs.Int64("months", analysis.DefaultGrowthMonths, "`N` months of growth to project, from the month priced")
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
	sizeGCForBatch(compareLimit(len(in.set)))
	if err := growthWithinBounds(in, "--months", *months, *months, true, 0); err != nil {
		return err
	}
	return report.WriteComparison(stdout, analysis.Compare(in.set, in.cat, analysis.CompareOptions{Month: in.month, GrowthMonths: *months}), in.format)
}
