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
	for _, t := range []struct {
		quantity, eligible     decimal.Decimal
		key, name, freeKey, fn string
	}{
		{recorded, eligibleRecorded, "xray.traces.recorded", "X-Ray traces recorded", "xray.free_tier.recorded", "Free tier, traces recorded"},
		{retrieved, eligibleRetrieved, "xray.traces.retrieved", "X-Ray traces retrieved or scanned", "xray.free_tier.retrieved", "Free tier, traces retrieved or scanned"},
	} {
		if !t.quantity.IsPositive() {
			continue
		}
		rate, ok := c.rate(sink, region, t.key, t.name)
		if !ok {
			continue
		}
		sink.charge(t.key, t.name, rate, t.quantity)
		if used := pool.take(region, t.freeKey, t.eligible); used.IsPositive() {
			sink.credit(t.freeKey, t.fn, rate, used, rate.UnitPrice())
		}
	}
}
