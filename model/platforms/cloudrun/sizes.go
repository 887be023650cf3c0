package cloudrun

import (
	"fmt"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/model"
	"github.com/shopspring/decimal"
)

// size is the memory Cloud Run allows an instance of VCPU vCPUs, in GiB:
// "1 vCPU 128 MiB to 4 GiB, 2 vCPU 128 MiB to 8 GiB, 4 vCPU 2 to 16 GiB, 6 vCPU 4 to 24 GiB,
// 8 vCPU 4 to 32 GiB" (https://cloud.google.com/run/docs/configuring/jobs/cpu, "vCPU and
// memory table"; the services' page, https://cloud.google.com/run/docs/configuring/services/cpu,
// gives the same minimums). Fractions of a vCPU (0.08 to 1) require concurrency 1 and are not
// offered here.
type size struct {
	VCPU             int64
	MinGiB, MaxGiB   decimal.Decimal
	minText, maxText string
}

var sizes = []size{
	{1, decimal.RequireFromString("0.125"), decimal.NewFromInt(4), "128 MiB", "4 GiB"},
	{2, decimal.RequireFromString("0.125"), decimal.NewFromInt(8), "128 MiB", "8 GiB"},
	{4, decimal.NewFromInt(2), decimal.NewFromInt(16), "2 GiB", "16 GiB"},
	{6, decimal.NewFromInt(4), decimal.NewFromInt(24), "4 GiB", "24 GiB"},
	{8, decimal.NewFromInt(4), decimal.NewFromInt(32), "4 GiB", "32 GiB"},
}

// sizesSource is where the vCPU and memory combinations come from, for messages.
const sizesSource = "https://cloud.google.com/run/docs/configuring/jobs/cpu"

// sizeOf is the size of vcpu vCPUs, and whether Cloud Run offers that many.
func sizeOf(vcpu decimal.Decimal) (size, bool) {
	for _, s := range sizes {
		if vcpu.Equal(decimal.NewFromInt(s.VCPU)) {
			return s, true
		}
	}
	return size{}, false
}

// checkSize says why Cloud Run runs no instance of vcpu vCPUs and memGiB GiB ("" when it does).
func checkSize(vcpu, memGiB decimal.Decimal) string {
	s, ok := sizeOf(vcpu)
	if !ok {
		return fmt.Sprintf("cloudrun.vcpu %s: Cloud Run instances have 1, 2, 4, 6 or 8 vCPUs (%s)", vcpu, sizesSource)
	}
	if why := memoryProblem(s, memGiB); why != "" {
		return "cloudrun.memory_gib " + why
	}
	return ""
}

// memoryProblem says why s's vCPU does not allow memGiB ("" when it does).
func memoryProblem(s size, memGiB decimal.Decimal) string {
	if memGiB.LessThan(s.MinGiB) || memGiB.GreaterThan(s.MaxGiB) {
		return fmt.Sprintf("%s GiB: %d vCPU allows %s to %s (%s)", memGiB, s.VCPU, s.minText, s.maxText, sizesSource)
	}
	return ""
}

// defaultSize is the instance for a function of memoryMB when the file leaves its vCPU
// (vcpu zero) or memory (memGiB zero) out: the vCPU given, or the fewest vCPUs that allow
// the memory; the memory given, or memoryMB in GiB raised to the least the vCPU allows. ok
// is false when no size holds the memory (then nothing is chosen).
func defaultSize(vcpu, memGiB decimal.Decimal, memoryMB int64) (v, m decimal.Decimal, ok bool) {
	need := memGiB
	if need.IsZero() {
		need = model.MBToGB(memoryMB) // MiB to GiB: Lambda's MB are MiB
	}
	if vcpu.IsZero() {
		for _, s := range sizes {
			if !need.GreaterThan(s.MaxGiB) {
				vcpu = decimal.NewFromInt(s.VCPU)
				break
			}
		}
		if vcpu.IsZero() {
			return decimal.Zero, decimal.Zero, false
		}
	}
	if memGiB.IsZero() {
		s, known := sizeOf(vcpu)
		if !known || need.GreaterThan(s.MaxGiB) {
			return vcpu, decimal.Zero, false
		}
		memGiB = decimal.Max(need, s.MinGiB)
	}
	return vcpu, memGiB, true
}

// noFit says why no instance was chosen for memoryMB with the vCPU given (zero: none).
func noFit(vcpu decimal.Decimal, memoryMB int64) string {
	need := fmt.Sprintf("function.memory_mb %s (%s GiB)", humanize.Count(memoryMB), model.MBToGB(memoryMB))
	if vcpu.IsZero() {
		return fmt.Sprintf("no Cloud Run instance holds %s: the largest is 8 vCPU / 32 GiB (%s)", need, sizesSource)
	}
	if s, ok := sizeOf(vcpu); ok {
		return fmt.Sprintf("cloudrun.vcpu %s allows at most %s, less than %s: give more vCPU (%s)", vcpu, s.maxText, need, sizesSource)
	}
	return checkSize(vcpu, decimal.NewFromInt(1))
}
