package cloudrun

import (
	"github.com/breakeven/breakeven/model"
	"github.com/shopspring/decimal"
)

// Billing is how Cloud Run bills the service's instances (cloud.google.com/run/pricing).
type Billing string

// The two ways Cloud Run bills a service.
const (
	// RequestBased bills an instance's vCPU and memory only while it serves requests, each
	// busy period rounded up to 100 ms, a fee per request, and idle minimum instances at the
	// idle rate ("CPU allocated only during request processing").
	RequestBased Billing = "request"
	// InstanceBased bills the instances' whole life and no request fee ("CPU always
	// allocated").
	InstanceBased Billing = "instance"
)

// Config is Cloud Run's settings, the workload file's cloudrun section, kept in
// model.Workload.Settings.
type Config struct {
	// Billing is request-based or instance-based (cloudrun.billing).
	Billing Billing
	// VCPU and MemoryGiB are one instance's size (cloudrun.vcpu, cloudrun.memory_gib); zero
	// is left to Resolve (see defaultSize).
	VCPU, MemoryGiB decimal.Decimal
	// Concurrency is the requests one instance serves at once (cloudrun.concurrency).
	Concurrency int64
	// MinInstances are kept running when idle; MaxInstances is the most Cloud Run starts.
	MinInstances, MaxInstances int64
	// Region is the Cloud Run region priced (cloudrun.region); "" is mapped from the
	// workload's AWS region (RegionFor).
	Region string
	// StartupMs is an instance's startup latency, for the cold-start estimate
	// (cloudrun.startup_ms).
	StartupMs decimal.Decimal
	// FreeTier says the workload draws on the billing account's free tier (cloudrun.free_tier).
	FreeTier bool
}

// ConfigOf is Cloud Run's settings in w: the decoded cloudrun section (resolved once priced),
// or, for a workload built in code without one, the section's defaults (its size then chosen
// by Resolve). A region left out is the one nearest w's AWS region (RegionFor; "" when the
// table has none).
func ConfigOf(w model.Workload) Config {
	c, ok := model.SettingsOf[Config](w, ID)
	if !ok {
		c = Config{Billing: RequestBased, Concurrency: defaultConcurrency, MaxInstances: defaultMaxInstances,
			StartupMs: decimal.NewFromInt(defaultStartupMs), FreeTier: true}
	}
	if c.Region == "" {
		c.Region, _ = RegionFor(w.Region)
	}
	return c
}
