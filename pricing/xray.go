package pricing

import "github.com/shopspring/decimal"

// XRayBill prices X-Ray traces in region on the meters xray.traces.recorded and
// xray.traces.retrieved (traces retrieved or scanned). With free, the always-free allowances
// (100,000 recorded and 1,000,000 retrieved or scanned traces a month, AWS page) are the
// credits xray.free_tier.recorded and xray.free_tier.retrieved.
func (c *Catalog) XRayBill(region string, recorded, retrieved decimal.Decimal, free bool) ([]LineItem, error) {
	if err := nonNegative("X-Ray", recorded, retrieved); err != nil {
		return nil, err
	}
	return c.awsLines(region, free, Quantity{Meter: "xray.traces.recorded", Amount: recorded}, Quantity{Meter: "xray.traces.retrieved", Amount: retrieved})
}
