package model

import (
	"sort"

	"github.com/shopspring/decimal"
)

// The cold-start settings a workload's lambda section gives, and the runtimes' default init
// durations. They stay in the model because the workload's YAML decodes into them and
// package workloads (which imports no platform) lists the runtimes and their default; the
// estimate itself is Lambda's (model/platforms/lambda, coldstart.go). docs/cold-starts.md gives
// the model, each default and its source.

// Arrivals is how requests arrive within an hour.
type Arrivals string

// The arrival patterns the cold-start model knows.
const (
	// ArrivalsPoisson: independent requests at the hour's average rate (the default).
	ArrivalsPoisson Arrivals = "poisson"
	// ArrivalsEven: requests evenly spaced, as a schedule makes them (a cron every 20
	// minutes is 3 requests an hour, 20 minutes apart).
	ArrivalsEven Arrivals = "even"
)

// ColdStartConfig is what the cold-start estimate needs. Zero values mean "use the documented
// default".
type ColdStartConfig struct {
	// Runtime is a Lambda runtime identifier: "nodejs22.x", "python3.13", "java21",
	// "java21-snapstart", "dotnet8", "go" or "provided.al2023", "rust", "ruby3.3",
	// "container", ... (ColdStartRuntimes lists them all).
	Runtime      string
	Architecture Architecture // default x86_64
	// PackageMB is the zipped deployment package; 0 means "not stated": no adjustment.
	PackageMB int64
	VPC       bool
	MemoryMB  int64 // default 128
	// InitMs is a measured init duration (CloudWatch's "Init Duration"); when InitMeasured it
	// replaces the default estimate and no adjustment is applied (zero: no INIT to bill).
	InitMs       decimal.Decimal
	InitMeasured bool
	// KeepAliveMinutes is how long an idle environment lives (0: the estimate's default,
	// DefaultKeepAliveMinutes of model/platforms/lambda).
	KeepAliveMinutes int64
	// MaxLifetimeHours is how long a busy environment lives (0: the estimate's default,
	// DefaultMaxLifetimeHours of model/platforms/lambda).
	MaxLifetimeHours int64
	// Percentile of the within-hour concurrency the warm pool is sized for, in (0.5, 1);
	// 0 is the estimate's default (DefaultColdStartPercentile of model/platforms/lambda). A
	// setting of the statistical estimate (a float): no billed quantity rests on it but the
	// INIT lines labelled estimates.
	Percentile float64
	// Arrivals within the hour: ArrivalsPoisson (default) or ArrivalsEven.
	Arrivals Arrivals
}

// DefaultRuntime is the runtime assumed when a workload names none.
const DefaultRuntime = "nodejs22.x"

// RuntimeInit is the default init duration of a runtime, per architecture, in ms.
type RuntimeInit struct {
	X86, ARM int64
	Zip      bool   // package size adjusts it
	Source   string // what the figure is
}

const lambdaPerf = "median Init Duration of a hello-world function, maxday/lambda-perf, 2026-08-16..22 (280 cold starts, 128-1024 MB)"

// runtimeInits are the defaults by runtime. docs/cold-starts.md lists them with their source.
var runtimeInits = map[string]RuntimeInit{
	"nodejs20.x":       {142, 132, true, lambdaPerf},
	"nodejs22.x":       {140, 130, true, lambdaPerf},
	"nodejs24.x":       {135, 123, true, lambdaPerf},
	"python3.11":       {78, 74, true, lambdaPerf},
	"python3.12":       {84, 81, true, lambdaPerf},
	"python3.13":       {84, 80, true, lambdaPerf},
	"python3.14":       {104, 101, true, lambdaPerf},
	"java11":           {279, 287, true, lambdaPerf},
	"java17":           {206, 219, true, lambdaPerf},
	"java21":           {240, 249, true, lambdaPerf},
	"java25":           {190, 198, true, lambdaPerf},
	"java21-snapstart": {756, 756, false, "median Restore Duration of a hello-world java21 SnapStart function, maxday/lambda-perf, 2025-09-15 (x86_64, 512-1024 MB; no longer benchmarked)"},
	"dotnet8":          {253, 304, true, lambdaPerf},
	"dotnet10":         {251, 251, true, lambdaPerf},
	"go":               {50, 43, true, lambdaPerf + ", Go on provided.al2023"},
	"provided.al2023":  {50, 43, true, lambdaPerf + ", Go on provided.al2023"},
	"rust":             {16, 14, true, lambdaPerf + ", Rust on provided.al2023"},
	"ruby3.2":          {229, 283, true, lambdaPerf},
	"ruby3.3":          {230, 247, true, lambdaPerf},
	"ruby3.4":          {219, 237, true, lambdaPerf},
	"container":        {290, 241, false, "median Init Duration of a hello-world nodejs22.x container image, maxday/lambda-perf, 2026-08-16..22"},
}

// ColdStartRuntimes lists the runtimes with a default init duration, sorted.
func ColdStartRuntimes() []string {
	out := make([]string, 0, len(runtimeInits))
	for r := range runtimeInits {
		out = append(out, r)
	}
	sort.Strings(out)
	return out
}

// RuntimeInitOf is runtime's default init duration; ok is false when it has none.
func RuntimeInitOf(runtime string) (init RuntimeInit, ok bool) {
	init, ok = runtimeInits[runtime]
	return init, ok
}
