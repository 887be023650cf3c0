package pricing

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// AWS Lambda Managed Instances (AWS Lambda pricing page, section Lambda Managed Instances;
// rates and source in pricing/data/managedinstances.yaml, docs/providers.md). A function runs
// on EC2 instances Lambda manages in the account, and is billed:
//   - $0.20 per million requests;
//   - the EC2 instances at the instance's own rate: on demand, or what the buyer pays under a
//     Savings Plan or Reserved Instance (the AWS catalog's ec2.TYPE.PURCHASE rate, the
//     buyer's own stated in a pricing file);
//   - a compute management fee of 15% of the EC2 on-demand price of each instance-hour,
//     whatever the buyer pays for the instance.
// One execution environment serves many requests at once, so the instance-hours follow the
// workload's concurrency and the minimum instances, not its invocations: the caller works
// them out. AWS's example (100 million requests of 200 ms on m7g.xlarge, $0.1632 an hour on
// demand, about 2,000 instance-hours under a 3-year Compute Savings Plan at $0.0457):
// $20 + $91.40 + $48.96 = $160.36 (TestManagedInstancesAWSExample).

var managedInstancesKeys = providerKeys{
	Rates: map[string]string{
		"lambda.managed_instances.requests":       "requests",
		"lambda.managed_instances.management_fee": "percent",
	},
	Allowances: map[string]string{},
}

// ManagedInstancesUse is what one workload's Lambda Managed Instances capacity uses in a month.
type ManagedInstancesUse struct {
	Region   string // an AWS region, priced in both catalogs
	Requests int64
	// InstanceType is the EC2 type; InstanceHours the hours its instances run in the month.
	InstanceType  string
	InstanceHours decimal.Decimal
	// Purchase is how the instances are bought, the AWS catalog's purchase key: on-demand
	// (the default, ""), savings-plan-1y, savings-plan-3y, reserved-1y or reserved-3y.
	Purchase string
	// Estimate, when set, says InstanceHours is a model estimate and what it rests on.
	Estimate string
}

// ManagedInstancesBill prices uses: each use's requests, instance-hours at the purchase's rate
// from aws (the AWS catalog, with the user's overlays) and the management fee on the
// on-demand rate. A rate either catalog lacks leaves its line out and is listed in Unpriced.
func (c *ProviderCatalog) ManagedInstancesBill(aws *Catalog, uses []ManagedInstancesUse) (Bill, error) {
	sink := lineSink{build: true}
	for i, u := range uses {
		if err := nonNegative("Lambda Managed Instances", decimal.NewFromInt(u.Requests), u.InstanceHours); err != nil {
			return Bill{}, fmt.Errorf("lambda managed instances use %d: %w", i+1, err)
		}
		purchase := u.Purchase
		if purchase == "" {
			purchase = "on-demand"
		}
		if u.Requests > 0 {
			if rate, ok := c.rate(&sink, u.Region, "lambda.managed_instances.requests", "Lambda Managed Instances requests"); ok {
				sink.add("lambda.managed_instances.requests", "Managed Instances requests", rate, decimal.NewFromInt(u.Requests), rate.UnitPrice(), "")
			}
		}
		if !u.InstanceHours.IsPositive() {
			continue
		}
		key := "ec2." + u.InstanceType + "." + purchase
		if rate, ok := aws.rate(&sink, u.Region, key, "Lambda Managed Instances "+u.InstanceType+" instance-hours ("+purchase+")"); ok {
			sink.add("lambda.managed_instances.instances", "Managed instances, "+u.InstanceType+", "+purchase, rate, u.InstanceHours, rate.UnitPrice(), u.Estimate)
		}
		onDemand, ok := aws.rate(&sink, u.Region, "ec2."+u.InstanceType+".on-demand", "the on-demand rate of "+u.InstanceType+", the management fee's base")
		if !ok {
			continue
		}
		fee, ok := c.rate(&sink, u.Region, "lambda.managed_instances.management_fee", "Lambda Managed Instances management fee")
		if !ok {
			continue
		}
		// the fee an instance-hour: the on-demand price x the percentage / 100 (a shift: exact)
		perHour := onDemand.UnitPrice().Mul(fee.UnitPrice()).Shift(-2)
		line := lineAt("lambda.managed_instances.management_fee", fmt.Sprintf("Management fee, %s%% of %s on demand", fee.UnitPrice(), u.InstanceType), fee, u.InstanceHours, perHour)
		line.Unit = "hours"
		line.Estimate = u.Estimate
		sink.items = append(sink.items, line)
	}
	return Bill{Items: sink.items, Unpriced: sink.unpriced}, nil
}
