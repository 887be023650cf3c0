package managedinstances

import (
	"fmt"
	"math"
	"strings"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/demand"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// Provider is the provider catalog of the platform's own charges (pricing/data/managedinstances.yaml).
const Provider = "managedinstances"

// instances are what the platform's capacity counts.
var instances = model.CapacityUnit{Name: "instances", Label: "Instances", Noun: "instance"}

// fleet is the instances hour by hour and what they rest on.
type fleet struct {
	Capacity model.Capacity
	// PeakConcurrency is the most requests in flight in any hour's peak window, and
	// PeakEnvironments the environments that serves.
	PeakConcurrency, PeakEnvironments int64
	// Doublings counts the hours whose peak concurrency is more than twice the hour before's.
	Doublings int64
}

// sizeFleet sizes the instances hour by hour. In each hour the requests in flight at its peak
// (peak(requests), the requests of its busiest window of windowMs, each running billedMs:
// peak x billedMs / window ms, Little's law over the window) need ceil(in flight / concurrency) environments, packed
// perInstance to an instance: ceil(in flight / (concurrency x perInstance)) instances (the
// two roundings compose exactly), never fewer than min. Each hour's instances are billed the
// whole hour: Lambda scales them on its own signals, over minutes, not per request.
func sizeFleet(series []int64, classes *demand.HourClasses, peak func(requests int64) int64, windowMs, billedMs int64, s sizing, minInstances int64) fleet {
	f := fleet{Capacity: model.Capacity{Unit: instances, PerHour: model.ClassSeries(nil, nil), BilledHours: decimal.Zero}}
	if len(series) == 0 {
		return f
	}
	classes = demand.ClassesOf(classes, series)
	inFlight := classes.Each(func(requests int64) int64 {
		return model.CeilMulDiv(peak(requests), billedMs, windowMs)
	})
	units := make([]int64, len(inFlight))
	c := &f.Capacity
	c.Min = -1
	for k, n := range inFlight {
		units[k] = max(model.CeilMulDiv(n, 1, s.Concurrency*s.PerInstance), minInstances)
		if h := classes.Hours[k]; h > 0 {
			c.UnitHours += units[k] * h
			if c.Min < 0 || units[k] < c.Min {
				c.Min = units[k]
			}
			c.Max = max(c.Max, units[k])
			f.PeakConcurrency = max(f.PeakConcurrency, n)
		}
	}
	f.Doublings = doublings(classes, inFlight)
	c.PerHour = model.ClassSeries(classes.Of, units)
	c.BilledHours = decimal.NewFromInt(c.UnitHours)
	f.PeakEnvironments = max(model.CeilMulDiv(f.PeakConcurrency, 1, s.Concurrency), minInstances)
	return f
}

// doublings counts the hours whose peak concurrency (inFlight, by the hour's class) is more
// than twice the hour before's (the month repeats: the hour before the first is the last).
// When the month's least busy hour has some and the busiest no more than twice it, none is.
func doublings(classes *demand.HourClasses, inFlight []int64) int64 {
	least, most := int64(math.MaxInt64), int64(0)
	for k, n := range inFlight {
		if classes.Hours[k] > 0 {
			least, most = min(least, n), max(most, n)
		}
	}
	if least > 0 && most <= 2*least {
		return 0
	}
	count := int64(0)
	prev := inFlight[classes.Of[len(classes.Of)-1]]
	for _, k := range classes.Of {
		if prev > 0 && inFlight[k] > 2*prev {
			count++
		}
		prev = inFlight[k]
	}
	return count
}

// estimate bills the month's demand on the instances: the requests, the instance-hours at the
// purchase's rate and the management fee on their on-demand rate.
func estimate(d *model.Demand) model.Estimate {
	w, c := d.Workload, ConfigOf(d.Workload)
	e := model.Estimate{Platform: ID}
	if reasons := limits(w.Function.DurationMs, "function."); len(reasons) > 0 {
		return model.Infeasible(e, reasons...)
	}
	s, reasons := sizingOf(w, d.Catalog)
	if len(reasons) > 0 {
		return model.Infeasible(e, reasons...)
	}
	e.Summary = summary(s, c)
	hourly := d.Entry()
	billedMs := pricing.LambdaBilledMs(w.Function.DurationMs).IntPart()
	pk := d.PeakWindow()
	f := sizeFleet(hourly.Requests, hourly.Classes, pk.Peak, pk.WindowMs, billedMs, s, c.MinInstances)
	e.Capacity = f.Capacity
	if e.Capacity.Max > model.MaxFleetUnits {
		return model.Infeasible(e, fmt.Sprintf("the busiest hour needs more than %s instances at managed_instances.concurrency %s: more than any account runs",
			humanize.Count(model.MaxFleetUnits), humanize.Count(s.Concurrency)))
	}
	var requests int64
	for _, r := range hourly.Requests {
		requests += r
	}
	bill, err := bill(d.Catalog, pricing.ManagedInstancesUse{Region: c.Region, Requests: requests, InstanceType: s.Instance.Name,
		InstanceHours: e.Capacity.BilledHours, Purchase: string(c.Purchase), Estimate: fleetBasis(s, c, pk)})
	if err != nil {
		return model.Infeasible(e, err.Error())
	}
	e.Unpriced = bill.Unpriced
	e.Detail = &Detail{PeakConcurrency: f.PeakConcurrency, PeakEnvironments: f.PeakEnvironments, ColdStarts: noColdStarts(requests)}
	e.Warnings = append(e.Warnings, warnings(bill, c, f)...)
	return model.Priced(e, bill.Items)
}

// bill prices uses with the platform's catalog and the AWS catalog's instance rates.
func bill(cat *pricing.Catalog, uses ...pricing.ManagedInstancesUse) (pricing.Bill, error) {
	mi, err := cat.Provider(Provider)
	if err != nil {
		return pricing.Bill{}, err
	}
	return mi.ManagedInstancesBill(cat, uses)
}

// limits are the function limits Lambda Managed Instances keeps: a function's timeout is at
// most 900 seconds ("the configured function timeout (up to 900 seconds)", Lambda Developer
// Guide, "Understanding the Lambda Managed Instances execution environment").
func limits(durationMs decimal.Decimal, prefix string) []string {
	if durationMs.GreaterThan(decimal.NewFromInt(pricing.LambdaMaxDurationMs)) {
		return []string{fmt.Sprintf("%sduration_ms %s is beyond the 900-second timeout of a Lambda Managed Instances function", prefix, humanize.Quantity(durationMs))}
	}
	return nil
}

// summary describes the environments and instances priced.
func summary(s sizing, c Config) string {
	return fmt.Sprintf("%s %s, %s GB / %s environments serving %s at once, %s per instance, at least %s",
		s.Instance.Name, purchaseName(c.Purchase), s.MemoryGB, humanize.Plural(s.VCPU, "vCPU", "vCPUs"), humanize.Count(s.Concurrency),
		humanize.Count(s.PerInstance), humanize.Plural(c.MinInstances, "instance", "instances"))
}

// purchaseName is how the instances are bought ("on-demand" when the section leaves it out).
func purchaseName(p model.Purchase) string {
	if p == "" {
		return string(model.OnDemand)
	}
	return string(p)
}

// fleetBasis says what the instance-hours rest on: the line items' Estimate.
func fleetBasis(s sizing, c Config, pk *demand.PeakWindow) string {
	return fmt.Sprintf("estimate: instances sized hour by hour on the requests in flight in each hour's busiest %s window (%sth percentile), %s per environment, %s per instance, at least %s",
		humanize.Milliseconds(decimal.NewFromInt(pk.WindowMs)), humanize.Quantity(decimal.NewFromFloat(pk.P*100).Round(1)),
		humanize.Count(s.Concurrency), humanize.Plural(s.PerInstance, "environment", "environments"), humanize.Count(c.MinInstances))
}

// warnings say what the bill cannot confirm: the platform's charges outside the regions the
// catalog has them for, and traffic that rises faster than Lambda adds instances.
func warnings(b pricing.Bill, c Config, f fleet) []string {
	var out []string
	fees := false
	for _, u := range b.Unpriced {
		switch {
		case strings.HasPrefix(u.Key, "lambda.managed_instances.") && !fees:
			fees = true
			out = append(out, fmt.Sprintf("Lambda Managed Instances in %s: AWS's pricing page states the request charge and the management fee for US East (N. Virginia) only, and the catalog has no other region; availability in %s is not confirmed", c.Region, c.Region))
		case strings.HasPrefix(u.Key, "ec2."):
			out = append(out, fmt.Sprintf("the catalog has no rate %s in %s: the total leaves those instances out; give yours in a --pricing file (an AWS catalog overlay)", u.Key, u.Region))
		}
	}
	if f.Doublings > 0 {
		out = append(out, fmt.Sprintf("traffic more than doubles from one hour to the next in %s: Lambda Managed Instances scales asynchronously on CPU use, and AWS says traffic that more than doubles within 5 minutes may be throttled while instances are added (Lambda Developer Guide, \"Scaling Lambda Managed Instances\"); the bill assumes the instances are there",
			humanize.Plural(f.Doublings, "hour", "hours")))
	}
	return out
}
