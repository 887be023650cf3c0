package analysis

import (
	"fmt"

	"github.com/breakeven/breakeven/model"
	"github.com/shopspring/decimal"
)

// The workloads below are copies of model's test workloads of the same names.

// mobileBackend is the workload of the example and of AWS's Lambda pricing example 1.
func mobileBackend() model.Workload {
	return model.Workload{
		Name: "mobile-backend", Region: "us-east-1",
		Traffic:  model.Traffic{RequestsPerMonth: 3000000},
		Function: model.Function{DurationMs: dec("120"), MemoryMB: 1536},
		Settings: map[model.Platform]any{model.PlatformLambda: model.LambdaConfig{Architecture: model.X86_64, EphemeralStorageMB: 512, FreeTier: true}, model.PlatformFargate: model.FargateConfig{Architecture: model.ARM64, VCPU: dec("0.5"), MemoryGB: dec("1"), EphemeralStorageGB: 20,
			Fleet: model.Fleet{RequestsPerSecondPerUnit: dec("40"), Min: 2}}, model.PlatformEC2: model.EC2Config{InstanceType: "t4g.small", Fleet: model.Fleet{RequestsPerSecondPerUnit: dec("60"), Min: 2}, Purchase: model.OnDemand}},
	}
}

// flatPaid is testdata/sweep/flat-paid.yaml: 1,000,000 flat requests, 200 ms at 1,024 MB,
// half of it CPU, no free tier, init 100 ms.
func flatPaid() model.Workload {
	w := mobileBackend()
	w.Traffic = model.Traffic{RequestsPerMonth: 1000000}
	w.Function = model.Function{DurationMs: dec("200"), MemoryMB: 1024}
	model.EditSettings(&w, model.PlatformLambda, func(c *model.LambdaConfig) { c.FreeTier = false })
	model.EditSettings(&w, model.PlatformLambda, func(c *model.LambdaConfig) { c.ColdStart.InitMs = dec("100") })
	w.Tuning = model.Tuning{CPUBoundPercent: decimal.NewNullDecimal(dec("50"))}
	return w
}

// orderPipeline is API -> entry -> validate (sync) -> queue -> worker (batches of 5) -> topic
// -> email, with 1% errors, a dead-letter queue, an HTTP API, logs, network, X-Ray and a
// nightly schedule.
func orderPipeline() model.Workload {
	w := mobileBackend()
	w.Name = "order-pipeline"
	w.Traffic = model.Traffic{RequestsPerMonth: 10000000}
	w.Function = model.Function{DurationMs: dec("120"), MemoryMB: 512}
	w.Flow = []model.Step{
		{Name: "validate", Kind: model.StepFunction, From: model.EntryStep, PerParent: dec("1"), DurationMs: dec("30"), MemoryMB: 256, Invoke: model.Sync},
		{Name: "orders", Kind: model.StepSQS, From: "validate", PerParent: dec("1"), MessageKB: dec("2")},
		{Name: "worker", Kind: model.StepFunction, From: "orders", PerParent: dec("1"), DurationMs: dec("400"), MemoryMB: 1024, BatchSize: 5},
		{Name: "notify", Kind: model.StepSNS, From: "worker", PerParent: dec("1"), MessageKB: dec("1")},
		{Name: "email", Kind: model.StepFunction, From: "notify", PerParent: dec("1"), DurationMs: dec("80"), MemoryMB: 128},
	}
	w.FrontDoor = model.FrontDoor{Lambda: model.HTTPAPI, Containers: model.ALB, RequestKB: dec("2"), ResponseKB: dec("3"),
		NewConnectionPercent: dec("100"), ConnectionSeconds: dec("1"), RulesPerRequest: 1}
	w.Logs = model.Logs{KBPerInvocation: dec("1"), RetentionDays: 14}
	w.Network = model.Network{AvailabilityZones: 2}
	w.Tracing = model.Tracing{XRay: true}
	w.Retries = model.Retries{ErrorPercent: dec("1"), AsyncRetries: 2, QueueMaxReceives: 5, DeadLetterQueue: true}
	w.Schedules = []model.Schedule{{Name: "nightly", Cron: "0 2 * * *", DurationMs: dec("60000"), MemoryMB: 1024, Parallel: 1, Settings: map[model.Platform]any{model.PlatformEC2: model.EC2Schedule{Host: model.ServiceInstances}}}}
	return w
}

// throttled is a flat 20 requests a second of 1 s at 1,024 MB against a limit of 10: a mean
// concurrency of 20 every hour.
func throttled() model.Workload {
	w := mobileBackend()
	w.Traffic.RequestsPerMonth = 20 * 3600 * 730
	w.Function = model.Function{DurationMs: dec("1000"), MemoryMB: 1024}
	model.EditSettings(&w, model.PlatformLambda, func(c *model.LambdaConfig) { c.ConcurrencyLimit = 10 })
	model.EditSettings(&w, model.PlatformLambda, func(c *model.LambdaConfig) { c.OmitColdStarts = true })
	return w
}

// wideFlow is a flow of 50 steps, each run 1,000,000 times per request from the entry:
// 50,000,001 invocations a request.
func wideFlow(requests int64) model.Workload {
	w := mobileBackend()
	w.Traffic = model.Traffic{RequestsPerMonth: requests}
	w.Function = model.Function{DurationMs: dec("100"), MemoryMB: 512}
	for i := range 50 {
		w.Flow = append(w.Flow, model.Step{Name: fmt.Sprintf("s%d", i), Kind: model.StepFunction, From: model.EntryStep, PerParent: dec("1000000"),
			DurationMs: dec("100"), MemoryMB: 128, Invoke: model.Async})
	}
	return w
}
