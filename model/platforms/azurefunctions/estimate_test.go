package azurefunctions

import (
	"strings"
	"testing"
)

// TestPublishedConsumptionExample: Azure's Consumption example (the pricing page's, reproduced
// in pricing's TestAzureConsumptionPublishedExample) as a workload file: 3 million executions
// of 1 s at 512 MB: 1,500,000 GB-s less the 400,000 free = 1,100,000 x $0.000016 = $17.60, and
// 3,000,000 - 1,000,000 free = 2,000,000 x $0.20 / 1M = $0.40: $18.00, the page's figure.
func TestPublishedConsumptionExample(t *testing.T) {
	cat := catalog(t)
	e := azureOf(t, cat, readFile(t, "azure-api.yaml"))
	wantCost(t, "Azure's example", e, "18.00")
	if !e.Complete() {
		t.Errorf("incomplete: %v", e.Unpriced)
	}
}

// TestPlainAPIConsumption: the mobile API, 3,000,000 requests of 120 ms at 1,536 MB (a
// multiple of 128 MB: billed as is): 3,000,000 x 0.12 s x 1.5 GB = 540,000 GB-s, less 400,000
// free = 140,000 x $0.000016 = $2.24; 2,000,000 executions past the free million x $0.20 / 1M
// = $0.40: $2.64. The front door is Azure's own endpoint: nothing is listed unpriced.
func TestPlainAPIConsumption(t *testing.T) {
	e := azureOf(t, catalog(t), api(t, "3000000", "120", "1536", ""))
	wantCost(t, "mobile API", e, "2.64")
	if !e.Complete() {
		t.Errorf("incomplete: %v", e.Unpriced)
	}
	if !strings.Contains(e.Summary, "Consumption in eastus, 1,536 MB billed") {
		t.Errorf("summary %q", e.Summary)
	}
}

// TestConsumptionMemoryRounding: 160 MB observed bills 256 MB (the cost article's example):
// 3,000,000 x 1 s x 0.25 GB = 750,000 GB-s x $0.000016 = $12.00, and 3,000,000 x $0.20 / 1M =
// $0.60, without the free grants: $12.60.
func TestConsumptionMemoryRounding(t *testing.T) {
	e := azureOf(t, catalog(t), api(t, "3000000", "1000", "1024", "{memory_mb: 160, free_grants: false}"))
	wantCost(t, "160 MB", e, "12.60")
}

// TestConsumptionMinimumExecution: an execution bills at least 100 ms: 10,000,000 of 40 ms at
// 128 MB bill 10,000,000 x 0.1 s x 0.125 GB = 125,000 GB-s x $0.000016 = $2.00, plus
// 10,000,000 x $0.20 / 1M = $2.00, without the free grants: $4.00 (at 40 ms it would be $2.80).
func TestConsumptionMinimumExecution(t *testing.T) {
	e := azureOf(t, catalog(t), api(t, "10000000", "40", "128", "{free_grants: false}"))
	wantCost(t, "40 ms", e, "4.00")
}

// TestFlexSharedInstanceTime: the mobile API's 3,000,000 requests of 120 ms spread flat over
// 730 hours are 4,109 or 4,110 an hour; on 2,048 MB instances at the default 16 at once each
// hour is ceil(4,110 / 16) = 257 busy periods of the 1,000 ms minimum (one instance is far from
// busy all hour: 4,110 x 0.12 s / 16 = 31 s of load), 257 s: 730 x 257 s = 187,610 s x 2 GB =
// 375,220 GB-s x $0.000026 = $9.75572, $9.76. Summed over executions it would be 3,000,000 x 1
// s x 2 GB = 6,000,000 GB-s, $156. The line says it is an estimate; the executions and the
// free grants, which the catalog lacks, are listed unpriced.
func TestFlexSharedInstanceTime(t *testing.T) {
	e := azureOf(t, catalog(t), api(t, "3000000", "120", "512", "{plan: flex_consumption}"))
	wantCost(t, "Flex mobile API", e, "9.76")
	if got := e.LineItems[0].Quantity.String(); got != "375220" {
		t.Errorf("GB-s %s, want 375220", got)
	}
	if !strings.HasPrefix(e.LineItems[0].Estimate, "estimate: busy instance time of executions arriving 16 at a time") {
		t.Errorf("estimate label %q", e.LineItems[0].Estimate)
	}
	for _, key := range []string{"flex.on_demand.executions", "flex.free_grant.memory", "flex.free_grant.executions"} {
		if !hasUnpriced(e, key) {
			t.Errorf("%s not listed unpriced: %v", key, e.Unpriced)
		}
	}
}

// TestFlexHour checks one hour's instance time: sparse traffic bills its groups of
// concurrency, dense traffic the instances its load needs busy all hour.
func TestFlexHour(t *testing.T) {
	for _, c := range []struct {
		name                string
		n, concurrency      int64
		ms                  string
		ready               int64
		onDemand, readyBusy string
		readyExec           int64
		instances           int64
	}{
		// 3,600 x 120 ms, 16 at once: 225 groups of 1 s.
		{"sparse", 3600, 16, "120", 0, "225", "0", 0, 1},
		// 360,000 x 120 ms: 22,500 groups, but 360,000 x 0.12 s / 16 = 2,700 s of load: one
		// instance busy all hour.
		{"dense", 360000, 16, "120", 0, "3600", "0", 0, 1},
		// 3,000,000 x 120 ms / 16 = 22,500 s: 7 instances (6.25 rounded up) all hour, 25,200 s.
		{"dense, 7 instances", 3000000, 16, "120", 0, "25200", "0", 0, 7},
		// 1,050 ms bills 1,100 ms: 100 alone, 110 s.
		{"one at a time", 100, 1, "1050", 0, "110", "0", 0, 1},
		// One always ready instance takes the sparse hour's 225 s, all 3,600 executions.
		{"always ready", 3600, 16, "120", 1, "0", "225", 3600, 1},
		// Two always ready of seven busy instances: 7,200 s of 25,200, 2/7 of the executions.
		{"always ready, dense", 3000000, 16, "120", 2, "18000", "7200", 857142, 7},
	} {
		h, err := flexHourOf(c.n, dec(c.ms), c.concurrency, c.ready)
		if err != nil {
			t.Fatal(err)
		}
		if h.onDemand.String() != c.onDemand || h.ready.String() != c.readyBusy || h.readyExec != c.readyExec || h.onDemandExec != c.n-c.readyExec || h.instances != c.instances {
			t.Errorf("%s: on demand %s s, ready %s s, %d ready executions, %d instances", c.name, h.onDemand, h.ready, h.readyExec, h.instances)
		}
	}
}

// TestFlowElsewhere: what the file describes around the function is AWS's and listed as not
// priced, never guessed: the flow's queue, its function step (a function of its own), the
// logs; the bill is the entry function's alone (TestPlainAPIConsumption's $2.64).
func TestFlowElsewhere(t *testing.T) {
	text := "name: flow\nregion: us-east-1\ntraffic: {requests_per_month: 3000000}\nfunction: {duration_ms: 120, memory_mb: 1536}\n" +
		"flow:\n  - {name: orders, type: sqs, message_kb: 2}\n  - {name: worker, type: function, from: orders, duration_ms: 400, memory_mb: 1024}\n" +
		"logs: {kb_per_invocation: 1}\n"
	e := azureOf(t, catalog(t), parse(t, "flow.yaml", text))
	wantCost(t, "entry function", e, "2.64")
	for _, key := range []string{"flow.worker", "sqs.standard.requests.tier1", "logs.storage"} {
		if !hasUnpriced(e, key) {
			t.Errorf("%s not listed: %v", key, e.Unpriced)
		}
	}
}
