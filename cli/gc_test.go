package cli

import (
	"runtime/debug"
	"testing"
)

func TestBatchCollectorSizedBySet(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	before := debug.SetMemoryLimit(-1)
	restore := tuneGCForBatch()
	if got := debug.SetMemoryLimit(-1); got != batchMemoryLimit {
		t.Fatalf("limit %d, want %d", got, batchMemoryLimit)
	}
	sizeGCForBatch(2, compareMemoryPerWorkload) // 20 MiB: the default limit holds it
	if got := debug.SetMemoryLimit(-1); got != batchMemoryLimit {
		t.Errorf("2 workloads: limit %d, want %d", got, batchMemoryLimit)
	}
	sizeGCForBatch(100, compareMemoryPerWorkload) // 1,000 MiB
	if got := debug.SetMemoryLimit(-1); got != 100*compareMemoryPerWorkload {
		t.Errorf("100 workloads: limit %d, want %d", got, 100*compareMemoryPerWorkload)
	}
	restore()
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("restored limit %d, want %d", got, before)
	}
}

func TestBatchCollectorLeftToTheEnvironment(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "1GiB")
	before := debug.SetMemoryLimit(-1)
	defer tuneGCForBatch()()
	sizeGCForBatch(1000, compareMemoryPerWorkload)
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("limit %d, want the environment's %d", got, before)
	}
}
