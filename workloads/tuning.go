package workloads

import (
	"fmt"
	"path/filepath"

	"github.com/breakeven/breakeven/internal/yamlspec"
	"github.com/breakeven/breakeven/model"
	"github.com/shopspring/decimal"
)

// lambdaSizes is how many memory sizes Lambda offers, 128 to 10,240 MB: lists of sizes are
// at most that long (measurements, on each architecture).
const lambdaSizes = 10240 - 128 + 1

// memorySpec is a Lambda memory size.
func memorySpec(doc string) *yamlspec.Spec {
	return &yamlspec.Spec{Kind: yamlspec.Int, Min: "128", Max: "10240", Doc: doc}
}

// tuningSpec is the tuning section: how the function's duration changes with memory and
// architecture, for `breakeven sweep`.
var tuningSpec = &yamlspec.Spec{Kind: yamlspec.Object,
	Doc: "How the function's duration changes with memory and architecture, for the memory and architecture sweep (breakeven sweep).",
	Fields: []yamlspec.Field{
		{Key: "cpu_bound_percent", Default: fmt.Sprint(model.DefaultCPUBoundPercent), Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", Max: "100", MaxPlaces: 2,
			Doc: "The share of function.duration_ms that is CPU work at function.memory_mb: it scales with the vCPU share Lambda gives; the rest (I/O) stays. Measure it (CPU time / duration)."}},
		{Key: "threads", Default: fmt.Sprint(model.DefaultThreads), Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "1", Max: "64",
			Doc: "vCPUs the code can keep busy: single-threaded code gains nothing beyond 1,769 MB (one vCPU)."}},
		{Key: "arm64_duration_percent", Default: fmt.Sprint(model.DefaultARM64DurationPercent), Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", ExclusiveMin: true, Max: "1000", MaxPlaces: 2,
			Doc: "The duration on arm64 relative to x86_64, in percent (80: arm64 takes 80% as long)."}},
		{Key: "min_memory_mb", Default: "128", Spec: memorySpec("The least memory the code needs: smaller sizes are not candidates.")},
		{Key: "balanced_weight", Default: model.DefaultBalancedWeight, Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", Max: "1", MaxPlaces: 3,
			Doc: "AWS Lambda Power Tuning's balancedWeight: 0 picks the fastest, 1 the cheapest."}},
		{Key: "max_slowdown_percent", Default: fmt.Sprint(model.DefaultMaxSlowdownPercent), Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", Max: "10000", MaxPlaces: 2,
			Doc: "How much slower than now, in percent of the average duration, a recommended memory size or architecture may run (breakeven compare): 0 allows no slowdown. The sweep's own picks are not bound by it."}},
		{Key: "memory_sizes", Spec: &yamlspec.Spec{Kind: yamlspec.List, MaxItems: lambdaSizes,
			Doc:  "The sizes to show (every size is swept; the current size and the optima are always shown).",
			Elem: memorySpec("a memory size in MB")}},
		{Key: "measured", Spec: &yamlspec.Spec{Kind: yamlspec.List, MaxItems: 2 * lambdaSizes,
			Doc: "Average durations measured at some sizes: the model runs through them.",
			Elem: &yamlspec.Spec{Kind: yamlspec.Object, Doc: "a measurement", Fields: []yamlspec.Field{
				{Key: "memory_mb", Required: true, Spec: memorySpec("The memory size measured.")},
				{Key: "duration_ms", Required: true, Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", ExclusiveMin: true, Max: "86400000", MaxPlaces: 6,
					Doc: "The average duration measured, in milliseconds."}},
				{Key: "architecture", Spec: model.ArchitectureSpec("The architecture measured; default lambda.architecture.")},
			}}}},
		{Key: "power_tuning", Spec: &yamlspec.Spec{Kind: yamlspec.String,
			Doc: "The output JSON of an AWS Lambda Power Tuning execution (run with includeOutputResults: true), relative to this file: its stats are measured durations on lambda.architecture."}},
	}}

// buildTuning reads the tuning section of w's file (w.File: power_tuning is relative to
// it). Defaults are recorded only when
// the file has the section, so that files without one read as before.
func buildTuning(root *yamlspec.Value, b *builder, w *model.Workload) yamlspec.ErrorList {
	v := root.Get("tuning")
	if v == nil {
		return nil
	}
	var errs yamlspec.ErrorList
	if w.SchedulesOnly {
		return yamlspec.ErrorList{v.Errorf("goes with a service: the file has no function to tune")}
	}
	// The model applies the defaults itself (and says which values it assumed); the keys
	// left out are recorded here too, as for every section.
	for _, key := range []string{"threads", "arm64_duration_percent", "min_memory_mb", "balanced_weight", "max_slowdown_percent"} {
		b.text("tuning." + key)
	}
	t := model.Tuning{
		Threads:              v.Get("threads").Int(),
		ARM64DurationPercent: v.Get("arm64_duration_percent").Decimal(),
		MinMemoryMB:          v.Get("min_memory_mb").Int(),
	}
	if bv := v.Get("balanced_weight"); bv.Valid() {
		t.BalancedWeight = decimal.NewNullDecimal(bv.Decimal())
	}
	if sv := v.Get("max_slowdown_percent"); sv.Valid() {
		t.MaxSlowdownPercent = decimal.NewNullDecimal(sv.Decimal())
	}
	if cv := v.Get("cpu_bound_percent"); cv != nil {
		t.CPUBoundPercent = decimal.NewNullDecimal(cv.Decimal())
	} else if v.Get("measured") == nil && v.Get("power_tuning") == nil {
		t.CPUBoundPercent = decimal.NewNullDecimal(decimal.NewFromInt(model.DefaultCPUBoundPercent))
		b.record("tuning.cpu_bound_percent", fmt.Sprint(model.DefaultCPUBoundPercent),
			"a guess: measure the function's CPU time against its duration, or give measured durations")
	}
	for _, s := range v.Get("memory_sizes").Items() {
		t.MemorySizes = append(t.MemorySizes, s.Int())
	}
	arch := model.FunctionSettingsOf(*w).Architecture
	seen := map[string]*yamlspec.Value{}
	for _, m := range v.Get("measured").Items() {
		p := model.MeasuredDuration{MemoryMB: m.Get("memory_mb").Int(), DurationMs: m.Get("duration_ms").Decimal(),
			Architecture: model.Architecture(m.Get("architecture").Str()), Source: m.Path()}
		if p.Architecture == "" {
			p.Architecture = arch
		}
		key := fmt.Sprintf("%d %s", p.MemoryMB, p.Architecture)
		if first, dup := seen[key]; dup && m.Get("memory_mb") != nil {
			errs = append(errs, m.Get("memory_mb").Errorf("%d MB on %s is already measured at line %d", p.MemoryMB, p.Architecture, first.Line()))
			continue
		}
		seen[key] = m
		t.Measured = append(t.Measured, p)
	}
	if pv := v.Get("power_tuning"); pv.Valid() {
		path := pv.Str()
		if !filepath.IsAbs(path) {
			path = filepath.Join(filepath.Dir(w.File), path)
		}
		points, err := ReadPowerTuning(path)
		if err != nil {
			errs = append(errs, pv.Errorf("%v", err))
		}
		for _, p := range points {
			p.Architecture = arch
			if first, dup := seen[fmt.Sprintf("%d %s", p.MemoryMB, p.Architecture)]; dup {
				errs = append(errs, pv.Errorf("%s: %d MB is also measured at line %d; keep one", p.Source, p.MemoryMB, first.Line()))
				continue
			}
			t.Measured = append(t.Measured, p)
		}
	}
	w.Tuning = t
	return errs
}
