package model

import (
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// The assumptions behind default container and instance sizing. They are documented in the
// README and every defaulted value is listed in the output.
const (
	// LambdaMBPerVCPU is the memory at which Lambda gives a function one full vCPU: CPU is
	// in proportion to memory (AWS Lambda developer guide, "Configuring memory"). A
	// function's duration is given at its Lambda memory, so the containers' defaults read
	// its CPU share from it too (CPUShare).
	LambdaMBPerVCPU = 1769
	// ratePlaces: the places a CPU share is carried to.
	ratePlaces = 6
)

// resolveDefaults fills the sizing the user left out, each platform choosing its own from the
// catalog, and records each choice in Defaulted. The platforms of skip are left as they are:
// a variant priced on two of them (Options.Only) needs the defaults of those two alone, and
// each platform's defaults are its own section's.
func resolveDefaults(w Workload, cat *pricing.Catalog, skip PlatformSet) Workload {
	w.Defaulted = append([]Default(nil), w.Defaulted...)
	for i, p := range pricers {
		if !skip.Has(i) {
			p.Resolve(&w, cat)
		}
	}
	return w
}

// LambdaNeeds is what the function takes of a vCPU on Lambda (its CPU share) and its memory in
// GB: what a task or an instance chosen for it must have at least.
func LambdaNeeds(f Function) (share, needGB decimal.Decimal) {
	return CPUShare(f.MemoryMB), decimal.NewFromInt(f.MemoryMB).Mul(gbPerMB)
}

// gbPerMB is a GB in MB, 1 / 1,024: exact.
var gbPerMB = decimal.RequireFromString("0.0009765625")

// ThroughputWhy is the note recorded with a throughput per task or instance the engine chose
// (DefaultThroughput).
const ThroughputWhy = "assumes CPU-bound requests: vCPUs / CPU-seconds per request (duration x Lambda's CPU share), at full load; measure yours"

// Note records in w.Defaulted that the engine chose value for key, and why.
func (w *Workload) Note(key, value, why string) {
	w.Defaulted = append(w.Defaulted, Default{Key: key, Value: value, Why: why})
}

// CPUShare is the fraction of a vCPU Lambda gives memoryMB, at most one (a single request is
// assumed to use one thread).
func CPUShare(memoryMB int64) decimal.Decimal {
	return decimal.NewFromInt(min(memoryMB, LambdaMBPerVCPU)).DivRound(decimal.NewFromInt(LambdaMBPerVCPU), ratePlaces)
}

// DefaultThroughput is the requests a second vcpus sustain at full load if each request needs
// its billed duration at Lambda's CPU share: vcpus x 1000 / (ms x share), truncated to
// ThroughputPlaces and never below MinThroughput. Fleets are then sized to run at their target
// utilisation.
func DefaultThroughput(f Function, vcpus decimal.Decimal) decimal.Decimal {
	cpuMs := pricing.LambdaBilledMs(f.DurationMs).Mul(decimal.NewFromInt(min(f.MemoryMB, LambdaMBPerVCPU)))
	num := vcpus.Mul(decimal.NewFromInt(1000 * LambdaMBPerVCPU))
	rps, _ := num.QuoRem(cpuMs, ThroughputPlaces)
	return decimal.Max(rps, MinThroughput)
}
