package lambda

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// Platform declares the explorer's inputs of its settings.
var _ model.FieldsOwner = Platform{}

// EditFields are the function's architecture, its provisioned concurrency, with its schedule
// once there is some (and its hours when the schedule is weekly), and the concurrency limit.
func (Platform) EditFields(w model.Workload) []model.EditField {
	l := configOf(w)
	out := []model.EditField{
		{Label: "Lambda arch", Key: "lambda.architecture",
			Value: func(w model.Workload) string { return string(configOf(w).Architecture) },
			Nudge: func(w model.Workload, dir int, _ *pricing.Catalog) []model.FieldEdit {
				return model.SetKey("lambda.architecture", model.Cycle([]string{string(model.X86_64), string(model.ARM64)}, string(configOf(w).Architecture), dir))
			}},
		{Label: "Provisioned", Key: "lambda.provisioned_concurrency",
			Value: func(w model.Workload) string { return fmt.Sprint(configOf(w).ProvisionedConcurrency) },
			Nudge: func(w model.Workload, dir int, _ *pricing.Catalog) []model.FieldEdit {
				n := configOf(w).ProvisionedConcurrency + int64(dir)
				if n < 0 {
					return nil
				}
				return provisionedEdits(fmt.Sprint(n))
			},
			Typed: func(text string) ([]model.FieldEdit, error) { return provisionedEdits(strings.TrimSpace(text)), nil }},
	}
	if l.ProvisionedConcurrency > 0 {
		out = append(out, model.EditField{Label: "PC schedule", Key: "lambda.provisioned_schedule",
			Value: func(w model.Workload) string { return scheduleKindName(configOf(w).ProvisionedSchedule.Kind) },
			Nudge: func(w model.Workload, dir int, _ *pricing.Catalog) []model.FieldEdit {
				kinds := []string{string(model.Always), string(model.Weekly), string(model.Bursts)}
				return scheduleKindEdits(model.Cycle(kinds, scheduleKindName(configOf(w).ProvisionedSchedule.Kind), dir))
			},
			Typed: func(text string) ([]model.FieldEdit, error) { return scheduleKindEdits(strings.TrimSpace(text)), nil }})
	}
	if l.ProvisionedConcurrency > 0 && l.ProvisionedSchedule.Kind == model.Weekly {
		out = append(out, model.EditField{Label: "PC hours", Key: "lambda.provisioned_hours.start_hour",
			Value: func(w model.Workload) string {
				s := configOf(w).ProvisionedSchedule
				return fmt.Sprintf("%d-%d", s.StartHour, s.EndHour)
			},
			Typed: provisionedHours})
	}
	return append(out, model.EditField{Label: "Conc. limit", Key: "lambda.concurrency_limit",
		Value: func(w model.Workload) string { return fmt.Sprint(concurrencyLimit(configOf(w).ConcurrencyLimit)) },
		Nudge: func(w model.Workload, dir int, _ *pricing.Catalog) []model.FieldEdit {
			return model.SetKey("lambda.concurrency_limit", fmt.Sprint(nudgeCount(concurrencyLimit(configOf(w).ConcurrencyLimit), dir, 1)))
		}})
}

// provisionedEdits sets provisioned_concurrency to value; at 0, with nothing kept warm,
// its schedule and hours go too (the format refuses a schedule of nothing).
func provisionedEdits(value string) []model.FieldEdit {
	edits := model.SetKey("lambda.provisioned_concurrency", value)
	if n, err := strconv.ParseInt(value, 10, 64); err == nil && n == 0 {
		edits = append(edits, model.FieldEdit{Key: "lambda.provisioned_schedule", Delete: true},
			model.FieldEdit{Key: "lambda.provisioned_hours", Delete: true})
	}
	return edits
}

// scheduleKindEdits sets provisioned_schedule to kind; the weekly hours go with any other
// (the format refuses provisioned_hours that no weekly schedule uses).
func scheduleKindEdits(kind string) []model.FieldEdit {
	edits := model.SetKey("lambda.provisioned_schedule", kind)
	if kind != string(model.Weekly) {
		edits = append(edits, model.FieldEdit{Key: "lambda.provisioned_hours", Delete: true})
	}
	return edits
}

// provisionedHours reads "8-20" as the weekly window's start_hour and end_hour.
func provisionedHours(text string) ([]model.FieldEdit, error) {
	start, end, ok := strings.Cut(strings.ReplaceAll(text, " ", ""), "-")
	if !ok || start == "" || end == "" {
		return nil, fmt.Errorf("hours %q: expected START-END, such as 8-20 (from 8:00 to 20:00)", text)
	}
	return []model.FieldEdit{{Key: "lambda.provisioned_hours.start_hour", Value: start},
		{Key: "lambda.provisioned_hours.end_hour", Value: end}}, nil
}

// scheduleKindName is the YAML name of a provisioned schedule ("" is always).
func scheduleKindName(k model.ScheduleKind) string {
	if k == "" {
		return string(model.Always)
	}
	return string(k)
}

// nudgeCount is n moved ten percent up or down, by at least one, and no lower than least.
func nudgeCount(n int64, dir int, least int64) int64 {
	next := model.Nudged(decimal.NewFromInt(n), dir, 0).IntPart()
	if next == n {
		next = n + int64(dir)
	}
	return max(next, least)
}
