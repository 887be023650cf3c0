// Package workers is the Cloudflare Workers platform, Standard usage model on the Workers Paid
// plan: the Worker's requests and CPU time (not its duration) billed with the account's $5
// monthly minimum and its included 10 million requests and 30 million CPU milliseconds, once
// per account across its workloads (BillAccount); requests to static assets free; the CPU-time
// limits and the 128 MB isolate; no egress charge; the schedules as Cron Triggers. Package
// platforms registers it.
package workers

import (
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// ID is the platform's id in files, line items and the output.
const ID model.Platform = "workers"

// provider is the catalog of Workers' rates (pricing/data/workers.yaml), and the provider's
// name as the output says it.
const (
	provider     = "workers"
	providerName = "Cloudflare Workers"
)

// Platform is Cloudflare Workers behind model.PlatformPricer (and model.AccountBiller).
type Platform struct{}

// ID is "workers".
func (Platform) ID() model.Platform { return ID }

// Name is "Workers", the table's column.
func (Platform) Name() string { return "Workers" }

// Resolve chooses nothing: every Workers setting has a fixed default, applied when the file is
// read (ConfigOf for a workload built in code).
func (Platform) Resolve(*model.Workload, *pricing.Catalog) {}

// Estimate bills the Worker's requests and CPU time with the schedules' Cron Triggers as one
// account, and lists what the file describes around the function on AWS as not priced.
func (Platform) Estimate(d *model.Demand) model.Estimate { return estimate(d) }

// BillAccount bills every estimate's Workers usage as one Cloudflare account: the $5 minimum
// and its included requests and CPU milliseconds once.
func (Platform) BillAccount(parts []model.AccountPart, cat *pricing.Catalog) (decimal.Decimal, []pricing.LineItem, error) {
	var uses []pricing.WorkersUse
	for _, p := range parts {
		uses = append(uses, p.(*Account).Uses...)
	}
	bill, err := bill(cat, uses)
	if err != nil {
		return decimal.Zero, nil, err
	}
	return bill.Total(), bill.Items, nil
}

// SchedulesOwnJobs is true: Cron Triggers start the jobs, billed as the Worker's requests and
// CPU time, so the engine bills no AWS EventBridge Scheduler (model.SchedulerOwner).
func (Platform) SchedulesOwnJobs() bool { return true }

// Schedule bills one scheduled job as a Cron Trigger alone in the account.
func (Platform) Schedule(j *model.ScheduledJob) model.Estimate { return schedule(j) }

// SchedulesOnly bills the schedules' Cron Triggers as one account.
func (Platform) SchedulesOnly(d *model.Demand) model.Estimate { return schedulesOnly(d) }

// bill is WorkersBill of uses with the catalog's Workers rates (the user's overlays on them).
func bill(cat *pricing.Catalog, uses []pricing.WorkersUse) (pricing.Bill, error) {
	pc, err := cat.Provider(provider)
	if err != nil {
		return pricing.Bill{}, err
	}
	return pc.WorkersBill(uses)
}
