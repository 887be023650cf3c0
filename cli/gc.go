package cli

import (
	"os"
	"runtime/debug"
)

// A batch allocates far more than it keeps: pricing a workload makes some 200 KB of
// short-lived series and decimals, and the set keeps about 11.5 KB a workload (every file is
// read and checked before any is priced, and each priced one leaves its account share and,
// for the table, its text): 10 MB live at most for 1,000 files, 26 MB for 3,000, 61 MB for
// 5,000, 115 MB for 10,000. The collector's default (GOGC=100) collects each time the heap
// doubles over that, which cost 25-35% of price's CPU on 1,000 files. price lets the heap
// grow to batchGCPercent over what is live instead, within a soft memory limit: near it the
// collector runs sooner, whatever GOGC says, and the process's RSS follows the limit (some
// 7-15 MB over it).
//
// While the files are read the limit is batchMemoryLimit, which keeps 10,000 files under
// issue 12's 200 MB: at 150 MiB their RSS in JSON was 159-178 MB (median 161) in eight runs,
// at 165 MiB 174-184 MB and once 200, for 3-4% less time. Once the set is read its size sets
// the limit (batchLimit): a heap let grow larger costs a page fault for every page it first
// touches, and a smaller one more collections (and, once the limit binds, the pages it gives
// back are touched again). For 1,000 files 64 MiB took 12% less time than 165 MiB in a
// process of its own (medians of 15 alternating runs: 0.44 s against 0.50 s); 48 MiB took
// as little there, but in a process that has priced the set before (the Go benchmark) 25-45%
// more, against 0-10% at 64 MiB and nothing at 80 MiB. For 3,200 files and more the limit is
// batchMemoryLimit again, and past 10,240 files it grows with the set
// (batchMemoryPerWorkload each, some 30% over what one keeps) so that the set is collected
// less often rather than all the time.
//
// compare is collected the same way: its analyses allocate some 200 MB for each built-in
// example and keep about 3.5 MB of it until the workload is written (nine tenths the Lambda
// sweep's every size on both architectures, which the report's chart and the
// recommendations read), and at GOGC=100 collection took a sixth of the examples' 2.1 s. It
// writes each workload as soon as it is done, so that only those in flight are held; what
// grows with the set is the set itself (about 11.5 KB a workload) and the account's
// commitment, which prices the workloads one after another and keeps their hourly usage
// (26 MB live at most for 1,000 files, 15 MB kept to the end). Its limit is
// batchMemoryLimit and compareMemoryPerWorkload a workload, some 30% over those two: 160
// files took 11.5 s and 160 MB RSS, against 14.1 s and 496 MB at the 1.6 GB that 10 MiB a
// workload gave.
const (
	batchGCPercent           = 800
	batchMemoryLimit         = 150 << 20
	batchLeastLimit          = 64 << 20
	batchHeapPerWorkload     = 48 << 10 // what one keeps and the room that balances faults and collections
	batchMemoryPerWorkload   = 15 << 10
	compareMemoryPerWorkload = 48 << 10
)

// tuneGCForBatch sets the collector for a batch being read unless GOGC or GOMEMLIMIT say
// otherwise, and returns what restores it.
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

// batchLimit is the soft memory limit for pricing a set of n workloads once it is read:
// n x batchHeapPerWorkload, at least batchLeastLimit and at most batchMemoryLimit, and at
// least n x batchMemoryPerWorkload.
func batchLimit(n int) int64 {
	limit := min(max(int64(n)*batchHeapPerWorkload, batchLeastLimit), batchMemoryLimit)
	return max(limit, int64(n)*batchMemoryPerWorkload)
}

// sizeGCForBatch sets the soft memory limit, unless GOGC or GOMEMLIMIT say otherwise.
func sizeGCForBatch(limit int64) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetMemoryLimit(limit)
}

// compareLimit is the soft memory limit for comparing a set of n workloads:
// batchMemoryLimit and n x compareMemoryPerWorkload.
func compareLimit(n int) int64 {
	return batchMemoryLimit + int64(n)*compareMemoryPerWorkload
}
