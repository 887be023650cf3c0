package model

import (
	"fmt"

	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// lambdaUsage turns the workload into Lambda's billed quantities for a month, or the reasons
// Lambda cannot run it.
func lambdaUsage(w Workload, series []int64, monthHours int64) (pricing.LambdaUsage, Capacity, *ColdStarts, []string) {
	f, l := w.Function, w.Lambda
	var reasons []string
	if f.MemoryMB < pricing.LambdaMinMemoryMB || f.MemoryMB > pricing.LambdaMaxMemoryMB {
		reasons = append(reasons, fmt.Sprintf("function.memory_mb %d is outside Lambda's %d to %d MB", f.MemoryMB, pricing.LambdaMinMemoryMB, pricing.LambdaMaxMemoryMB))
	}
	if f.DurationMs.GreaterThan(decimal.NewFromInt(pricing.LambdaMaxDurationMs)) {
		reasons = append(reasons, fmt.Sprintf("function.duration_ms %s is beyond Lambda's 15-minute (900000 ms) timeout", f.DurationMs))
	}
	if len(reasons) > 0 {
		return pricing.LambdaUsage{}, Capacity{}, nil, reasons
	}

	billedMs := pricing.LambdaBilledMs(f.DurationMs)
	served := provisionedServed(series, l.ProvisionedConcurrency, billedMs)
	total := decimal.NewFromInt(totalRequests(series))
	onDemand := total.Sub(served)
	u := pricing.LambdaUsage{
		Region:                       w.Region,
		Architecture:                 string(l.Architecture),
		Requests:                     total,
		DurationGBSeconds:            pricing.GBSeconds(onDemand, billedMs, f.MemoryMB),
		ProvisionedDurationGBSeconds: pricing.GBSeconds(served, billedMs, f.MemoryMB),
		FreeTierEligible:             l.FreeTier && l.ProvisionedConcurrency == 0,
	}
	if extra := l.EphemeralStorageMB - pricing.LambdaFreeStorageMB; extra > 0 {
		u.EphemeralGBSeconds = pricing.GBSeconds(total, billedMs, extra)
	}
	if l.ProvisionedConcurrency > 0 {
		enabled := pricing.ProvisionedSeconds(monthHours * secondsPerHour)
		u.ProvisionedGBSeconds = pricing.GBSeconds(decimal.NewFromInt(l.ProvisionedConcurrency), decimal.NewFromInt(enabled*1000), f.MemoryMB)
	}
	// Since August 2025 AWS bills the INIT phase of every cold start as duration.
	cold := coldStarts(w, series, billedMs)
	u.DurationGBSeconds = u.DurationGBSeconds.Add(cold.BilledInitGBSeconds)
	return u, lambdaConcurrency(series, billedMs.IntPart()), &cold, nil
}

// coldStarts estimates the workload's cold starts over the month's hours.
func coldStarts(w Workload, series []int64, billedMs decimal.Decimal) ColdStarts {
	cfg := w.Lambda.ColdStart
	cfg.MemoryMB = w.Function.MemoryMB
	cfg.Architecture = w.Lambda.Architecture
	in := ColdStartInput{Requests: series, BilledMs: billedMs}
	if pc := w.Lambda.ProvisionedConcurrency; pc > 0 {
		in.Provisioned = make([]int64, len(series))
		for h := range in.Provisioned {
			in.Provisioned[h] = pc
		}
	}
	return EstimateColdStarts(in, cfg)
}

// provisionedServed counts the requests served by pc provisioned environments: in each hour,
// up to what pc environments can process back to back (pc x 3,600,000 ms / billed ms), the
// rest spilling to on-demand.
func provisionedServed(series []int64, pc int64, billedMs decimal.Decimal) decimal.Decimal {
	if pc == 0 {
		return decimal.Zero
	}
	perHour := pc * msPerHour / billedMs.IntPart()
	served := int64(0)
	for _, r := range series {
		served += min(r, perHour)
	}
	return decimal.NewFromInt(served)
}

// lambdaConcurrency is the mean concurrency in each hour by Little's law (arrival rate x
// duration), rounded up to whole environments.
func lambdaConcurrency(series []int64, billedMs int64) Capacity {
	return capacityOver(series, "concurrent executions", func(requests int64) int64 {
		return ceilMulDiv(requests, billedMs, msPerHour)
	})
}

func lambdaSummary(w Workload) string {
	s := fmt.Sprintf("%d MB %s, %s ms billed", w.Function.MemoryMB, w.Lambda.Architecture, pricing.LambdaBilledMs(w.Function.DurationMs))
	if w.Lambda.ProvisionedConcurrency > 0 {
		s += fmt.Sprintf(", %d provisioned", w.Lambda.ProvisionedConcurrency)
	}
	if w.Lambda.EphemeralStorageMB > pricing.LambdaFreeStorageMB {
		s += fmt.Sprintf(", %d MB /tmp", w.Lambda.EphemeralStorageMB)
	}
	if w.Lambda.FreeTier {
		s += ", free tier"
	}
	return s
}
