package cli

import (
	"flag"
	"io"
	"runtime"

	"github.com/breakeven/breakeven/model"
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
	return writeCompared(stdout, in, analysis.CompareOptions{Month: in.month, GrowthMonths: *months})
}

// writeCompared works out in's workloads' analyses on every core and writes each as soon as
// it and those before it are done, in the order of the set, the same bytes as comparing them
// all first: a set of any size holds the analyses of the workloads in flight (some 3.5 MB
// each, most of it the Lambda sweep's every size), not the set's. The account's commitment,
// which needs every workload, is planned beside them and written last.
func writeCompared(stdout io.Writer, in pricingInput, opt analysis.CompareOptions) error {
	out, err := streamOutput(stdout)
	if err != nil {
		return err
	}
	w, err := report.NewComparisonWriter(out, in.format, model.ProvenanceOf(in.cat, in.month))
	if err != nil {
		return err
	}
	commitment := planBeside(in, opt)
	compare := func(i int) analysis.Comparison { return analysis.CompareOne(in.set[i], in.cat, opt) }
	err = inOrder(len(in.set), runtime.GOMAXPROCS(0), compare, func(_ int, c analysis.Comparison) error { return w.Add(c) })
	plan := commitment()
	if err != nil {
		return err
	}
	return w.Close(plan)
}

// planBeside starts planning the commitment of in's workloads together on a goroutine of its
// own, beside their analyses, and returns what waits for it. A panic there (a bug) is raised
// again on the waiting goroutine, where Run reports it.
func planBeside(in pricingInput, opt analysis.CompareOptions) func() analysis.CommitPlan {
	planned := make(chan outcome[analysis.CommitPlan], 1)
	go func() {
		planned <- attempt(func(int) analysis.CommitPlan { return analysis.CompareCommitment(in.set, in.cat, opt) }, 0)
	}()
	return func() analysis.CommitPlan {
		o := <-planned
		if o.panicked != nil {
			panic(o.panicked)
		}
		return o.result
	}
}
