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
	var items []LineItem
	freeLeft := c.freeAllowance(region, "sqs.free_tier.requests", free)
	if standardRequests.IsPositive() {
		rate, err := c.Rate(region, "sqs.standard.requests")
		if err != nil {
			return nil, err
		}
		items = append(items, tieredLines("sqs.standard.requests", "Standard queue requests", rate, standardRequests)...)
		if used := decimal.Min(freeLeft, standardRequests); used.IsPositive() {
			items = append(items, credit("sqs.free_tier.requests.standard", "Free tier, standard requests", rate, used, firstPrice(rate)))
			freeLeft = freeLeft.Sub(used)
		}
	}
	if fifoRequests.IsPositive() {
		rate, err := c.Rate(region, "sqs.fifo.requests")
		if err != nil {
			return nil, err
		}
		items = append(items, charge("sqs.fifo.requests", "FIFO queue requests", rate, fifoRequests))
		if used := decimal.Min(freeLeft, fifoRequests); used.IsPositive() {
			items = append(items, credit("sqs.free_tier.requests.fifo", "Free tier, FIFO requests", rate, used, firstPrice(rate)))
		}
	}
	return items, nil
}
