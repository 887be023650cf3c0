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

// taskSize reads "1 vCPU / 2 GB" or "1/2" as the Fargate vcpu and memory_gb edits.
func taskSize(text string) ([]workloads.Edit, error) {
	clean := strings.NewReplacer("vCPU", "", "vcpu", "", "GB", "", "gb", "").Replace(text)
	vcpu, mem, ok := strings.Cut(clean, "/")
	vcpu, mem = strings.TrimSpace(vcpu), strings.TrimSpace(mem)
	if !ok || vcpu == "" || mem == "" {
		return nil, fmt.Errorf("task size %q: expected VCPU / MEMORY_GB, such as 1 / 2", text)
	}
	return []workloads.Edit{{Key: "fargate.vcpu", Value: vcpu}, {Key: "fargate.memory_gb", Value: mem}}, nil
}

// ten percent, the step of a nudge of a quantity.
var (
	stepUp   = decimal.RequireFromString("1.1")
	stepDown = decimal.RequireFromString("0.9")
)

// scaled is d moved ten percent up or down, kept to places decimals and above zero.
func scaled(d decimal.Decimal, dir, places int) decimal.Decimal {
	f := stepUp
	if dir < 0 {
		f = stepDown
	}
	out := d.Mul(f).Round(int32(places))
	if !out.IsPositive() {
		return d
	}
	return out
}

// cycle is the value dir steps from current among options (wrapping).
func cycle(options []string, current string, dir int) string {
	i := slices.Index(options, current)
	if i < 0 {
		return options[0]
	}
	return options[(i+dir+len(options))%len(options)]
}

func one(key, value string) []workloads.Edit { return []workloads.Edit{{Key: key, Value: value}} }

// fields are the inputs the explorer edits in w, in the order the inputs pane lists them:
// the service's, Lambda's provisioned concurrency (its schedule and hours once there is
// some) and concurrency limit, the containers', then each schedule's and each function
// step's of the flow.
func fields(w model.Workload) []field {
	out := slices.Concat(serviceFields(), lambdaFields(w), containerFields(), scheduleFields(w), flowFields(w))
	if w.SchedulesOnly { // no requests to serve: the format refuses traffic without a function
		out = slices.DeleteFunc(out, func(f field) bool { return f.serving })
	}
	return out
}

// serviceFields are the inputs of the service every workload has: its traffic and function,
// and Lambda's architecture.
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
					return one("traffic.requests_per_second", scaled(t.RequestsPerSecond, dir, 3).String())
				}
				return one("traffic.requests_per_month", scaled(decimal.NewFromInt(t.RequestsPerMonth), dir, 0).String())
			}},
		{label: "Shape", key: fixedKey("traffic.shape"), serving: true,
			value: func(r model.WorkloadResult) string { return shapeName(r.Workload.Traffic.Shape.Kind) },
			nudge: func(r model.WorkloadResult, _ int, _ *pricing.Catalog) []workloads.Edit {
				return shapeNudge(r.Workload.Traffic.Shape)
			}},
		{label: "Duration ms", key: fixedKey("function.duration_ms"), serving: true,
			value: func(r model.WorkloadResult) string { return r.Workload.Function.DurationMs.String() },
			nudge: func(r model.WorkloadResult, dir int, _ *pricing.Catalog) []workloads.Edit {
				return one("function.duration_ms", scaled(r.Workload.Function.DurationMs, dir, 3).String())
			}},
		{label: "Memory MB", key: fixedKey("function.memory_mb"), serving: true,
			value: func(r model.WorkloadResult) string { return fmt.Sprint(r.Workload.Function.MemoryMB) },
			nudge: func(r model.WorkloadResult, dir int, _ *pricing.Catalog) []workloads.Edit {
				return one("function.memory_mb", fmt.Sprint(memoryNudge(r.Workload.Function.MemoryMB, dir)))
			}},
		{label: "Lambda arch", key: fixedKey("lambda.architecture"),
			value: func(r model.WorkloadResult) string { return string(r.Workload.Lambda.Architecture) },
			nudge: func(r model.WorkloadResult, dir int, _ *pricing.Catalog) []workloads.Edit {
				return one("lambda.architecture", cycle([]string{string(model.X86_64), string(model.ARM64)}, string(r.Workload.Lambda.Architecture), dir))
			}},
	}
}

// containerFields are the inputs of the Fargate task and the EC2 instance.
func containerFields() []field {
	return []field{
		{label: "Task rps", key: fixedKey("fargate.requests_per_second_per_task"), serving: true,
			value: func(r model.WorkloadResult) string { return r.Workload.Fargate.Fleet.RequestsPerSecondPerUnit.String() },
			nudge: func(r model.WorkloadResult, dir int, _ *pricing.Catalog) []workloads.Edit {
				return one("fargate.requests_per_second_per_task", scaled(r.Workload.Fargate.Fleet.RequestsPerSecondPerUnit, dir, 3).String())
			}},
		{label: "Task size", key: fixedKey("fargate.vcpu"),
			value: func(r model.WorkloadResult) string {
				f := r.Workload.Fargate
				return f.VCPU.String() + " vCPU / " + f.MemoryGB.String() + " GB"
			},
			nudge: func(r model.WorkloadResult, dir int, _ *pricing.Catalog) []workloads.Edit {
				f := r.Workload.Fargate
				sizes := pricing.FargateSizes()
				i := slices.IndexFunc(sizes, func(s pricing.FargateSize) bool { return s.VCPU.Equal(f.VCPU) && s.MemoryGB.Equal(f.MemoryGB) })
				s := sizes[(max(i, 0)+dir+len(sizes))%len(sizes)]
				return []workloads.Edit{{Key: "fargate.vcpu", Value: s.VCPU.String()}, {Key: "fargate.memory_gb", Value: s.MemoryGB.String()}}
			},
			typed: taskSize},
		{label: "Instance type", key: fixedKey("ec2.instance_type"),
			value: func(r model.WorkloadResult) string { return r.Workload.EC2.InstanceType },
			nudge: func(r model.WorkloadResult, dir int, cat *pricing.Catalog) []workloads.Edit {
				return one("ec2.instance_type", cycle(cat.InstanceTypeNames(), r.Workload.EC2.InstanceType, dir))
			}},
		{label: "Instance rps", key: fixedKey("ec2.requests_per_second_per_instance"), serving: true,
			value: func(r model.WorkloadResult) string { return r.Workload.EC2.Fleet.RequestsPerSecondPerUnit.String() },
			nudge: func(r model.WorkloadResult, dir int, _ *pricing.Catalog) []workloads.Edit {
				return one("ec2.requests_per_second_per_instance", scaled(r.Workload.EC2.Fleet.RequestsPerSecondPerUnit, dir, 3).String())
			}},
		{label: "Purchase", key: fixedKey("ec2.purchase"),
			value: func(r model.WorkloadResult) string {
				e := r.Workload.EC2
				if e.Purchase == model.Spot {
					return string(e.Purchase) + " " + e.SpotDiscountPercent.String()
				}
				return string(e.Purchase)
			},
			nudge: func(r model.WorkloadResult, dir int, _ *pricing.Catalog) []workloads.Edit {
				var names []string
				for _, p := range model.Purchases {
					if p != model.Spot { // spot needs its discount too: type it with enter
						names = append(names, string(p))
					}
				}
				return purchaseEdits(cycle(names, string(r.Workload.EC2.Purchase), dir))
			},
			typed: func(text string) ([]workloads.Edit, error) { return purchaseEdits(text), nil }},
	}
}

// purchaseEdits sets the EC2 purchase option from text: "spot 65" is spot at a 65% discount
// (the format requires the discount with spot); any other option drops the discount (the
// format refuses it without spot).
func purchaseEdits(text string) []workloads.Edit {
	option, discount, _ := strings.Cut(strings.TrimSpace(text), " ")
	edits := one("ec2.purchase", option)
	if discount = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(discount), "%")); discount != "" {
		return append(edits, workloads.Edit{Key: "ec2.spot_discount_percent", Value: discount})
	}
	if option != string(model.Spot) {
		edits = append(edits, workloads.Edit{Key: "ec2.spot_discount_percent", Delete: true})
	}
	return edits
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
