package model

import (
	"slices"
	"strings"

	"github.com/breakeven/breakeven/pricing"
)

// withSchedules adds the schedules' line items to a feasible estimate (with items: unless the
// platform billed them with the service, as Lambda's account does), or makes it infeasible
// when a schedule cannot run on the platform. The engine applies it to every platform's
// estimate, so that no platform runs a workload whose schedules it does not.
func withSchedules(e Estimate, schedules []ScheduleResult, items bool) Estimate {
	if !e.Feasible || len(schedules) == 0 {
		return e
	}
	var reasons []string
	lines := e.LineItems
	for _, s := range schedules {
		se := s.Estimate(e.Platform)
		if !se.Feasible {
			if len(se.Reasons) == 0 {
				reasons = append(reasons, "schedule "+s.Name+": not priced on "+e.Platform.Name())
			}
			for _, why := range se.Reasons {
				reasons = append(reasons, "schedule "+s.Name+": "+why)
			}
			continue
		}
		// s is read only (the variants of one workload share their schedules' prices): its
		// warnings are copied, never appended to
		e.Warnings = append(e.Warnings, prefixed("schedule "+s.Name+": ", slices.Concat(s.Warnings, se.Warnings))...)
		if items {
			lines = append(lines, se.LineItems...)
		}
	}
	if len(reasons) > 0 {
		return Infeasible(e, reasons...)
	}
	return Priced(e, lines)
}

// priceSchedulesOnly prices a workload that is only its schedules: each platform's bill is
// what it bills for the schedules (on Lambda as one account), EventBridge Scheduler's
// invocations on an AWS platform (another provider's own triggers start its jobs:
// SchedulerOwner) and each schedule's line items, and the workload runs on a platform only if
// every schedule does.
func priceSchedulesOnly(w Workload, cat *pricing.Catalog, month Month) WorkloadResult {
	r := WorkloadResult{Workload: w}
	d := Demand{Workload: w, Month: month, Catalog: cat}
	r.Schedules = priceSchedules(w, month, cat)
	d.Schedules = r.Schedules
	var names []string
	for _, s := range w.Schedules {
		names = append(names, s.Name)
	}
	summary := "scheduled: " + strings.Join(names, ", ")
	for _, p := range pricers {
		e := p.SchedulesOnly(&d)
		e.Summary = summary
		if !ownsScheduler(p) {
			e = withServices(e, pricing.Services{Region: w.Region, Free: FunctionSettingsOf(w).FreeTier, SchedulerInvocations: schedulerInvocations(r.Schedules)}, cat)
		}
		r.Estimates = append(r.Estimates, withSchedules(e, r.Schedules, !e.schedulesBilled))
	}
	r.Cheapest = cheapest(r.Estimates)
	return r
}

// ownsScheduler says platform p starts its scheduled jobs on its provider's own triggers
// (SchedulerOwner), so EventBridge Scheduler bills it nothing.
func ownsScheduler(p PlatformPricer) bool {
	o, ok := p.(SchedulerOwner)
	return ok && o.SchedulesOwnJobs()
}

// prefixed returns each of lines with prefix before it.
func prefixed(prefix string, lines []string) []string {
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		out = append(out, prefix+l)
	}
	return out
}
