package cli

import (
	"flag"

	"github.com/breakeven/breakeven/model/analysis"
	"github.com/breakeven/breakeven/report"
)

// runCommit plans the Compute Savings Plan commitment (and EC2 reservations) of the
// workloads' portfolio: breakeven commit [--term 1y|3y] [--months N] [PATH...].
func runCommit(args []string, std streams) error {
	fs := flag.NewFlagSet("commit", flag.ContinueOnError)
	var common pricingFlags
	common.register(fs)
	term := fs.String("term", "1y", "the plan's `TERM`: 1y or 3y")
	months := fs.Int64("months", 0, "also plan the month `N` months ahead, at each workload's growth (0: not)")
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	years := map[string]int64{"1y": 1, "3y": 3}[*term]
	if years == 0 {
		return usagef("--term %s: expected 1y or 3y", *term)
	}
	if *months < 0 || *months > 120 {
		return usagef("--months %d: expected 0 to 120", *months)
	}
	in, err := common.resolve(paths, std)
	if err != nil {
		return err
	}
	if *months > 0 {
		if err := growthWithinBounds(in, "--months", *months, *months, false, 0); err != nil {
			return err
		}
	}
	plan := analysis.PlanCommitment(in.set, in.cat, analysis.CommitOptions{Month: in.month, Years: years, GrowthMonths: *months})
	return report.WriteCommitment(std.stdout, plan, in.format)
}
