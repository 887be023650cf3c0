package model

import (
	"fmt"
	"time"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/model/demand"
	"github.com/shopspring/decimal"
)

// The most the model prices. No real workload comes near them; they keep every count and
// every product formed from them well inside 64-bit integers and decimals of a few dozen
// digits, so that nothing wraps around and nothing grows without end. A file past one is an
// input error naming the key that takes it there; a variant an analysis derives past one (a
// grown month, a scenario, a point of a break-even scan) is reported as not priced, with the
// reason.
const (
	// MaxRequestsPerMonth is 10^15 requests in a month: 380 million a second around the
	// clock, far beyond any single service. Grown, scaled or moved traffic is held to it too.
	MaxRequestsPerMonth = 1_000_000_000_000_000
	// MaxRunsPerRequest is how many times one flow step may run for one request (per_parent
	// multiplied down from the entry): a million, the largest per_parent.
	MaxRunsPerRequest = 1_000_000
	// MaxEventsPerMonth bounds the month's function invocations (retries included),
	// messages, events, executions and state transitions summed over the flow, and the
	// flow's work on Fargate and EC2 in entry-request equivalents: 10^15, as for requests.
	MaxEventsPerMonth = 1_000_000_000_000_000
	// MaxFleetUnits is the most tasks or instances sized for one hour: a trillion, far more
	// servers than exist; a fleet that would need more cannot run. A month of it, 744 hours
	// of minutes (4.5 x 10^16), stays far below 2^63.
	MaxFleetUnits = 1_000_000_000_000
	// MaxMonthHours is the longest calendar month, 31 days: a file's average rate is held
	// to the maxima over it.
	MaxMonthHours = 744
)

// ratioPlaces is the precision of a flow's per-request ratios (runs, attempts, what
// succeeds): 18 places. Chained per_parent values and powers of an error rate would
// otherwise carry hundreds or thousands of exact digits; at 10^-18 a request, the month's
// expected counts move by at most 0.001 at MaxRequestsPerMonth, below the whole invocations
// AWS bills.
const ratioPlaces = 18

// tooManyRequests says a month's requests are past MaxRequestsPerMonth.
var tooManyRequests = "more than " + humanize.Count(MaxRequestsPerMonth) + " requests a month, the most the model prices"

// BoundProblem is a quantity the workload derives past one of the maxima above.
type BoundProblem struct {
	// Step is the index in Flow of the step that takes it past the maximum, or -1 when the
	// traffic alone does.
	Step int
	// Message says what passes which maximum.
	Message string
}

// Bounds lists what the workload derives past the model's maxima in a month of monthHours
// hours: a flow step run more than MaxRunsPerRequest times a request, and the month's events
// or the flow's work on containers past MaxEventsPerMonth (positioned at the step that takes
// the sum past it).
func (w Workload) Bounds(monthHours int64) []BoundProblem {
	if w.SchedulesOnly {
		return nil
	}
	return w.boundsOf(w.Traffic.MonthlyRequests(monthHours), planFlow(w))
}

// boundsOf is Bounds for requests a month, with the flow's plan worked out.
func (w Workload) boundsOf(requests int64, plan flowPlan) []BoundProblem {
	if requests > MaxRequestsPerMonth {
		return []BoundProblem{{Step: -1, Message: tooManyRequests}}
	}
	var out []BoundProblem
	r := decimal.NewFromInt(requests)
	limit := decimal.NewFromInt(MaxEventsPerMonth)
	events := r.Mul(plan.EntryAttempts)
	work := events
	if events.GreaterThan(limit) {
		out = append(out, BoundProblem{Step: -1, Message: fmt.Sprintf("%s invocations of the function a month with its retries: more than %s",
			humanize.Quantity(events.Ceil()), humanize.Count(MaxEventsPerMonth))})
		return out
	}
	eventsOver, workOver := false, false
	for i, p := range plan.Steps {
		if p.Triggered.GreaterThan(decimal.NewFromInt(MaxRunsPerRequest)) {
			out = append(out, BoundProblem{Step: i, Message: fmt.Sprintf("step %s runs %s times per request (per_parent multiplied down from the entry): more than %s",
				p.Step.Name, humanize.Quantity(p.Triggered.Ceil()), humanize.Count(MaxRunsPerRequest))})
			return out
		}
		events = events.Add(r.Mul(stepEvents(p)))
		if !eventsOver && events.GreaterThan(limit) {
			eventsOver = true
			out = append(out, BoundProblem{Step: i, Message: fmt.Sprintf("%s invocations, messages and executions a month up to step %s: more than %s",
				humanize.Quantity(events.Ceil()), p.Step.Name, humanize.Count(MaxEventsPerMonth))})
		}
		if p.Step.Kind == StepFunction {
			work = work.Add(r.Mul(p.Invocations()).Mul(p.Step.DurationMs).DivRound(w.Function.DurationMs, flowPlaces))
			if !workOver && work.GreaterThan(limit) {
				workOver = true
				out = append(out, BoundProblem{Step: i, Message: fmt.Sprintf("work on Fargate and EC2 of %s requests of the entry's duration a month up to step %s: more than %s",
					humanize.Quantity(work.Ceil()), p.Step.Name, humanize.Count(MaxEventsPerMonth))})
			}
		}
		if eventsOver && workOver {
			break
		}
	}
	return out
}

// stepEvents is what one step does per request, counted as events: a function's attempts,
// a queue's, topic's or bus's messages, a state machine's executions (a standard one's
// transitions).
func stepEvents(p stepPlan) decimal.Decimal {
	if p.Step.Kind == StepFunction {
		return p.Attempts
	}
	if p.Step.Kind == StepStateMachine && p.Step.TransitionsPerExecution > 0 {
		return p.Triggered.Mul(decimal.NewFromInt(p.Step.TransitionsPerExecution))
	}
	return p.Triggered
}

// GrowthPastBounds is the first of months months from month 0 whose grown workload is past
// the maxima (Bounds), and why; -1 and "" when none is. Month k has traffic Traffic.Grown(k);
// with calendar set and month a calendar month it is the k-th calendar month after month,
// with its own hours, as ProjectGrowth counts them, else it has month's hours.
func (w Workload) GrowthPastBounds(month Month, months int64, calendar bool) (int64, string) {
	if w.SchedulesOnly || w.Traffic.GrowthPercentPerMonth.IsZero() {
		return -1, ""
	}
	calendar = calendar && month.Name != StandardMonthName
	for k := range months {
		m := month
		if calendar {
			m = demand.CalendarMonth(month.Start.Year(), month.Start.Month()+time.Month(k))
		}
		v := w
		v.Traffic = w.Traffic.Grown(k)
		if problems := v.Bounds(m.Hours); len(problems) > 0 {
			return k, problems[0].Message
		}
	}
	return -1, ""
}

// FleetTooLarge says why a fleet sized past MaxFleetUnits in some hour cannot run, naming
// the throughput key (rpsKey) that sizes it.
func FleetTooLarge(c Capacity, rpsKey string, f Fleet) (string, bool) {
	if c.Max <= MaxFleetUnits {
		return "", false
	}
	return fmt.Sprintf("the busiest hour needs more than %s %s (%s %s at %d%% utilisation): more than any account runs",
		humanize.Count(MaxFleetUnits), c.Unit.Name, rpsKey, humanize.Quantity(f.RequestsPerSecondPerUnit), targetUtilisation(f)), true
}

// targetUtilisation is the utilisation a fleet is sized at, in percent.
func targetUtilisation(f Fleet) int64 {
	if f.TargetUtilizationPercent == 0 {
		return DefaultTargetUtilizationPercent
	}
	return f.TargetUtilizationPercent
}

// beyondBounds says why a workload (or a variant an analysis made of it) with requests this
// month is not priced, or "" when it is within the maxima; plan is its flow's.
func beyondBounds(w Workload, requests int64, plan flowPlan) string {
	if w.SchedulesOnly {
		return ""
	}
	if requests > MaxRequestsPerMonth {
		return tooManyRequests
	}
	if len(w.Flow) == 0 && w.Retries.SyncRetries == 0 {
		return ""
	}
	if problems := w.boundsOf(requests, plan); len(problems) > 0 {
		return problems[0].Message
	}
	return ""
}
