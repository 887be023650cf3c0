package pricing

import "github.com/shopspring/decimal"

// LogsBill prices CloudWatch Logs in region: logs.ingestion for ingestedGB of custom logs in the
// Standard log class, and logs.storage for storedGBMonths. No free ingestion allowance is
// applied: none was found with a source (see the catalog's header).
func (c *Catalog) LogsBill(region string, ingestedGB, storedGBMonths decimal.Decimal) ([]LineItem, error) {
	if err := nonNegative("CloudWatch Logs", ingestedGB, storedGBMonths); err != nil {
		return nil, err
	}
	sink := lineSink{build: true}
	c.logsLines(&sink, region, ingestedGB, decimal.Zero, storedGBMonths)
	return sink.result(c)
}

// logsLines adds CloudWatch Logs' lines: logs.ingestion for custom logs, logs.vended.tierN for
// vended logs (Lambda's, since 2025-05-01: tiered by volume, the tiers counting the account's
// vended logs of the region), and logs.storage.
func (c *Catalog) logsLines(sink *lineSink, region string, customGB, vendedGB, storedGBMonths decimal.Decimal) {
	if customGB.IsPositive() {
		if rate, ok := c.rate(sink, region, "logs.ingestion", "CloudWatch Logs ingestion"); ok {
			sink.charge("logs.ingestion", "Log ingestion", rate, customGB)
		}
	}
	if vendedGB.IsPositive() {
		if rate, ok := c.rate(sink, region, "logs.vended.ingestion", "CloudWatch Logs ingestion of Lambda's (vended) logs"); ok {
			sink.ladder("logs.vended", "Log ingestion, Lambda (vended)", rate, vendedGB)
		}
	}
	if storedGBMonths.IsPositive() {
		if rate, ok := c.rate(sink, region, "logs.storage", "CloudWatch Logs storage"); ok {
			sink.charge("logs.storage", "Log storage", rate, storedGBMonths)
		}
	}
}
