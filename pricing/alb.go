package pricing

import "github.com/shopspring/decimal"

// An Application Load Balancer is billed per hour (or partial hour) plus load balancer capacity
// units (LCUs). One LCU, per the ELB pricing page (via the harvest cited by alb.lcu), is
// 25 new connections per second, 3,000 active connections per minute (1,500 with mutual TLS),
// 1 GB processed per hour for EC2, container or IP targets (0.4 GB for Lambda targets), or
// 1,000 rule evaluations per second; an hour is billed for whichever dimension needs the most.

// ALBFreeRules is the number of rules evaluated per request at no charge: rule evaluations
// count only the rules beyond the first 10.
const ALBFreeRules = 10

// The dimensions ALBLCUs names.
const (
	ALBNewConnections    = "new_connections"
	ALBActiveConnections = "active_connections"
	ALBProcessedBytes    = "processed_bytes"
	ALBRuleEvaluations   = "rule_evaluations"
)

// lcuPrecision is the number of decimal places ALBLCUs keeps when a division is not exact (by
// 3,000 or 1,500 active connections). At $0.008 an LCU-hour the rounding is below $1e-14 an
// hour.
const lcuPrecision = 12

var (
	perTwentyFive         = decimal.RequireFromString("0.04") // 1/25, exact
	perZeroPoint4         = decimal.RequireFromString("2.5")  // 1/0.4, exact
	activePerLCU          = decimal.NewFromInt(3000)
	activePerLCUMutualTLS = decimal.NewFromInt(1500)
)

// ALBDimensions is one hour of an ALB's traffic, as hourly averages.
type ALBDimensions struct {
	NewConnectionsPerSecond    decimal.Decimal
	ActiveConnectionsPerMinute decimal.Decimal
	ProcessedGBPerHour         decimal.Decimal // decimal GB, as AWS counts it for an ALB: KBToDecimalGB
	// RuleEvaluationsPerSecond is requests per second x (rules processed - ALBFreeRules), never
	// below zero: the caller takes off the free rules.
	RuleEvaluationsPerSecond decimal.Decimal
	// LambdaTargets: the targets are Lambda functions, for which an LCU is 0.4 GB an hour.
	LambdaTargets bool
	// MutualTLS: the listener uses mutual TLS, for which an LCU is 1,500 active connections.
	MutualTLS bool
}

// ALBLCUs is the LCUs one hour of d is billed for, and the dimension that sets it: the largest
// of new connections / 25, active connections / 3,000 (1,500 with mutual TLS), GB / 1 (/ 0.4
// for Lambda targets) and rule evaluations / 1,000. Of equal dimensions the first in that order
// is named. The LCU-hours of a month are the sum of each hour's LCUs: an hour's peak dimension
// does not carry over to another hour.
func ALBLCUs(d ALBDimensions) (lcus decimal.Decimal, dimension string) {
	active := activePerLCU
	if d.MutualTLS {
		active = activePerLCUMutualTLS
	}
	bytes := d.ProcessedGBPerHour
	if d.LambdaTargets {
		bytes = bytes.Mul(perZeroPoint4)
	}
	candidates := []struct {
		name string
		lcus decimal.Decimal
	}{
		{ALBNewConnections, d.NewConnectionsPerSecond.Mul(perTwentyFive)},
		{ALBActiveConnections, d.ActiveConnectionsPerMinute.DivRound(active, lcuPrecision)},
		{ALBProcessedBytes, bytes},
		{ALBRuleEvaluations, d.RuleEvaluationsPerSecond.Shift(-3)},
	}
	lcus, dimension = candidates[0].lcus, candidates[0].name
	for _, c := range candidates[1:] {
		if c.lcus.GreaterThan(lcus) {
			lcus, dimension = c.lcus, c.name
		}
	}
	return lcus, dimension
}

// ALBBill prices albHours of load balancers and lcuHours of capacity on the meters alb.hours
// (always given) and alb.lcu (awsMeters: whole hours per load balancer; no free tier).
func (c *Catalog) ALBBill(region string, albHours, lcuHours decimal.Decimal) ([]LineItem, error) {
	if err := nonNegative("ALB", albHours, lcuHours); err != nil {
		return nil, err
	}
	return c.awsLines(region, false, Quantity{Meter: "alb.hours", Always: true, Amount: albHours}, Quantity{Meter: "alb.lcu", Amount: lcuHours})
}
