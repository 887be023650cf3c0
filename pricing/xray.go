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
	var items []LineItem
	for _, t := range []struct {
		quantity               decimal.Decimal
		key, name, freeKey, fn string
	}{
		{recorded, "xray.traces.recorded", "X-Ray traces recorded", "xray.free_tier.recorded", "Free tier, traces recorded"},
		{retrieved, "xray.traces.retrieved", "X-Ray traces retrieved or scanned", "xray.free_tier.retrieved", "Free tier, traces retrieved or scanned"},
	} {
		if !t.quantity.IsPositive() {
			continue
		}
		rate, err := c.Rate(region, t.key)
		if err != nil {
			return nil, err
		}
		items = append(items, charge(t.key, t.name, rate, t.quantity))
		if used := decimal.Min(c.freeAllowance(region, t.freeKey, free), t.quantity); used.IsPositive() {
			items = append(items, credit(t.freeKey, t.fn, rate, used, rate.UnitPrice()))
		}
	}
	return items, nil
}
