package lambda

import (
	"os"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// TestMain registers Lambda, as package platforms does (first): the tests price through
// model.Price, which prices the registered platforms.
func TestMain(m *testing.M) {
	model.RegisterPlatform(Platform{})
	os.Exit(m.Run())
}

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func catalog(t testing.TB) *pricing.Catalog {
	t.Helper()
	cat, err := pricing.Load()
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

// priceAlone prices w alone in month, as `breakeven price` does.
func priceAlone(w model.Workload, cat *pricing.Catalog, month model.Month) model.WorkloadResult {
	return model.Price([]model.Workload{w}, cat, model.Options{Month: month}).Workloads[0]
}

// mobileBackend is model's test workload of the example and of AWS's Lambda pricing
// example 1.
func mobileBackend() model.Workload {
	return model.Workload{
		Name: "mobile-backend", Region: "us-east-1",
		Traffic:  model.Traffic{RequestsPerMonth: 3000000},
		Function: model.Function{DurationMs: dec("120"), MemoryMB: 1536},
		Settings: map[model.Platform]any{model.PlatformLambda: model.LambdaConfig{Architecture: model.X86_64, EphemeralStorageMB: 512, FreeTier: true}, model.PlatformFargate: model.FargateConfig{Architecture: model.ARM64, VCPU: dec("0.5"), MemoryGB: dec("1"), EphemeralStorageGB: 20,
			Fleet: model.Fleet{RequestsPerSecondPerUnit: dec("40"), Min: 2}}, model.PlatformEC2: model.EC2Config{InstanceType: "t4g.small", Fleet: model.Fleet{RequestsPerSecondPerUnit: dec("60"), Min: 2}, Purchase: model.OnDemand}},
	}
}

// orderPipeline is model's test flow: an HTTP API, a validating function, a queue, a worker,
// a topic and an email function, with logs, NAT, X-Ray, retries and a nightly job.
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

// yearOfHours is model's BenchmarkPriceYearOfHours input: a diurnal mobile backend in Berlin
// time with a launch burst, priced over a year of hours.
func yearOfHours() (model.Workload, model.Month) {
	w := mobileBackend()
	w.Traffic.Shape = model.Shape{Kind: model.Diurnal, PeakToAverage: dec("2.5"), PeakHour: 14, TimeZone: "Europe/Berlin",
		Bursts: []model.Burst{{Name: "launch", Multiplier: dec("4"), HoursPerMonth: 12}}}
	return w, model.Month{Name: "year", Start: model.StandardMonth().Start, Hours: 8760}
}
