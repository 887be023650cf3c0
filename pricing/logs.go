package pricing

import "github.com/shopspring/decimal"

// LogsBill prices CloudWatch Logs in region on the meters logs.ingestion, for ingestedGB of
// custom logs in the Standard log class, and logs.storage for storedGBMonths, with free the
// monthly free allowances (logs.free_tier.ingestion, logs.free_tier.storage) as credits.
// Lambda's vended logs are the tiered meter logs.vended (ServicesBill).
func (c *Catalog) LogsBill(region string, ingestedGB, storedGBMonths decimal.Decimal, free bool) ([]LineItem, error) {
	if err := nonNegative("CloudWatch Logs", ingestedGB, storedGBMonths); err != nil {
		return nil, err
	}
	return c.awsLines(region, free, Quantity{Meter: "logs.ingestion", Amount: ingestedGB}, Quantity{Meter: "logs.storage", Amount: storedGBMonths})
}
