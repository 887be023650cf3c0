package pricing

import "github.com/shopspring/decimal"

// Step Functions Express workflows are billed per request and for duration x memory, in
// GB-hours on a ladder of tiers (stepfunctions.express.duration). The AWS page (mdsite mirror,
// cited by that rate) rounds duration up to the next 100 ms and bills memory in 64 MB chunks.
// Standard workflows are billed per state transition, retries included.

const (
	// ExpressMaxDurationMs is the longest an Express workflow execution runs: five minutes
	// (AWS Step Functions developer guide, "Choosing workflow type": "Express Workflows can
	// run for up to five minutes").
	ExpressMaxDurationMs = 300000
	expressStepMs        = 100 // Express duration is billed in 100 ms steps
	expressStepMB        = 64  // and memory in 64 MB chunks
	// expressGBHourPrecision is the decimal places ExpressGBHours keeps: GB-seconds / 3,600 is
	// not exact in decimal. 12 places make the error under 1e-12 GB-hours, below $1e-13 at
	// the first tier's $0.06.
	expressGBHourPrecision = 12
)

var secondsPerHour = decimal.NewFromInt(3600)

// ExpressBilledMs is the billed duration of one Express execution of ms milliseconds: rounded
// up to the next 100 ms, at least 100 ms. 99 ms is 100; 101 ms is 200.
func ExpressBilledMs(ms decimal.Decimal) decimal.Decimal {
	step := decimal.NewFromInt(expressStepMs)
	return decimal.Max(ms.Shift(-2).Ceil().Shift(2), step)
}

// ExpressBilledMB is the billed memory of an Express workflow using memoryMB: rounded up to
// whole 64 MB chunks, at least 64. AWS's example: 50 MB + 50 KB + 400 x 32 KB = 62.85 MB is
// billed as 64 MB.
func ExpressBilledMB(memoryMB decimal.Decimal) int64 {
	return increments(memoryMB, per64) * expressStepMB
}

// ExpressGBHours is the billed duration of executions Express executions each billed billedMs
// with billedMB of memory: executions x ms/1000 x MB/1024 GB-seconds (exact, as GBSeconds),
// divided by 3,600 once, rounded to expressGBHourPrecision places. AWS's example: 100 million
// executions x 10,000 ms x 64 MB = 62,500,000 GB-s = 17,361.11 GB-hours.
func ExpressGBHours(executions, billedMs decimal.Decimal, billedMB int64) decimal.Decimal {
	return GBSeconds(executions, billedMs, billedMB).DivRound(secondsPerHour, expressGBHourPrecision)
}

// StepFunctionsStandardBill prices Standard workflow state transitions in region:
// stepfunctions.standard.transitions, and with free the 4,000 free transitions a month (AWS
// page: it "does not automatically expire") as the credit stepfunctions.free_tier.transitions.
func (c *Catalog) StepFunctionsStandardBill(region string, transitions decimal.Decimal, free bool) ([]LineItem, error) {
	if err := nonNegative("Step Functions", transitions); err != nil {
		return nil, err
	}
	sink := lineSink{build: true}
	c.standardLines(&sink, region, transitions, eligibleIf(free, transitions), c.poolIf(free))
	return sink.result(c)
}

func (c *Catalog) standardLines(sink *lineSink, region string, transitions, eligible decimal.Decimal, pool *allowancePool) {
	c.flatLines(sink, region, flatMeter{"stepfunctions.standard.transitions", "Standard workflow state transitions", "Step Functions state transitions",
		"stepfunctions.free_tier.transitions", "Free tier, state transitions"}, transitions, eligible, pool)
}

// StepFunctionsExpressBill prices Express workflows in region: stepfunctions.express.requests
// and stepfunctions.express.duration.tierN for gbHours (ExpressGBHours). The duration tiers
// (1,000, then 5,000 GB-hours a month) are taken to aggregate per account per region, so the
// quantities are the account's regional totals. Express workflows have no free tier: the 4,000
// free transitions are Standard's (third-party wring.co, in the note of that allowance).
func (c *Catalog) StepFunctionsExpressBill(region string, requests, gbHours decimal.Decimal) ([]LineItem, error) {
	if err := nonNegative("Step Functions Express", requests, gbHours); err != nil {
		return nil, err
	}
	sink := lineSink{build: true}
	c.expressLines(&sink, region, requests, gbHours)
	return sink.result(c)
}

func (c *Catalog) expressLines(sink *lineSink, region string, requests, gbHours decimal.Decimal) {
	if requests.IsPositive() {
		if rate, ok := c.rate(sink, region, "stepfunctions.express.requests", "Step Functions Express requests"); ok {
			sink.charge("stepfunctions.express.requests", "Express workflow requests", rate, requests)
		}
	}
	if gbHours.IsPositive() {
		if rate, ok := c.rate(sink, region, "stepfunctions.express.duration", "Step Functions Express duration"); ok {
			sink.ladder("stepfunctions.express.duration", "Express workflow duration", rate, gbHours)
		}
	}
}
