package managedinstances

import (
	"fmt"

	"github.com/breakeven/breakeven/internal/yamlspec"
	"github.com/breakeven/breakeven/model"
	"github.com/shopspring/decimal"
)

// Platform owns its section of the workload file.
var _ model.SectionOwner = Platform{}

// sectionKey is the workload file's section of the platform's settings.
const sectionKey = "managed_instances"

// SectionKey is "managed_instances".
func (Platform) SectionKey() string { return sectionKey }

// SectionSpec is the managed_instances section: the capacity provider's instance type,
// minimum and purchase, one environment's memory, ratio and concurrency, and the region.
func (Platform) SectionSpec() *yamlspec.Spec { return sectionSpec }

// purchases are the ways the instances are bought, as the AWS catalog's rate keys name them:
// Lambda Managed Instances bills "EC2 instance charges" to which "Savings Plans and Reserved
// Instances apply" (AWS Lambda pricing page); Spot is not offered.
var purchases = []string{string(model.OnDemand), string(model.SavingsPlan1y), string(model.SavingsPlan3y), string(model.Reserved1y), string(model.Reserved3y)}

var sectionSpec = &yamlspec.Spec{Kind: yamlspec.Object,
	Doc: "How the workload runs on AWS Lambda Managed Instances: the function on EC2 instances Lambda manages (a capacity provider), each environment serving many requests at once. Keys left out are chosen by the engine.",
	Fields: []yamlspec.Field{
		{Key: "instance_type", Spec: &yamlspec.Spec{Kind: yamlspec.String, Pattern: `^[a-z][a-z0-9-]*\.[a-z0-9]+$`, PatternDoc: "an EC2 instance type such as m7g.xlarge",
			Doc: "The EC2 type of the instances (a C, M or R type); left out, the cheapest on demand that holds one environment."}},
		{Key: "concurrency", Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "1", Max: fmt.Sprint(MaxConcurrency),
			Doc: "Requests one execution environment serves at once (PerExecutionEnvironmentMaxConcurrency); left out, AWS's default per vCPU for the runtime (Node.js 64, Java and .NET 32, Python 16) times the environment's vCPUs."}},
		{Key: "memory_gb", Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: fmt.Sprint(MinMemoryGB), Max: fmt.Sprint(MaxMemoryGB),
			Doc: "Memory of one execution environment in GB, a whole number of vCPUs at memory_gib_per_vcpu; left out, the smallest that holds function.memory_mb."}},
		{Key: "memory_gib_per_vcpu", Default: fmt.Sprint(DefaultMemoryPerVCPU), Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "2", Max: "8",
			Doc: "Memory per vCPU of an environment: 2, 4 or 8 GiB (ExecutionEnvironmentMemoryGiBPerVCpu)."}},
		{Key: "min_instances", Default: fmt.Sprint(DefaultMinInstances), Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "1", Max: "1000000",
			Doc: "Instances kept running even when idle; AWS launches three by default, for Availability Zone resiliency."}},
		{Key: "purchase", Default: string(model.OnDemand), Spec: &yamlspec.Spec{Kind: yamlspec.String, Enum: purchases,
			Doc: "How the instances are bought: on-demand, or a Savings Plan or Reserved Instance rate from the catalog or your --pricing file; the 15% management fee is on the on-demand rate whatever you pay."}},
		{Key: "region", Spec: &yamlspec.Spec{Kind: yamlspec.String, Pattern: `^[a-z]{2}(-[a-z]+)+-[0-9]$`, PatternDoc: "an AWS region code such as us-east-1",
			Doc: "The AWS region the instances run in; left out, the workload's region."}},
	}}

// DecodeSection reads the managed_instances section into w.Settings. The region left out is
// the workload's, recorded as such; memory_gb must be whole vCPUs at the ratio.
func (Platform) DecodeSection(r *model.SectionReader, w *model.Workload) yamlspec.ErrorList {
	v := r.Value()
	region := v.Get("region").Str()
	if region == "" {
		region = w.Region
		r.Record("region", region, "the workload's region")
	}
	c := Config{
		InstanceType:  v.Get("instance_type").Str(),
		Concurrency:   r.Int("concurrency"),
		MemoryGB:      r.Dec("memory_gb"),
		MemoryPerVCPU: r.Dec("memory_gib_per_vcpu"),
		MinInstances:  r.Int("min_instances"),
		Purchase:      model.Purchase(r.Text("purchase")),
		Region:        region,
	}
	var errs yamlspec.ErrorList
	if ratio := v.Get("memory_gib_per_vcpu"); ratio != nil && ratio.Valid() && !validRatio(c.MemoryPerVCPU) {
		errs = append(errs, ratio.Errorf("expected 2, 4 or 8 GiB per vCPU, the ratios AWS offers, not %s", c.MemoryPerVCPU))
	}
	if mem := v.Get("memory_gb"); mem != nil && mem.Valid() && validRatio(c.MemoryPerVCPU) && !c.MemoryGB.Mod(c.MemoryPerVCPU).IsZero() {
		errs = append(errs, mem.Errorf("expected a multiple of memory_gib_per_vcpu %s (an environment has whole vCPUs), not %s", c.MemoryPerVCPU, c.MemoryGB))
	}
	w.SetSettings(ID, c)
	return errs
}

// validRatio says ratio is one AWS offers.
func validRatio(ratio decimal.Decimal) bool {
	return ratio.Equal(decimal.NewFromInt(2)) || ratio.Equal(decimal.NewFromInt(4)) || ratio.Equal(decimal.NewFromInt(8))
}

// SchedulesKeys are the keys a workload of schedules alone still uses: its minimum instances,
// their type, purchase and region, and the environments' ratio.
func (Platform) SchedulesKeys() []string {
	return []string{"min_instances", "purchase", "region", "memory_gib_per_vcpu"}
}

// SectionTemplate is the managed_instances section as `breakeven init` writes it, every key
// commented out with its default or a sample value.
func (Platform) SectionTemplate() string { return sectionTemplate }

const sectionTemplate = `managed_instances:                       # keys left out are chosen by the engine
  # instance_type: m7g.xlarge            # a C, M or R type; default: the cheapest that holds an environment
  # concurrency: 64                      # requests one environment serves at once; default: AWS's per vCPU for the runtime
  # memory_gb: 2                         # one environment, 2 to 32 GB, whole vCPUs at memory_gib_per_vcpu
  # memory_gib_per_vcpu: 2               # 2, 4 or 8
  # min_instances: 3                     # kept running; AWS's default, one per Availability Zone
  # purchase: on-demand                  # on-demand, savings-plan-1y/3y, reserved-1y/3y
  # region: us-east-1                    # default: the workload's region
`
