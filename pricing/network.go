package pricing

import "github.com/shopspring/decimal"

// DataTransferOutBill prices gb of data transfer out to the internet from region on the meter
// data_transfer.out (tiered, data_transfer.out.tierN, on the account's total). With free, the
// 100 GB free a month (data_transfer.free_tier.out) are taken off before the tiers: tier 1's
// line includes them, named "after N GB free", and the credit data_transfer.free_tier.out
// takes them off at tier 1's price (awsMeters, freeFirstLines).
func (c *Catalog) DataTransferOutBill(region string, gb decimal.Decimal, free bool) ([]LineItem, error) {
	if err := nonNegative("Data transfer", gb); err != nil {
		return nil, err
	}
	return c.awsLines(region, free, Quantity{Meter: "data_transfer.out", Amount: gb})
}

// NATBill prices NAT gateways in region on the meters nat.hours for gatewayHours (always
// given; one gateway per Availability Zone in a typical setup) and nat.processed for
// processedGB.
func (c *Catalog) NATBill(region string, gatewayHours, processedGB decimal.Decimal) ([]LineItem, error) {
	if err := nonNegative("NAT gateway", gatewayHours, processedGB); err != nil {
		return nil, err
	}
	return c.awsLines(region, false, Quantity{Meter: "nat.hours", Always: true, Amount: gatewayHours}, Quantity{Meter: "nat.processed", Amount: processedGB})
}

// PublicIPv4Bill prices addressHours of public IPv4 addresses in region, in use or idle (the
// same rate), on the meter ipv4.public, always given.
func (c *Catalog) PublicIPv4Bill(region string, addressHours decimal.Decimal) ([]LineItem, error) {
	if err := nonNegative("Public IPv4", addressHours); err != nil {
		return nil, err
	}
	return c.awsLines(region, false, Quantity{Meter: "ipv4.public", Always: true, Amount: addressHours})
}

// IPv4Use is the public IPv4 address-hours of one purpose (the NAT gateways, the tasks or
// instances, a load balancer's zones), billed on a line of its own at the ipv4.public rate.
type IPv4Use struct {
	ID, Name string
	Hours    decimal.Decimal
}
