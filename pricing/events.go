package pricing

import "github.com/shopspring/decimal"

// SNSBill prices publishes to standard SNS topics in region on the meter sns.publishes, and
// with free the monthly free publishes (sns.free_tier.publishes, when the catalog has the
// allowance) as a credit. Each 64 KB chunk of a published payload is one request
// (MessageChunks; unverified for SNS, see awsMeters).
func (c *Catalog) SNSBill(region string, publishes decimal.Decimal, free bool) ([]LineItem, error) {
	if err := nonNegative("SNS", publishes); err != nil {
		return nil, err
	}
	return c.awsLines(region, free, Quantity{Meter: "sns.publishes", Amount: publishes})
}

// EventBridgeBill prices custom events put on an EventBridge event bus in region, each 64 KB
// chunk of an event counted as one event (MessageChunks): the meter eventbridge.custom_events.
func (c *Catalog) EventBridgeBill(region string, events decimal.Decimal) ([]LineItem, error) {
	if err := nonNegative("EventBridge", events); err != nil {
		return nil, err
	}
	return c.awsLines(region, false, Quantity{Meter: "eventbridge.custom_events", Amount: events})
}

// SchedulerBill prices EventBridge Scheduler invocations in region on the meter
// eventbridge.scheduler.invocations, and with free the monthly allowance
// eventbridge.scheduler.free_tier (14 million, third-party only) as a credit.
func (c *Catalog) SchedulerBill(region string, invocations decimal.Decimal, free bool) ([]LineItem, error) {
	if err := nonNegative("EventBridge Scheduler", invocations); err != nil {
		return nil, err
	}
	return c.awsLines(region, free, Quantity{Meter: "eventbridge.scheduler.invocations", Amount: invocations})
}
