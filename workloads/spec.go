// Package workloads reads the workload format: YAML files that describe one service or job
// each, checked strictly (every problem reported at once, with file, line and column), with
// defaults applied and recorded. It produces model.Workload and knows nothing of prices.
//
// The format is declared once, in the spec table below; the decoder, the JSON Schema
// (Schema) and the defaults all come from it.
package workloads

import (
	"slices"
	"sync/atomic"

	"github.com/breakeven/breakeven/internal/yamlspec"
	"github.com/breakeven/breakeven/model"
)

// SchemaID is the $id of the workload format's JSON Schema.
const SchemaID = "https://github.com/breakeven/breakeven/workloads/examples/workload.schema.json"

// namePattern and nameMaxLength are the rule for workload names, shared by name: and
// Template: at most 63 lowercase letters, digits and dashes, not starting or ending with a
// dash.
const (
	namePattern   = `^[a-z0-9]([a-z0-9-]*[a-z0-9])?$`
	nameMaxLength = 63
)

// specDoc is the workload format's description.
const specDoc = "A workload for breakeven: one service or job, priced on every platform breakeven knows (AWS Lambda, Fargate, EC2, Lambda Managed Instances, Google Cloud Run, Azure Functions, Cloudflare Workers)."

// headFields are the workload format's keys before the platforms' sections (SectionOwner),
// which follow in the order of model.Platforms; tailFields come after them. Units live in
// the key names.
var headFields = []yamlspec.Field{
	{Key: "name", Required: true, Spec: &yamlspec.Spec{Kind: yamlspec.String,
		Doc:     "The workload's name, used in reports and to tell workloads apart.",
		Pattern: namePattern, MaxLength: nameMaxLength, PatternDoc: "a name of lowercase letters, digits and dashes (at most 63, " +
			"not starting or ending with a dash), such as mobile-backend"}},
	{Key: "description", Spec: &yamlspec.Spec{Kind: yamlspec.String,
		Doc: "A line saying what the workload is."}},
	{Key: "region", Default: "us-east-1", Spec: &yamlspec.Spec{Kind: yamlspec.String,
		Doc:     "The AWS region whose prices apply.",
		Pattern: `^[a-z]{2}(-[a-z]+)+-\d$`, PatternDoc: "an AWS region code such as us-east-1"}},
	{Key: "traffic", Spec: &yamlspec.Spec{Kind: yamlspec.Object,
		Doc:        "How many requests the workload serves: give exactly one of requests_per_month or requests_per_second. Required, with function, unless the workload is only schedules.",
		ExactlyOne: []string{"requests_per_month", "requests_per_second"},
		Fields: append([]yamlspec.Field{
			{Key: "requests_per_month", Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "0", Max: "1000000000000000",
				Doc: "Requests in a month (at most a quadrillion)."}},
			{Key: "requests_per_second", Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", Max: "100000000", MaxPlaces: 3,
				Doc: "Average requests a second, around the clock."}},
		}, shapeFields...)}},
	{Key: "function", Spec: &yamlspec.Spec{Kind: yamlspec.Object,
		Doc: "How one request behaves (the flow's entry step). Required, with traffic, unless the workload is only schedules.",
		Fields: []yamlspec.Field{
			{Key: "duration_ms", Required: true, Spec: &yamlspec.Spec{Kind: yamlspec.Decimal,
				Min: "0", ExclusiveMin: true, Max: "86400000", MaxPlaces: 3,
				Doc: "Average duration of one request in milliseconds, at memory_mb."}},
			{Key: "memory_mb", Required: true, Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "1", Max: "1048576",
				Doc: "Memory one request needs, in MB (above Lambda's 10240 the engine reports Lambda infeasible)."}},
		}}},
}

// tailFields are the workload format's keys after the platforms' sections.
var tailFields = []yamlspec.Field{
	{Key: "database", Spec: databaseSpec},
	{Key: "flow", Spec: flowSpec},
	{Key: "front_door", Spec: frontDoorSpec},
	{Key: "logs", Spec: logsSpec},
	{Key: "network", Spec: networkSpec},
	{Key: "tracing", Spec: tracingSpec},
	{Key: "retries", Spec: retriesSpec},
	{Key: "schedules"}, // schedulesSpec(), from the registry
	{Key: "tuning", Spec: tuningSpec},
	{Key: "scenarios", Spec: scenariosSpec},
	{Key: "purchase", Spec: purchaseSpec},
}

// built is the workload format as last built from the registry, with the platforms it was
// built for.
var built atomic.Pointer[builtSpec]

type builtSpec struct {
	platforms []model.Platform
	spec      *yamlspec.Spec
}

// formatSpec is the workload format for the platforms registered now: headFields (with the
// platforms key after the region, its ids the registered ones), each registered platform's
// section (model.Sections, in the order of model.Platforms), then tailFields. It is built
// again only when the registry has changed since.
func formatSpec() *yamlspec.Spec {
	if b := built.Load(); b != nil && slices.Equal(b.platforms, model.Platforms) {
		return b.spec
	}
	fields := slices.Clone(headFields)
	region := slices.IndexFunc(fields, func(f yamlspec.Field) bool { return f.Key == "region" })
	fields = slices.Insert(fields, region+1, yamlspec.Field{Key: "platforms", Spec: platformsSpec()})
	for _, s := range model.Sections() {
		fields = append(fields, yamlspec.Field{Key: s.SectionKey(), Spec: s.SectionSpec()})
	}
	for _, f := range tailFields {
		if f.Key == "schedules" {
			f.Spec = schedulesSpec()
		}
		fields = append(fields, f)
	}
	b := &builtSpec{platforms: slices.Clone(model.Platforms), spec: &yamlspec.Spec{Kind: yamlspec.Object, Doc: specDoc, Fields: fields}}
	built.Store(b)
	return b.spec
}

// Schema returns the JSON Schema (draft 2020-12) of the workload format, generated from the
// same table the decoder checks against. workloads/examples/workload.schema.json is a copy.
func Schema() []byte {
	return yamlspec.Schema(formatSpec(), SchemaID, "breakeven workload")
}
