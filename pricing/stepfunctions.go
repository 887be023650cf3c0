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

// StepFunctionsStandardBill prices Standard workflow state transitions in region on the meter
// stepfunctions.standard.transitions, and with free the 4,000 free transitions a month as the
// credit stepfunctions.free_tier.transitions.
func (c *Catalog) StepFunctionsStandardBill(region string, transitions decimal.Decimal, free bool) ([]LineItem, error) {
	if err := nonNegative("Step Functions", transitions); err != nil {
		return nil, err
	}
	return c.awsLines(region, free, Quantity{Meter: "stepfunctions.standard.transitions", Amount: transitions})
}

// StepFunctionsExpressBill prices Express workflows in region on the meters
// stepfunctions.express.requests and stepfunctions.express.duration (tiered,
// stepfunctions.express.duration.tierN) for gbHours (ExpressGBHours). Express workflows have
// no free tier.
func (c *Catalog) StepFunctionsExpressBill(region string, requests, gbHours decimal.Decimal) ([]LineItem, error) {
	if err := nonNegative("Step Functions Express", requests, gbHours); err != nil {
		return nil, err
	}
	return c.awsLines(region, false, Quantity{Meter: "stepfunctions.express.requests", Amount: requests}, Quantity{Meter: "stepfunctions.express.duration", Amount: gbHours})
}
