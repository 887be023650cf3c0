package pricing

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// Cloudflare Workers' Standard usage model on the Workers Paid plan (Cloudflare docs, Workers >
// Platform > Pricing; rates and source in pricing/data/workers.yaml, docs/providers.md):
//   - "a minimum charge of $5 USD per month for an account", which includes 10 million
//     requests and 30 million CPU milliseconds a month; then $0.30 per additional million
//     requests and $0.02 per additional million CPU milliseconds. The minimum and its
//     included usage are the account's: once, whatever number of Workers it runs.
//   - CPU time is billed, not duration ("No charge or limit for duration").
//   - "Requests to static assets are free and unlimited"; subrequests and Service Binding
//     calls are not requests (their CPU time is the caller's); a WebSocket connection is one
//     request, its messages none.
//   - CPU time per invocation is limited: 30 seconds by default, at most 5 minutes; 15 minutes
//     for a Cron Trigger or Queue consumer invocation (WorkersCPULimits).

// The CPU-time limits of one invocation on the Standard usage model, in milliseconds (Cloudflare
// docs: "Max of 5 minutes of CPU time per invocation (default: 30 seconds)"; "Max of 15 minutes
// of CPU time per Cron Trigger or Queue Consumer invocation").
const (
	WorkersDefaultCPULimitMs   = 30_000
	WorkersMaxCPULimitMs       = 300_000
	WorkersScheduledCPULimitMs = 900_000
)

var workersKeys = providerKeys{
	Rates: map[string]string{
		"workers.standard.subscription": "months",
		"workers.standard.requests":     "requests",
		"workers.standard.cpu_ms":       "CPU-milliseconds",
	},
	Allowances: map[string]string{
		"workers.included.requests": "requests",
		"workers.included.cpu_ms":   "CPU-milliseconds",
	},
}

// WorkersUse is what one Worker serves in a month.
type WorkersUse struct {
	// Requests are the requests that run the Worker's code; StaticAssetRequests those served
	// from static assets, free and unlimited, so never billed.
	Requests, StaticAssetRequests int64
	// CPUMs is the CPU time of all the Worker's requests in the month, in milliseconds.
	CPUMs decimal.Decimal
}

// WorkersBill prices uses as one Cloudflare account is billed: the $5 monthly minimum once,
// then the requests and CPU milliseconds of every use together, each less what the plan
// includes (a credit line). No use, no bill: an account without Workers pays no minimum.
func (c *ProviderCatalog) WorkersBill(uses []WorkersUse) (Bill, error) {
	if len(uses) == 0 {
		return Bill{}, nil
	}
	requests, cpu := decimal.Zero, decimal.Zero
	for i, u := range uses {
		if err := nonNegative("Workers", decimal.NewFromInt(u.Requests), decimal.NewFromInt(u.StaticAssetRequests), u.CPUMs); err != nil {
			return Bill{}, fmt.Errorf("workers use %d: %w", i+1, err)
		}
		requests = requests.Add(decimal.NewFromInt(u.Requests))
		cpu = cpu.Add(u.CPUMs)
	}
	const region = "global"
	sink := lineSink{build: true}
	grants := newGrantPool(c)
	if rate, ok := c.rate(&sink, region, "workers.standard.subscription", "Workers Paid plan minimum"); ok {
		sink.add("workers.standard.subscription", "Workers Paid plan, monthly minimum", rate, decimal.NewFromInt(1), rate.UnitPrice(), "")
	}
	for _, l := range []providerLine{
		{id: "workers.standard.requests", name: "Worker requests", key: "workers.standard.requests", what: "Workers requests", free: "workers.included.requests", quantity: requests},
		{id: "workers.standard.cpu_ms", name: "CPU time", key: "workers.standard.cpu_ms", what: "Workers CPU milliseconds", free: "workers.included.cpu_ms", quantity: cpu},
	} {
		if rate, ok := c.charge(&sink, region, l); ok {
			grants.draw(l.free, l.quantity, rate)
		}
	}
	grants.credits(&sink, map[string]string{
		"workers.included.requests": "Included with the plan, requests",
		"workers.included.cpu_ms":   "Included with the plan, CPU milliseconds",
	})
	return Bill{Items: sink.items, Unpriced: sink.unpriced}, nil
}

// WorkersLimitProblem is a Workers limit a workload breaks, for the platform to report.
type WorkersLimitProblem struct {
	Limit   string // e.g. "CPU time per invocation"
	Message string
}

// WorkersCPULimits checks one invocation's CPU time against the Worker's CPU limit:
// configuredMs (0: the default, 30 seconds) may be at most 5 minutes, or 15 minutes for a
// Cron Trigger or Queue consumer (scheduled); an invocation over the limit is stopped. It
// returns every limit broken.
func WorkersCPULimits(cpuMsPerInvocation decimal.Decimal, configuredMs int64, scheduled bool) []WorkersLimitProblem {
	var out []WorkersLimitProblem
	max, kind := int64(WorkersMaxCPULimitMs), "an invocation"
	if scheduled {
		max, kind = WorkersScheduledCPULimitMs, "a Cron Trigger or Queue consumer invocation"
	}
	limit := configuredMs
	if limit == 0 {
		limit = WorkersDefaultCPULimitMs
	}
	if limit > max {
		out = append(out, WorkersLimitProblem{Limit: "CPU limit setting",
			Message: fmt.Sprintf("a CPU limit of %d ms is above the most Cloudflare allows for %s, %d ms", limit, kind, max)})
		limit = max
	}
	if cpuMsPerInvocation.GreaterThan(decimal.NewFromInt(limit)) {
		out = append(out, WorkersLimitProblem{Limit: "CPU time per invocation",
			Message: fmt.Sprintf("%s ms of CPU time per invocation is above the limit of %d ms: the invocation is stopped", cpuMsPerInvocation, limit)})
	}
	return out
}
