package tui

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/breakeven/breakeven/workloads"
	"github.com/shopspring/decimal"
)

// lambdaFields are Lambda's provisioned concurrency, with its schedule once there is some
// (and its hours when the schedule is weekly), and the concurrency limit.
func lambdaFields(w model.Workload) []field {
	l := w.Lambda
	out := []field{{label: "Provisioned", key: fixedKey("lambda.provisioned_concurrency"),
		value: func(r model.WorkloadResult) string { return fmt.Sprint(r.Workload.Lambda.ProvisionedConcurrency) },
		nudge: func(r model.WorkloadResult, dir int, _ *pricing.Catalog) []workloads.Edit {
			n := r.Workload.Lambda.ProvisionedConcurrency + int64(dir)
			if n < 0 {
				return nil
			}
			return provisionedEdits(fmt.Sprint(n))
		},
		typed: func(text string) ([]workloads.Edit, error) { return provisionedEdits(strings.TrimSpace(text)), nil }}}
	if l.ProvisionedConcurrency > 0 {
		out = append(out, field{label: "PC schedule", key: fixedKey("lambda.provisioned_schedule"),
			value: func(r model.WorkloadResult) string {
				return scheduleKindName(r.Workload.Lambda.ProvisionedSchedule.Kind)
			},
			nudge: func(r model.WorkloadResult, dir int, _ *pricing.Catalog) []workloads.Edit {
				kinds := []string{string(model.Always), string(model.Weekly), string(model.Bursts)}
				return scheduleKindEdits(model.Cycle(kinds, scheduleKindName(r.Workload.Lambda.ProvisionedSchedule.Kind), dir))
			},
			typed: func(text string) ([]workloads.Edit, error) { return scheduleKindEdits(strings.TrimSpace(text)), nil }})
	}
	if l.ProvisionedConcurrency > 0 && l.ProvisionedSchedule.Kind == model.Weekly {
		out = append(out, field{label: "PC hours", key: fixedKey("lambda.provisioned_hours.start_hour"),
			value: func(r model.WorkloadResult) string {
				s := r.Workload.Lambda.ProvisionedSchedule
				return fmt.Sprintf("%d-%d", s.StartHour, s.EndHour)
			},
			typed: provisionedHours})
	}
	return append(out, field{label: "Conc. limit", key: fixedKey("lambda.concurrency_limit"),
		value: func(r model.WorkloadResult) string { return fmt.Sprint(concurrencyLimit(r.Workload.Lambda)) },
		nudge: func(r model.WorkloadResult, dir int, _ *pricing.Catalog) []workloads.Edit {
			return one("lambda.concurrency_limit", fmt.Sprint(nudgeCount(concurrencyLimit(r.Workload.Lambda), dir, 1)))
		}})
}

// provisionedEdits sets provisioned_concurrency to value; at 0, with nothing kept warm,
// its schedule and hours go too (the format refuses a schedule of nothing).
func provisionedEdits(value string) []workloads.Edit {
	edits := one("lambda.provisioned_concurrency", value)
	if n, err := strconv.ParseInt(value, 10, 64); err == nil && n == 0 {
		edits = append(edits, workloads.Edit{Key: "lambda.provisioned_schedule", Delete: true},
			workloads.Edit{Key: "lambda.provisioned_hours", Delete: true})
	}
	return edits
}

// scheduleKindEdits sets provisioned_schedule to kind; the weekly hours go with any other
// (the format refuses provisioned_hours that no weekly schedule uses).
func scheduleKindEdits(kind string) []workloads.Edit {
	edits := one("lambda.provisioned_schedule", kind)
	if kind != string(model.Weekly) {
		edits = append(edits, workloads.Edit{Key: "lambda.provisioned_hours", Delete: true})
	}
	return edits
}

// provisionedHours reads "8-20" as the weekly window's start_hour and end_hour.
func provisionedHours(text string) ([]workloads.Edit, error) {
	start, end, ok := strings.Cut(strings.ReplaceAll(text, " ", ""), "-")
	if !ok || start == "" || end == "" {
		return nil, fmt.Errorf("hours %q: expected START-END, such as 8-20 (from 8:00 to 20:00)", text)
	}
	return []workloads.Edit{{Key: "lambda.provisioned_hours.start_hour", Value: start},
		{Key: "lambda.provisioned_hours.end_hour", Value: end}}, nil
}

// scheduleKindName is the YAML name of a provisioned schedule ("" is always).
func scheduleKindName(k model.ScheduleKind) string {
	if k == "" {
		return string(model.Always)
	}
	return string(k)
}

// concurrencyLimit is the function's limit, Lambda's default quota when the file gives none.
func concurrencyLimit(l model.LambdaConfig) int64 {
	if l.ConcurrencyLimit == 0 {
		return model.DefaultConcurrencyLimit
	}
	return l.ConcurrencyLimit
}

// nudgeCount is n moved ten percent up or down, by at least one, and no lower than least.
func nudgeCount(n int64, dir int, least int64) int64 {
	next := model.Nudged(decimal.NewFromInt(n), dir, 0).IntPart()
	if next == n {
		next = n + int64(dir)
	}
	return max(next, least)
}
