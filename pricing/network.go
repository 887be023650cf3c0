package pricing

import (
	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/shopspring/decimal"
)

// nameGBPlaces is the precision a line's name gives the free GB it includes: a name is read,
// and the exact figure is in the line's quantity and the free tier's credit.
const nameGBPlaces = 2

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
	sink := lineSink{build: true}
	c.transferLines(&sink, region, gb, eligibleIf(free, gb), c.poolIf(free))
	return sink.result(c)
}

func (c *Catalog) transferLines(sink *lineSink, region string, gb, eligible decimal.Decimal, pool *allowancePool) {
	if !gb.IsPositive() {
		return
	}
	rate, ok := c.rate(sink, region, "data_transfer.out", "Data transfer out")
	if !ok {
		return
	}
	freeGB := pool.take(region, "data_transfer.free_tier.out", eligible)
	var part lineSink
	part.build = true
	part.ladder("data_transfer.out", "Data transfer out", rate, gb.Sub(freeGB))
	items := part.items
	if freeGB.IsPositive() {
		if len(items) > 0 && items[0].ID == "data_transfer.out.tier1" {
			items[0].Quantity = items[0].Quantity.Add(freeGB)
			items[0].Cost = items[0].Quantity.Mul(items[0].UnitPrice)
		} else {
			// everything was free, or the free GB start a ladder whose rest is above tier 1:
			// tier 1 holds the free GB
			var first lineSink
			first.build = true
			first.ladder("data_transfer.out", "Data transfer out", rate, freeGB)
			items = append(first.items[:1], items...)
		}
		items[0].Name += ", after " + humanize.Approximate(freeGB, nameGBPlaces) + " GB free"
	}
	for _, it := range items {
		sink.add(it.ID, it.Name, rate, it.Quantity, it.UnitPrice, "")
	}
	if freeGB.IsPositive() {
		sink.credit("data_transfer.free_tier.out", "Free tier, data transfer out", rate, freeGB, firstPrice(rate))
	}
}

// NATBill prices NAT gateways in region: nat.hours for gatewayHours (always given; one gateway
// per Availability Zone in a typical setup) and nat.processed for processedGB.
func (c *Catalog) NATBill(region string, gatewayHours, processedGB decimal.Decimal) ([]LineItem, error) {
	if err := nonNegative("NAT gateway", gatewayHours, processedGB); err != nil {
		return nil, err
	}
	sink := lineSink{build: true}
	c.natLines(&sink, region, gatewayHours, processedGB)
	return sink.result(c)
}

func (c *Catalog) natLines(sink *lineSink, region string, gatewayHours, processedGB decimal.Decimal) {
	if rate, ok := c.rate(sink, region, "nat.hours", "NAT gateway hours"); ok {
		sink.charge("nat.hours", "NAT gateway hours", rate, gatewayHours)
	}
	if processedGB.IsPositive() {
		if rate, ok := c.rate(sink, region, "nat.processed", "NAT gateway data processed"); ok {
			sink.charge("nat.processed", "NAT gateway data processed", rate, processedGB)
		}
	}
}

// PublicIPv4Bill prices addressHours of public IPv4 addresses in region, in use or idle (the
// same rate): ipv4.public, always given.
func (c *Catalog) PublicIPv4Bill(region string, addressHours decimal.Decimal) ([]LineItem, error) {
	if err := nonNegative("Public IPv4", addressHours); err != nil {
		return nil, err
	}
	sink := lineSink{build: true}
	c.ipv4Lines(&sink, region, IPv4Use{ID: "ipv4.public", Name: "Public IPv4 addresses", Hours: addressHours})
	return sink.result(c)
}

// IPv4Use is the public IPv4 address-hours of one purpose (the NAT gateways, the tasks or
// instances, a load balancer's zones), billed on a line of its own at the ipv4.public rate.
type IPv4Use struct {
	ID, Name string
	Hours    decimal.Decimal
}

func (c *Catalog) ipv4Lines(sink *lineSink, region string, u IPv4Use) {
	if rate, ok := c.rate(sink, region, "ipv4.public", "Public IPv4 address-hours"); ok {
		sink.charge(u.ID, u.Name, rate, u.Hours)
	}
}
