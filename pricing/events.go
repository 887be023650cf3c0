package pricing

import "github.com/shopspring/decimal"

// SNSBill prices publishes to standard SNS topics in region: sns.publishes. Each 64 KB chunk of
// a published payload is one request (MessageChunks); that rule is what the issue asks for but
// was not seen on a stored AWS SNS page (see the note of sns.publishes): unverified.
//
// Deliveries are not priced: deliveries to SQS queues and Lambda functions are taken to be free
// of charge, as the issue says, but no source stating so was found in this research
// (FactualMinds, the source of sns.publishes, lists delivery charges for HTTP, email, SMS and
// mobile push only): unverified. FIFO topics have other rates, not in the catalog.
func (c *Catalog) SNSBill(region string, publishes decimal.Decimal) ([]LineItem, error) {
	if err := nonNegative("SNS", publishes); err != nil {
		return nil, err
	}
	if !publishes.IsPositive() {
		return nil, nil
	}
	rate, err := c.Rate(region, "sns.publishes")
	if err != nil {
		return nil, err
	}
	return flatLine("sns.publishes", "SNS publishes", rate, publishes), nil
}

// EventBridgeBill prices custom events put on an EventBridge event bus in region, each 64 KB
// chunk of an event counted as one event (MessageChunks; third-party: CloudBurn, see the note
// of eventbridge.custom_events): eventbridge.custom_events.
func (c *Catalog) EventBridgeBill(region string, events decimal.Decimal) ([]LineItem, error) {
	if err := nonNegative("EventBridge", events); err != nil {
		return nil, err
	}
	if !events.IsPositive() {
		return nil, nil
	}
	rate, err := c.Rate(region, "eventbridge.custom_events")
	if err != nil {
		return nil, err
	}
	return flatLine("eventbridge.custom_events", "EventBridge custom events", rate, events), nil
}

// SchedulerBill prices EventBridge Scheduler invocations in region:
// eventbridge.scheduler.invocations, and with free the monthly allowance
// eventbridge.scheduler.free_tier (14 million, third-party only) as a credit.
func (c *Catalog) SchedulerBill(region string, invocations decimal.Decimal, free bool) ([]LineItem, error) {
	if err := nonNegative("EventBridge Scheduler", invocations); err != nil {
		return nil, err
	}
	if !invocations.IsPositive() {
		return nil, nil
	}
	rate, err := c.Rate(region, "eventbridge.scheduler.invocations")
	if err != nil {
		return nil, err
	}
	items := flatLine("eventbridge.scheduler.invocations", "EventBridge Scheduler invocations", rate, invocations)
	if used := decimal.Min(c.freeAllowance(region, "eventbridge.scheduler.free_tier", free), invocations); used.IsPositive() {
		items = append(items, credit("eventbridge.scheduler.free_tier", "Free tier, Scheduler invocations", rate, used, rate.UnitPrice()))
	}
	return items, nil
}
