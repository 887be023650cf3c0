package cloudrun

import (
	"fmt"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/demand"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// maxRequestMs is Cloud Run's longest request: "the maximum timeout is 60 minutes"
// (https://cloud.google.com/run/docs/configuring/request-timeout).
const maxRequestMs = 60 * 60 * 1000

// requestTimeoutSource is where maxRequestMs comes from, for messages.
const requestTimeoutSource = "https://cloud.google.com/run/docs/configuring/request-timeout"

// maxInstancesSource says what happens to traffic beyond max_instances.
const maxInstancesSource = "https://cloud.google.com/run/docs/about-instance-autoscaling"

// service works out the service's month: its uses of instance time and its cold starts.
type service struct {
	uses     []pricing.CloudRunUse
	peak     int64
	capacity model.Capacity
	detail   *Detail
}

// serviceMonth is the service's instance time over requests (the requests reaching it hour
// by hour, grouped by classes when they group them) with config c, or why Cloud Run cannot
// serve them; with detail, its cold starts too (a statistical extra that bills nothing).
// What depends on an hour's requests alone is summed class by class: exact integers, each
// class's hours times its hour's.
func serviceMonth(w model.Workload, c Config, requests []int64, classes *demand.HourClasses, detail bool) (service, string) {
	f := w.Function
	if c.Concurrency < 1 || c.Concurrency > pricing.CloudRunMaxConcurrency || f.DurationMs.IsNegative() {
		return service{}, fmt.Sprintf("cloudrun.concurrency %d, function.duration_ms %s: expected a concurrency of 1 to 1,000 and a duration of at least 0", c.Concurrency, f.DurationMs)
	}
	if f.DurationMs.GreaterThan(decimal.NewFromInt(maxRequestMs)) {
		return service{}, fmt.Sprintf("function.duration_ms %s exceeds Cloud Run's request timeout of 60 minutes (3,600,000 ms; %s)", humanize.Quantity(f.DurationMs), requestTimeoutSource)
	}
	hm := newHourModel(f.DurationMs, c.Concurrency)
	t := hm.over(requests, classes)
	sum := sumHours(t, c.MinInstances, c.MaxInstances)
	if sum.over > 0 {
		return service{}, fmt.Sprintf("%s %s at the peak, more than cloudrun.max_instances %s at concurrency %s: Cloud Run queues requests beyond them for up to 10 seconds, then fails them with 429 (%s); raise max_instances",
			humanize.Plural(sum.over, "hour needs", "hours need"), humanize.Plural(sum.peak, "instance", "instances"), humanize.Count(c.MaxInstances), humanize.Count(c.Concurrency), maxInstancesSource)
	}
	billedMs := sum.busyMs
	if c.Billing == InstanceBased {
		billedMs = sum.aliveMs
	}
	s := service{peak: sum.peak, capacity: capacityOf(t.classes, sum.perClass, billedMs)}
	base := pricing.CloudRunUse{Region: c.Region, VCPU: c.VCPU, MemoryGiB: c.MemoryGiB, Free: c.FreeTier}
	if c.Billing == InstanceBased {
		u := base
		u.InstanceBased, u.InstanceSeconds = true, seconds(sum.aliveMs)
		u.Estimate = fmt.Sprintf("estimate: instances alive hour by hour, the peak's instances (at concurrency %d) each kept %d minutes after a request, at least min_instances", c.Concurrency, idleMinutes)
		s.uses = append(s.uses, u)
	} else {
		u := base
		u.InstanceSeconds, u.Requests = seconds(sum.busyMs), sum.total
		if !hm.exact() {
			u.Estimate = fmt.Sprintf("estimate: instance time of requests sharing instances %d at a time, each hour's requests in flight Poisson (Little's law on the billed duration)", c.Concurrency)
		}
		s.uses = append(s.uses, u)
		if sum.idleMs > 0 {
			idle := base
			idle.IdleSeconds = seconds(sum.idleMs)
			idle.Estimate = "estimate: min_instances' hours less the hour's busy instance time"
			s.uses = append(s.uses, idle)
		}
	}
	if detail {
		source := startupSource
		if !c.StartupMs.Equal(decimal.NewFromInt(defaultStartupMs)) {
			source = "cloudrun.startup_ms"
		}
		s.detail = &Detail{ColdStarts: coldStarts(t, hm, c.MinInstances, c.StartupMs, source)}
	}
	return s, ""
}

// monthSums is what the service's month sums over its hours: the busy, idle (of the minimum
// instances) and alive instance time in milliseconds, the requests, the most instances an hour
// needs, the hours needing more than max_instances, and the instances each class of hours
// keeps (at least min_instances).
type monthSums struct {
	busyMs, idleMs, aliveMs, total, peak, over int64
	perClass                                   []int64
}

// sumHours sums the month t with minInstances kept and maxInstances at most, class by
// class: exact integers, each class's hours times its hour's.
func sumHours(t monthHours, minInstances, maxInstances int64) monthSums {
	const hourMs = int64(msPerHour)
	m := minInstances
	s := monthSums{perClass: make([]int64, len(t.byClass))}
	for k, h := range t.byClass {
		hours, n := t.classes.Hours[k], t.classes.Counts[k]
		if hours == 0 {
			continue
		}
		s.perClass[k] = max(m, h.needed)
		s.total += n * hours
		s.peak = max(s.peak, h.needed)
		if h.needed > maxInstances {
			s.over += hours
		}
		s.busyMs += h.busyMs * hours
		s.idleMs += max(0, m*hourMs-h.busyMs) * hours
		alive := m * hourMs
		if n > 0 {
			// instance-based: the hour's instances, each kept idleMinutes after a request
			alive = max(alive, h.needed*min(hourMs, n*idleMinutes*60*1000), h.busyMs)
		}
		s.aliveMs += alive * hours
	}
	return s
}

// capacityOf is the instances each hour needs (perClass: by the hour's class, at least
// min_instances), for the output, and the instance-hours billedMs bills (request-based: the
// busy time; instance-based: the instances' life).
func capacityOf(classes *demand.HourClasses, perClass []int64, billedMs int64) model.Capacity {
	c := model.Capacity{Unit: instances, PerHour: model.ClassSeries(classes.Of, perClass)}
	first := true
	for k, n := range perClass {
		hours := classes.Hours[k]
		if hours == 0 {
			continue
		}
		if first || n < c.Min {
			c.Min, first = n, false
		}
		c.Max = max(c.Max, n)
		c.UnitHours += n * hours
	}
	c.BilledHours = decimal.NewFromInt(billedMs).DivRound(decimal.NewFromInt(msPerHour), model.HourPlaces)
	return c
}

// seconds is ms milliseconds in seconds, exact.
func seconds(ms int64) decimal.Decimal { return decimal.NewFromInt(ms).Shift(-3) }

// estimate bills the service and the schedules' jobs (parts of the account, jobs) on Cloud Run.
func estimate(d *model.Demand) model.Estimate {
	w := d.Workload
	c := ConfigOf(w)
	e := model.Estimate{Platform: ID, Summary: summary(c)}
	if c.MemoryGiB.IsZero() {
		e.Summary = "no Cloud Run instance holds " + humanize.Megabytes(w.Function.MemoryMB)
		return model.Infeasible(e, noFit(c.VCPU, w.Function.MemoryMB))
	}
	if why := checkSize(c.VCPU, c.MemoryGiB); why != "" {
		return model.Infeasible(e, why)
	}
	if c.MemoryGiB.LessThan(model.MBToGB(w.Function.MemoryMB)) {
		e.Warnings = append(e.Warnings, fmt.Sprintf("cloudrun.memory_gib %s is less than function.memory_mb %s", c.MemoryGiB, humanize.Count(w.Function.MemoryMB)))
	}
	entry := d.Entry()
	s, why := serviceMonth(w, c, entry.Requests, entry.Classes, d.Detail)
	if why != "" {
		return model.Infeasible(e, why)
	}
	e.Summary += fmt.Sprintf(", peak %s", humanize.Plural(s.peak, "instance", "instances"))
	if s.detail != nil {
		e.Detail = s.detail
	}
	e.Capacity = s.capacity
	var parts []part
	for _, u := range s.uses {
		parts = append(parts, part{use: u})
	}
	steps, unpriced := flowParts(d, c)
	if len(steps) > 0 {
		e.Summary += fmt.Sprintf(", the flow's %s as Cloud Run functions", humanize.Plural(int64(len(steps)), "function step", "function steps"))
	}
	e.Unpriced = append(e.Unpriced, unpriced...)
	return billed(d, e, c, append(append(parts, steps...), jobParts(d.Schedules)...))
}

// billed is e billed for parts as one billing account, with its account part, the schedules
// billed with it.
func billed(d *model.Demand, e model.Estimate, c Config, parts []part) model.Estimate {
	e = model.SchedulesBilled(e)
	if c.Region == "" {
		e.Warnings = append(e.Warnings, "no Cloud Run region is mapped from "+d.Workload.Region+": state cloudrun.region")
	}
	pc, err := d.Catalog.Provider(provider)
	if err != nil {
		return model.Infeasible(e, err.Error())
	}
	bill, err := billParts(pc, parts)
	if err != nil {
		return model.Infeasible(e, err.Error())
	}
	e.Account = &account{parts: parts, bill: bill.Total()}
	e.Unpriced = append(e.Unpriced, bill.Unpriced...)
	return model.Priced(e, bill.Items)
}

// summary is "request-based, 1 vCPU / 0.5 GiB, 80 at a time, us-east4".
func summary(c Config) string {
	region := c.Region
	if region == "" {
		region = "no region"
	}
	return fmt.Sprintf("%s-based, %s vCPU / %s GiB, %s at a time, %s", c.Billing, c.VCPU, c.MemoryGiB, humanize.Count(c.Concurrency), region)
}
