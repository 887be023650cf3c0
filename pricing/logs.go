package pricing

import "github.com/shopspring/decimal"

// LogsBill prices CloudWatch Logs in region: logs.ingestion for ingestedGB of custom logs in the
// Standard log class, and logs.storage for storedGBMonths. No free ingestion allowance is
// applied: none was found with a source (see the catalog's header).
func (c *Catalog) LogsBill(region string, ingestedGB, storedGBMonths decimal.Decimal) ([]LineItem, error) {
	if err := nonNegative("CloudWatch Logs", ingestedGB, storedGBMonths); err != nil {
		return nil, err
	}
	var items []LineItem
	if ingestedGB.IsPositive() {
		rate, err := c.Rate(region, "logs.ingestion")
		if err != nil {
			return nil, err
		}
		items = append(items, charge("logs.ingestion", "Log ingestion", rate, ingestedGB))
	}
	if storedGBMonths.IsPositive() {
		rate, err := c.Rate(region, "logs.storage")
		if err != nil {
			return nil, err
		}
		items = append(items, charge("logs.storage", "Log storage", rate, storedGBMonths))
	}
	return items, nil
}
