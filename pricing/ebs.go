package pricing

import "github.com/shopspring/decimal"

// Every gp3 volume includes 3,000 IOPS and 125 MB/s of throughput at no charge; only what is
// provisioned above them is billed (EBS pricing page, cited by ebs.gp3.iops).
const (
	EBSGP3BaselineIOPS           = 3000
	EBSGP3BaselineThroughputMBps = 125
	ebsMinimumSeconds            = 60
)

// EBSBilledSeconds is how long a gp3 volume provisioned for seconds is billed: "billed in
// per-second increments, with a 60-second minimum" (EBS pricing page).
func EBSBilledSeconds(seconds decimal.Decimal) decimal.Decimal {
	return decimal.Max(seconds.Ceil(), decimal.NewFromInt(ebsMinimumSeconds))
}

// EBSBill prices gp3 volumes in region on the meters ebs.gp3.storage for gbMonths (always
// given), and ebs.gp3.iops and ebs.gp3.throughput for the IOPS-months and MB/s-months
// provisioned above the free baseline (EBSGP3BaselineIOPS, EBSGP3BaselineThroughputMBps),
// when positive. A month's fraction is the caller's: the AWS example bills 12 hours of a
// 30-day month as 43,200 / 2,592,000 of a month.
func (c *Catalog) EBSBill(region string, gbMonths, extraIOPSMonths, extraThroughputMBpsMonths decimal.Decimal) ([]LineItem, error) {
	if err := nonNegative("EBS", gbMonths, extraIOPSMonths, extraThroughputMBpsMonths); err != nil {
		return nil, err
	}
	return c.awsLines(region, false, Quantity{Meter: "ebs.gp3.storage", Always: true, Amount: gbMonths},
		Quantity{Meter: "ebs.gp3.iops", Amount: extraIOPSMonths}, Quantity{Meter: "ebs.gp3.throughput", Amount: extraThroughputMBpsMonths})
}
