package report

import (
	"fmt"

	"github.com/breakeven/breakeven/model"
)

// CapacityText describes an estimate's capacity in one line, the same in the table, markdown
// and the explorer: "Tasks: 2-5 an hour, 1,532 task-hours billed, 1 scale-out" on Fargate and
// EC2; on Lambda its one concurrency figure, the peak of the busiest hour against the limit
// (see concurrencyText). "" when there is nothing to size.
func CapacityText(e model.Estimate) string {
	if th := model.LambdaDetailOf(e).Throttling; th != nil {
		return concurrencyText(th)
	}
	return capacityText(e.Capacity)
}

// concurrencyText is Lambda's concurrency figure: "Peak concurrency 7 of a 1,000 limit", the
// traffic's peak percentile of concurrent executions in the busiest hour (a model estimate,
// model.Throttling).
func concurrencyText(th *model.Throttling) string {
	return fmt.Sprintf("Peak concurrency %s of a %s limit", count(th.PeakConcurrency), count(th.Limit))
}

// capacityText describes a fleet's capacity in its unit's label and noun (as the platform
// declares them): "Tasks: 2-5 an hour, 1,532 task-hours billed".
// Lambda's is said by concurrencyText, from its throttling check; without one (a workload of
// schedules only), by the most concurrent executions of any hour.
func capacityText(c model.Capacity) string {
	switch {
	case c.Unit.Name == "":
		return ""
	case c.Unit.Concurrency:
		return "Peak concurrency " + count(c.Max) + " (mean of the busiest hour)"
	}
	var space [160]byte
	s := append(append(space[:0], c.Unit.Label...), ": "...)
	s = appendCount(s, c.Min)
	if c.Max != c.Min {
		s = appendCount(append(s, '-'), c.Max)
	}
	s = append(s, " an hour, "...)
	s = appendNumber(s, c.BilledHours, 2, numberStyle{trim: true, group: true})
	s = append(append(append(s, ' '), c.Unit.Noun...), "-hours billed"...)
	if c.LagHours > 0 {
		s = append(append(s, ", "...), plural(c.LagHours, "scale-out", "scale-outs")...)
	}
	return string(s)
}

// capacityJSON writes an estimate's capacity: the units it runs hour by hour.
func capacityJSON(j *jsonWriter, c model.Capacity) {
	j.open('{')
	j.string("unit", c.Unit.Name)
	j.int("min", c.Min)
	j.int("max", c.Max)
	j.int("unit_hours", c.UnitHours)
	if !c.BilledHours.IsZero() || !c.Unit.Concurrency {
		j.decimal("billed_hours", c.BilledHours)
	}
	j.int("lag_hours", c.LagHours)
	j.series("per_hour", c.PerHour)
	j.close('}')
}
