package pricing

import "github.com/shopspring/decimal"

// SQSBill prices a month of SQS requests in region, each 64 KB chunk of a payload counted as one
// request (MessageChunks), on the meters sqs.standard.requests (tiered,
// sqs.standard.requests.tierN, on the account's regional total) and sqs.fifo.requests. With
// free, the 1 million free requests a month (sqs.free_tier.requests) go to standard requests
// first and what is left to FIFO (awsMeters says why): the credits
// sqs.free_tier.requests.standard and sqs.free_tier.requests.fifo.
func (c *Catalog) SQSBill(region string, standardRequests, fifoRequests decimal.Decimal, free bool) ([]LineItem, error) {
	if err := nonNegative("SQS", standardRequests, fifoRequests); err != nil {
		return nil, err
	}
	return c.awsLines(region, free, Quantity{Meter: "sqs.standard.requests", Amount: standardRequests}, Quantity{Meter: "sqs.fifo.requests", Amount: fifoRequests})
}
