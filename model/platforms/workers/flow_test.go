package workers

import (
	"strings"
	"testing"

	"github.com/breakeven/breakeven/model"
)

// TestFlowStepsRunAsWorkers: the flow's function steps are billed as Workers with the
// service, one account (worked in testdata/providers/workers-flow.yaml: $13.90); the queue
// between them is AWS's and listed as not priced; the worker step's 256 MB is a warning.
func TestFlowStepsRunAsWorkers(t *testing.T) {
	e := workersOf(priceIn(t, catalog(t), model.Month{}, parse(t, "workers-flow.yaml")))
	wantCost(t, "flow", e, "13.90")
	if it := item(e, "workers.standard.requests"); !it.Quantity.Equal(dec("22000000")) {
		t.Errorf("%s requests, want 22,000,000", it.Quantity)
	}
	if !strings.Contains(e.Summary, "the flow's 2 function steps as Workers") {
		t.Errorf("summary %q", e.Summary)
	}
	if len(e.Unpriced) != 1 || !strings.HasPrefix(e.Unpriced[0].Key, "sqs.") {
		t.Errorf("unpriced %v, want the queue alone", e.Unpriced)
	}
	if len(e.Warnings) != 1 || !strings.Contains(e.Warnings[0], "flow step worker memory_mb is 256 MB") {
		t.Errorf("warnings %q", e.Warnings)
	}
}

// TestFlowStepOverTheCPULimit: a step whose CPU time is above the Worker's limit makes Workers
// infeasible, naming the step: 400,000 ms at 25% is 100,000 ms, above the default 30,000.
func TestFlowStepOverTheCPULimit(t *testing.T) {
	w := parse(t, "workers-flow.yaml")
	w.Flow[2].DurationMs = dec("400000")
	e := workersOf(priceIn(t, catalog(t), model.Month{}, w))
	if e.Feasible || len(e.Reasons) != 1 || !strings.HasPrefix(e.Reasons[0], "flow step worker: CPU time per invocation") {
		t.Errorf("feasible %v, reasons %q", e.Feasible, e.Reasons)
	}
}
