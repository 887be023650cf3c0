package model

import (
	"strings"

	"github.com/breakeven/breakeven/pricing"
)

// withSchedules adds the schedules' Fargate and EC2 line items to a feasible estimate, or
// makes it infeasible when a schedule cannot run on the platform. On Lambda the schedules'
// usage is already in the account's bill (lambdaEstimate); only their feasibility is checked.
func withSchedules(e Estimate, schedules []ScheduleResult) Estimate {
	if !e.Feasible || len(schedules) == 0 {
		return e
	}
	var reasons []string
	items := e.LineItems
	for _, s := range schedules {
		se := s.Estimate(e.Platform)
		if !se.Feasible {
			for _, why := range se.Reasons {
				reasons = append(reasons, "schedule "+s.Name+": "+why)
			}
			continue
		}
		e.Warnings = append(e.Warnings, prefixed("schedule "+s.Name+": ", append(s.Warnings, se.Warnings...))...)
		if e.Platform != PlatformLambda {
			items = append(items, se.LineItems...)
		}
	}
	if len(reasons) > 0 {
		return infeasible(e, reasons...)
	}
	return priced(e, items)
}

// priceSchedulesOnly prices a workload that is only its schedules: each platform's bill is
// the schedules' (on Lambda billed as one account).
func priceSchedulesOnly(w Workload, cat *pricing.Catalog, month Month) WorkloadResult {
	r := WorkloadResult{Workload: w}
	var usages []pricing.LambdaUsage
	r.Schedules, usages = priceSchedules(w, month, cat)
	var names []string
	for _, s := range w.Schedules {
		names = append(names, s.Name)
	}
	summary := "scheduled: " + strings.Join(names, ", ")
	for _, p := range Platforms {
		e := priced(Estimate{Platform: p, Summary: summary}, nil)
		if p == PlatformLambda && len(usages) > 0 {
			bill, err := cat.LambdaBill(usages, false)
			if err != nil {
				e = infeasible(e, err.Error())
			} else {
				e.Unpriced, e.lambdaCost = bill.Unpriced, bill.Total()
				e = priced(e, bill.Items)
			}
		}
		e = withServices(e, pricing.Services{Region: w.Region, Free: w.Lambda.FreeTier, SchedulerInvocations: schedulerInvocations(r.Schedules)}, cat)
		r.Estimates = append(r.Estimates, withSchedules(e, r.Schedules))
	}
	if r.Estimate(PlatformLambda).Feasible {
		r.lambdaUsage = usages
	}
	r.Cheapest = cheapest(r.Estimates)
	return r
}

// prefixed returns each of lines with prefix before it.
func prefixed(prefix string, lines []string) []string {
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		out = append(out, prefix+l)
	}
	return out
}
