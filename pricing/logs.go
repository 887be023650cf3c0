package pricing

import "github.com/shopspring/decimal"

// LogsBill prices CloudWatch Logs in region: logs.ingestion for ingestedGB of custom logs in the
// Standard log class, and logs.storage for storedGBMonths, with free the monthly free
// allowances (logs.free_tier.ingestion, logs.free_tier.storage) as credits.
func (c *Catalog) LogsBill(region string, ingestedGB, storedGBMonths decimal.Decimal, free bool) ([]LineItem, error) {
	if err := nonNegative("CloudWatch Logs", ingestedGB, storedGBMonths); err != nil {
		return nil, err
	}
	sink := lineSink{build: true}
	c.logsLines(&sink, region, logsUse{custom: ingestedGB, stored: storedGBMonths, free: free}, c.poolIf(free))
	return sink.result(c)
}

// logsUse is a region's log data: custom logs (a container's) and vended logs (Lambda's) taken
// in, GB-months held, and whether the free allowances apply (to custom ingestion and to
// storage: whether CloudWatch's free 5 GB covers vended logs is not said, so it is not given
// to them, which can overstate a Lambda bill by up to 5 GB of ingestion).
type logsUse struct {
	custom, vended, stored         decimal.Decimal
	eligibleCustom, eligibleStored decimal.Decimal
	free                           bool
}

// logsLines adds CloudWatch Logs' lines: logs.ingestion for custom logs, logs.vended.tierN for
// vended logs (Lambda's, since 2025-05-01: tiered by volume, the tiers counting the account's
// vended logs of the region), logs.storage, and the free allowances' credits.
func (c *Catalog) logsLines(sink *lineSink, region string, u logsUse, pool *allowancePool) {
	if u.free {
		u.eligibleCustom, u.eligibleStored = u.custom, u.stored
	}
	if u.custom.IsPositive() {
		if rate, ok := c.rate(sink, region, "logs.ingestion", "CloudWatch Logs ingestion"); ok {
			sink.charge("logs.ingestion", "Log ingestion", rate, u.custom)
			if used := pool.take(region, "logs.free_tier.ingestion", u.eligibleCustom); used.IsPositive() {
				sink.credit("logs.free_tier.ingestion", "Free tier, log ingestion", rate, used, rate.UnitPrice())
			}
		}
	}
	if u.vended.IsPositive() {
		if rate, ok := c.rate(sink, region, "logs.vended.ingestion", "CloudWatch Logs ingestion of Lambda's (vended) logs"); ok {
			sink.ladder("logs.vended", "Log ingestion, Lambda (vended)", rate, u.vended)
		}
	}
	if u.stored.IsPositive() {
		if rate, ok := c.rate(sink, region, "logs.storage", "CloudWatch Logs storage"); ok {
			sink.charge("logs.storage", "Log storage", rate, u.stored)
			if used := pool.take(region, "logs.free_tier.storage", u.eligibleStored); used.IsPositive() {
				sink.credit("logs.free_tier.storage", "Free tier, log storage", rate, used, rate.UnitPrice())
			}
		}
	}
}
