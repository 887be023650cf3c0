package report

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/breakeven/breakeven/model"
)

// serviceText describes what the workload serves: its traffic and one request, or that it is
// only scheduled jobs.
func serviceText(r model.WorkloadResult, monthHours int64) string {
	wl := r.Workload
	if wl.SchedulesOnly {
		return fmt.Sprintf("scheduled jobs only (%d), no traffic", len(wl.Schedules))
	}
	return fmt.Sprintf("%s; %s at %s MB", trafficText(r, monthHours), milliseconds(wl.Function.DurationMs), count(wl.Function.MemoryMB))
}

// trafficText describes a workload's traffic in one line: the month's requests, the shape
// and the busiest hour, e.g. "7,300,000 requests a month, diurnal (peak 3x the average at
// 14:00 UTC), busiest hour 30,311".
func trafficText(r model.WorkloadResult, monthHours int64) string {
	t := r.Workload.Traffic
	s := count(t.MonthlyRequests(monthHours)) + " requests a month"
	if shape := shapeText(t.Shape); shape != "" {
		s += ", " + shape
	}
	if peak := busiestHour(r.Requests); peak > 0 {
		s += ", busiest hour " + count(peak)
	}
	return s
}

func shapeText(s model.Shape) string {
	zone := s.TimeZone
	if zone == "" {
		zone = "UTC"
	}
	var parts []string
	switch s.Kind {
	case model.Diurnal:
		parts = append(parts, fmt.Sprintf("diurnal (peak %sx the average at %02d:00 %s)", s.PeakToAverage, s.PeakHour, zone))
	case model.BusinessHours:
		parts = append(parts, fmt.Sprintf("business hours (%s %02d:00-%02d:00 %s, %s%% outside)", dayRange(s.Days), s.StartHour, s.EndHour, zone, s.OffHoursPercent))
	case model.Weights:
		parts = append(parts, fmt.Sprintf("%d hourly weights (%s)", len(s.Weights), zone))
	}
	for _, b := range s.Bursts {
		if b.HoursPerMonth > 0 {
			parts = append(parts, fmt.Sprintf("burst %s %sx for the %d busiest hours", b.Name, b.Multiplier, b.HoursPerMonth))
		} else {
			parts = append(parts, fmt.Sprintf("burst %s %sx %s %02d:00-%02d:00", b.Name, b.Multiplier, dayRange(b.Days), b.StartHour, b.EndHour))
		}
	}
	return strings.Join(parts, ", ")
}

var dayAbbrev = []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

// dayRange writes days as "Mon-Fri" when they run on, else "Mon, Wed".
func dayRange(days []time.Weekday) string {
	names := make([]string, len(days))
	consecutive := len(days) > 2
	for i, d := range days {
		names[i] = dayAbbrev[d]
		if i > 0 && (days[i-1]+1)%7 != d {
			consecutive = false
		}
	}
	if consecutive {
		return names[0] + "-" + names[len(names)-1]
	}
	return strings.Join(names, ", ")
}

func busiestHour(series []int64) int64 {
	var peak int64
	for _, r := range series {
		peak = max(peak, r)
	}
	return peak
}

// coldStartText summarises the cold-start estimate in a sentence.
func coldStartText(cs *model.ColdStarts, billed bool) string {
	s := fmt.Sprintf("Cold starts (model estimate; assumptions in docs/cold-starts.md and the JSON): %s a month, %s of requests; p99 %s ms warm, %s ms with them; INIT %s each",
		count(cs.Total), percent(cs.Share), ms(cs.Warm.P99Ms), ms(cs.WithColdStarts.P99Ms), milliseconds(cs.InitMs))
	switch {
	case !billed:
		s += ", not billed (lambda.bill_cold_starts: false)"
	case cs.BilledInitGBSeconds.IsPositive():
		s += fmt.Sprintf(", billed on the INIT lines (%s GB-s)", quantity(shown(cs.BilledInitGBSeconds)))
	}
	if cs.RemovedByProvisioned > 0 {
		s += fmt.Sprintf("; provisioned concurrency removes %s", count(cs.RemovedByProvisioned))
	}
	return s
}

// percent writes a share (a model estimate, so a float) as a percentage to two significant
// digits, and whole from 10% up, never in e-notation: 0.00009%, 0.0055%, 1.5%, 100%.
func percent(share float64) string {
	v := share * 100
	if v <= 0 || math.IsNaN(v) {
		return "0%"
	}
	places := 0
	if v < 10 {
		places = 1 - int(math.Floor(math.Log10(v)))
	}
	s := strconv.FormatFloat(v, 'f', places, 64)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return group(s) + "%"
}

// ms writes a latency estimate (a float) to the millisecond, thousands separated.
func ms(v float64) string { return group(strconv.FormatFloat(v, 'f', 0, 64)) }

// throttlingText says how close Lambda comes to its concurrency limit.
func throttlingText(th *model.Throttling) string {
	s := concurrencyText(th)
	if th.Hours == 0 {
		s += ": no throttling"
	} else if th.Unbilled > 0 {
		s += fmt.Sprintf(": THROTTLED in %s, about %s (estimate), not invoked and not billed; raise the quota or reserve concurrency (lambda.quota_raised: true bills them)",
			plural(th.Hours, "hour", "hours"), plural(th.Requests, "request", "requests"))
	} else {
		s += fmt.Sprintf(": above it in %s, about %s (estimate), billed as the limit is to be raised (lambda.quota_raised)",
			plural(th.Hours, "hour", "hours"), plural(th.Requests, "request", "requests"))
	}
	if th.RampSeconds > 10 {
		s += fmt.Sprintf("; the largest rise (%s) takes %d s to scale at 1,000 per 10 s", count(th.LargestRise), th.RampSeconds)
	}
	return s
}

// warmerText says what a scheduled warmer would cost.
func warmerText(w *model.Warmer) string {
	return fmt.Sprintf("A warmer pinging 1 environment every 5 minutes: %s invocations, %s a month; it stops only idle cold starts",
		count(w.Invocations), money(w.MonthlyCost))
}
