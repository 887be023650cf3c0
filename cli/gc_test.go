package cli

import (
	"runtime/debug"
	"testing"
)

func TestBatchLimits(t *testing.T) {
	for _, c := range []struct {
		n    int
		want int64
	}{
		{1, 64 << 20},             // the least
		{1000, 64 << 20},          // 1,000 x 48 KiB = 46.9 MiB: the least
		{2000, 2000 * 48 << 10},   // 93.75 MiB
		{3200, 150 << 20},         // 150 MiB exactly
		{10000, 150 << 20},        // 10,000 x 15 KiB = 146.5 MiB: under the most
		{20000, 20000 * 15 << 10}, // 293 MiB: the set's own
	} {
		if got := batchLimit(c.n); got != c.want {
			t.Errorf("price of %d: limit %d, want %d", c.n, got, c.want)
		}
	}
	if got := compareLimit(16); got != 150<<20+16*48<<10 {
		t.Errorf("compare of 16: limit %d, want 150.75 MiB", got)
	}
	if got := compareLimit(10000); got != 150<<20+10000*48<<10 {
		t.Errorf("compare of 10,000: limit %d, want 618.75 MiB", got)
	}
}

func TestBatchCollectorSetAndRestored(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	before := debug.SetMemoryLimit(-1)
	restore := tuneGCForBatch()
	if got := debug.SetMemoryLimit(-1); got != batchMemoryLimit {
		t.Fatalf("limit %d, want %d", got, batchMemoryLimit)
	}
	sizeGCForBatch(batchLimit(1000))
	if got := debug.SetMemoryLimit(-1); got != batchLeastLimit {
		t.Errorf("1,000 files: limit %d, want %d", got, batchLeastLimit)
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
	sizeGCForBatch(batchLimit(1000))
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("limit %d, want the environment's %d", got, before)
	}
}
