package azurefunctions

import (
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
)

// Plan is the Azure Functions hosting plan the workload is priced on.
type Plan string

// The plans priced: Flex Consumption (on demand, with always ready instances when the file
// keeps some) and the older Consumption plan.
const (
	FlexConsumption Plan = "flex_consumption"
	Consumption     Plan = "consumption"
)

// DefaultPlan is the plan priced when the file names none: Consumption, whose rates and
// free grants the catalog holds in full and whose published example it reproduces. Microsoft
// recommends Flex Consumption for new apps (and retires Linux Consumption), but the catalog
// has no source for Flex's per-execution rate or its free grants: a Flex bill without them
// is incomplete and would mislead the comparison until the user states them.
const DefaultPlan = Consumption

// DefaultInstanceMemoryMB is Flex Consumption's default instance memory size ("The 2,048-MB
// instance memory size is the default", Flex Consumption plan hosting).
const DefaultInstanceMemoryMB = 2048

// Config is Azure Functions' settings, the workload file's azure_functions section, kept in
// model.Workload.Settings.
type Config struct {
	Plan Plan
	// Region is the Azure region (azure_functions.region), mapped from the workload's AWS
	// region when the file leaves it out (NearestRegion).
	Region string
	// InstanceMemoryMB is Flex Consumption's instance memory size (512, 2048 or 4096).
	InstanceMemoryMB int64
	// Concurrency is the executions one Flex instance runs at once; 0 takes the default of
	// the instance memory size (DefaultConcurrency).
	Concurrency int64
	// AlwaysReady is the Flex instances kept running all month (billed at the always ready
	// rates, which the user states).
	AlwaysReady int64
	// MemoryMB is the memory one Consumption execution is observed to use; 0 is the
	// function's memory_mb.
	MemoryMB int64
	// FreeGrants says the subscription's monthly free grants apply (pay-as-you-go).
	FreeGrants bool
}

// ConfigOf is Azure Functions' settings in w: the decoded azure_functions section, or the
// defaults for a workload built in code (the default plan, the region nearest w's, 2,048 MB
// Flex instances, the free grants).
func ConfigOf(w model.Workload) Config {
	if c, ok := model.SettingsOf[Config](w, ID); ok {
		return c
	}
	region, _ := NearestRegion(w.Region)
	return Config{Plan: DefaultPlan, Region: region, InstanceMemoryMB: DefaultInstanceMemoryMB, FreeGrants: true}
}

// FlexConcurrency is the executions one Flex instance runs at once: the file's concurrency,
// or the default of its instance memory size.
func (c Config) FlexConcurrency() int64 {
	if c.Concurrency > 0 {
		return c.Concurrency
	}
	return DefaultConcurrency(c.InstanceMemoryMB)
}

// ConsumptionMemory is the memory a Consumption execution of w is observed to use: the
// section's memory_mb, or the function's.
func (c Config) ConsumptionMemory(w model.Workload) int64 {
	if c.MemoryMB > 0 {
		return c.MemoryMB
	}
	return w.Function.MemoryMB
}

// DefaultConcurrency is the HTTP trigger concurrency a Flex Consumption instance of mb takes
// by default ("Concurrency in Azure Functions", HTTP trigger concurrency,
// https://learn.microsoft.com/azure/azure-functions/functions-concurrency#http-trigger-concurrency):
// 4 at 512 MB, 16 at 2,048 MB, 32 at 4,096 MB (Python apps default to 1 at every size: state
// it in concurrency).
func DefaultConcurrency(mb int64) int64 {
	switch mb {
	case 512:
		return 4
	case 4096:
		return 32
	default:
		return 16
	}
}

// provider is the catalog name of Azure Functions' rates (pricing/data/azurefunctions.yaml).
const provider = "azurefunctions"

// catalogOf is the workloads' Azure Functions catalog, with the user's overlays of it.
func catalogOf(cat *pricing.Catalog) (*pricing.ProviderCatalog, error) { return cat.Provider(provider) }
