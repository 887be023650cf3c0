package azurefunctions

import (
	"fmt"
	"slices"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/internal/yamlspec"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
)

// Platform owns its section of the workload file.
var _ model.SectionOwner = Platform{}

// SectionKey is "azure_functions", the workload file's section of Azure Functions' settings.
func (Platform) SectionKey() string { return "azure_functions" }

// SectionSpec is the azure_functions section: the plan, the region, Flex Consumption's
// instance memory, concurrency and always ready instances, Consumption's observed memory and
// the free grants.
func (Platform) SectionSpec() *yamlspec.Spec { return sectionSpec }

var sectionSpec = &yamlspec.Spec{Kind: yamlspec.Object,
	Doc: "How the workload runs on Azure Functions. Keys left out take the defaults listed in the output.",
	Fields: []yamlspec.Field{
		{Key: "plan", Default: string(DefaultPlan), Spec: &yamlspec.Spec{Kind: yamlspec.String, Enum: []string{string(FlexConsumption), string(Consumption)},
			Doc: "consumption (default: its rates and free grants are all in the catalog) or flex_consumption (Microsoft's recommended plan; state its execution rate and free grants in a pricing file)."}},
		{Key: "region", Spec: &yamlspec.Spec{Kind: yamlspec.String, Enum: regionNames(),
			Doc: "The Azure region; left out, the one nearest the workload's AWS region. The catalog prices eastus; state other regions' rates in a pricing file."}},
		{Key: "instance_memory_mb", Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "512", Max: "4096",
			Doc: "Flex Consumption: the instance memory size, 512, 2048 (default) or 4096 MB, billed while an instance executes."}},
		{Key: "concurrency", Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "1", Max: "1000",
			Doc: "Flex Consumption: executions one instance runs at once; default by instance memory: 4 at 512 MB, 16 at 2048, 32 at 4096 (Python apps: 1)."}},
		{Key: "always_ready", Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "0", Max: "1000",
			Doc: "Flex Consumption: instances kept running all month (default 0), at the always ready rates you state in a pricing file."}},
		{Key: "memory_mb", Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "1", Max: fmt.Sprint(pricing.ConsumptionMaxMemoryMB),
			Doc: "Consumption: the memory one execution is observed to use, billed rounded up to 128 MB; default function.memory_mb (above 1536 MB the plan cannot run it)."}},
		{Key: "free_grants", Default: "true", Spec: &yamlspec.Spec{Kind: yamlspec.Bool,
			Doc: "Apply the subscription's monthly free grants (pay-as-you-go subscriptions), once across all workloads."}},
	}}

// DecodeSection reads the azure_functions section into w.Settings. The region left out is the
// one nearest the workload's AWS region (NearestRegion); the defaults of the plan priced are
// recorded.
func (Platform) DecodeSection(r *model.SectionReader, w *model.Workload) yamlspec.ErrorList {
	v := r.Value()
	c := Config{Plan: Plan(v.Get("plan").Str()), FreeGrants: r.Text("free_grants") == "true"}
	if c.Plan == "" {
		c.Plan = DefaultPlan
		r.Record("plan", string(c.Plan), "its rates and free grants are all in the catalog; Flex Consumption's execution rate and free grants are not")
	}
	var errs yamlspec.ErrorList
	c.Region = v.Get("region").Str()
	if c.Region == "" {
		region, listed := NearestRegion(w.Region)
		why := "nearest Azure region to " + w.Region
		if !listed {
			why = w.Region + " has no nearer Azure region in the table"
		}
		c.Region = region
		r.Record("region", region, why)
	}
	c.InstanceMemoryMB = DefaultInstanceMemoryMB
	if x := v.Get("instance_memory_mb"); x != nil {
		c.InstanceMemoryMB = x.Int()
		if !slices.Contains(pricing.FlexInstanceMemoriesMB, c.InstanceMemoryMB) {
			errs = append(errs, x.Errorf("%d is not a Flex Consumption instance memory size: expected 512, 2048 or 4096", c.InstanceMemoryMB))
		}
	}
	c.Concurrency = v.Get("concurrency").Int()
	c.AlwaysReady = v.Get("always_ready").Int()
	c.MemoryMB = v.Get("memory_mb").Int()
	// Each plan's keys are kept whichever plan is priced (the explorer switches plans); the
	// defaults of the plan priced are listed.
	switch {
	case c.Plan == FlexConsumption && !v.Has("instance_memory_mb"):
		r.Record("instance_memory_mb", fmt.Sprint(c.InstanceMemoryMB), "Flex Consumption's default instance memory")
	case c.Plan == Consumption && c.MemoryMB == 0:
		r.Record("memory_mb", "function.memory_mb", "the function's memory, as observed")
	}
	if c.Plan == FlexConsumption && c.Concurrency == 0 {
		r.Record("concurrency", fmt.Sprint(DefaultConcurrency(c.InstanceMemoryMB)), "Flex's default HTTP concurrency at "+humanize.Megabytes(c.InstanceMemoryMB))
	}
	w.SetSettings(ID, c)
	return errs
}

// SchedulesKeys are the keys timer triggers take from the section: all but Consumption's
// memory_mb (a schedule states its own memory).
func (Platform) SchedulesKeys() []string {
	return []string{"plan", "region", "instance_memory_mb", "concurrency", "free_grants"}
}

// SectionTemplate is the azure_functions section as `breakeven init` writes it, every key
// commented out with its default or a sample value.
func (Platform) SectionTemplate() string { return sectionTemplate }

const sectionTemplate = `azure_functions:                         # keys left out take the defaults in the output
  # plan: consumption                    # consumption or flex_consumption
  # region: eastus                       # default: the Azure region nearest region
  # instance_memory_mb: 2048             # flex_consumption: 512, 2048 or 4096
  # concurrency: 16                      # flex_consumption: executions per instance (default by memory)
  # always_ready: 0                      # flex_consumption: instances kept running (rates: a pricing file)
  # memory_mb: 512                       # consumption: observed memory, default function.memory_mb
  # free_grants: true                    # the subscription's monthly free grants, once
`
