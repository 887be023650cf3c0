package model

import (
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// SizingThroughput is what one instance of type it is sized on: for a burstable type sized
// by its baseline (standard mode, or a throughput the model worked out), what the baseline
// sustains of the full-CPU figure; otherwise the full-CPU figure itself.
func (c EC2Config) SizingThroughput(it pricing.InstanceType) decimal.Decimal {
	if it.Burstable && (c.SizedByBaseline || c.CPUCredits == CreditsStandard) {
		return BaselineThroughput(c.Fleet.RequestsPerSecondPerUnit, it)
	}
	return c.Fleet.RequestsPerSecondPerUnit
}

// BaselineThroughput is what a burstable type's baseline sustains when the type sustains full
// at 100% of its vCPUs: full x baseline %, truncated to ThroughputPlaces (the precision fleets
// are sized with) and never below MinThroughput.
func BaselineThroughput(full decimal.Decimal, it pricing.InstanceType) decimal.Decimal {
	rps := full.Mul(it.Credits.BaselinePercent).Shift(-2).Truncate(ThroughputPlaces) // percent: exact
	return decimal.Max(rps, MinThroughput)
}
