package managedinstances

import (
	"github.com/breakeven/breakeven/model"
	"github.com/shopspring/decimal"
)

// Config is the platform's settings, the workload file's managed_instances section, kept in
// model.Workload.Settings. A zero InstanceType, Concurrency or MemoryGB is left to the engine:
// it is worked out from the function each time the workload is priced (see sizingOf), so that
// an analysis that moves function.memory_mb resizes the environments with it.
type Config struct {
	// InstanceType is the EC2 type the capacity provider runs (managed_instances.instance_type).
	InstanceType string
	// Concurrency is the requests one execution environment serves at once
	// (managed_instances.concurrency, AWS's PerExecutionEnvironmentMaxConcurrency).
	Concurrency int64
	// MemoryGB is one execution environment's memory (managed_instances.memory_gb), and
	// MemoryPerVCPU its memory-to-vCPU ratio in GiB per vCPU (memory_gib_per_vcpu).
	MemoryGB      decimal.Decimal
	MemoryPerVCPU decimal.Decimal
	// MinInstances is the instances kept running all month (managed_instances.min_instances).
	MinInstances int64
	// Purchase is how the instances are bought: on-demand, or a Savings Plan or Reserved
	// Instance rate of the AWS catalog (managed_instances.purchase).
	Purchase model.Purchase
	// Region is the AWS region the instances and the fees are priced in
	// (managed_instances.region; the workload's region when left out).
	Region string
}

// Defaults of the section, with their sources in docs/providers.md.
const (
	// DefaultMinInstances: "It launches three by default for AZ resiliency" (AWS Lambda
	// Developer Guide, "Scaling Lambda Managed Instances",
	// https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-scaling.html).
	DefaultMinInstances = 3
	// DefaultMemoryPerVCPU is the lowest memory-to-vCPU ratio AWS allows (2, 4 or 8 GiB per
	// vCPU: ExecutionEnvironmentMemoryGiBPerVCpu, AWS Lambda API Reference,
	// https://docs.aws.amazon.com/lambda/latest/api/API_LambdaManagedInstancesCapacityProviderConfig.html):
	// the most vCPUs for the memory.
	DefaultMemoryPerVCPU = 2
	// MinMemoryGB and MaxMemoryGB bound one environment: "The minimum supported function size
	// is 2GB and 1 vCPU" (AWS Lambda Developer Guide, "Best practices for Lambda Managed
	// Instances", https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-best-practices.html);
	// 32 GB and 16 vCPUs since March 2026 (darryl-ruggles.cloud, "Lambda Managed Instances with
	// Terraform", https://darryl-ruggles.cloud/lambda-managed-instances-with-terraform-multi-concurrency-high-memory-and-compute-options).
	MinMemoryGB = 2
	MaxMemoryGB = 32
	// MaxConcurrency is the most PerExecutionEnvironmentMaxConcurrency takes (AWS Lambda API
	// Reference, as above: 1 to 1,600).
	MaxConcurrency = 1600
)

// ConfigOf is the platform's settings in w: the decoded managed_instances section, or the
// section's defaults for a workload built in code without it.
func ConfigOf(w model.Workload) Config {
	if c, ok := model.SettingsOf[Config](w, ID); ok {
		return c
	}
	return Config{MemoryPerVCPU: decimal.NewFromInt(DefaultMemoryPerVCPU), MinInstances: DefaultMinInstances,
		Purchase: model.OnDemand, Region: w.Region}
}
