package fargate

import (
	"fmt"
	"slices"
	"strings"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
)

// Platform declares the explorer's inputs of its settings.
var _ model.FieldsOwner = Platform{}

// EditFields are the task's throughput and size: a nudge moves the throughput ten percent
// and the size to the next size Fargate offers; a size is typed "1 vCPU / 2 GB" or "1/2".
func (Platform) EditFields(model.Workload) []model.EditField {
	return []model.EditField{
		{Label: "Task rps", Key: "fargate.requests_per_second_per_task", Serving: true,
			Value: func(w model.Workload) string { return configOf(w).Fleet.RequestsPerSecondPerUnit.String() },
			Nudge: func(w model.Workload, dir int, _ *pricing.Catalog) []model.FieldEdit {
				return model.SetKey("fargate.requests_per_second_per_task", model.Nudged(configOf(w).Fleet.RequestsPerSecondPerUnit, dir, model.ThroughputPlaces).String())
			}},
		{Label: "Task size", Key: "fargate.vcpu",
			Value: func(w model.Workload) string {
				f := configOf(w)
				return f.VCPU.String() + " vCPU / " + f.MemoryGB.String() + " GB"
			},
			Nudge: func(w model.Workload, dir int, _ *pricing.Catalog) []model.FieldEdit {
				f := configOf(w)
				sizes := pricing.FargateSizes()
				i := slices.IndexFunc(sizes, func(s pricing.FargateSize) bool { return s.VCPU.Equal(f.VCPU) && s.MemoryGB.Equal(f.MemoryGB) })
				s := sizes[(max(i, 0)+dir+len(sizes))%len(sizes)]
				return []model.FieldEdit{{Key: "fargate.vcpu", Value: s.VCPU.String()}, {Key: "fargate.memory_gb", Value: s.MemoryGB.String()}}
			},
			Typed: typedTaskSize},
	}
}

// typedTaskSize reads "1 vCPU / 2 GB" or "1/2" as the vcpu and memory_gb edits.
func typedTaskSize(text string) ([]model.FieldEdit, error) {
	clean := strings.NewReplacer("vCPU", "", "vcpu", "", "GB", "", "gb", "").Replace(text)
	vcpu, mem, ok := strings.Cut(clean, "/")
	vcpu, mem = strings.TrimSpace(vcpu), strings.TrimSpace(mem)
	if !ok || vcpu == "" || mem == "" {
		return nil, fmt.Errorf("task size %q: expected VCPU / MEMORY_GB, such as 1 / 2", text)
	}
	return []model.FieldEdit{{Key: "fargate.vcpu", Value: vcpu}, {Key: "fargate.memory_gb", Value: mem}}, nil
}
