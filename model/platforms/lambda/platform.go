// Package lambda is the AWS Lambda platform: the function billed per request and GB-second
// (its duration rounded up to the millisecond), with the INIT of its estimated cold starts,
// provisioned concurrency and the requests its concurrency limit throttles; the flow's
// function steps and the schedules billed with it as one account, whose tiers and free tier
// the account bills once across its workloads (BillAccount); the schedules as invocations,
// compared with one invocation per work item; and the memory sweep, as AWS Lambda Power
// Tuning does on the month's whole bill. Package platforms registers it, first.
package lambda

import (
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// Platform is AWS Lambda behind model.PlatformPricer (and model.AccountBiller,
// model.TriggerPricer and model.MemorySweeper).
type Platform struct{}

// ID is model.PlatformLambda.
func (Platform) ID() model.Platform { return model.PlatformLambda }

// Name is "Lambda".
func (Platform) Name() string { return "Lambda" }

// Resolve leaves the workload as it is: every Lambda setting has a fixed default, applied
// when the file is read.
func (Platform) Resolve(*model.Workload, *pricing.Catalog) {}

// Estimate bills the function, the flow's function steps and the schedules as one account,
// with what surrounds the function, each environment at the peak opening one connection to
// the database.
func (Platform) Estimate(d *model.Demand) model.Estimate {
	e := lambdaEstimate(d, scheduledUsages(d.Schedules))
	var peak int64
	if th := model.LambdaDetailOf(e).Throttling; th != nil {
		peak = th.PeakConcurrency
	}
	return d.SurroundFunction(model.SchedulesBilled(e), peak, model.FunctionSeat{PlatformLogKB: platformLogKB, VPC: configOf(d.Workload).ColdStart.VPC})
}

// platformLogKB is what Lambda itself writes to a function's log group for every invocation:
// its START, END and REPORT lines, about 0.35 KB (the lines of AWS's example in the Lambda
// developer guide, "Monitoring and troubleshooting: CloudWatch Logs", with a request id,
// durations, memory sizes and an Init Duration). Containers write no such lines.
var platformLogKB = decimal.RequireFromString("0.35")

// BillAccount bills every estimate's Lambda usages as one account: the tiers and the free
// tier once, across regions.
func (Platform) BillAccount(parts []model.AccountPart, cat *pricing.Catalog) (decimal.Decimal, []pricing.LineItem, error) {
	var usages []pricing.LambdaUsage
	for _, p := range parts {
		usages = append(usages, p.(*model.LambdaAccount).Usages...)
	}
	bill, err := cat.LambdaBill(usages, true)
	if err != nil {
		return decimal.Zero, nil, err
	}
	return bill.Total(), bill.Items, nil
}

// Schedule bills one scheduled job as its invocations alone.
func (Platform) Schedule(j *model.ScheduledJob) model.Estimate { return scheduleLambda(j) }

// EventDriven prices the job run once per work item against its schedule, each billed alone
// without the free tier (see eventDriven).
func (Platform) EventDriven(j *model.ScheduledJob, scheduled model.Estimate) model.TriggerComparison {
	return eventDriven(j, scheduled)
}

// SchedulesOnly bills the schedules' invocations as one account.
func (Platform) SchedulesOnly(d *model.Demand) model.Estimate {
	e := model.SchedulesBilled(model.Priced(model.Estimate{Platform: model.PlatformLambda}, nil))
	scheduled := scheduledUsages(d.Schedules)
	if len(scheduled) == 0 {
		return e
	}
	bill, err := d.Catalog.LambdaBill(scheduled, false)
	if err != nil {
		return model.Infeasible(e, err.Error())
	}
	e.Account = &model.LambdaAccount{Usages: scheduled, Bill: bill.Total()}
	e.Unpriced = bill.Unpriced
	return model.Priced(e, bill.Items)
}

// SweepMemory is model.Sweep on Lambda (see sweepLambda).
func (Platform) SweepMemory(w model.Workload, cat *pricing.Catalog, opt model.SweepOptions) model.SweepResult {
	return sweepLambda(w, cat, opt)
}
