package model

import (
	"time"

	"github.com/breakeven/breakeven/internal/yamlspec"
)

// The spec and reading of weekly windows of hours, shared by the workload's own sections
// (traffic's business hours and bursts) and a platform's (Lambda's provisioned hours).

var dayNames = []string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"}

var weekdays = map[string]time.Weekday{"mon": time.Monday, "tue": time.Tuesday, "wed": time.Wednesday,
	"thu": time.Thursday, "fri": time.Friday, "sat": time.Saturday, "sun": time.Sunday}

// Workdays are Monday to Friday, a weekly window's days when the file names none.
var Workdays = []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday}

// DaysSpec is the spec of a list of day names (mon to sun), doc saying what they are.
func DaysSpec(doc string) *yamlspec.Spec {
	return &yamlspec.Spec{Kind: yamlspec.List, Doc: doc,
		Elem: &yamlspec.Spec{Kind: yamlspec.String, Doc: "a day of the week", Enum: dayNames}}
}

// HourSpec is the spec of an hour of the day, 0 to max, doc saying what it is.
func HourSpec(doc, max string) *yamlspec.Spec {
	return &yamlspec.Spec{Kind: yamlspec.Int, Min: "0", Max: max, Doc: doc}
}

// WeeklyWindowFields are the days, start_hour and end_hour of a weekly window of hours, local
// to traffic.time_zone; days default to Monday to Friday, the hours to start and end.
func WeeklyWindowFields(daysDoc, start, end string) []yamlspec.Field {
	return []yamlspec.Field{
		{Key: "days", Spec: DaysSpec(daysDoc + "; default mon to fri.")},
		{Key: "start_hour", Default: start, Spec: HourSpec("The first hour of the window, 0 to 23, local time.", "23")},
		{Key: "end_hour", Default: end, Spec: HourSpec("The hour the window ends (not included), 1 to 24, local time.", "24")},
	}
}

// CheckWindow reports, at at, a weekly window that ends before it starts or has no days.
func CheckWindow(at *yamlspec.Value, start, end, days int) yamlspec.ErrorList {
	var errs yamlspec.ErrorList
	if end <= start {
		errs = append(errs, at.Errorf("end_hour %d is not after start_hour %d", end, start))
	}
	if days == 0 {
		errs = append(errs, at.Errorf("no days given; name at least one, such as [mon, tue]"))
	}
	return errs
}

// Weekdays reads a list of day names decoded against DaysSpec, or returns def when the list
// is absent.
func Weekdays(v *yamlspec.Value, def []time.Weekday) []time.Weekday {
	if v == nil {
		return def
	}
	out := []time.Weekday{}
	for _, it := range v.Items() {
		out = append(out, weekdays[it.Str()])
	}
	return out
}
