package fargate

import (
	"testing"

	"github.com/breakeven/breakeven/model"
	"github.com/shopspring/decimal"
)

// TestDefaultSize checks the task chosen for a function: the smallest with Lambda's CPU share
// and the memory, the vCPU given kept, and none when no task holds the memory.
func TestDefaultSize(t *testing.T) {
	for _, c := range []struct {
		name      string
		vcpu      string
		memoryMB  int64
		wantVCPU  string
		wantMemGB string
		wantOK    bool
	}{
		{"1536 MB: one vCPU, 2 GB", "0", 1536, "1", "2", true},
		{"128 MB: the smallest task", "0", 128, "0.25", "0.5", true},
		{"vCPU given, memory chosen for it", "4", 1536, "4", "8", true},
		{"0.25 vCPU holds at most 2 GB", "0.25", 4096, "0.25", "2", false},
	} {
		share, needGB := model.CPUShare(c.memoryMB), model.MBToGB(c.memoryMB)
		size, ok := defaultSize(decimal.RequireFromString(c.vcpu), decimal.Zero, share, needGB)
		if ok != c.wantOK || size.VCPU.String() != c.wantVCPU || size.MemoryGB.String() != c.wantMemGB {
			t.Errorf("%s: got %s vCPU / %s GB, ok %v; want %s / %s, ok %v", c.name, size.VCPU, size.MemoryGB, ok, c.wantVCPU, c.wantMemGB, c.wantOK)
		}
	}
}

// TestNoFit checks why no task was chosen: the vCPU's most memory, or the largest task.
func TestNoFit(t *testing.T) {
	if got, want := noFit(decimal.RequireFromString("0.25"), 4096, "fargate.vcpu", "function.memory_mb"),
		"fargate.vcpu 0.25 allows at most 2 GB, less than function.memory_mb 4,096 (4 GB): give more vCPU"; got != want {
		t.Errorf("noFit = %q, want %q", got, want)
	}
	if got, want := noFit(decimal.Zero, 300000, "task_vcpu", "memory_mb"),
		"no Fargate task holds memory_mb 300,000 (292.96875 GB): the largest is 32 vCPU / 244 GB"; got != want {
		t.Errorf("noFit = %q, want %q", got, want)
	}
}
