package pricing

import (
	"fmt"
	"strings"
	"sync"

	"github.com/shopspring/decimal"
)

// FargateFreeStorageGB is the ephemeral storage every Fargate task gets without charge.
const FargateFreeStorageGB = 20

// fargateSize is the memory a Fargate task with a given vCPU may have: From to To GB in Step
// GB increments, or exactly the listed Choices.
type fargateSize struct {
	vcpu     string
	choices  []string
	from, to int64
	step     int64
}

// fargateSizes are the task sizes Fargate offers for Linux, as the supported-configurations
// table on https://aws.amazon.com/fargate/pricing/ lists them (copy of 2026-11-22, which adds
// 32 vCPU with 60, 120 or 244 GB).
var fargateSizes = []fargateSize{
	{vcpu: "0.25", choices: []string{"0.5", "1", "2"}},
	{vcpu: "0.5", from: 1, to: 4, step: 1},
	{vcpu: "1", from: 2, to: 8, step: 1},
	{vcpu: "2", from: 4, to: 16, step: 1},
	{vcpu: "4", from: 8, to: 30, step: 1},
	{vcpu: "8", from: 16, to: 60, step: 4},
	{vcpu: "16", from: 32, to: 120, step: 8},
	{vcpu: "32", choices: []string{"60", "120", "244"}},
}

// memories lists the memory sizes (GB) a size allows, smallest first.
func (s fargateSize) memories() []decimal.Decimal {
	var out []decimal.Decimal
	for _, c := range s.choices {
		out = append(out, decimal.RequireFromString(c))
	}
	for m := s.from; s.step > 0 && m <= s.to; m += s.step {
		out = append(out, decimal.NewFromInt(m))
	}
	return out
}

// describe says which memory sizes a vCPU allows, for error messages.
func (s fargateSize) describe() string {
	if len(s.choices) > 0 {
		return strings.Join(s.choices, ", ") + " GB"
	}
	step := ""
	if s.step > 1 {
		step = fmt.Sprintf(" in %d GB steps", s.step)
	}
	return fmt.Sprintf("%d to %d GB%s", s.from, s.to, step)
}

// FargateSize is a task size Fargate offers.
type FargateSize struct {
	VCPU     decimal.Decimal
	MemoryGB decimal.Decimal
}

// fargateOffer is one vCPU of fargateSizes read into decimals, with the memories it allows.
type fargateOffer struct {
	size     fargateSize
	vcpu     decimal.Decimal
	memories []decimal.Decimal
}

// fargateOffers are fargateSizes read once, for every estimate that checks or lists them.
var fargateOffers = sync.OnceValue(func() []fargateOffer {
	out := make([]fargateOffer, len(fargateSizes))
	for i, s := range fargateSizes {
		out[i] = fargateOffer{size: s, vcpu: decimal.RequireFromString(s.vcpu), memories: s.memories()}
	}
	return out
})

// FargateSizes lists every task size Fargate offers, by vCPU then memory.
func FargateSizes() []FargateSize {
	var out []FargateSize
	for _, o := range fargateOffers() {
		for _, m := range o.memories {
			out = append(out, FargateSize{VCPU: o.vcpu, MemoryGB: m})
		}
	}
	return out
}

// CheckFargateSize returns nil if Fargate offers a task with vcpu and memoryGB, or an error
// saying which sizes exist.
func CheckFargateSize(vcpu, memoryGB decimal.Decimal) error {
	for _, o := range fargateOffers() {
		if !o.vcpu.Equal(vcpu) {
			continue
		}
		for _, m := range o.memories {
			if m.Equal(memoryGB) {
				return nil
			}
		}
		return fmt.Errorf("no Fargate task has %s vCPU and %s GB: %s vCPU allows %s", vcpu, memoryGB, vcpu, o.size.describe())
	}
	return fmt.Errorf("no Fargate task has %s vCPU: choose 0.25, 0.5, 1, 2, 4, 8, 16 or 32", vcpu)
}

// FargateBilledSeconds is how long a task that ran for seconds is billed: per second, rounded
// up, with a one-minute minimum.
func FargateBilledSeconds(seconds decimal.Decimal) decimal.Decimal {
	return decimal.Max(seconds.Ceil(), decimal.NewFromInt(60))
}

// FargateUsage is what a set of identical Fargate tasks used in a month.
type FargateUsage struct {
	Region       string
	Architecture string
	VCPU         decimal.Decimal
	MemoryGB     decimal.Decimal
	StorageGB    int64
	// TaskHours is the number of hours tasks ran, summed over tasks.
	TaskHours decimal.Decimal
}

// FargateBill prices usage: vCPU-hours, GB-hours and ephemeral storage above 20 GB.
func (c *Catalog) FargateBill(u FargateUsage) ([]LineItem, error) {
	vcpuRate, err := c.Rate(u.Region, "fargate.vcpu."+u.Architecture)
	if err != nil {
		return nil, err
	}
	memRate, err := c.Rate(u.Region, "fargate.memory."+u.Architecture)
	if err != nil {
		return nil, err
	}
	items := []LineItem{
		charge("fargate.vcpu", "vCPU", vcpuRate, u.TaskHours.Mul(u.VCPU)),
		charge("fargate.memory", "Memory", memRate, u.TaskHours.Mul(u.MemoryGB)),
	}
	if extra := u.StorageGB - FargateFreeStorageGB; extra > 0 {
		rate, err := c.Rate(u.Region, "fargate.ephemeral_storage")
		if err != nil {
			return nil, err
		}
		items = append(items, charge("fargate.ephemeral_storage", "Ephemeral storage above 20 GB", rate, u.TaskHours.Mul(decimal.NewFromInt(extra))))
	}
	return items, nil
}
