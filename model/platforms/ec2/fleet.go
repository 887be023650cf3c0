package ec2

import (
	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// Platform runs the service on a fleet of instances.
var _ model.FleetOwner = Platform{}

// FleetOf is the instances' fleet.
func (Platform) FleetOf(w model.Workload) model.Fleet { return configOf(w).Fleet }

// WithFleet is w with the instances' fleet f.
func (Platform) WithFleet(w model.Workload, f model.Fleet) model.Workload {
	model.EditSettings(&w, model.PlatformEC2, func(c *model.EC2Config) { c.Fleet = f })
	return w
}

// ThroughputKey is "ec2.requests_per_second_per_instance".
func (Platform) ThroughputKey() string { return "ec2.requests_per_second_per_instance" }

// SizingThroughput is what one instance is sized on: a burstable type sized by its baseline
// serves what the baseline sustains; a type the catalog lacks, the fleet's figure.
func (Platform) SizingThroughput(w model.Workload, cat *pricing.Catalog) decimal.Decimal {
	if it, ok := cat.InstanceTypes[configOf(w).InstanceType]; ok {
		return configOf(w).SizingThroughput(it)
	}
	return configOf(w).Fleet.RequestsPerSecondPerUnit
}

// UnitSummary is "m7g.large on-demand, 40 rps".
func (Platform) UnitSummary(w model.Workload) string {
	return configOf(w).InstanceType + " " + string(configOf(w).Purchase) + ", " + humanize.Quantity(configOf(w).Fleet.RequestsPerSecondPerUnit) + " rps"
}
