package tui

import (
	"fmt"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/breakeven/breakeven/workloads"
)

// itemLabel names an input of a list item: the item's name, cut to fit the inputs pane's
// label column, and what the input is.
func itemLabel(name, what string) string {
	room := labelWidth - len(what) - 1
	if r := []rune(name); len(r) > room {
		name = string(r[:room-1]) + "…"
	}
	return name + " " + what
}

// labelWidth is the width of the inputs pane's label column.
const labelWidth = 15

// scheduleFields are each schedule's cron expression (typed) and duration.
func scheduleFields(w model.Workload) []field {
	var out []field
	for i, s := range w.Schedules {
		key := fmt.Sprintf("schedules[%d].", i)
		out = append(out,
			field{label: itemLabel(s.Name, "cron"), key: fixedKey(key + "cron"),
				value: func(r model.WorkloadResult) string { return r.Workload.Schedules[i].Cron }},
			field{label: itemLabel(s.Name, "ms"), key: fixedKey(key + "duration_ms"),
				value: func(r model.WorkloadResult) string { return r.Workload.Schedules[i].DurationMs.String() },
				nudge: func(r model.WorkloadResult, dir int, _ *pricing.Catalog) []workloads.Edit {
					return one(key+"duration_ms", model.Nudged(r.Workload.Schedules[i].DurationMs, dir, 3).String())
				}})
	}
	return out
}

// flowFields are each function step's duration and memory.
func flowFields(w model.Workload) []field {
	var out []field
	for i, s := range w.Flow {
		if s.Kind != model.StepFunction {
			continue
		}
		key := fmt.Sprintf("flow[%d].", i)
		out = append(out,
			field{label: itemLabel(s.Name, "ms"), key: fixedKey(key + "duration_ms"),
				value: func(r model.WorkloadResult) string { return r.Workload.Flow[i].DurationMs.String() },
				nudge: func(r model.WorkloadResult, dir int, _ *pricing.Catalog) []workloads.Edit {
					return one(key+"duration_ms", model.Nudged(r.Workload.Flow[i].DurationMs, dir, 3).String())
				}},
			field{label: itemLabel(s.Name, "MB"), key: fixedKey(key + "memory_mb"),
				value: func(r model.WorkloadResult) string { return fmt.Sprint(r.Workload.Flow[i].MemoryMB) },
				nudge: func(r model.WorkloadResult, dir int, _ *pricing.Catalog) []workloads.Edit {
					return one(key+"memory_mb", fmt.Sprint(memoryNudge(r.Workload.Flow[i].MemoryMB, dir)))
				}})
	}
	return out
}

// memoryNudge is a function's memory moved 128 MB, within Lambda's range.
func memoryNudge(mb int64, dir int) int64 {
	return min(max(mb+int64(dir)*128, pricing.LambdaMinMemoryMB), pricing.LambdaMaxMemoryMB)
}
