package managedinstances

import (
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
)

// TestLimits: beyond AWS's limits the platform cannot run the workload, and says which limit:
// a 900-second timeout, 32 GB environments, the runtimes it supports, C, M and R types, an
// environment larger than the instance.
func TestLimits(t *testing.T) {
	cat := catalog(t)
	for _, c := range []struct {
		name, file, want string
	}{
		{"timeout", "function: {duration_ms: 900001, memory_mb: 2048}\n", "beyond the 900-second timeout"},
		{"at the timeout", "function: {duration_ms: 900000, memory_mb: 2048}\n", ""},
		{"memory", "function: {duration_ms: 100, memory_mb: 40000}\n", "at most 32 GB"},
		{"burstable type", "function: {duration_ms: 100, memory_mb: 2048}\nmanaged_instances: {instance_type: t4g.small}\n", "not burstable ones"},
		{"unknown type", "function: {duration_ms: 100, memory_mb: 2048}\nmanaged_instances: {instance_type: m8g.large}\n", "m8g.large is not in the price catalog"},
		{"too small", "function: {duration_ms: 100, memory_mb: 2048}\nmanaged_instances: {instance_type: c7g.large, memory_gb: 8}\n", "does not fit on c7g.large"},
	} {
		w := parse(t, "name: x\nregion: us-east-1\ntraffic: {requests_per_month: 1000000}\n"+c.file)
		e := price(t, w, cat, model.Month{})
		switch {
		case c.want == "" && !e.Feasible:
			t.Errorf("%s: infeasible %v", c.name, e.Reasons)
		case c.want != "" && (e.Feasible || !strings.Contains(strings.Join(e.Reasons, "; "), c.want)):
			t.Errorf("%s: feasible %v, reasons %v; want %q", c.name, e.Feasible, e.Reasons, c.want)
		}
	}
}

// TestRuntimes: the concurrency default follows the runtime's published default per vCPU
// (Python 16, Java 32, Node.js 64) times the environment's vCPUs (a 4 GB environment at 2 GiB
// per vCPU has 2); a runtime AWS does not support there (Python 3.12) cannot run.
func TestRuntimes(t *testing.T) {
	cat := catalog(t)
	for runtime, want := range map[string]int64{"python3.13": 32, "java21": 64, "nodejs22.x": 128, "dotnet8": 64, "provided.al2023": 32, "python3.12": 0} {
		w := model.Workload{Name: "x", Region: "us-east-1", Function: model.Function{DurationMs: dec("100"), MemoryMB: 4096},
			Settings: map[model.Platform]any{model.PlatformLambda: model.LambdaConfig{ColdStart: model.ColdStartConfig{Runtime: runtime}}}}
		s, reasons := sizingOf(w, cat)
		switch {
		case want == 0 && (len(reasons) == 0 || !strings.Contains(reasons[0], "does not run on Lambda Managed Instances")):
			t.Errorf("%s: reasons %v, want unsupported", runtime, reasons)
		case want > 0 && (len(reasons) > 0 || s.Concurrency != want || s.VCPU != 2):
			t.Errorf("%s: concurrency %d on %d vCPUs (%v), want %d on 2", runtime, s.Concurrency, s.VCPU, reasons, want)
		}
	}
}

// TestAnalysesResize: the environment left to the engine follows function.memory_mb each time
// it is priced (a break-even moves it): 1,536 MB takes 2 GB, 6,000 MB takes 6 GB (3 vCPUs at 2
// GiB each, 5.859375 GB rounded up to whole vCPUs).
func TestAnalysesResize(t *testing.T) {
	cat := catalog(t)
	w := parse(t, apiHead)
	for mb, want := range map[int64]string{1536: "2", 6000: "6"} {
		w.Function.MemoryMB = mb
		if s, reasons := sizingOf(w, cat); len(reasons) > 0 || s.MemoryGB.String() != want {
			t.Errorf("%d MB: %s GB (%v), want %s", mb, s.MemoryGB, reasons, want)
		}
	}
}
