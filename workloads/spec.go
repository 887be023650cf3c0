// Package workloads reads the workload format: YAML files that describe one service or job
// each, checked strictly (every problem reported at once, with file, line and column), with
// defaults applied and recorded. It produces model.Workload and knows nothing of prices.
//
// The format is declared once, in the spec table below; the decoder, the JSON Schema
// (Schema) and the defaults all come from it.
package workloads

import (
	"github.com/breakeven/breakeven/internal/yamlspec"
	"github.com/breakeven/breakeven/model"
)

// SchemaID is the $id of the workload format's JSON Schema.
const SchemaID = "https://github.com/breakeven/breakeven/workloads/examples/workload.schema.json"

// namePattern is the rule for workload names, shared by name: and Template.
const namePattern = `^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$`

func architectureSpec(doc string) *yamlspec.Spec {
	return &yamlspec.Spec{Kind: yamlspec.String, Doc: doc,
		Enum: []string{string(model.X86_64), string(model.ARM64)}}
}

func purchases() []string {
	out := make([]string, len(model.Purchases))
	for i, p := range model.Purchases {
		out[i] = string(p)
	}
	return out
}

// spec is the workload format. Units live in the key names.
var spec = &yamlspec.Spec{Kind: yamlspec.Object,
	Doc: "A workload for breakeven: one service or job, priced on AWS Lambda, Fargate and EC2.",
	Fields: []yamlspec.Field{
		{Key: "name", Required: true, Spec: &yamlspec.Spec{Kind: yamlspec.String,
			Doc:     "The workload's name, used in reports and to tell workloads apart.",
			Pattern: namePattern, PatternDoc: "a name of lowercase letters, digits and dashes (at most 63, " +
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
		{Key: "lambda", Spec: &yamlspec.Spec{Kind: yamlspec.Object,
			Doc: "How the workload runs on AWS Lambda.",
			Fields: append([]yamlspec.Field{
				{Key: "architecture", Default: string(model.X86_64), Spec: architectureSpec("The CPU architecture.")},
				{Key: "ephemeral_storage_mb", Default: "512", Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "512", Max: "10240",
					Doc: "Ephemeral storage (/tmp) in MB; the first 512 MB are free."}},
				{Key: "free_tier", Default: "false", Spec: &yamlspec.Spec{Kind: yamlspec.Bool,
					Doc: "Whether the account's monthly free tier goes to this workload."}},
				{Key: "provisioned_concurrency", Default: "0", Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "0", Max: "1000000",
					Doc: "Execution environments kept initialised all month (0: none)."}},
			}, coldStartFields...)}},
		{Key: "fargate", Spec: &yamlspec.Spec{Kind: yamlspec.Object,
			Doc: "How the workload runs on ECS or EKS on Fargate. Keys left out are chosen by the engine.",
			Fields: append([]yamlspec.Field{
				{Key: "architecture", Spec: architectureSpec("The CPU architecture; default: the same as lambda.architecture.")},
				{Key: "vcpu", Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", ExclusiveMin: true, Max: "32",
					Doc: "vCPUs of one task (0.25 to 32); left out, the engine chooses."}},
				{Key: "memory_gb", Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", ExclusiveMin: true, Max: "244",
					Doc: "Memory of one task in GB; left out, the engine chooses."}},
				{Key: "ephemeral_storage_gb", Default: "20", Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "20", Max: "200",
					Doc: "Ephemeral storage of one task in GB; the first 20 GB are free."}},
				{Key: "requests_per_second_per_task", Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", ExclusiveMin: true, Max: "1000000000", MaxPlaces: 3,
					Doc: "Requests a second one task can serve; left out, the engine works it out."}},
				{Key: "min_tasks", Default: "1", Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "0", Max: "1000000",
					Doc: "Tasks kept running even when idle."}},
			}, scalingFields("tasks")...)}},
		{Key: "ec2", Spec: &yamlspec.Spec{Kind: yamlspec.Object,
			Doc: "How the workload runs on EC2 instances. Keys left out are chosen by the engine.",
			Fields: append([]yamlspec.Field{
				{Key: "instance_type", Spec: &yamlspec.Spec{Kind: yamlspec.String,
					Doc:     "The instance type; left out, the engine chooses.",
					Pattern: `^[a-z][a-z0-9-]*\.[a-z0-9]+$`, PatternDoc: "an EC2 instance type such as t4g.small"}},
				{Key: "requests_per_second_per_instance", Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", ExclusiveMin: true, Max: "1000000000", MaxPlaces: 3,
					Doc: "Requests a second one instance can serve; left out, the engine works it out."}},
				{Key: "min_instances", Default: "1", Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "0", Max: "1000000",
					Doc: "Instances kept running even when idle."}},
				{Key: "purchase", Default: string(model.OnDemand), Spec: &yamlspec.Spec{Kind: yamlspec.String,
					Doc: "How the instances are bought.", Enum: purchases()}},
				{Key: "cpu_credits", Spec: &yamlspec.Spec{Kind: yamlspec.String, Enum: []string{string(model.CreditsUnlimited), string(model.CreditsStandard)},
					Doc: "A burstable type's (t3, t3a, t4g) CPU credits: unlimited (AWS's default; surplus credits billed) or standard (held at its baseline, sized by it)."}},
				{Key: "ebs_gb", Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "1", Max: "65536",
					Doc: "The gp3 volume of each instance in GB (left out: storage is not priced)."}},
				{Key: "spot_discount_percent", When: &yamlspec.When{Key: "purchase", Value: string(model.Spot)},
					Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", Max: "100",
						Doc: "The discount off on-demand you expect from spot, in percent; required when purchase is spot."}},
			}, scalingFields("instances")...)}},
		{Key: "database", Spec: databaseSpec},
		{Key: "flow", Spec: flowSpec},
		{Key: "front_door", Spec: frontDoorSpec},
		{Key: "logs", Spec: logsSpec},
		{Key: "network", Spec: networkSpec},
		{Key: "tracing", Spec: tracingSpec},
		{Key: "retries", Spec: retriesSpec},
		{Key: "schedules", Spec: schedulesSpec},
		{Key: "tuning", Spec: tuningSpec},
		{Key: "scenarios", Spec: scenariosSpec},
		{Key: "purchase", Spec: purchaseSpec},
	}}

// Schema returns the JSON Schema (draft 2020-12) of the workload format, generated from the
// same table the decoder checks against. workloads/examples/workload.schema.json is a copy.
func Schema() []byte {
	return yamlspec.Schema(spec, SchemaID, "breakeven workload")
}
