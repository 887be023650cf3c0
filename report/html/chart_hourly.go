package html

import (
	"fmt"
	"strings"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/report"
	"github.com/shopspring/decimal"
)

// hoursPerDay and daysPerTick lay out the hourly charts' time axis: a tick a week.
const (
	hoursPerDay = 24
	daysPerTick = 7
)

// hourlyCharts draws the month hour by hour: the requests each hour, then the capacity each
// platform runs each hour (Lambda's concurrent executions, Fargate's tasks, EC2's instances),
// with the table of their quietest and busiest hours.
func hourlyCharts(b *strings.Builder, id string, r model.WorkloadResult) {
	hours := len(r.Requests)
	if hours == 0 {
		return
	}
	x := hourAxis(hours)
	var most int64
	for _, n := range r.Requests {
		most = max(most, n)
	}
	traffic := lineChart{id: id + "-requests", title: "Requests each hour: " + r.Workload.Name, maxMarkers: 0,
		desc: fmt.Sprintf("A line of the requests in each of the month's %d hours, spread by the traffic's shape and bursts; the busiest hour has %s.", hours, report.Count(most))}
	traffic.x = x
	traffic.y.label = "requests in the hour"
	traffic.y.ticks, traffic.y.lo, traffic.y.hi = countTicks(decimal.NewFromInt(most), 5)
	run := make([]point, hours)
	for h, n := range r.Requests {
		run[h] = point{float64(h), float64(n)}
	}
	traffic.series = []series{{name: "requests", style: trafficStyle, runs: [][]point{run}}}

	capacity := lineChart{id: id + "-capacity", title: "Capacity each hour: " + r.Workload.Name, maxMarkers: 10,
		desc: "Lines of what each platform runs in each hour to serve it: " + capacityDesc(r) + "."}
	capacity.x = x
	capacity.y.label = "units running (the legend names the unit)"
	var peak int64
	for _, e := range r.ShownEstimates() {
		values := e.Capacity.PerHour.Values()
		if !e.Feasible || len(values) == 0 {
			continue
		}
		s := series{name: platformName(e.Platform) + ", " + e.Capacity.Unit.Name, style: platformStyle(e.Platform)}
		pts := make([]point, len(values))
		for h, n := range values {
			pts[h] = point{float64(h), float64(n)}
			peak = max(peak, n)
		}
		s.runs = [][]point{pts}
		capacity.series = append(capacity.series, s)
	}
	capacity.y.ticks, capacity.y.lo, capacity.y.hi = countTicks(decimal.NewFromInt(peak), 5)
	svg := traffic.svg()
	if len(capacity.series) > 0 {
		svg += capacity.svg()
	}
	figure(b, id, svg, "The month hour by hour: the quietest and busiest hours", func(b *strings.Builder) {
		headRow(b, "Series", "Quietest hour", "Busiest hour", "Over the month")
		var least, total int64 = most, 0
		for _, n := range r.Requests {
			least, total = min(least, n), total+n
		}
		numericRow(b, "requests", report.Count(least), report.Count(most), report.Count(total)+" requests")
		for _, e := range r.ShownEstimates() {
			if !e.Feasible || e.Capacity.PerHour.Len() == 0 {
				continue
			}
			numericRow(b, platformName(e.Platform)+", "+e.Capacity.Unit.Name, report.Count(e.Capacity.Min), report.Count(e.Capacity.Max), unitHours(e.Capacity))
		}
	})
}

// hourAxis is the time axis of a month of hours, a tick at the start of every week's first day.
func hourAxis(hours int) axis {
	ax := axis{label: "hour of the month (ticks: days)", lo: 0, hi: float64(hours - 1)}
	for d := int64(0); d*hoursPerDay < int64(hours); d += daysPerTick {
		ax.ticks = append(ax.ticks, tick{float64(d * hoursPerDay), "day " + report.Count(d+1)})
	}
	return ax
}

// capacityDesc names each feasible platform's unit and its range over the month.
func capacityDesc(r model.WorkloadResult) string {
	var parts []string
	for _, e := range r.ShownEstimates() {
		if e.Feasible && e.Capacity.PerHour.Len() > 0 {
			parts = append(parts, fmt.Sprintf("%s %s to %s %s", platformName(e.Platform), report.Count(e.Capacity.Min), report.Count(e.Capacity.Max), e.Capacity.Unit.Name))
		}
	}
	if len(parts) == 0 {
		return "no platform sizes a fleet"
	}
	return strings.Join(parts, ", ")
}

// unitHours writes the unit-hours a capacity runs over the month, and those billed.
func unitHours(c model.Capacity) string {
	s := report.Count(c.UnitHours) + " unit-hours"
	if c.BilledHours.IsPositive() && !c.BilledHours.Equal(decimal.NewFromInt(c.UnitHours)) {
		s += ", " + report.Shown(c.BilledHours) + " billed"
	}
	return s
}

// trafficStyle is the requests' line: no platform's.
var trafficStyle = style{"#4a5568", "", "circle", "solid"}
