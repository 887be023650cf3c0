package pricing

import (
	"fmt"

	"github.com/shopspring/decimal"
)

var hundred = decimal.NewFromInt(100)

// EC2Usage is what a set of identical EC2 instances used in a month.
type EC2Usage struct {
	Region       string
	InstanceType string
	Purchase     string // on-demand | reserved-1y | reserved-3y | savings-plan-1y | savings-plan-3y | spot
	// SpotDiscountPercent is the user's expected discount off on-demand when Purchase is spot:
	// spot prices move hourly and are not published as a fixed rate.
	SpotDiscountPercent decimal.Decimal
	InstanceHours       decimal.Decimal
	// Surplus is the surplus CPU credits charged to a burstable type in unlimited mode (nil:
	// none are billed, as for any other type or for standard mode).
	Surplus *SurplusCredits
}

// SurplusCredits is the CPU a burstable fleet in unlimited mode used above its baseline that
// the credits it earned did not pay down, in vCPU-hours (60 credits each), as AWS charges it.
type SurplusCredits struct {
	VCPUHours decimal.Decimal
	// Estimate says what the quantity rests on (the line item's Estimate).
	Estimate string
}

// EC2Bill prices instance-hours at the purchase option's effective hourly rate, and a
// burstable fleet's surplus CPU credits.
func (c *Catalog) EC2Bill(u EC2Usage) ([]LineItem, error) {
	it, ok := c.InstanceTypes[u.InstanceType]
	if !ok {
		return nil, fmt.Errorf("instance type %s is not in catalog %s", u.InstanceType, c.Name)
	}
	instances, err := c.instanceHours(u)
	if err != nil {
		return nil, err
	}
	items := []LineItem{instances}
	if u.Surplus == nil {
		return items, nil
	}
	surplus, err := c.surplusCredits(it, u)
	if err != nil {
		return nil, err
	}
	return append(items, surplus), nil
}

// instanceHours prices the instance-hours: spot as the stated discount off on-demand, any
// other purchase option at its own rate.
func (c *Catalog) instanceHours(u EC2Usage) (LineItem, error) {
	if u.Purchase == "spot" {
		rate, err := c.Rate(u.Region, "ec2."+u.InstanceType+".on-demand")
		if err != nil {
			return LineItem{}, err
		}
		// dividing by 100 is a shift of the decimal point: exact.
		price := rate.UnitPrice().Mul(hundred.Sub(u.SpotDiscountPercent)).Shift(-2)
		name := fmt.Sprintf("%s, spot at %s%% off on-demand", u.InstanceType, u.SpotDiscountPercent)
		it := lineAt("ec2.instances", name, rate, u.InstanceHours, price)
		it.Kind = KindEC2Instances
		return it, nil
	}
	rate, err := c.Rate(u.Region, "ec2."+u.InstanceType+"."+u.Purchase)
	if err != nil {
		return LineItem{}, err
	}
	it := charge("ec2.instances", u.InstanceType+", "+u.Purchase, rate, u.InstanceHours)
	it.Kind = KindEC2Instances
	return it, nil
}

// surplusCredits prices a burstable fleet's surplus CPU credits at its family's flat rate per
// vCPU-hour (ec2.cpu_credits.FAMILY). AWS: "For T4g instances in Unlimited mode, CPU Credits
// are charged at $0.04 per vCPU-Hour for Linux", T2 and T3 at $0.05, and "The CPU Credit
// pricing is the same for all instance sizes, for On-Demand, Spot, and Reserved Instances,
// and across all regions" (https://aws.amazon.com/ec2/pricing/on-demand/, "T2/T3/T4g
// Unlimited Mode Pricing"): the purchase option does not change it.
func (c *Catalog) surplusCredits(it InstanceType, u EC2Usage) (LineItem, error) {
	if !it.Burstable {
		return LineItem{}, fmt.Errorf("instance type %s is not burstable: it has no CPU credits", it.Name)
	}
	rate, err := c.Rate(u.Region, "ec2.cpu_credits."+it.Family())
	if err != nil {
		return LineItem{}, err
	}
	line := charge("ec2.cpu_credits.surplus", "Surplus CPU credits, "+it.Name, rate, u.Surplus.VCPUHours)
	line.Estimate = u.Surplus.Estimate
	return line, nil
}
