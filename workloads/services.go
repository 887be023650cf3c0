package workloads

import (
	"github.com/breakeven/breakeven/internal/yamlspec"
	"github.com/breakeven/breakeven/model"
)

// The sections about the services around the function. Each is priced only when the file
// has it: a section left out is listed as not priced, never guessed.

func frontDoorKinds(kinds ...model.FrontDoorKind) []string {
	out := make([]string, len(kinds))
	for i, k := range kinds {
		out[i] = string(k)
	}
	return out
}

func kbSpec(doc string) *yamlspec.Spec {
	return &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", Max: "10485760", MaxPlaces: 3, Doc: doc}
}

var frontDoorSpec = &yamlspec.Spec{Kind: yamlspec.Object,
	Doc: "What receives the requests: priced on every platform, with the data each request carries.",
	Fields: []yamlspec.Field{
		{Key: "lambda", Default: string(model.HTTPAPI), Spec: &yamlspec.Spec{Kind: yamlspec.String,
			Enum: frontDoorKinds(model.HTTPAPI, model.RESTAPI, model.FunctionURL, model.ALB, model.NoFrontDoor),
			Doc:  "In front of Lambda: http-api, rest-api, function-url (no charge), alb or none."}},
		{Key: "containers", Default: string(model.ALB), Spec: &yamlspec.Spec{Kind: yamlspec.String,
			Enum: frontDoorKinds(model.ALB, model.HTTPAPI, model.RESTAPI, model.NoFrontDoor),
			Doc:  "In front of Fargate and EC2: alb, http-api, rest-api (through a VPC link to the ALB, which is then priced too) or none."}},
		{Key: "request_kb", Default: "1", Spec: kbSpec("One request's size in KB (HTTP APIs meter 512 KB units; the ALB counts bytes).")},
		{Key: "response_kb", Default: "4", Spec: kbSpec("One response's size in KB: it leaves AWS as data transfer out.")},
		{Key: "cache_size_gb", Spec: &yamlspec.Spec{Kind: yamlspec.String,
			Enum: []string{"0.5", "1.6", "6.1", "13.5", "28.4", "58.2", "118", "237"},
			Doc:  "A REST API cache, by size in GB (billed per hour); hits never reach the workload."}},
		{Key: "cache_hit_percent", Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", Max: "100", MaxPlaces: 2,
			Doc: "With cache_size_gb: the share of requests the cache answers (required with a cache)."}},
		{Key: "new_connection_percent", Default: "100", Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", Max: "100", MaxPlaces: 2,
			Doc: "ALB: the share of requests that open a new connection (100: no keep-alive)."}},
		{Key: "connection_seconds", Default: "1", Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", Max: "86400", MaxPlaces: 3,
			Doc: "ALB: how long a connection stays open, in seconds."}},
		{Key: "rules_per_request", Default: "1", Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "0", Max: "1000",
			Doc: "ALB: listener rules evaluated per request (the first 10 are free)."}},
	}}

var logsSpec = &yamlspec.Spec{Kind: yamlspec.Object,
	Doc: "What the workload writes to CloudWatch Logs: ingestion and storage.",
	Fields: []yamlspec.Field{
		{Key: "kb_per_invocation", Default: "0.15", Spec: kbSpec("KB your code logs per function invocation (or request on containers); on Lambda its own START, END and REPORT lines (about 0.35 KB) are added, on containers there are none.")},
		{Key: "retention_days", Default: "30", Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "1", Max: "3653",
			Doc: "Days the log groups keep events (storage is the steady state: each month's logs held this long)."}},
	}}

var networkSpec = &yamlspec.Spec{Kind: yamlspec.Object,
	Doc: "How the workload reaches the internet: NAT gateways for VPC functions and private tasks, or public IPv4 addresses.",
	Fields: []yamlspec.Field{
		{Key: "nat_gateways", Default: "0", Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "0", Max: "16",
			Doc: "NAT gateways the private subnets use, one per availability zone (0: tasks and instances get public IPv4 addresses)."}},
		{Key: "nat_kb_per_request", Default: "0", Spec: kbSpec("KB each request sends and receives through NAT (calls to outside APIs).")},
		{Key: "availability_zones", Default: "2", Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "1", Max: "6",
			Doc: "Zones the load balancer spans: an internet-facing ALB holds one public IPv4 address in each."}},
	}}

var tracingSpec = &yamlspec.Spec{Kind: yamlspec.Object,
	Doc: "AWS X-Ray tracing.",
	Fields: []yamlspec.Field{
		{Key: "xray", Default: "true", Spec: &yamlspec.Spec{Kind: yamlspec.Bool, Doc: "Whether requests are traced."}},
		{Key: "sample_percent", Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", Max: "100", MaxPlaces: 3,
			Doc: "The share of requests traced; left out, X-Ray's default rule: the first request each second and 5% of the rest."}},
	}}

var retriesSpec = &yamlspec.Spec{Kind: yamlspec.Object,
	Doc: "How failures repeat work: retries multiply invocations and show as their own cost.",
	Fields: []yamlspec.Field{
		{Key: "error_percent", Default: "0", Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", Max: "99", MaxPlaces: 3,
			Doc: "The share of invocations that fail (each attempt independently)."}},
		{Key: "sync_retries", Default: "0", Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "0", Max: "10",
			Doc: "How often a client retries a failed request or a caller a failed sync call."}},
		{Key: "async_retries", Default: "2", Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "0", Max: "2",
			Doc: "How often Lambda retries a failed asynchronous event (AWS's default and maximum: 2)."}},
		{Key: "queue_max_receives", Default: "5", Spec: &yamlspec.Spec{Kind: yamlspec.Int, Min: "1", Max: "1000",
			Doc: "How often a queue hands a failing message to its consumer (the redrive policy's maxReceiveCount)."}},
		{Key: "dead_letter_queue", Default: "false", Spec: &yamlspec.Spec{Kind: yamlspec.Bool,
			Doc: "Whether events and messages that fail every attempt go to an SQS dead-letter queue."}},
	}}

// buildServices reads the sections around the function that the file has.
func buildServices(root *yamlspec.Value, b *builder, w *model.Workload) yamlspec.ErrorList {
	var errs yamlspec.ErrorList
	if fd := root.Get("front_door"); fd != nil {
		w.FrontDoor = model.FrontDoor{
			Lambda:               model.FrontDoorKind(b.text("front_door.lambda")),
			Containers:           model.FrontDoorKind(b.text("front_door.containers")),
			RequestKB:            b.dec("front_door.request_kb"),
			ResponseKB:           b.dec("front_door.response_kb"),
			CacheSizeGB:          fd.Get("cache_size_gb").Str(),
			CacheHitPercent:      fd.Get("cache_hit_percent").Decimal(),
			NewConnectionPercent: b.dec("front_door.new_connection_percent"),
			ConnectionSeconds:    b.dec("front_door.connection_seconds"),
			RulesPerRequest:      b.int("front_door.rules_per_request"),
		}
		cache, hit := fd.Get("cache_size_gb"), fd.Get("cache_hit_percent")
		rest := w.FrontDoor.Lambda == model.RESTAPI || w.FrontDoor.Containers == model.RESTAPI
		switch {
		case cache != nil && !rest:
			errs = append(errs, cache.Errorf("a cache goes with a rest-api front door"))
		case cache != nil && hit == nil:
			errs = append(errs, cache.Errorf("give cache_hit_percent: the share of requests the cache answers"))
		case cache == nil && hit != nil:
			errs = append(errs, hit.Errorf("goes with cache_size_gb"))
		}
	}
	if root.Get("logs") != nil {
		w.Logs = model.Logs{KBPerInvocation: b.dec("logs.kb_per_invocation"), RetentionDays: b.int("logs.retention_days")}
	}
	if root.Get("network") != nil {
		w.Network = model.Network{
			NATGateways:       b.int("network.nat_gateways"),
			NATKBPerRequest:   b.dec("network.nat_kb_per_request"),
			AvailabilityZones: b.int("network.availability_zones"),
		}
	}
	if root.Get("tracing") != nil {
		w.Tracing = model.Tracing{XRay: b.text("tracing.xray") == "true", SamplePercent: root.Get("tracing").Get("sample_percent").Decimal()}
	}
	if root.Get("retries") != nil {
		w.Retries = model.Retries{
			ErrorPercent:     b.dec("retries.error_percent"),
			SyncRetries:      b.int("retries.sync_retries"),
			AsyncRetries:     b.int("retries.async_retries"),
			QueueMaxReceives: b.int("retries.queue_max_receives"),
			DeadLetterQueue:  b.text("retries.dead_letter_queue") == "true",
		}
	}
	return errs
}
