package cloudrun

import (
	"fmt"

	"github.com/breakeven/breakeven/internal/yamlspec"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
)

// Platform owns its section of the workload file.
var _ model.SectionOwner = Platform{}

// The section's defaults and limits, each with its source.
const (
	// defaultConcurrency is pricing.CloudRunDefaultConcurrency: "By default each Cloud Run
	// instance can receive up to 80 requests at the same time; you can increase this to a
	// maximum of 1000" (https://cloud.google.com/run/docs/about-concurrency).
	defaultConcurrency = pricing.CloudRunDefaultConcurrency
	// defaultMaxInstances: "By default, Cloud Run services are configured to scale out to a
	// maximum of 100 instances" (https://cloud.google.com/run/docs/configuring/max-instances).
	defaultMaxInstances = 100
	// defaultStartupMs is an instance's startup latency when the file leaves it out: Google
	// publishes none; "for a typical Node.js or Python application, cold starts range from
	// 500ms to 2 seconds" (third-party: https://oneuptime.com/blog/post/2026-02-17-how-to-configure-minimum-instances-on-cloud-run-to-eliminate-cold-starts-for-production-services/view).
	// Measure yours and state cloudrun.startup_ms.
	defaultStartupMs = 1000
	// startupSource is what defaultStartupMs rests on, for the cold-start estimate.
	startupSource = "default 1,000 ms: third-party, 500 ms to 2 s for a typical Node.js or Python service (oneuptime.com, 2026-02-17); state cloudrun.startup_ms"
)

// SectionKey is "cloudrun", the workload file's section of Cloud Run's settings.
func (Platform) SectionKey() string { return "cloudrun" }

// SectionSpec is the cloudrun section: the billing, the instance's size and concurrency,
// the minimum and maximum instances, the region, the startup latency and the free tier.
func (Platform) SectionSpec() *yamlspec.Spec { return sectionSpec }

var sectionSpec = &yamlspec.Spec{Kind: yamlspec.Object,
	Doc: "How the workload runs on Google Cloud Run (or Cloud Run functions, billed at the same rates). Keys left out take their defaults.",
	Fields: []yamlspec.Field{
		{Key: "billing", Default: string(RequestBased), Spec: &yamlspec.Spec{Kind: yamlspec.String, Enum: []string{string(RequestBased), string(InstanceBased)},
			Doc: "request: vCPU and memory billed while serving requests, plus a fee per request; instance: the instances' whole life, no request fee."}},
		{Key: "vcpu", Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "1", Max: "8",
			Doc: "vCPUs of one instance: 1, 2, 4, 6 or 8; left out, 1, or the fewest that allow the memory."}},
		{Key: "memory_gib", Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", ExclusiveMin: true, Max: "32",
			Doc: "Memory of one instance in GiB (1 vCPU: 0.125 to 4; 2: to 8; 4: 2 to 16; 6: 4 to 24; 8: 4 to 32); left out, function.memory_mb."}},
		{Key: "concurrency", Default: fmt.Sprint(defaultConcurrency), Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "1", Max: fmt.Sprint(pricing.CloudRunMaxConcurrency),
			Doc: "Requests one instance serves at once (Cloud Run's default 80, at most 1,000); concurrent requests share its billed time."}},
		{Key: "min_instances", Default: "0", Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "0", Max: "1000",
			Doc: "Instances kept running when idle: billed at the idle rate (request-based) and never starting cold."}},
		{Key: "max_instances", Default: fmt.Sprint(defaultMaxInstances), Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "1", Max: "100000",
			Doc: "The most instances Cloud Run starts (default 100): traffic needing more is turned away with 429, which makes the estimate infeasible."}},
		{Key: "region", Spec: &yamlspec.Spec{Kind: yamlspec.String, Pattern: `^[a-z]+-[a-z]+[0-9]+$`, PatternDoc: "a Google Cloud region code such as us-central1",
			Doc: "The Cloud Run region; left out, the nearest to the workload's AWS region (docs/providers.md)."}},
		{Key: "startup_ms", Default: fmt.Sprint(defaultStartupMs), Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", Max: "600000", MaxPlaces: 3,
			Doc: "Startup latency of a new instance in ms, for the cold-start estimate (not billed here)."}},
		{Key: "free_tier", Default: "true", Spec: &yamlspec.Spec{Kind: yamlspec.Bool,
			Doc: "Whether the billing account's free tier applies (once per billing account, across workloads)."}},
	}}

// DecodeSection reads the cloudrun section into w.Settings. The region left out is mapped
// from the workload's AWS region (RegionFor) and recorded as such; the size left out is
// chosen when priced (Resolve). A vCPU count Cloud Run does not offer, a memory it does not
// allow for the vCPU, or min_instances above max_instances is an error at its key.
func (Platform) DecodeSection(r *model.SectionReader, w *model.Workload) yamlspec.ErrorList {
	v := r.Value()
	var errs yamlspec.ErrorList
	c := Config{
		Billing:      Billing(r.Text("billing")),
		VCPU:         r.Dec("vcpu"),
		MemoryGiB:    r.Dec("memory_gib"),
		Concurrency:  r.Int("concurrency"),
		MinInstances: r.Int("min_instances"),
		MaxInstances: r.Int("max_instances"),
		Region:       r.Text("region"),
		StartupMs:    r.Dec("startup_ms"),
		FreeTier:     r.Text("free_tier") == "true",
	}
	if c.Region == "" {
		if region, ok := RegionFor(w.Region); ok {
			c.Region = region
			r.Record("region", region, "nearest Cloud Run region to "+w.Region)
		}
	}
	if s, ok := sizeOf(c.VCPU); !c.VCPU.IsZero() && !ok {
		errs = append(errs, v.Get("vcpu").Errorf("%s vCPUs: expected 1, 2, 4, 6 or 8, the counts Cloud Run offers (%s)", c.VCPU, sizesSource))
	} else if ok && !c.MemoryGiB.IsZero() {
		if why := memoryProblem(s, c.MemoryGiB); why != "" {
			errs = append(errs, v.Get("memory_gib").Errorf("%s", why))
		}
	}
	if c.MinInstances > c.MaxInstances {
		errs = append(errs, v.Get("min_instances").Errorf("%d: expected at most max_instances (%d)", c.MinInstances, c.MaxInstances))
	}
	w.SetSettings(ID, c)
	return errs
}

// SchedulesKeys are the keys a Cloud Run job takes from the section: the region and the free tier.
func (Platform) SchedulesKeys() []string { return []string{"region", "free_tier"} }

// SectionTemplate is the cloudrun section as `breakeven init` writes it, every key commented
// out with its default or a sample value.
func (Platform) SectionTemplate() string { return sectionTemplate }

const sectionTemplate = `cloudrun:                                # Google Cloud Run (and Cloud Run functions)
  # billing: request                     # request (while serving, per request) or instance
  # vcpu: 1                              # 1, 2, 4, 6 or 8; default: the fewest for the memory
  # memory_gib: 0.5                      # default: function.memory_mb
  # concurrency: 80                      # requests one instance serves at once, at most 1,000
  # min_instances: 0                     # kept warm, billed at the idle rate
  # max_instances: 100                   # traffic needing more is turned away (429)
  # region: us-east4                     # default: the nearest to the AWS region
  # startup_ms: 1000                     # a new instance's startup, for the cold-start estimate
  # free_tier: true                      # the billing account's, once across workloads
`
