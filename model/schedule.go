package model

import (
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/breakeven/breakeven/model/demand"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// ScheduleResult is one schedule of a workload priced alone on every platform for the month.
type ScheduleResult struct {
	Name     string
	Cron     string
	TimeZone string // as written; "" is UTC
	// RunsPerMonth is the month's runs: exactly those starting in a calendar month, or for the
	// 730-hour month the runs of the 8,760 hours (365 days) from its start times 730/8,760
	// (Averaged), rounded to 10 places: @daily is 365 x 730 / 8,760 = 30.4166666667.
	RunsPerMonth decimal.Decimal
	Averaged     bool
	// WindowRuns is the exact count of runs in the window counted, WindowHours long: the
	// month itself, or the year the 730-hour month averages.
	WindowRuns  int64
	WindowHours int64
	// RunsPerHour is the runs starting in each hour of the month priced, for charts. For the
	// 730-hour month these are the first 730 hours of the year counted, exact, so they need not
	// sum to RunsPerMonth.
	RunsPerHour []int64
	Parallel    int64
	// Invocations is RunsPerMonth x Parallel: Lambda invocations or Fargate tasks.
	Invocations decimal.Decimal
	// EarlyExits is the runs a month that find no work (each still starts Parallel tasks).
	EarlyExits decimal.Decimal
	// Estimates is what the schedule alone costs on each platform, in Platforms order. Line
	// item ids carry the schedule: lambda.scheduled.NAME.*, fargate.scheduled.NAME.*,
	// ec2.scheduled.NAME.*.
	Estimates []Estimate
	// Warnings are problems of the schedule itself, such as a month with no run.
	Warnings []string
	// EventDriven compares the schedule with a trigger run once per work item; nil unless the
	// schedule says how many work items arrive.
	EventDriven *EventDriven
}

// Estimate returns the schedule's estimate for platform p.
func (r ScheduleResult) Estimate(p Platform) Estimate { return estimateFor(r.Estimates, p) }

// EventDriven compares a schedule with an event-driven trigger (a queue or an event) that runs
// the same job once per work item: no empty runs, no early exits.
type EventDriven struct {
	WorkItems int64
	// Triggers are the comparisons on each platform that can run the job once per work item
	// (a TriggerPricer), in the order of Platforms: on Lambda one invocation per item, on
	// Fargate one task per item, each billed at least a minute.
	Triggers []PlatformTrigger
}

// PlatformTrigger is the comparison of a schedule with an event-driven trigger on one
// platform.
type PlatformTrigger struct {
	Platform Platform
	TriggerComparison
}

// TriggerComparison is what the schedule and the event-driven trigger cost a month on one
// platform, each billed alone without the free tier.
type TriggerComparison struct {
	Feasible bool
	Reasons  []string // why the platform cannot run the job, when not Feasible
	Schedule decimal.Decimal
	// EventDriven is the cost of one invocation or task per work item.
	EventDriven decimal.Decimal
	// Saving is Schedule - EventDriven: what moving to the event-driven trigger saves a month
	// (negative when the schedule is cheaper).
	Saving decimal.Decimal
}

const (
	// SchedulePlaces: averaged runs (runs in a year x Hours / 8,760) and the hours of scheduled
	// runs (seconds / 3,600) are not exact decimals; each such quantity is rounded once, to
	// 10 places: a ten-billionth of a run or an hour, far below a cent at any catalog rate.
	SchedulePlaces = 10
	// yearHours is the window the 730-hour month averages over: 365 days from its start, so a
	// daily job runs 365 x 730 / 8,760 = 30.42 times, as AWS's 730 hours assume.
	yearHours   = 8760
	msPerSecond = 1000
)

// scheduleRuns is how often a schedule runs in the month priced.
type scheduleRuns struct {
	window      int64 // runs starting in the window
	windowHours int64 // the month's hours, or yearHours for the 730-hour month
	monthHours  int64
	averaged    bool
	perHour     []int64
}

// countScheduleRuns counts s's runs in m: exactly in a calendar month (or any month other
// than the 730-hour one), averaged over a year from its start for the 730-hour month.
func countScheduleRuns(s Schedule, m Month) (scheduleRuns, error) {
	key := runKey{s.Cron, s.TimeZone, m.Name, m.Start.Unix(), m.Hours}
	runCounts.Lock()
	r, ok := runCounts.m[key]
	runCounts.Unlock()
	if ok {
		return r, nil
	}
	r, err := countRuns(s, m)
	if err != nil {
		return r, err
	}
	runCounts.Lock()
	if len(runCounts.m) >= runCountsKept {
		clear(runCounts.m)
	}
	runCounts.m[key] = r
	runCounts.Unlock()
	return r, nil
}

// runCounts remembers schedules' runs: they depend only on the cron expression, the zone and
// the month, and the analyses price the same schedules thousands of times (a break-even probe
// moves the traffic, never the schedules). Callers only read the counts.
var runCounts = struct {
	sync.Mutex
	m map[runKey]scheduleRuns
}{m: map[runKey]scheduleRuns{}}

// runCountsKept bounds runCounts: when full it starts again.
const runCountsKept = 1024

type runKey struct {
	cron, zone, month string
	start, hours      int64
}

// countRuns counts s's runs in m (countScheduleRuns, without remembering).
func countRuns(s Schedule, m Month) (scheduleRuns, error) {
	c, err := demand.ParseCron(s.Cron, s.TimeZone)
	if err != nil {
		return scheduleRuns{}, err
	}
	r := scheduleRuns{windowHours: m.Hours, monthHours: m.Hours, perHour: make([]int64, m.Hours)}
	if m.Name == StandardMonthName {
		r.averaged, r.windowHours = true, yearHours
	}
	r.window = c.Count(m.Start, m.Start.Add(time.Duration(r.windowHours)*time.Hour), r.perHour)
	return r, nil
}

// perMonth turns q, a quantity summed over the window's runs, into the month's, in units of
// divisor: q / divisor for a calendar month, q x Hours / (8,760 x divisor) for the 730-hour
// month. One division, rounded to SchedulePlaces; none when there is nothing to divide.
func (r scheduleRuns) perMonth(q decimal.Decimal, divisor int64) decimal.Decimal {
	den := r.windowHours * divisor
	if den == r.monthHours {
		return q
	}
	return q.Mul(decimal.NewFromInt(r.monthHours)).DivRound(decimal.NewFromInt(den), SchedulePlaces)
}

// jobRuns splits the window's invocations (runs x parallel) into those that find work and
// those that exit early. Both are exact: the percentage has at most a few places.
type jobRuns struct {
	invocations, work, exits decimal.Decimal
}

func scheduleJobRuns(s Schedule, r scheduleRuns) jobRuns {
	inv := decimal.NewFromInt(r.window).Mul(decimal.NewFromInt(ParallelTasks(s)))
	exits := inv.Mul(s.EarlyExitPercent).Shift(-2) // a percentage: dividing by 100 is exact
	return jobRuns{invocations: inv, work: inv.Sub(exits), exits: exits}
}

// ParallelTasks is the tasks each run starts; zero means one.
func ParallelTasks(s Schedule) int64 { return max(s.Parallel, 1) }

// priceSchedules prices every schedule of w (defaults resolved) in month.
func priceSchedules(w Workload, month Month, cat *pricing.Catalog) []ScheduleResult {
	var results []ScheduleResult
	for _, s := range w.Schedules {
		results = append(results, priceSchedule(w, s, month, cat))
	}
	return results
}

// priceSchedule prices schedule s of w (defaults resolved) in month on every platform, each
// billed alone.
func priceSchedule(w Workload, s Schedule, month Month, cat *pricing.Catalog) ScheduleResult {
	res := ScheduleResult{Name: s.Name, Cron: s.Cron, TimeZone: s.TimeZone, Parallel: ParallelTasks(s)}
	r, err := countScheduleRuns(s, month)
	if err != nil {
		for _, p := range Platforms {
			res.Estimates = append(res.Estimates, Estimate{Platform: p, Reasons: []string{err.Error()}})
		}
		return res
	}
	jobs := scheduleJobRuns(s, r)
	res.RunsPerMonth = r.perMonth(decimal.NewFromInt(r.window), 1)
	res.Averaged, res.WindowRuns, res.WindowHours, res.RunsPerHour = r.averaged, r.window, r.windowHours, r.perHour
	res.Invocations = r.perMonth(jobs.invocations, 1)
	res.EarlyExits = r.perMonth(decimal.NewFromInt(r.window).Mul(s.EarlyExitPercent).Shift(-2), 1)
	if r.window == 0 {
		res.Warnings = append(res.Warnings, fmt.Sprintf("%q does not run in %s", s.Cron, month.Name))
	}

	job := ScheduledJob{Workload: w, Schedule: s, Month: month, Catalog: cat, runs: r, jobs: jobs}
	res.Estimates = make([]Estimate, len(pricers))
	for i, p := range pricers {
		res.Estimates[i] = p.Schedule(&job)
	}
	if s.WorkItemsPerMonth > 0 {
		res.EventDriven = eventDriven(&job, res.Estimates)
	}
	return res
}

// ScheduledItems re-ids a platform's line items as the schedule's: prefix+"x" becomes
// prefix+"scheduled.NAME.x", and each name says which schedule it is. They lose their Kind:
// they are the schedule's lines, not the service's, which code reads by kind.
func ScheduledItems(items []pricing.LineItem, prefix, name string) []pricing.LineItem {
	out := make([]pricing.LineItem, len(items))
	for i, it := range items {
		it.ID = prefix + "scheduled." + name + "." + strings.TrimPrefix(it.ID, prefix)
		it.Name = "Schedule " + name + ": " + it.Name
		it.Kind = ""
		out[i] = it
	}
	return out
}

// MBToGB is mb / 1024, exact.
func MBToGB(mb int64) decimal.Decimal {
	return decimal.NewFromInt(mb).Mul(decimal.RequireFromString("0.0009765625"))
}

// eventDriven prices the same job run once per work item, against the schedule, each alone
// without the free tier, on each platform that can (a TriggerPricer) from the schedule's
// estimate there (Lambda's and Fargate's), in the order of Platforms.
func eventDriven(job *ScheduledJob, estimates []Estimate) *EventDriven {
	ed := &EventDriven{WorkItems: job.Schedule.WorkItemsPerMonth}
	for _, p := range pricers {
		if t, ok := p.(TriggerPricer); ok {
			ed.Triggers = append(ed.Triggers, PlatformTrigger{Platform: p.ID(),
				TriggerComparison: t.EventDriven(job, estimateFor(estimates, p.ID()))})
		}
	}
	return ed
}

// CompareTriggers compares a schedule's bill with the event-driven trigger's, each billed by
// its function; an error of either is the reason the platform cannot compare them.
func CompareTriggers(schedule, event func() ([]pricing.LineItem, error)) TriggerComparison {
	s, err := schedule()
	if err != nil {
		return TriggerComparison{Reasons: []string{err.Error()}}
	}
	e, err := event()
	if err != nil {
		return TriggerComparison{Reasons: []string{err.Error()}}
	}
	c := TriggerComparison{Feasible: true, Schedule: pricing.Total(s), EventDriven: pricing.Total(e)}
	c.Saving = c.Schedule.Sub(c.EventDriven)
	return c
}
