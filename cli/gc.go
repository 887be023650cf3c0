package cli

import (
	"os"
	"runtime/debug"
)

// A batch allocates far more than it keeps: pricing a workload makes hundreds of KB of
// short-lived series and decimals and keeps a few KB (the workload read until it is written,
// then its account share, and for the table its rendered text: some 5 KB in all). The
// collector's default (GOGC=100) collects each time the heap doubles over that small live
// heap, which cost 25-35% of price's CPU on 1,000 files. price lets the heap grow to
// batchGCPercent over what is live instead, within a soft memory limit that keeps a set of
// 10,000 files under the 200 MB of issue 12: near the limit the collector runs sooner,
// whatever GOGC says, and the process's RSS follows the limit (some 7-15 MB over it: 180 MB
// at 165 MiB for 10,000 files in JSON, where the collector takes 20% of the CPU; 23% at
// 156 MiB). The limit grows with a larger set (batchMemoryPerWorkload each, some three times
// what one keeps) so that it is collected less often rather than all the time.
//
// compare is collected the same way: its analyses allocate some 200 MB for each built-in
// example and keep about 4.5 MB of it (the break-even probes, curves and sweeps shown), and
// at GOGC=100 collection took a sixth of the examples' 2.1 s. Its limit grows by
// compareMemoryPerWorkload a workload, twice what one keeps, so that a large set is held to
// about what GOGC=100 would let it take.
const (
	batchGCPercent           = 800
	batchMemoryLimit         = 165 << 20
	batchMemoryPerWorkload   = 16 << 10
	compareMemoryPerWorkload = 10 << 20
)

// tuneGCForBatch sets the collector for a batch unless GOGC or GOMEMLIMIT say otherwise, and
// returns what restores it.
func tuneGCForBatch() (restore func()) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	percent := debug.SetGCPercent(batchGCPercent)
	limit := debug.SetMemoryLimit(batchMemoryLimit)
	return func() {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(limit)
	}
}

// sizeGCForBatch raises the soft memory limit for a set of n workloads taking perWorkload
// bytes each, when it is larger than the default limit allows for, unless GOGC or GOMEMLIMIT
// say otherwise.
func sizeGCForBatch(n int, perWorkload int64) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	if need := int64(n) * perWorkload; need > debug.SetMemoryLimit(-1) {
		debug.SetMemoryLimit(need)
	}
}
