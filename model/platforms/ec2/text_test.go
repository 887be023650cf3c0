package ec2

import (
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// TestParallelWarning: a run's parallel tasks that one instance cannot hold in memory are
// warned about, in the singular and the plural.
func TestParallelWarning(t *testing.T) {
	it := pricing.InstanceType{Name: "c6i.large", MemoryGiB: dec("4")}
	cases := map[int64]string{
		1:  "1 parallel task of 8,192 MB needs 8 GB, more than one c6i.large holds (4 GiB)",
		40: "40 parallel tasks of 8,192 MB need 320 GB, more than one c6i.large holds (4 GiB)",
	}
	for n, want := range cases {
		got := parallelWarning(model.Schedule{MemoryMB: 8192, Parallel: n}, it)
		if len(got) < len(want) || got[:len(want)] != want {
			t.Errorf("parallelWarning(%d tasks) = %q, want it to start %q", n, got, want)
		}
	}
}
