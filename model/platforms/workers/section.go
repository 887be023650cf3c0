package workers

import (
	"fmt"

	"github.com/breakeven/breakeven/internal/yamlspec"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
)

// Platform owns its section of the workload file.
var _ model.SectionOwner = Platform{}

// SectionKey is "workers", the workload file's section of the Workers settings.
func (Platform) SectionKey() string { return "workers" }

// SectionSpec is the workers section: the region, the CPU time of a request (or its share of
// the duration), the share served as static assets and the CPU limit.
func (Platform) SectionSpec() *yamlspec.Spec { return sectionSpec }

// defaultCPULimitMs is a Worker's CPU limit per request unless configured: 30 seconds.
const defaultCPULimitMs = pricing.WorkersDefaultCPULimitMs

var sectionSpec = &yamlspec.Spec{Kind: yamlspec.Object,
	Doc: "How the workload runs on Cloudflare Workers (Standard usage model, Workers Paid plan), at Cloudflare's edge. Workers bill CPU time, not duration.",
	Fields: []yamlspec.Field{
		{Key: "region", Spec: &yamlspec.Spec{Kind: yamlspec.String, Enum: []string{globalRegion},
			Doc: "Where the Worker runs: global, Cloudflare's whole edge network, the one region Workers have (left out: global, whatever the workload's AWS region)."}},
		{Key: "cpu_ms", Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", ExclusiveMin: true, Max: fmt.Sprint(pricing.WorkersScheduledCPULimitMs), MaxPlaces: 3,
			Doc: "CPU time of one request in milliseconds, as the Workers dashboard or a profile shows it (most Workers requests use under 1 ms). Left out: cpu_percent_of_duration of function.duration_ms."}},
		{Key: "cpu_percent_of_duration", Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", ExclusiveMin: true, Max: "100", MaxPlaces: 2,
			Doc: "The share of a duration that is CPU time, in percent: of function.duration_ms when cpu_ms is left out, and of each schedule's duration_ms. Default 100, an upper bound that never understates the bill; an I/O-bound API spends most of its duration waiting, so state cpu_ms or this share."}},
		{Key: "static_asset_percent", Default: "0", Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", Max: "100", MaxPlaces: 2,
			Doc: "Share of the requests served as static assets, in percent: free and unlimited, running no Worker code."}},
		{Key: "cpu_limit_ms", Default: fmt.Sprint(defaultCPULimitMs), Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "1", Max: fmt.Sprint(pricing.WorkersMaxCPULimitMs),
			Doc: "The Worker's configured CPU limit per request in ms: default 30,000, at most 300,000 (5 minutes); a request over it is stopped. A schedule runs as a Cron Trigger, limited to 15 minutes of CPU time whatever this key."}},
	}}

// DecodeSection reads the workers section into w.Settings. The region left out is global
// (regionFor), and with neither cpu_ms nor cpu_percent_of_duration the whole duration is CPU
// time (defaultCPUPercent): both recorded, so the output's Defaults line says them. With
// cpu_ms given, the CPU share is the schedules' alone (they state a duration, not CPU time;
// their summary says the share).
func (Platform) DecodeSection(r *model.SectionReader, w *model.Workload) yamlspec.ErrorList {
	v := r.Value()
	c := Config{
		Region:               v.Get("region").Str(),
		CPUMs:                r.Dec("cpu_ms"),
		CPUPercentOfDuration: r.Dec("cpu_percent_of_duration"),
		StaticAssetPercent:   r.Dec("static_asset_percent"),
		CPULimitMs:           r.Int("cpu_limit_ms"),
	}
	if c.Region == "" {
		c.Region = regionFor(w.Region)
		r.Record("region", c.Region, "Workers run at Cloudflare's edge, every location at one price, whatever the AWS region")
	}
	if c.CPUPercentOfDuration.IsZero() {
		c.CPUPercentOfDuration = defaultCPUPercent
		if v.Get("cpu_ms") == nil {
			r.Record("cpu_percent_of_duration", defaultCPUPercent.String(), "all of a duration taken as CPU time (function.duration_ms, a flow step's, a schedule's), an upper bound: state cpu_ms")
		}
	}
	w.SetSettings(ID, c)
	return nil
}

// SchedulesKeys are the keys a schedule's Cron Trigger takes from the section: the region and
// the CPU share of its duration.
func (Platform) SchedulesKeys() []string { return []string{"region", "cpu_percent_of_duration"} }

// SectionTemplate is the workers section as `breakeven init` writes it, every key commented
// out with its default or a sample value.
func (Platform) SectionTemplate() string { return sectionTemplate }

const sectionTemplate = `workers:                                 # Cloudflare Workers, Standard usage model
  # region: global                       # Workers run at Cloudflare's edge: global is the only region
  # cpu_ms: 5                            # CPU time of one request (billed; duration is not)
  # cpu_percent_of_duration: 100         # CPU share of a duration: without cpu_ms, and for flow steps and schedules (an upper bound)
  # static_asset_percent: 0              # share of requests served as static assets (free)
  # cpu_limit_ms: 30000                  # the Worker's CPU limit per request, at most 300000
`
