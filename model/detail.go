package model

import "github.com/shopspring/decimal"

// PlatformDetail is one platform's own part of an estimate: what it reports beyond the bill,
// which no other platform's estimate carries.
type PlatformDetail interface {
	// DetailOf is the platform the detail belongs to.
	DetailOf() Platform
	// Unserved is the month's requests the platform turns away and its bill leaves out
	// (Lambda's throttled requests): 0 when the estimate serves every request.
	Unserved() int64
}

// LambdaDetail is what Lambda reports beyond its bill.
type LambdaDetail struct {
	// ColdStarts is the cold-start estimate. Its billed INIT time is on line items of its own
	// (lambda.init.*), labelled estimates.
	ColdStarts *ColdStarts
	// Throttling checks the concurrency limit; the requests it throttles are taken off the
	// bill on lines of their own (lambda.throttled.*).
	Throttling *Throttling
	// Warmer is what a scheduled warmer would cost instead of provisioned concurrency (nil
	// when not worked out).
	Warmer *Warmer
}

// DetailOf is Lambda.
func (*LambdaDetail) DetailOf() Platform { return PlatformLambda }

// Unserved is the throttled requests the bill leaves out (Throttling.Unbilled).
func (d *LambdaDetail) Unserved() int64 {
	if d == nil || d.Throttling == nil {
		return 0
	}
	return d.Throttling.Unbilled
}

// LambdaDetailOf is e's Lambda detail: empty when e is not Lambda's or has none.
func LambdaDetailOf(e Estimate) LambdaDetail {
	if d, ok := e.Detail.(*LambdaDetail); ok && d != nil {
		return *d
	}
	return LambdaDetail{}
}

// DefaultConcurrencyLimit is Lambda's default concurrency quota per account and region.
const DefaultConcurrencyLimit = 1000

// Throttling is where Lambda's concurrency limit would turn requests away. Requests is a
// model estimate.
type Throttling struct {
	Limit int64
	// PeakConcurrency is the highest hourly peak: the traffic's peak percentile of the
	// concurrency (Poisson with Little's-law mean) in the busiest hour.
	PeakConcurrency int64
	// Hours counts the hours whose peak concurrency exceeds Limit; Requests estimates the
	// requests throttled in them (Erlang's loss formula with Limit servers).
	Hours    int64
	Requests int64
	// Unbilled is the throttled requests left out of the bill: all of Requests that are on
	// demand, or none when the workload says the quota will be raised
	// (LambdaConfig.QuotaRaised), in which case every request is billed.
	Unbilled int64
	// LargestRise is the largest rise in peak concurrency from one hour to the next, and
	// RampSeconds the time Lambda takes to scale out that far at 1,000 environments per 10 s.
	LargestRise int64
	RampSeconds int64
}

// Latency is a request latency distribution over the month, in milliseconds (a model
// estimate: warm requests take the billed duration, cold ones add the init time).
type Latency struct {
	P50Ms, P99Ms, MeanMs float64
}

// ColdStarts is the cold-start estimate for a month. All of it is a model estimate.
type ColdStarts struct {
	// InitMs is the init duration used and InitSource where it came from.
	InitMs     decimal.Decimal
	InitSource string
	// PerHour is the estimated cold starts in each hour, with the provisioned level given
	// (no series: not worked out).
	PerHour HourSeries
	// Total is the month's cold starts, split by cause into ScaleUps (new environments
	// beyond those alive at the end of the hour before), IdleRecycles (the environment was
	// recycled after KeepAliveMinutes without a request) and LifetimeRecycles (recycled
	// after MaxLifetimeHours even when busy).
	Total, ScaleUps, IdleRecycles, LifetimeRecycles int64
	// Requests is the month's requests; Share is Total / Requests.
	Requests int64
	Share    float64
	// Warm is the latency if no request were cold; WithColdStarts includes them.
	Warm, WithColdStarts Latency
	// BilledInitMs is the init time billed per cold start (InitMs rounded up to the
	// millisecond); BilledInitGBSeconds = Total x BilledInitMs x memory, exact, billed on the
	// estimate's lambda.init lines (unless the workload leaves cold starts out). AWS bills INIT
	// as duration in every configuration since 2025-08-01.
	BilledInitMs        decimal.Decimal
	BilledInitGBSeconds decimal.Decimal
	// WithoutProvisioned is the month's cold starts with no provisioned concurrency;
	// RemovedByProvisioned = WithoutProvisioned - Total. It can be negative: when a schedule
	// ends, the on-demand environments it replaced have idled out and start cold.
	WithoutProvisioned   int64
	RemovedByProvisioned int64
	// PeakEnvironments is the most environments (provisioned and on demand) any hour needs.
	PeakEnvironments int64
	// Assumptions states each assumption in a sentence, for the output.
	Assumptions []string
}

// WarmerCost is what a scheduled warmer uses in a month, for pricing as Lambda requests and
// duration (and scheduler invocations) with the catalog's rates.
type WarmerCost struct {
	Schedules   int64 // scheduler firings a month
	Invocations int64 // Lambda invocations a month: Schedules x Environments
	PingMs      decimal.Decimal
	GBSeconds   decimal.Decimal // Invocations x PingMs x memory, exact
	Assumptions []string
}

// Warmer is a scheduled warmer's usage and what it costs alone (no free tier).
type Warmer struct {
	WarmerCost
	MonthlyCost decimal.Decimal
}

// ColdStartReporter is a platform's detail that carries a cold-start estimate (Lambda's, and
// any platform that starts instances or environments on demand): the output shows it for any
// platform the same way.
type ColdStartReporter interface {
	// ColdStartEstimate is the month's cold-start estimate (nil: none worked out).
	ColdStartEstimate() *ColdStarts
}

// ColdStartEstimate is Lambda's cold-start estimate.
func (d *LambdaDetail) ColdStartEstimate() *ColdStarts {
	if d == nil {
		return nil
	}
	return d.ColdStarts
}

// ColdStartsOf is e's cold-start estimate, nil when its platform gives none.
func ColdStartsOf(e Estimate) *ColdStarts {
	if r, ok := e.Detail.(ColdStartReporter); ok {
		return r.ColdStartEstimate()
	}
	return nil
}
