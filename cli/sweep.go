package cli

import (
	"flag"
	"slices"
	"strconv"
	"strings"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/breakeven/breakeven/report"
	"github.com/breakeven/breakeven/workloads"
)

// runSweep sweeps Lambda memory and architecture for each workload.
func runSweep(args []string, std streams) error {
	stdout := std.stdout
	fs := flag.NewFlagSet("sweep", flag.ContinueOnError)
	var common pricingFlags
	common.register(fs)
	arch := fs.String("arch", "both", "the architectures to sweep, `ARCH`: x86_64, arm64 or both")
	sizes := fs.String("sizes", "", "the sizes to show, `LIST`: all, or a list such as 128,512,1024 (default: the file's tuning.memory_sizes, else a standard list)")
	powerTuning := fs.String("power-tuning", "", "AWS Lambda Power Tuning's output JSON `FILE`: its stats replace the file's tuning.power_tuning (one workload only; default: none)")
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	var opt model.SweepOptions
	switch *arch {
	case "both":
	case string(model.X86_64), string(model.ARM64):
		opt.Architectures = []model.Architecture{model.Architecture(*arch)}
	default:
		return usagef("--arch %q: expected x86_64, arm64 or both", *arch)
	}
	if opt.AllSizes, opt.Sizes, err = parseSizes(*sizes); err != nil {
		return err
	}
	in, err := common.resolve(paths, std)
	if err != nil {
		return err
	}
	opt.Month = in.month
	set, cat, f := in.set, in.cat, in.format
	if *powerTuning != "" {
		if err := withPowerTuning(set, *powerTuning); err != nil {
			return err
		}
	}
	results := make([]model.SweepResult, 0, len(set))
	for _, w := range set {
		results = append(results, model.Sweep(w, cat, opt))
	}
	return report.WriteSweep(stdout, results, f)
}

// parseSizes reads --sizes: "" (the default list), "all", or sizes separated by commas.
func parseSizes(s string) (bool, []int64, error) {
	switch s {
	case "":
		return false, nil, nil
	case "all":
		return true, nil, nil
	}
	var out []int64
	for _, part := range strings.Split(s, ",") {
		m, err := strconv.ParseInt(strings.TrimSpace(part), 10, 64)
		if err != nil || m < pricing.LambdaMinMemoryMB || m > pricing.LambdaMaxMemoryMB {
			return false, nil, usagef("--sizes %q: expected all or memory sizes from 128 to 10240 MB separated by commas", s)
		}
		out = append(out, m)
	}
	slices.Sort(out)
	return false, slices.Compact(out), nil
}

// withPowerTuning puts the stats of a Power Tuning file in place of the workload's own
// power_tuning points, on its lambda.architecture.
func withPowerTuning(set []model.Workload, path string) error {
	if len(set) != 1 {
		return usagef("--power-tuning goes with exactly one workload file (got %d workloads)", len(set))
	}
	points, err := workloads.ReadPowerTuning(path)
	if err != nil {
		return asInput(err)
	}
	w := &set[0]
	var kept []model.MeasuredDuration
	for _, m := range w.Tuning.Measured {
		if strings.HasPrefix(m.Source, "tuning.measured") {
			kept = append(kept, m)
		}
	}
	for _, p := range points {
		p.Architecture = model.FunctionSettingsOf(*w).Architecture
		for _, m := range kept {
			if m.MemoryMB == p.MemoryMB && m.Architecture == p.Architecture {
				return usagef("--power-tuning %s: %d MB on %s is also in %s's %s; keep one", path, p.MemoryMB, p.Architecture, w.File, m.Source)
			}
		}
		kept = append(kept, p)
	}
	w.Tuning.Measured = kept
	return nil
}
