package workloads

import (
	"fmt"
	"strings"
	"testing"
)

// TestFlowBoundsAtTheirKeys: a step that takes the flow past a maximum is refused at its
// per_parent. s0, s1 and s2 at per_parent 1,000 run 1,000, 1,000,000 and 1,000,000,000 times
// a request: s2 passes the 1,000,000 maximum.
func TestFlowBoundsAtTheirKeys(t *testing.T) {
	src := minimal + `flow:
  - {name: s0, type: function, per_parent: 1000, duration_ms: 10, memory_mb: 128}
  - {name: s1, type: function, from: s0, per_parent: 1000, duration_ms: 10, memory_mb: 128}
  - {name: s2, type: function, from: s1, per_parent: 1000, duration_ms: 10, memory_mb: 128}
`
	_, err := Parse("w.yaml", []byte(src))
	want := "w.yaml:10:54: flow[2].per_parent: step s2 runs 1,000,000,000 times per request (per_parent multiplied down from the entry): more than 1,000,000"
	if err == nil || err.Error() != want {
		t.Errorf("got  %v\nwant %s", err, want)
	}
}

// TestFlowEventsAtTheirKeys: 1,000,000,000 requests a month, each publishing 600,000
// messages to a topic whose subscriber runs for each: 10^9 x (1 + 600,000) =
// 600,001,000,000,000 events up to the topic, and 10^9 x (1 + 600,000 + 600,000) =
// 1,200,001,000,000,000 with the subscriber, past 10^15. The subscriber gives no per_parent:
// the problem is positioned at the step.
func TestFlowEventsAtTheirKeys(t *testing.T) {
	src := `name: fan-out
traffic:
  requests_per_month: 1000000000
function:
  duration_ms: 120
  memory_mb: 512
flow:
  - {name: fan, type: sns, per_parent: 600000}
  - name: worker
    type: function
    from: fan
    duration_ms: 120
    memory_mb: 128
`
	_, err := Parse("w.yaml", []byte(src))
	want := "w.yaml:9:5: flow[1]: 1,200,001,000,000,000 invocations, messages and executions a month up to step worker: more than 1,000,000,000,000,000"
	if err == nil || err.Error() != want {
		t.Errorf("got  %v\nwant %s", err, want)
	}
}

// TestScenarioPastTheMaximum: 3,000,000 requests x 1,000 is 3,000,000,000, within the maximum;
// a flow of 1,000,000 runs a request makes 3,000,003,000,000,000 events a month in that
// scenario: refused at its traffic_multiplier.
func TestScenarioPastTheMaximum(t *testing.T) {
	src := minimal + `flow:
  - {name: fan, type: sqs, per_parent: 1000000}
scenarios:
  - {name: normal, traffic_multiplier: 1}
  - {name: huge, traffic_multiplier: 1000}
`
	_, err := Parse("w.yaml", []byte(src))
	want := "w.yaml:11:38: scenarios[1].traffic_multiplier: in scenario huge, 3,000,003,000,000,000 invocations, messages and executions a month up to step fan: more than 1,000,000,000,000,000"
	if err == nil || err.Error() != want {
		t.Errorf("got  %v\nwant %s", err, want)
	}
}

// TestListsAreBounded: a flow of 101 steps is refused at the flow key.
func TestListsAreBounded(t *testing.T) {
	var b strings.Builder
	b.WriteString(minimal + "flow:\n")
	for i := range 101 {
		fmt.Fprintf(&b, "  - {name: s%d, type: sqs}\n", i)
	}
	_, err := Parse("w.yaml", []byte(b.String()))
	if want := "w.yaml:7:1: flow: 101 items; at most 100"; err == nil || err.Error() != want {
		t.Errorf("got  %v\nwant %s", err, want)
	}
}
