// Package cloudrun is the Google Cloud Run platform (Cloud Run functions are billed at the
// same rates): the service's instances billed per vCPU-second and GiB-second, request-based
// (while serving, concurrent requests sharing an instance's billed time, plus a fee per
// request and idle minimum instances at the idle rate) or instance-based (the instances'
// whole life), in the region's tier; the free tier once per billing account across workloads
// (BillAccount); the schedules as Cloud Run jobs; a labelled cold-start estimate. The rates
// and rules are package pricing's (CloudRunBill). Package platforms registers it.
package cloudrun

import (
	"strings"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
)

// ID is Cloud Run's id in files, line items and the output.
const ID model.Platform = "cloudrun"

// Platform is Google Cloud Run behind model.PlatformPricer (and model.AccountBiller).
type Platform struct{}

// ID is "cloudrun".
func (Platform) ID() model.Platform { return ID }

// Name is "Cloud Run".
func (Platform) Name() string { return "Cloud Run" }

// Resolve chooses the instance's size the file left out (defaultSize), and records it and,
// for a workload built in code without a cloudrun section, the region (RegionFor).
func (Platform) Resolve(w *model.Workload, _ *pricing.Catalog) {
	c := ConfigOf(*w)
	vcpu, mem, ok := defaultSize(c.VCPU, c.MemoryGiB, w.Function.MemoryMB)
	if c.VCPU.IsZero() && !vcpu.IsZero() {
		c.VCPU = vcpu
		w.Note("cloudrun.vcpu", vcpu.String(), "the fewest vCPUs Cloud Run allows function.memory_mb with")
	}
	if c.MemoryGiB.IsZero() && ok {
		c.MemoryGiB = mem
		w.Note("cloudrun.memory_gib", mem.String(), "function.memory_mb in GiB, at least what Cloud Run allows the vCPU")
	}
	if _, decoded := model.SettingsOf[Config](*w, ID); !decoded && c.Region != "" {
		w.Note("cloudrun.region", c.Region, "nearest Cloud Run region to "+w.Region)
	}
	w.SetSettings(ID, c)
}

// Estimate bills the service and the schedules' Cloud Run jobs as one billing account, with
// what surrounds the function: the flow's function steps as Cloud Run functions (flowParts);
// AWS's services are listed as not priced, but for EventBridge Scheduler, whose part Cloud
// Scheduler plays and is billed on the jobs' lines.
func (Platform) Estimate(d *model.Demand) model.Estimate {
	e := d.SurroundElsewhere(estimate(d), "Google Cloud")
	kept := e.Unpriced[:0:0]
	for _, u := range e.Unpriced {
		if !strings.HasPrefix(u.Key, "eventbridge.scheduler.") {
			kept = append(kept, u)
		}
	}
	e.Unpriced = kept
	return e
}

// SchedulesOwnJobs is true: Cloud Scheduler starts the Cloud Run jobs, billed on the jobs'
// lines, so the engine bills no AWS EventBridge Scheduler (model.SchedulerOwner).
func (Platform) SchedulesOwnJobs() bool { return true }

// Schedule bills one scheduled job as a Cloud Run job alone.
func (Platform) Schedule(j *model.ScheduledJob) model.Estimate { return schedule(j) }

// SchedulesOnly bills the schedules' jobs as one billing account.
func (Platform) SchedulesOnly(d *model.Demand) model.Estimate {
	e := model.Estimate{Platform: ID}
	parts := jobParts(d.Schedules)
	if len(parts) == 0 {
		return model.SchedulesBilled(model.Priced(e, nil))
	}
	return billed(d, e, ConfigOf(d.Workload), parts)
}

// instances are what Cloud Run's capacity counts.
var instances = model.CapacityUnit{Name: "instances", Label: "Instances", Noun: "instance"}
