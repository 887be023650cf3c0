package report

import (
	"fmt"
	"strings"
	"time"

	"github.com/breakeven/breakeven/model"
)

// serviceText describes what the workload serves: its traffic and one request, or that it is
// only scheduled jobs.
func serviceText(r *shownResult, monthHours int64) string {
	wl := r.Workload
	if wl.SchedulesOnly {
		return fmt.Sprintf("scheduled jobs only (%d), no traffic", len(wl.Schedules))
	}
	return fmt.Sprintf("%s; %s at %s MB", trafficText(r, monthHours), milliseconds(wl.Function.DurationMs), count(wl.Function.MemoryMB))
}

// trafficText describes a workload's traffic in one line: the month's requests, the shape
// and the busiest hour, e.g. "7,300,000 requests a month, diurnal (peak 3x the average at
// 14:00 UTC), busiest hour 30,311".
func trafficText(r *shownResult, monthHours int64) string {
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
