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
}

// EC2Bill prices instance-hours at the purchase option's effective hourly rate.
func (c *Catalog) EC2Bill(u EC2Usage) ([]LineItem, error) {
	if _, ok := c.InstanceTypes[u.InstanceType]; !ok {
		return nil, fmt.Errorf("instance type %s is not in catalog %s", u.InstanceType, c.Name)
	}
	if u.Purchase == "spot" {
		rate, err := c.Rate(u.Region, "ec2."+u.InstanceType+".on-demand")
		if err != nil {
			return nil, err
		}
		// dividing by 100 is a shift of the decimal point: exact.
		price := rate.UnitPrice().Mul(hundred.Sub(u.SpotDiscountPercent)).Shift(-2)
		name := fmt.Sprintf("%s, spot at %s%% off on-demand", u.InstanceType, u.SpotDiscountPercent)
		return []LineItem{lineAt("ec2.instances", name, rate, u.InstanceHours, price)}, nil
	}
	rate, err := c.Rate(u.Region, "ec2."+u.InstanceType+"."+u.Purchase)
	if err != nil {
		return nil, err
	}
	return []LineItem{charge("ec2.instances", u.InstanceType+", "+u.Purchase, rate, u.InstanceHours)}, nil
}
