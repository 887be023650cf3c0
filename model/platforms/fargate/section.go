package fargate

import (
	"github.com/breakeven/breakeven/internal/yamlspec"
	"github.com/breakeven/breakeven/model"
)

// Platform owns its section of the workload file.
var _ model.SectionOwner = Platform{}

// SectionKey is "fargate", the workload file's section of Fargate's settings.
func (Platform) SectionKey() string { return "fargate" }

// SectionSpec is the fargate section: the task's architecture and size, its storage, and the
// fleet's throughput, minimum and scaling.
func (Platform) SectionSpec() *yamlspec.Spec { return sectionSpec }

var sectionSpec = &yamlspec.Spec{Kind: yamlspec.Object,
	Doc: "How the workload runs on ECS or EKS on Fargate. Keys left out are chosen by the engine.",
	Fields: append([]yamlspec.Field{
		{Key: "architecture", Spec: model.ArchitectureSpec("The CPU architecture; default: the same as lambda.architecture.")},
		{Key: "vcpu", Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", ExclusiveMin: true, Max: "32",
			Doc: "vCPUs of one task (0.25 to 32); left out, the engine chooses."}},
		{Key: "memory_gb", Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", ExclusiveMin: true, Max: "244",
			Doc: "Memory of one task in GB; left out, the engine chooses."}},
		{Key: "ephemeral_storage_gb", Default: "20", Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "20", Max: "200",
			Doc: "Ephemeral storage of one task in GB; the first 20 GB are free."}},
		{Key: "requests_per_second_per_task", Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", ExclusiveMin: true, Max: "1000000000", MaxPlaces: model.ThroughputPlaces,
			Doc: "Requests a second one task can serve; left out, the engine works it out."}},
		{Key: "min_tasks", Default: "1", Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "0", Max: "1000000",
			Doc: "Tasks kept running even when idle."}},
	}, model.ScalingFields("tasks")...)}

// DecodeSection reads the fargate section into w.Settings. The architecture left out is the
// function's (w.FunctionArchitecture, lambda.architecture), recorded as such.
func (Platform) DecodeSection(r *model.SectionReader, w *model.Workload) yamlspec.ErrorList {
	arch := r.Value().Get("architecture").Str()
	if arch == "" {
		arch = string(w.FunctionArchitecture())
		r.Record("architecture", arch, "same as lambda.architecture")
	}
	w.SetSettings(model.PlatformFargate, model.FargateConfig{
		Architecture:       model.Architecture(arch),
		VCPU:               r.Dec("vcpu"),
		MemoryGB:           r.Dec("memory_gb"),
		EphemeralStorageGB: r.Int("ephemeral_storage_gb"),
		Fleet:              r.Fleet("requests_per_second_per_task", "min_tasks"),
	})
	return nil
}

// SchedulesKeys are the keys a scheduled task takes from the section: its architecture and
// storage.
func (Platform) SchedulesKeys() []string { return []string{"architecture", "ephemeral_storage_gb"} }

// SectionTemplate is the fargate section as `breakeven init` writes it, every key commented out
// with its default or a sample value.
func (Platform) SectionTemplate() string { return sectionTemplate }

const sectionTemplate = `fargate:                                 # keys left out are chosen by the engine
  # architecture: x86_64                 # default: the same as lambda.architecture
  # vcpu: 0.5                            # vCPUs of one task, 0.25 to 32
  # memory_gb: 1                         # memory of one task
  # ephemeral_storage_gb: 20             # 20 to 200; the first 20 GB are free
  # requests_per_second_per_task: 50     # what one task can serve
  # min_tasks: 1                         # tasks kept running even when idle
  # target_utilization_percent: 70       # size tasks to run at 70% of what one sustains
  # scaling: autoscaled                  # autoscaled (hour by hour) or fixed (the month's peak)
  # scale_out_lag_minutes: 5             # minutes before added tasks serve
`
