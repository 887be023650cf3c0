package report

import (
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
)

// pricingJSON writes the document's "pricing": which catalog and month the figures use.
func pricingJSON(j *jsonWriter, res model.Result) {
	j.open('{')
	j.string("catalog", res.Catalog)
	j.string("as_of", res.AsOf)
	j.int("month_hours", res.MonthHours)
	j.string("month", res.Month.Name)
	j.int("months_ahead", res.MonthsAhead)
	j.string("currency", "USD")
	j.strings("overlays", res.Overlays)
	j.close('}')
}

// workloadJSON writes one workload of the document's "workloads": its traffic, the values
// the file left out, each platform's estimate, its flow and its schedules.
func workloadJSON(j *jsonWriter, r model.WorkloadResult, monthHours int64) {
	wl := r.Workload
	j.open('{')
	j.string("name", wl.Name)
	if wl.Description != "" {
		j.string("description", wl.Description)
	}
	j.string("file", wl.File)
	j.string("region", wl.Region)
	j.int("requests_per_month", wl.Traffic.MonthlyRequests(monthHours))
	j.ints("requests_per_hour", r.Requests)
	j.string("cheapest", string(r.Cheapest))
	// cheapest_complete says the cheapest estimate is complete: when false it lacks rates
	// (its "unpriced") and may not be the cheapest.
	j.bool("cheapest_complete", r.Cheapest != "" && r.Estimate(r.Cheapest).Complete())
	defaultsJSON(j, wl.Defaulted)
	if len(r.Estimates) == 0 {
		j.null("estimates")
	} else {
		j.array("estimates")
		for _, e := range r.Estimates {
			j.element()
			estimateJSON(j, r, e)
		}
		j.close(']')
	}
	if r.Flow != nil {
		j.key("flow")
		flowJSON(j, r.Flow)
	}
	if len(r.Schedules) > 0 {
		schedulesJSON(j, r.Schedules)
	}
	j.close('}')
}

// defaultsJSON writes "defaults": the values the file left out, each with how it was chosen.
func defaultsJSON(j *jsonWriter, defaults []model.Default) {
	j.array("defaults")
	for _, d := range defaults {
		j.element()
		j.open('{')
		j.string("key", d.Key)
		j.string("value", d.Value)
		j.string("why", d.Why)
		j.close('}')
	}
	j.close(']')
}

// estimateJSON writes one platform's estimate of r: an infeasible one has no cost (null).
func estimateJSON(j *jsonWriter, r model.WorkloadResult, e model.Estimate) {
	j.open('{')
	j.string("platform", string(e.Platform))
	j.bool("feasible", e.Feasible)
	j.strings("reasons", e.Reasons)
	j.strings("warnings", e.Warnings)
	j.string("summary", e.Summary)
	if e.Feasible {
		j.decimal("monthly_cost", e.MonthlyCost)
	} else {
		j.null("monthly_cost")
	}
	j.bool("complete", e.Feasible && e.Complete())
	unpricedJSON(j, "unpriced", e.Unpriced)
	if e.Feasible && r.Flow != nil && r.Flow.Requests.IsPositive() {
		j.decimal("cost_per_1000_requests", e.CostPerThousandRequests)
	}
	if e.Capacity.Unit != "" {
		j.key("capacity")
		capacityJSON(j, e.Capacity)
	}
	if cs := e.ColdStarts; cs != nil {
		j.key("cold_starts")
		coldStartsJSON(j, cs)
	}
	if th := e.Throttling; th != nil {
		j.key("throttling")
		throttlingJSON(j, th)
	}
	if wm := e.Warmer; wm != nil {
		j.key("warmer")
		warmerJSON(j, wm)
	}
	lineItemsJSON(j, e.LineItems)
	j.close('}')
}

// capacityJSON writes an estimate's capacity: the units it runs hour by hour.
func capacityJSON(j *jsonWriter, c model.Capacity) {
	j.open('{')
	j.string("unit", c.Unit)
	j.int("min", c.Min)
	j.int("max", c.Max)
	j.int("unit_hours", c.UnitHours)
	if !c.BilledHours.IsZero() || c.Unit != "concurrent executions" {
		j.decimal("billed_hours", c.BilledHours)
	}
	j.int("lag_hours", c.LagHours)
	j.ints("per_hour", c.PerHour)
	j.close('}')
}

// throttlingJSON writes Lambda's check of the concurrency limit.
func throttlingJSON(j *jsonWriter, th *model.Throttling) {
	j.open('{')
	j.int("limit", th.Limit)
	j.int("peak_concurrency", th.PeakConcurrency)
	j.int("throttled_hours", th.Hours)
	j.int("throttled_requests_estimate", th.Requests)
	j.int("unbilled_requests_estimate", th.Unbilled)
	j.int("largest_rise", th.LargestRise)
	j.int("ramp_seconds", th.RampSeconds)
	j.close('}')
}

// warmerJSON writes the scheduled pings that keep Lambda's environments warm.
func warmerJSON(j *jsonWriter, wm *model.Warmer) {
	j.open('{')
	j.int("schedules", wm.Schedules)
	j.int("invocations", wm.Invocations)
	j.decimal("gb_seconds", wm.GBSeconds)
	j.decimal("monthly_cost", wm.MonthlyCost)
	j.close('}')
}

// coldStartsJSON writes the cold-start estimate: a model estimate, labelled so (its floats
// are statistical estimates, not money).
func coldStartsJSON(j *jsonWriter, cs *model.ColdStarts) {
	j.open('{')
	j.string("estimate", "model estimate; see docs/cold-starts.md")
	j.int("total", cs.Total)
	j.int("scale_ups", cs.ScaleUps)
	j.int("idle_recycles", cs.IdleRecycles)
	j.int("lifetime_recycles", cs.LifetimeRecycles)
	j.float("share", cs.Share)
	j.decimal("init_ms", cs.InitMs)
	j.string("init_source", cs.InitSource)
	j.decimal("billed_init_gb_seconds", cs.BilledInitGBSeconds)
	j.int("peak_environments", cs.PeakEnvironments)
	j.int("without_provisioned", cs.WithoutProvisioned)
	j.int("removed_by_provisioned", cs.RemovedByProvisioned)
	j.float("warm_p50_ms", cs.Warm.P50Ms)
	j.float("warm_p99_ms", cs.Warm.P99Ms)
	j.float("p50_ms", cs.WithColdStarts.P50Ms)
	j.float("p99_ms", cs.WithColdStarts.P99Ms)
	j.strings("assumptions", cs.Assumptions)
	j.ints("per_hour", cs.PerHour)
	j.close('}')
}

// lineItemsJSON writes "line_items": each line of a bill with its exact quantity, rate and
// cost, and where the rate comes from.
func lineItemsJSON(j *jsonWriter, items []pricing.LineItem) {
	j.array("line_items")
	for _, it := range items {
		j.element()
		j.open('{')
		j.string("id", it.ID)
		j.string("name", it.Name)
		j.decimal("quantity", it.Quantity)
		j.string("unit", it.Unit)
		j.decimal("unit_price", it.UnitPrice)
		j.decimal("cost", it.Cost)
		j.string("region", it.Region)
		j.string("rate", it.RateKey)
		j.string("source", it.Source)
		j.string("as_of", it.AsOf)
		if it.Estimate != "" { // the quantity is a model estimate, and what it rests on
			j.string("estimate", it.Estimate)
		}
		j.close('}')
	}
	j.close(']')
}

// unpricedJSON writes the member k: the quantities left unpriced for want of a rate.
func unpricedJSON(j *jsonWriter, k string, list []pricing.Unpriced) {
	j.array(k)
	for _, u := range list {
		j.element()
		j.open('{')
		j.string("rate", u.Key)
		j.string("region", u.Region)
		j.string("what", u.What)
		j.close('}')
	}
	j.close(']')
}

// portfolioJSON writes the document's "portfolio": every workload billed as one account.
func portfolioJSON(j *jsonWriter, p model.Portfolio) {
	j.open('{')
	if len(p.Platforms) == 0 {
		j.null("platforms")
	} else {
		j.array("platforms")
		for _, t := range p.Platforms {
			j.element()
			j.open('{')
			j.string("platform", string(t.Platform))
			j.decimal("monthly_cost", t.MonthlyCost)
			j.decimal("standalone_sum", t.StandaloneSum)
			j.int("workloads", int64(t.Workloads))
			j.strings("excluded", t.Excluded)
			j.bool("complete", len(t.Unpriced) == 0)
			unpricedJSON(j, "unpriced", t.Unpriced)
			lineItemsJSON(j, t.LineItems)
			j.close('}')
		}
		j.close(']')
	}
	j.decimal("cheapest_mix", p.CheapestMix)
	j.bool("cheapest_mix_complete", len(p.CheapestMixUnpriced) == 0)
	unpricedJSON(j, "cheapest_mix_unpriced", p.CheapestMixUnpriced)
	j.close('}')
}

// flowJSON writes the fan-out of a workload's requests: each step's month and its share of
// the Lambda bill, retries and the steps worth merging.
func flowJSON(j *jsonWriter, f *model.FlowResult) {
	j.open('{')
	j.decimal("requests", f.Requests)
	j.decimal("api_requests", f.APIRequests)
	j.decimal("entry_requests", f.EntryRequests)
	j.decimal("invocations", f.Invocations)
	j.decimal("invocations_per_request", f.InvocationsPerRequest)
	j.decimal("retry_invocations", f.RetryInvocations)
	j.decimal("retry_cost", f.RetryCost)
	j.decimal("dead_lettered", f.DeadLettered)
	j.array("steps")
	for _, s := range f.Steps {
		j.element()
		j.open('{')
		j.string("name", s.Name)
		j.string("type", string(s.Kind))
		if s.From != "" {
			j.string("from", s.From)
		}
		j.decimal("per_request", s.PerRequest)
		j.decimal("per_month", s.Invocations)
		j.decimal("lambda_cost", s.LambdaCost)
		j.close('}')
	}
	j.close(']')
	j.array("merges")
	for _, m := range f.Merges {
		j.element()
		j.open('{')
		j.string("step", m.Step)
		j.string("into", m.Into)
		j.decimal("monthly_saving", m.Saving)
		j.decimal("invocations_saved", m.RequestsSaved)
		j.string("gives_up", m.GivesUp)
		j.close('}')
	}
	j.close(']')
	j.strings("not_priced", f.NotPriced)
	j.close('}')
}

// schedulesJSON writes "schedules": each scheduled job, its runs and what it costs alone on
// each platform.
func schedulesJSON(j *jsonWriter, list []model.ScheduleResult) {
	j.array("schedules")
	for _, s := range list {
		j.element()
		j.open('{')
		j.string("name", s.Name)
		j.string("cron", s.Cron)
		j.string("time_zone", s.TimeZone)
		j.decimal("runs_per_month", s.RunsPerMonth)
		j.bool("averaged", s.Averaged)
		j.int("window_runs", s.WindowRuns)
		j.int("window_hours", s.WindowHours)
		j.int("parallel", s.Parallel)
		j.decimal("invocations", s.Invocations)
		j.decimal("early_exits", s.EarlyExits)
		j.strings("warnings", s.Warnings)
		if len(s.Estimates) == 0 {
			j.null("alone")
		} else {
			j.array("alone")
			for _, e := range s.Estimates {
				j.element()
				j.open('{')
				j.string("platform", string(e.Platform))
				j.bool("feasible", e.Feasible)
				j.strings("reasons", e.Reasons)
				j.string("summary", e.Summary)
				j.decimal("monthly_cost", e.MonthlyCost)
				lineItemsJSON(j, e.LineItems)
				j.close('}')
			}
			j.close(']')
		}
		if ed := s.EventDriven; ed != nil {
			j.object("event_driven")
			j.int("work_items_per_month", ed.WorkItems)
			triggerJSON(j, "lambda", ed.Lambda)
			triggerJSON(j, "fargate", ed.Fargate)
			j.close('}')
		}
		j.ints("runs_per_hour", s.RunsPerHour)
		j.close('}')
	}
	j.close(']')
}

// triggerJSON writes the member k: a job on a schedule set against the same work triggered
// by events.
func triggerJSON(j *jsonWriter, k string, t model.TriggerComparison) {
	j.object(k)
	j.bool("feasible", t.Feasible)
	j.strings("reasons", t.Reasons)
	j.decimal("schedule", t.Schedule)
	j.decimal("event_driven", t.EventDriven)
	j.decimal("saving", t.Saving)
	j.close('}')
}
