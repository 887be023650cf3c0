// Package azurefunctions is the Azure Functions platform: the workload's function as a
// function app on the Consumption plan (executions and GB-seconds of observed memory rounded
// up to 128 MB) or on Flex Consumption (executions and GB-seconds of the instance memory while
// instances execute, at least 1,000 ms a busy period, many executions sharing an instance,
// and always ready instances at the rates the user states); the subscription's free grants
// once across its workloads (BillAccount); the schedules as timer triggers, executions on the
// plan; and a cold-start estimate of the instances it starts. Rates in
// pricing/data/azurefunctions.yaml, rules in pricing/azurefunctions.go, the section and its
// sources in docs/providers.md.
package azurefunctions

import (
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
)

// ID is Azure Functions' platform id.
const ID model.Platform = "azurefunctions"

// Name is how the output names the platform.
const Name = "Azure Functions"

// Platform is Azure Functions behind model.PlatformPricer (and model.SectionOwner,
// model.FieldsOwner and model.AccountBiller).
type Platform struct{}

// ID is "azurefunctions".
func (Platform) ID() model.Platform { return ID }

// Name is "Azure Functions".
func (Platform) Name() string { return Name }

// Resolve chooses nothing: every setting has its default when the file is read (ConfigOf
// gives them to a workload built in code).
func (Platform) Resolve(*model.Workload, *pricing.Catalog) {}

// Estimate bills the function app and the timer triggers as one subscription, with what
// surrounds the function listed as not priced (it is AWS's).
func (Platform) Estimate(d *model.Demand) model.Estimate { return estimate(d) }

// SchedulesOwnJobs is true: the function app's timer triggers start the jobs, billed as its
// executions, so the engine bills no AWS EventBridge Scheduler (model.SchedulerOwner).
func (Platform) SchedulesOwnJobs() bool { return true }

// Schedule bills one scheduled job as a timer trigger on the plan.
func (Platform) Schedule(j *model.ScheduledJob) model.Estimate { return schedule(j) }

// SchedulesOnly bills the timer triggers' executions as one subscription.
func (Platform) SchedulesOnly(d *model.Demand) model.Estimate { return schedulesOnly(d) }
