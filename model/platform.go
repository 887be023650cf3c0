package model

import (
	"fmt"
	"slices"

	"github.com/breakeven/breakeven/pricing"
)

// Platform is where a workload can run: the id a platform is known by in files, line items and
// the output ("lambda").
type Platform string

// The built-in platforms, in the order they are shown.
const (
	PlatformLambda  Platform = "lambda"
	PlatformFargate Platform = "fargate"
	PlatformEC2     Platform = "ec2"
)

// Name is how people name the platform: "Lambda", "Fargate", "EC2" ("none" for none), as its
// registered PlatformPricer says.
func (p Platform) Name() string {
	if p == "" {
		return "none"
	}
	if q, ok := pricerOf(p); ok {
		return q.Name()
	}
	return string(p)
}

// PlatformPricer is what the engine needs of a platform to price a workload on it. The engine
// prices every registered platform, in the order of Platforms, and knows none of them by name
// for that: a platform fills in the sizing it owns that a file left out, bills the service
// from the month's demand and what surrounds it, and bills the workload's scheduled jobs.
type PlatformPricer interface {
	// ID is the platform's id ("lambda").
	ID() Platform
	// Name is how people name the platform ("Lambda").
	Name() string
	// Resolve fills in the sizing of w the platform owns that the file left out, choosing
	// from the catalog, and records each choice in w.Defaulted.
	Resolve(w *Workload, cat *pricing.Catalog)
	// Estimate bills the workload's service on the platform from the month's demand and what
	// surrounds it. The engine then adds each schedule's estimate on the platform (Schedule):
	// one the platform cannot run makes the workload infeasible there.
	Estimate(d *Demand) Estimate
	// Schedule bills one scheduled job alone on the platform; an estimate that is not
	// Feasible (with its reasons) says the platform cannot run it.
	Schedule(j *ScheduledJob) Estimate
	// SchedulesOnly bills a workload that is only its schedules (d.Workload.SchedulesOnly):
	// what the platform bills for the schedules as one account, before the engine adds the
	// Scheduler's invocations and each schedule's own estimate (Schedule).
	SchedulesOnly(d *Demand) Estimate
}

// TriggerPricer is a platform that can also run a scheduled job once per work item, from a
// queue or an event, instead of on its schedule: Lambda and Fargate fill EventDriven.Triggers.
type TriggerPricer interface {
	// EventDriven compares the job on its schedule, scheduled (its estimate from Schedule),
	// with one run per work item, each billed alone without the free tier.
	EventDriven(j *ScheduledJob, scheduled Estimate) TriggerComparison
}

// SchedulerOwner is a platform of another provider than AWS whose own triggers start its
// scheduled jobs (Google Cloud Scheduler, Azure Functions' timer triggers, Cloudflare's Cron
// Triggers), billed by its Schedule and SchedulesOnly: the engine bills it no AWS EventBridge
// Scheduler invocations for a workload of schedules alone. A platform that does not implement
// it is AWS's, whose jobs EventBridge Scheduler starts, billed at the catalog's
// eventbridge.scheduler.invocations rate.
type SchedulerOwner interface {
	// SchedulesOwnJobs says the platform's own triggers start its scheduled jobs.
	SchedulesOwnJobs() bool
}

// MemorySweeper is a platform that sweeps its function's memory sizes, as AWS Lambda Power
// Tuning does (Lambda): Sweep asks the first registered one.
type MemorySweeper interface {
	// SweepMemory is Sweep on the platform, opt's month given.
	SweepMemory(w Workload, cat *pricing.Catalog, opt SweepOptions) SweepResult
}

// Platforms lists every registered platform's id, in display order: the order they were
// registered in (package model/platforms registers Lambda, Fargate and EC2).
var Platforms []Platform

// pricers are the registered platforms, in the order of Platforms.
var pricers []PlatformPricer

// RegisterPlatform adds platform p after those registered, and returns the function that
// removes it again (for a test, or a program that prices with it for a while). It is not
// safe to call while anything is being priced.
func RegisterPlatform(p PlatformPricer) (unregister func()) {
	if _, ok := pricerOf(p.ID()); ok {
		panic(fmt.Sprintf("model: platform %s is registered twice", p.ID()))
	}
	if len(pricers) == maxPlatforms {
		panic(fmt.Sprintf("model: at most %d platforms can be registered", maxPlatforms))
	}
	pricers = append(slices.Clip(pricers), p)
	Platforms = append(slices.Clip(Platforms), p.ID())
	return func() {
		i := platformIndex(p.ID())
		pricers = slices.Delete(slices.Clone(pricers), i, i+1)
		Platforms = slices.Delete(slices.Clone(Platforms), i, i+1)
	}
}

// pricerOf is the registered platform with id p.
func pricerOf(p Platform) (PlatformPricer, bool) {
	for _, q := range pricers {
		if q.ID() == p {
			return q, true
		}
	}
	return nil, false
}

// platformIndex is p's index in Platforms.
func platformIndex(p Platform) int {
	for i, q := range Platforms {
		if q == p {
			return i
		}
	}
	panic("model: unknown platform " + string(p))
}

// maxPlatforms is how many platforms a PlatformSet holds.
const maxPlatforms = 64

// PlatformSet is a set of registered platforms, by their index in Platforms.
type PlatformSet uint64

// AllPlatforms is the set of every registered platform.
func AllPlatforms() PlatformSet { return 1<<len(pricers) - 1 }

// SetOf is the set of platforms ps (each registered).
func SetOf(ps ...Platform) PlatformSet {
	var s PlatformSet
	for _, p := range ps {
		s = s.With(platformIndex(p))
	}
	return s
}

// With is the set with platform i (of Platforms) in it.
func (s PlatformSet) With(i int) PlatformSet { return s | 1<<i }

// Has says platform i (of Platforms) is in the set.
func (s PlatformSet) Has(i int) bool { return s&(1<<i) != 0 }
