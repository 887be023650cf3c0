package pricing

import "github.com/shopspring/decimal"

// SNSBill prices publishes to standard SNS topics in region: sns.publishes, and with free the
// monthly free publishes (sns.free_tier.publishes, when the catalog has the allowance) as a
// credit. Each 64 KB chunk of a published payload is one request (MessageChunks); that rule
// was not seen on a stored AWS SNS page (see the note of sns.publishes): unverified.
//
// Deliveries are not priced: deliveries to SQS queues and Lambda functions are taken to be free
// of charge, but no source stating so was found (FactualMinds, the source of sns.publishes,
// lists delivery charges for HTTP, email, SMS and mobile push only): unverified. FIFO topics
// have other rates, not in the catalog.
func (c *Catalog) SNSBill(region string, publishes decimal.Decimal, free bool) ([]LineItem, error) {
	if err := nonNegative("SNS", publishes); err != nil {
		return nil, err
	}
	sink := lineSink{build: true}
	c.snsLines(&sink, region, publishes, eligibleIf(free, publishes), c.poolIf(free))
	return sink.result(c)
}

func (c *Catalog) snsLines(sink *lineSink, region string, publishes, eligible decimal.Decimal, pool *allowancePool) {
	c.flatLines(sink, region, flatMeter{"sns.publishes", "SNS publishes", "SNS publishes", "sns.free_tier.publishes", "Free tier, SNS publishes"},
		publishes, eligible, pool)
}

// EventBridgeBill prices custom events put on an EventBridge event bus in region, each 64 KB
// chunk of an event counted as one event (MessageChunks; third-party: CloudBurn, see the note
// of eventbridge.custom_events): eventbridge.custom_events.
func (c *Catalog) EventBridgeBill(region string, events decimal.Decimal) ([]LineItem, error) {
	if err := nonNegative("EventBridge", events); err != nil {
		return nil, err
	}
	sink := lineSink{build: true}
	c.eventBridgeLines(&sink, region, events)
	return sink.result(c)
}

func (c *Catalog) eventBridgeLines(sink *lineSink, region string, events decimal.Decimal) {
	if !events.IsPositive() {
		return
	}
	if rate, ok := c.rate(sink, region, "eventbridge.custom_events", "EventBridge custom events"); ok {
		sink.charge("eventbridge.custom_events", "EventBridge custom events", rate, events)
	}
}

// SchedulerBill prices EventBridge Scheduler invocations in region:
// eventbridge.scheduler.invocations, and with free the monthly allowance
// eventbridge.scheduler.free_tier (14 million, third-party only) as a credit.
func (c *Catalog) SchedulerBill(region string, invocations decimal.Decimal, free bool) ([]LineItem, error) {
	if err := nonNegative("EventBridge Scheduler", invocations); err != nil {
		return nil, err
	}
	sink := lineSink{build: true}
	c.schedulerLines(&sink, region, invocations, eligibleIf(free, invocations), c.poolIf(free))
	return sink.result(c)
}

func (c *Catalog) schedulerLines(sink *lineSink, region string, invocations, eligible decimal.Decimal, pool *allowancePool) {
	c.flatLines(sink, region, flatMeter{"eventbridge.scheduler.invocations", "EventBridge Scheduler invocations", "EventBridge Scheduler invocations",
		"eventbridge.scheduler.free_tier", "Free tier, Scheduler invocations"}, invocations, eligible, pool)
}
