package ec2

import (
	"os"
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// TestMain registers EC2 (alone: its tests price it and no other platform).
func TestMain(m *testing.M) {
	model.RegisterPlatform(Platform{})
	os.Exit(m.Run())
}

func catalog(t testing.TB) *pricing.Catalog {
	t.Helper()
	cat, err := pricing.Load()
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

func cents(d decimal.Decimal) string { return d.Round(2).StringFixed(2) }

// seriesOf is the series of counts, each hour a class of its own.
func seriesOf(counts []int64) model.HourSeries {
	of := make([]int32, len(counts))
	for h := range of {
		of[h] = int32(h)
	}
	return model.ClassSeries(of, counts)
}

// mobileBackend is model's test workload of the example (AWS's Lambda pricing
// example 1).
func mobileBackend() model.Workload {
	return model.Workload{
		Name: "mobile-backend", Region: "us-east-1",
		Traffic:  model.Traffic{RequestsPerMonth: 3000000},
		Function: model.Function{DurationMs: dec("120"), MemoryMB: 1536},
		Settings: map[model.Platform]any{model.PlatformLambda: model.LambdaConfig{Architecture: model.X86_64, EphemeralStorageMB: 512, FreeTier: true}, model.PlatformFargate: model.FargateConfig{Architecture: model.ARM64, VCPU: dec("0.5"), MemoryGB: dec("1"), EphemeralStorageGB: 20,
			Fleet: model.Fleet{RequestsPerSecondPerUnit: dec("40"), Min: 2}}, model.PlatformEC2: model.EC2Config{InstanceType: "t4g.small", Fleet: model.Fleet{RequestsPerSecondPerUnit: dec("60"), Min: 2}, Purchase: model.OnDemand}},
	}
}
