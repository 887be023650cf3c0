package pricing

import "github.com/shopspring/decimal"

// DataTransferOutBill prices gb of data transfer out to the internet from region:
// data_transfer.out.tierN. The tiers (10 TB, 50 TB, 150 TB a month, written in GB with 1 TB =
// 1,024 GB as AWS's Price List ranges are) aggregate across services per account, so gb is the
// account's total.
//
// With free, the 100 GB free a month (data_transfer.free_tier.out, third-party; global, across
// regions) is taken off before the tiers: AWS's rate description reads "$0.09 per GB - first
// 10 TB / month data transfer out beyond the global free tier", so the first tier starts after
// the free 100 GB. To keep the free GB visible, tier 1's line includes them and the credit
// data_transfer.free_tier.out takes them off at tier 1's price; the net is the tiers applied
// to gb less the allowance.
func (c *Catalog) DataTransferOutBill(region string, gb decimal.Decimal, free bool) ([]LineItem, error) {
	if err := nonNegative("Data transfer", gb); err != nil {
		return nil, err
	}
	if !gb.IsPositive() {
		return nil, nil
	}
	rate, err := c.Rate(region, "data_transfer.out")
	if err != nil {
		return nil, err
	}
	freeGB := decimal.Min(c.freeAllowance(region, "data_transfer.free_tier.out", free), gb)
	items := tieredLines("data_transfer.out", "Data transfer out", rate, gb.Sub(freeGB))
	if !freeGB.IsPositive() {
		return items, nil
	}
	if len(items) > 0 && items[0].ID == "data_transfer.out.tier1" {
		items[0].Quantity = items[0].Quantity.Add(freeGB)
		items[0].Cost = items[0].Quantity.Mul(items[0].UnitPrice)
	} else {
		// everything was free: tier 1 holds just the free GB
		first := tieredLines("data_transfer.out", "Data transfer out", rate, freeGB)
		items = append(first[:1], items...)
	}
	items[0].Name += ", after " + freeGB.String() + " GB free"
	return append(items, credit("data_transfer.free_tier.out", "Free tier, data transfer out", rate, freeGB, firstPrice(rate))), nil
}

// NATBill prices NAT gateways in region: nat.hours for gatewayHours (always given; one gateway
// per Availability Zone in a typical setup) and nat.processed for processedGB.
func (c *Catalog) NATBill(region string, gatewayHours, processedGB decimal.Decimal) ([]LineItem, error) {
	if err := nonNegative("NAT gateway", gatewayHours, processedGB); err != nil {
		return nil, err
	}
	hours, err := c.Rate(region, "nat.hours")
	if err != nil {
		return nil, err
	}
	items := []LineItem{charge("nat.hours", "NAT gateway hours", hours, gatewayHours)}
	if processedGB.IsPositive() {
		rate, err := c.Rate(region, "nat.processed")
		if err != nil {
			return nil, err
		}
		items = append(items, charge("nat.processed", "NAT gateway data processed", rate, processedGB))
	}
	return items, nil
}

// PublicIPv4Bill prices addressHours of public IPv4 addresses in region, in use or idle (the
// same rate): ipv4.public, always given.
func (c *Catalog) PublicIPv4Bill(region string, addressHours decimal.Decimal) ([]LineItem, error) {
	if err := nonNegative("Public IPv4", addressHours); err != nil {
		return nil, err
	}
	rate, err := c.Rate(region, "ipv4.public")
	if err != nil {
		return nil, err
	}
	return []LineItem{charge("ipv4.public", "Public IPv4 addresses", rate, addressHours)}, nil
}
