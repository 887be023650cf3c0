package tui

import (
	"fmt"
	"slices"
	"strings"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/breakeven/breakeven/workloads"
	"github.com/shopspring/decimal"
)

// field is one input of a workload the explorer edits in place: what it shows, the YAML key
// it writes and how a nudge (left and right) moves it. Every edit goes through the workload
// format's own checks (workloads.ApplyEdits, then workloads.Parse): what the format refuses is
// never applied.
type field struct {
	label string
	// key is the YAML key written, given the workload (traffic is a monthly count or a rate).
	key func(w model.Workload) string
	// value is the current value as the file would say it (the resolved workload's, so values
	// the file left out show what was chosen).
	value func(r model.WorkloadResult) string
	// nudge returns the edits that move the value one step (dir -1 or +1), or nil; a field
	// without one (a cron expression) is typed.
	nudge func(r model.WorkloadResult, dir int, cat *pricing.Catalog) []workloads.Edit
	// typed turns what the user typed into edits (nil: the key set to the text).
	typed func(text string) ([]workloads.Edit, error)
	// serving says the input is of the requests the workload serves (their traffic, their
	// function, a task's or an instance's throughput): a workload of schedules alone has none.
	serving bool
}

// edits turns typed text into the field's edits for workload w.
func (f field) edits(w model.Workload, text string) ([]workloads.Edit, error) {
	if f.typed != nil {
		return f.typed(text)
	}
	return one(f.key(w), strings.TrimSpace(text)), nil
}

func one(key, value string) []workloads.Edit { return []workloads.Edit{{Key: key, Value: value}} }

// fields are the inputs the explorer edits in w, in the order the inputs pane lists them:
// the service's, each platform's own (platformFields: Lambda's architecture, provisioned
// concurrency and limit, Fargate's task, EC2's instances), then each schedule's and each
// function step's of the flow.
func fields(w model.Workload) []field {
	out := slices.Concat(serviceFields(), platformFields(w), scheduleFields(w), flowFields(w))
	if w.SchedulesOnly { // no requests to serve: the format refuses traffic without a function
		out = slices.DeleteFunc(out, func(f field) bool { return f.serving })
	}
	return out
}

// inputs are d's inputs as the explorer shows them: those of the platforms it is priced on
// (the chooser's, laid over its own choice: pricer.chosen).
func (m Model) inputs(d *doc) []field { return fields(m.pr.chosen(d.work)) }

// serviceFields are the inputs of the service every workload has: its traffic and function.
func serviceFields() []field {
	return []field{
		{label: "Traffic", serving: true,
			key: func(w model.Workload) string {
				if w.Traffic.PerSecond {
					return "traffic.requests_per_second"
				}
				return "traffic.requests_per_month"
			},
			value: func(r model.WorkloadResult) string {
				t := r.Workload.Traffic
				if t.PerSecond {
					return t.RequestsPerSecond.String()
				}
				return fmt.Sprint(t.RequestsPerMonth)
			},
			nudge: func(r model.WorkloadResult, dir int, _ *pricing.Catalog) []workloads.Edit {
				t := r.Workload.Traffic
				if t.PerSecond {
					return one("traffic.requests_per_second", model.Nudged(t.RequestsPerSecond, dir, 3).String())
				}
				return one("traffic.requests_per_month", model.Nudged(decimal.NewFromInt(t.RequestsPerMonth), dir, 0).String())
			}},
		{label: "Shape", key: fixedKey("traffic.shape"), serving: true,
			value: func(r model.WorkloadResult) string { return shapeName(r.Workload.Traffic.Shape.Kind) },
			nudge: func(r model.WorkloadResult, _ int, _ *pricing.Catalog) []workloads.Edit {
				return shapeNudge(r.Workload.Traffic.Shape)
			}},
		{label: "Duration ms", key: fixedKey("function.duration_ms"), serving: true,
			value: func(r model.WorkloadResult) string { return r.Workload.Function.DurationMs.String() },
			nudge: func(r model.WorkloadResult, dir int, _ *pricing.Catalog) []workloads.Edit {
				return one("function.duration_ms", model.Nudged(r.Workload.Function.DurationMs, dir, 3).String())
			}},
		{label: "Memory MB", key: fixedKey("function.memory_mb"), serving: true,
			value: func(r model.WorkloadResult) string { return fmt.Sprint(r.Workload.Function.MemoryMB) },
			nudge: func(r model.WorkloadResult, dir int, _ *pricing.Catalog) []workloads.Edit {
				return one("function.memory_mb", fmt.Sprint(memoryNudge(r.Workload.Function.MemoryMB, dir)))
			}},
	}
}

// platformFields are the inputs each registered platform declares of its settings in w
// (model.FieldsOwner), in the order of model.Platforms.
func platformFields(w model.Workload) []field {
	var out []field
	for _, pf := range model.PlatformEditFields(w) {
		f := field{label: pf.Label, key: fixedKey(pf.Key), serving: pf.Serving, typed: pf.Typed,
			value: func(r model.WorkloadResult) string { return pf.Value(r.Workload) }}
		if pf.Nudge != nil {
			f.nudge = func(r model.WorkloadResult, dir int, cat *pricing.Catalog) []workloads.Edit {
				return pf.Nudge(r.Workload, dir, cat)
			}
		}
		out = append(out, f)
	}
	return out
}

// shapeNudge toggles flat and diurnal traffic: to diurnal with the template's section
// (the busiest hour 2.5 times the average, at 14:00) when the file has none; to flat, the
// shape key and the other shapes' sections removed (flat is the default, and the format
// refuses a section its shape does not use).
// Business hours and weights need more than a nudge can guess: type them.
func shapeNudge(sh model.Shape) []workloads.Edit {
	if sh.Kind == model.Flat || sh.Kind == "" {
		edits := one("traffic.shape", string(model.Diurnal))
		if sh.PeakToAverage.IsZero() {
			edits = append(edits, workloads.Edit{Key: "traffic.diurnal.peak_to_average", Value: "2.5"},
				workloads.Edit{Key: "traffic.diurnal.peak_hour", Value: "14"})
		}
		return edits
	}
	return []workloads.Edit{{Key: "traffic.shape", Delete: true}, // flat is the default
		{Key: "traffic.diurnal", Delete: true}, {Key: "traffic.business_hours", Delete: true}, {Key: "traffic.weights", Delete: true}}
}

func fixedKey(k string) func(model.Workload) string { return func(model.Workload) string { return k } }

// shapeName is the YAML name of a shape kind ("" is flat).
func shapeName(k model.ShapeKind) string {
	if k == "" {
		return string(model.Flat)
	}
	return string(k)
}
