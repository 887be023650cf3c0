package pricing

import "github.com/shopspring/decimal"

// XRayBill prices X-Ray traces in region: xray.traces.recorded, and xray.traces.retrieved for
// traces retrieved or scanned (one rate and one allowance for both, AWS page). With free, the
// always-free allowances (100,000 recorded and 1,000,000 retrieved or scanned traces a month,
// AWS page) are the credits xray.free_tier.recorded and xray.free_tier.retrieved.
func (c *Catalog) XRayBill(region string, recorded, retrieved decimal.Decimal, free bool) ([]LineItem, error) {
	if err := nonNegative("X-Ray", recorded, retrieved); err != nil {
		return nil, err
	}
	sink := lineSink{build: true}
	c.xrayLines(&sink, region, recorded, retrieved, eligibleIf(free, recorded), eligibleIf(free, retrieved), c.poolIf(free))
	return sink.result(c)
}

func (c *Catalog) xrayLines(sink *lineSink, region string, recorded, retrieved, eligibleRecorded, eligibleRetrieved decimal.Decimal, pool *allowancePool) {
	c.flatLines(sink, region, flatMeter{"xray.traces.recorded", "X-Ray traces recorded", "X-Ray traces recorded",
		"xray.free_tier.recorded", "Free tier, traces recorded"}, recorded, eligibleRecorded, pool)
	c.flatLines(sink, region, flatMeter{"xray.traces.retrieved", "X-Ray traces retrieved or scanned", "X-Ray traces retrieved or scanned",
		"xray.free_tier.retrieved", "Free tier, traces retrieved or scanned"}, retrieved, eligibleRetrieved, pool)
}
