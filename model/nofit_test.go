package model

import (
	"testing"
)

// TestNoTaskHoldsTheMemory: with the task size left out, a function needing more memory than
// Fargate's largest task (32 vCPU / 244 GB, 249,856 MB) cannot run on Fargate, and no
// catalog instance type holds it either; each says what was looked for.
func TestNoTaskHoldsTheMemory(t *testing.T) {
	w := mobileBackend()
	w.Function.MemoryMB = 300000 // 292.96875 GB
	EditSettings(&w, PlatformFargate, func(f *FargateConfig) { f.VCPU, f.MemoryGB = dec("0"), dec("0") })
	EditSettings(&w, PlatformEC2, func(c *EC2Config) { c.InstanceType = "" })
	r := Price([]Workload{w}, catalog(t), Options{}).Workloads[0]
	checks := map[Platform]string{
		PlatformFargate: "no Fargate task holds function.memory_mb 300,000 (292.96875 GB): the largest is 32 vCPU / 244 GB",
		PlatformEC2: "no non-burstable x86_64 instance type priced on demand in us-east-1 holds function.memory_mb 300,000 " +
			"(292.96875 GiB): the largest, m6i.xlarge, has 16 GiB; name one with ec2.instance_type, or add one with --pricing",
	}
	for p, want := range checks {
		e := r.Estimate(p)
		if e.Feasible || len(e.Reasons) != 1 || e.Reasons[0] != want {
			t.Errorf("%s: feasible %v, reasons %q, want %q", p, e.Feasible, e.Reasons, want)
		}
	}
	// The largest task itself still holds 249,856 MB exactly.
	w.Function.MemoryMB = 249856
	r = Price([]Workload{w}, catalog(t), Options{}).Workloads[0]
	if e := r.Estimate(PlatformFargate); !e.Feasible || !fargateOf(r.Workload).MemoryGB.Equal(dec("244")) {
		t.Errorf("249,856 MB: feasible %v, %v, %s GB", e.Feasible, e.Reasons, fargateOf(r.Workload).MemoryGB)
	}
}

// TestGivenVCPUTooSmallForTheMemory: 0.25 vCPU allows at most 2 GB; a 4,096 MB function with
// the memory left to the engine cannot run on it (it used to be priced on a 2 GB task).
func TestGivenVCPUTooSmallForTheMemory(t *testing.T) {
	w := mobileBackend()
	w.Function.MemoryMB = 4096
	EditSettings(&w, PlatformFargate, func(f *FargateConfig) { f.VCPU, f.MemoryGB = dec("0.25"), dec("0") })
	e := Price([]Workload{w}, catalog(t), Options{}).Workloads[0].Estimate(PlatformFargate)
	want := "fargate.vcpu 0.25 allows at most 2 GB, less than function.memory_mb 4,096 (4 GB): give more vCPU"
	if e.Feasible || len(e.Reasons) != 1 || e.Reasons[0] != want {
		t.Errorf("feasible %v, reasons %q", e.Feasible, e.Reasons)
	}
}

// TestScheduleTaskHoldsNoMemory: a schedule's task is sized the same way.
func TestScheduleTaskHoldsNoMemory(t *testing.T) {
	w := mobileBackend()
	w.Schedules = []Schedule{{Name: "nightly", Cron: "0 2 * * *", DurationMs: dec("60000"), MemoryMB: 300000, Parallel: 1,
		Settings: map[Platform]any{PlatformEC2: EC2Schedule{Host: ServiceInstances}}}}
	e := Price([]Workload{w}, catalog(t), Options{}).Workloads[0].Estimate(PlatformFargate)
	want := "schedule nightly: no Fargate task holds memory_mb 300,000 (292.96875 GB): the largest is 32 vCPU / 244 GB"
	if e.Feasible || !contains(e.Reasons, want) {
		t.Errorf("feasible %v, reasons %q", e.Feasible, e.Reasons)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
