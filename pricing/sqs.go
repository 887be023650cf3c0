package pricing

import "github.com/shopspring/decimal"

// SQSBill prices a month of SQS requests in region, each 64 KB chunk of a payload counted as one
// request (MessageChunks): sqs.standard.requests.tierN and sqs.fifo.requests. The standard tiers
// (100 billion, then 200 billion requests a month) aggregate per account per region, so the
// quantities are the account's regional totals.
//
// With free, the 1 million free requests a month (sqs.free_tier.requests, third-party sources:
// "Standard and FIFO combined") are credited like Lambda's free tier: tier boundaries count all
// requests, the free ones being the bottom of the first tier. How AWS divides the allowance
// between queue types was not found; it is given to standard requests first and what is left
// to FIFO, each at its own price. Standard requests are the cheaper, so this order never
// understates the bill. The credits are sqs.free_tier.requests.standard and
// sqs.free_tier.requests.fifo.
func (c *Catalog) SQSBill(region string, standardRequests, fifoRequests decimal.Decimal, free bool) ([]LineItem, error) {
	if err := nonNegative("SQS", standardRequests, fifoRequests); err != nil {
		return nil, err
	}
	sink := lineSink{build: true}
	c.sqsLines(&sink, region, standardRequests, fifoRequests, eligibleIf(free, standardRequests), eligibleIf(free, fifoRequests), c.poolIf(free))
	return sink.result(c)
}

// eligibleIf is quantity when free, else zero: what of it may draw on an allowance.
func eligibleIf(free bool, quantity decimal.Decimal) decimal.Decimal {
	if free {
		return quantity
	}
	return decimal.Zero
}

// sqsLines adds SQS's lines; the eligible requests draw on the pool's free requests.
func (c *Catalog) sqsLines(sink *lineSink, region string, standard, fifo, eligibleStandard, eligibleFIFO decimal.Decimal, pool *allowancePool) {
	if standard.IsPositive() {
		if rate, ok := c.rate(sink, region, "sqs.standard.requests", "SQS standard queue requests"); ok {
			sink.ladder("sqs.standard.requests", "Standard queue requests", rate, standard)
			if used := pool.take(region, "sqs.free_tier.requests", eligibleStandard); used.IsPositive() {
				sink.credit("sqs.free_tier.requests.standard", "Free tier, standard requests", rate, used, firstPrice(rate))
			}
		}
	}
	if fifo.IsPositive() {
		if rate, ok := c.rate(sink, region, "sqs.fifo.requests", "SQS FIFO queue requests"); ok {
			sink.charge("sqs.fifo.requests", "FIFO queue requests", rate, fifo)
			if used := pool.take(region, "sqs.free_tier.requests", eligibleFIFO); used.IsPositive() {
				sink.credit("sqs.free_tier.requests.fifo", "Free tier, FIFO requests", rate, used, firstPrice(rate))
			}
		}
	}
}
