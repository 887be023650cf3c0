package model

import "github.com/shopspring/decimal"

// The tuning section of a workload, which the memory sweep's duration model reads (Lambda's,
// model/platforms/lambda), with its defaults: the workload's YAML decodes into it, and package
// workloads and the analyses read the defaults.

// Defaults of the memory sweep's duration model.
const (
	// DefaultCPUBoundPercent is the share of function.duration_ms taken to be CPU work when
	// the file does not say: half, a guess to be replaced by a measurement.
	DefaultCPUBoundPercent = 50
	// DefaultThreads is how many vCPUs the code is taken to use: one (single-threaded).
	DefaultThreads = 1
	// DefaultARM64DurationPercent is the duration on arm64 relative to x86_64: the same.
	DefaultARM64DurationPercent = 100
	// DefaultBalancedWeight is AWS Lambda Power Tuning's default balancedWeight.
	DefaultBalancedWeight = "0.5"
	// DefaultMaxSlowdownPercent is how much slower than now a recommended memory size or
	// architecture may make the function's average duration: 10%.
	DefaultMaxSlowdownPercent = 10
)

// Tuning says how the function's duration changes with memory and architecture, for the
// memory and architecture sweep. The zero Tuning means every default.
type Tuning struct {
	// CPUBoundPercent is the share of Function.DurationMs that is CPU work at
	// Function.MemoryMB (0 to 100); the rest (I/O, waiting) does not change with memory.
	// Not Valid: DefaultCPUBoundPercent.
	CPUBoundPercent decimal.NullDecimal
	// Threads is how many vCPUs the code can keep busy (0: DefaultThreads).
	Threads int64
	// ARM64DurationPercent is the duration on arm64 relative to x86_64, in percent (zero:
	// DefaultARM64DurationPercent).
	ARM64DurationPercent decimal.Decimal
	// MinMemoryMB is the least memory the code needs: smaller sizes are not candidates
	// (0: 128, Lambda's least).
	MinMemoryMB int64
	// BalancedWeight is Power Tuning's balancedWeight, 0 (speed) to 1 (cost). Not Valid:
	// DefaultBalancedWeight.
	BalancedWeight decimal.NullDecimal
	// MaxSlowdownPercent bounds the advice: a memory size or architecture is recommended only
	// if its average duration is at most this much longer than now, in percent. Not Valid:
	// DefaultMaxSlowdownPercent.
	MaxSlowdownPercent decimal.NullDecimal
	// Measured are durations measured at some sizes; they calibrate the model.
	Measured []MeasuredDuration
	// MemorySizes are the sizes to show (nil: the sweep's default list).
	MemorySizes []int64
}

// MeasuredDuration is the average duration measured at one memory size and architecture.
type MeasuredDuration struct {
	MemoryMB     int64
	DurationMs   decimal.Decimal
	Architecture Architecture // "": the workload's lambda.architecture
	// Source says where the figure comes from, e.g. "tuning.measured[0]" or
	// "power-tuning.json".
	Source string
}
