package report

import (
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
)

// The JSON document is a contract: fields are only ever added. Amounts and quantities are
// exact decimal strings in USD, never rounded. It is one object, written a part at a time
// (see jsonStream): {"pricing": jsonPricing, "workloads": [jsonWorkload...], "portfolio":
// jsonPortfolio}, indented by two spaces, each array of numbers (the hourly series) on one
// line.

type jsonPricing struct {
	Catalog     string   `json:"catalog"`
	AsOf        string   `json:"as_of"`
	MonthHours  int64    `json:"month_hours"`
	Month       string   `json:"month"`
	MonthsAhead int64    `json:"months_ahead"`
	Currency    string   `json:"currency"`
	Overlays    []string `json:"overlays"`
}

type jsonWorkload struct {
	Name        string  `json:"name"`
	Description string  `json:"description,omitempty"`
	File        string  `json:"file"`
	Region      string  `json:"region"`
	Requests    int64   `json:"requests_per_month"`
	Hourly      []int64 `json:"requests_per_hour"`
	Cheapest    string  `json:"cheapest"`
	// CheapestComplete says the cheapest estimate is complete: when false it lacks rates
	// (its "unpriced") and may not be the cheapest.
	CheapestComplete bool           `json:"cheapest_complete"`
	Defaults         []jsonDefault  `json:"defaults"`
	Estimates        []jsonEstimate `json:"estimates"`
	Flow             *jsonFlow      `json:"flow,omitempty"`
	Schedules        []jsonSchedule `json:"schedules,omitempty"`
}

type jsonDefault struct {
	Key   string `json:"key"`
	Value string `json:"value"`
	Why   string `json:"why"`
}

type jsonEstimate struct {
	Platform    string         `json:"platform"`
	Feasible    bool           `json:"feasible"`
	Reasons     []string       `json:"reasons"`
	Warnings    []string       `json:"warnings"`
	Summary     string         `json:"summary"`
	MonthlyCost *string        `json:"monthly_cost"`
	Complete    bool           `json:"complete"`
	Unpriced    []jsonUnpriced `json:"unpriced"`
	PerThousand string         `json:"cost_per_1000_requests,omitempty"`
	Capacity    *jsonCapacity  `json:"capacity,omitempty"`
	ColdStarts  *jsonColdStart `json:"cold_starts,omitempty"`
	Throttling  *jsonThrottle  `json:"throttling,omitempty"`
	Warmer      *jsonWarmer    `json:"warmer,omitempty"`
	LineItems   []jsonLineItem `json:"line_items"`
}

// jsonUnpriced is a quantity an estimate could not price for want of a rate.
type jsonUnpriced struct {
	Key    string `json:"rate"`
	Region string `json:"region"`
	What   string `json:"what"`
}

type jsonThrottle struct {
	Limit           int64 `json:"limit"`
	PeakConcurrency int64 `json:"peak_concurrency"`
	Hours           int64 `json:"throttled_hours"`
	Requests        int64 `json:"throttled_requests_estimate"`
	Unbilled        int64 `json:"unbilled_requests_estimate"`
	LargestRise     int64 `json:"largest_rise"`
	RampSeconds     int64 `json:"ramp_seconds"`
}

type jsonWarmer struct {
	Schedules   int64  `json:"schedules"`
	Invocations int64  `json:"invocations"`
	GBSeconds   string `json:"gb_seconds"`
	MonthlyCost string `json:"monthly_cost"`
}

// jsonColdStart is the cold-start estimate: a model estimate, labelled so (floats are
// statistical estimates here, not money).
type jsonColdStart struct {
	Estimate            string   `json:"estimate"`
	Total               int64    `json:"total"`
	ScaleUps            int64    `json:"scale_ups"`
	IdleRecycles        int64    `json:"idle_recycles"`
	LifetimeRecycles    int64    `json:"lifetime_recycles"`
	Share               float64  `json:"share"`
	InitMs              string   `json:"init_ms"`
	InitSource          string   `json:"init_source"`
	BilledInitGBSeconds string   `json:"billed_init_gb_seconds"`
	PeakEnvironments    int64    `json:"peak_environments"`
	WithoutProvisioned  int64    `json:"without_provisioned"`
	RemovedByPC         int64    `json:"removed_by_provisioned"`
	WarmP50Ms           float64  `json:"warm_p50_ms"`
	WarmP99Ms           float64  `json:"warm_p99_ms"`
	P50Ms               float64  `json:"p50_ms"`
	P99Ms               float64  `json:"p99_ms"`
	Assumptions         []string `json:"assumptions"`
	PerHour             []int64  `json:"per_hour"`
}

type jsonCapacity struct {
	Unit        string  `json:"unit"`
	Min         int64   `json:"min"`
	Max         int64   `json:"max"`
	UnitHours   int64   `json:"unit_hours"`
	BilledHours string  `json:"billed_hours,omitempty"`
	LagHours    int64   `json:"lag_hours"`
	PerHour     []int64 `json:"per_hour"`
}

type jsonLineItem struct {
	ID        string `json:"id"`
	Name      string `json:"name"`
	Quantity  string `json:"quantity"`
	Unit      string `json:"unit"`
	UnitPrice string `json:"unit_price"`
	Cost      string `json:"cost"`
	Region    string `json:"region"`
	RateKey   string `json:"rate"`
	Source    string `json:"source"`
	AsOf      string `json:"as_of"`
	// Estimate, when present, says the quantity is a model estimate and what it rests on.
	Estimate string `json:"estimate,omitempty"`
}

type jsonPortfolio struct {
	Platforms           []jsonPortfolioTotal `json:"platforms"`
	CheapestMix         string               `json:"cheapest_mix"`
	CheapestMixComplete bool                 `json:"cheapest_mix_complete"`
	CheapestMixUnpriced []jsonUnpriced       `json:"cheapest_mix_unpriced"`
}

type jsonPortfolioTotal struct {
	Platform      string         `json:"platform"`
	MonthlyCost   string         `json:"monthly_cost"`
	StandaloneSum string         `json:"standalone_sum"`
	Workloads     int            `json:"workloads"`
	Excluded      []string       `json:"excluded"`
	Complete      bool           `json:"complete"`
	Unpriced      []jsonUnpriced `json:"unpriced"`
	LineItems     []jsonLineItem `json:"line_items"`
}

// jsonPricingOf is the document's "pricing": which catalog and month the figures use.
func jsonPricingOf(res model.Result) jsonPricing {
	return jsonPricing{Catalog: res.Catalog, AsOf: res.AsOf, MonthHours: res.MonthHours, Month: res.Month.Name, MonthsAhead: res.MonthsAhead, Currency: "USD",
		Overlays: nonNil(res.Overlays)}
}

// jsonWorkloadOf is one workload of the document's "workloads".
func jsonWorkloadOf(r model.WorkloadResult, monthHours int64) jsonWorkload {
	wl := r.Workload
	jw := jsonWorkload{Name: wl.Name, Description: wl.Description, File: wl.File, Region: wl.Region,
		Requests: wl.Traffic.MonthlyRequests(monthHours), Hourly: r.Requests, Cheapest: string(r.Cheapest), Defaults: []jsonDefault{}}
	jw.CheapestComplete = r.Cheapest != "" && r.Estimate(r.Cheapest).Complete()
	for _, d := range wl.Defaulted {
		jw.Defaults = append(jw.Defaults, jsonDefault(d))
	}
	for _, e := range r.Estimates {
		jw.Estimates = append(jw.Estimates, jsonEstimateOf(r, e))
	}
	jw.Flow = flowJSON(r.Flow)
	jw.Schedules = schedulesJSON(r.Schedules)
	return jw
}

// jsonEstimateOf is one platform's estimate of r.
func jsonEstimateOf(r model.WorkloadResult, e model.Estimate) jsonEstimate {
	je := jsonEstimate{Platform: string(e.Platform), Feasible: e.Feasible, Reasons: nonNil(e.Reasons), Warnings: nonNil(e.Warnings),
		Summary: e.Summary, Complete: e.Feasible && e.Complete(), LineItems: jsonItems(e.LineItems)}
	if e.Feasible {
		cost := decimalText(e.MonthlyCost)
		je.MonthlyCost = &cost // an infeasible estimate has no cost: null
	}
	je.Unpriced = unpricedJSON(e.Unpriced)
	if e.Feasible && r.Flow != nil && r.Flow.Requests.IsPositive() {
		je.PerThousand = decimalText(e.CostPerThousandRequests)
	}
	if c := e.Capacity; c.Unit != "" {
		je.Capacity = &jsonCapacity{Unit: c.Unit, Min: c.Min, Max: c.Max, UnitHours: c.UnitHours,
			LagHours: c.LagHours, PerHour: c.PerHour}
		if !c.BilledHours.IsZero() || c.Unit != "concurrent executions" {
			je.Capacity.BilledHours = decimalText(c.BilledHours)
		}
	}
	lambda := model.LambdaDetailOf(e)
	if th := lambda.Throttling; th != nil {
		je.Throttling = &jsonThrottle{Limit: th.Limit, PeakConcurrency: th.PeakConcurrency, Hours: th.Hours,
			Requests: th.Requests, Unbilled: th.Unbilled, LargestRise: th.LargestRise, RampSeconds: th.RampSeconds}
	}
	if wm := lambda.Warmer; wm != nil {
		je.Warmer = &jsonWarmer{Schedules: wm.Schedules, Invocations: wm.Invocations,
			GBSeconds: decimalText(wm.GBSeconds), MonthlyCost: decimalText(wm.MonthlyCost)}
	}
	if cs := lambda.ColdStarts; cs != nil {
		je.ColdStarts = &jsonColdStart{Estimate: "model estimate; see docs/cold-starts.md", Total: cs.Total,
			ScaleUps: cs.ScaleUps, IdleRecycles: cs.IdleRecycles, LifetimeRecycles: cs.LifetimeRecycles,
			Share: cs.Share, InitMs: decimalText(cs.InitMs), InitSource: cs.InitSource,
			BilledInitGBSeconds: decimalText(cs.BilledInitGBSeconds), PeakEnvironments: cs.PeakEnvironments,
			WithoutProvisioned: cs.WithoutProvisioned, RemovedByPC: cs.RemovedByProvisioned,
			WarmP50Ms: cs.Warm.P50Ms, WarmP99Ms: cs.Warm.P99Ms, P50Ms: cs.WithColdStarts.P50Ms, P99Ms: cs.WithColdStarts.P99Ms,
			Assumptions: nonNil(cs.Assumptions), PerHour: cs.PerHour}
	}
	return je
}

// jsonPortfolioOf is the document's "portfolio": every workload billed as one account.
func jsonPortfolioOf(p model.Portfolio) jsonPortfolio {
	jp := jsonPortfolio{CheapestMix: decimalText(p.CheapestMix), CheapestMixComplete: len(p.CheapestMixUnpriced) == 0,
		CheapestMixUnpriced: unpricedJSON(p.CheapestMixUnpriced)}
	for _, t := range p.Platforms {
		jp.Platforms = append(jp.Platforms, jsonPortfolioTotal{
			Platform: string(t.Platform), MonthlyCost: decimalText(t.MonthlyCost), StandaloneSum: decimalText(t.StandaloneSum),
			Workloads: t.Workloads, Excluded: nonNil(t.Excluded), Complete: len(t.Unpriced) == 0, Unpriced: unpricedJSON(t.Unpriced),
			LineItems: jsonItems(t.LineItems)})
	}
	return jp
}

func jsonItems(items []pricing.LineItem) []jsonLineItem {
	out := []jsonLineItem{}
	for _, it := range items {
		out = append(out, jsonLineItem{ID: it.ID, Name: it.Name, Quantity: decimalText(it.Quantity), Unit: it.Unit,
			UnitPrice: decimalText(it.UnitPrice), Cost: decimalText(it.Cost), Region: it.Region, RateKey: it.RateKey,
			Source: it.Source, AsOf: it.AsOf, Estimate: it.Estimate})
	}
	return out
}

func unpricedJSON(list []pricing.Unpriced) []jsonUnpriced {
	out := []jsonUnpriced{}
	for _, u := range list {
		out = append(out, jsonUnpriced(u))
	}
	return out
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
