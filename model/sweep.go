package model

import (
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// What a memory sweep is asked and what it finds: the contract between Sweep, the registered
// MemorySweeper that works it out (Lambda's, model/platforms/lambda) and the analyses and
// reports that read it.

// SweepOptions say what a sweep covers.
type SweepOptions struct {
	// Month is the month priced; the zero Month means StandardMonth.
	Month Month
	// Architectures are swept in this order (nil: x86_64 and arm64).
	Architectures []Architecture
	// Sizes are the sizes to show (nil: the workload's tuning.memory_sizes, else the
	// sweeper's default list); AllSizes shows every size. Every size is swept either way.
	Sizes    []int64
	AllSizes bool
}

// The strategies of AWS Lambda Power Tuning (lambda/analyzer.js), applied to the month's bill.
const (
	StrategyCost     = "cost"
	StrategySpeed    = "speed"
	StrategyBalanced = "balanced"
)

// SweepResult is Lambda's cost and duration at each memory size on both architectures.
type SweepResult struct {
	Workload Workload
	// Provenance says which prices and month were used.
	Provenance
	// Skipped, when not empty, says why there is nothing to sweep (a workload of schedules
	// alone); nothing else is filled in then.
	Skipped string
	// Requests is the month's user requests.
	Requests decimal.Decimal
	// Current is the configuration the file gives (Feasible false if Lambda cannot run it).
	Current SweepRow
	// MinMemoryMB is the least size that is a candidate; BalancedWeight the balanced
	// strategy's weight of cost (0 to 1); MaxSlowdownPercent how much slower than now a
	// recommended size may run (the picks are not bound by it).
	MinMemoryMB        int64
	BalancedWeight     decimal.Decimal
	MaxSlowdownPercent decimal.Decimal
	// Architectures holds, per architecture swept, every size from 128 to 10,240 MB.
	Architectures []ArchitectureSweep
	// Optima are the picks of each strategy over every candidate of every architecture
	// swept, in the order cost, speed, balanced (none if no size is feasible).
	Optima []SweepPick
	// Shown are the sizes reports show, ascending.
	Shown []int64
	// Assumptions state the duration model and every default it used.
	Assumptions []string
}

// ArchitectureSweep is every memory size on one architecture, with that architecture's
// optima.
type ArchitectureSweep struct {
	Architecture Architecture
	// Rows are the sizes 128 to 10,240 MB, one per MB, ascending.
	Rows   []SweepRow
	Optima []SweepPick
}

// SweepRow is Lambda at one memory size and architecture.
type SweepRow struct {
	Architecture Architecture
	MemoryMB     int64
	// DurationMs is the modelled average duration; BilledMs what Lambda bills for it.
	DurationMs decimal.Decimal
	BilledMs   int64
	Feasible   bool
	// Reasons say why Lambda cannot run it, when it is not feasible.
	Reasons []string
	// MonthlyCost is the workload's whole Lambda bill with the function at this size: the
	// flow's steps, schedules, cold starts, provisioned concurrency and the services around
	// it included, as `breakeven price` gives it.
	MonthlyCost decimal.Decimal
	// CostPerThousandRequests is MonthlyCost per 1,000 user requests, for the sizes shown
	// (zero for the others).
	CostPerThousandRequests decimal.Decimal
}

// SweepPick is a strategy's choice and what it saves against the current configuration.
type SweepPick struct {
	Strategy string
	Row      SweepRow
	// MonthlySaving is the current configuration's cost less the pick's (negative: the pick
	// costs more); zero when the current configuration cannot run on Lambda.
	MonthlySaving decimal.Decimal
}

// Row returns the row of size memoryMB on architecture a, if it was swept.
func (r SweepResult) Row(a Architecture, memoryMB int64) (SweepRow, bool) {
	for _, s := range r.Architectures {
		if s.Architecture == a && memoryMB >= pricing.LambdaMinMemoryMB && memoryMB <= pricing.LambdaMaxMemoryMB {
			return s.Rows[memoryMB-pricing.LambdaMinMemoryMB], true
		}
	}
	return SweepRow{}, false
}

// Sweep prices the workload w (as loaded) on the first registered MemorySweeper (Lambda's, in
// model/platforms/lambda) at every memory size. A month of no hours is the standard month.
func Sweep(w Workload, cat *pricing.Catalog, opt SweepOptions) SweepResult {
	if opt.Month.Hours == 0 {
		opt.Month = StandardMonth()
	}
	chosen := w.chosen()
	for i, p := range pricers {
		s, ok := p.(MemorySweeper)
		switch {
		case ok && chosen.Has(i):
			return s.SweepMemory(w, cat, opt)
		case ok:
			return SweepResult{Workload: w, Provenance: ProvenanceOf(cat, opt.Month),
				Skipped: "nothing to sweep: the platforms chosen leave out " + p.Name() + ", whose memory sizes are swept"}
		}
	}
	return SweepResult{Workload: w, Provenance: ProvenanceOf(cat, opt.Month), Skipped: "nothing to sweep: no registered platform sweeps memory sizes"}
}
