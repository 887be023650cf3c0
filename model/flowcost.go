package model

import (
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// CostPlaces is the precision of costs divided by a request count (cost per thousand
// requests, a step's share of a bill): 10 places, a ten-billionth of a dollar.
const CostPlaces = 10

// newAround works out the month's flow for a service seated at st from the user requests hour
// by hour: a REST API's cache takes its hits off only where that API is the service's front
// door.
func newAround(w Workload, st seat, series []int64, hours int64) around {
	return newAroundPlanned(w, st, series, hours, planFlow(w), nil)
}

// newAroundPlanned is newAround with the flow's plan already worked out (planFlow(w)): an
// analysis that moves the traffic, the duration or the memory never moves it. like, when not
// nil, is the same flow on another platform: when its requests are the same, so are its
// services' quantities, taken from it.
func newAroundPlanned(w Workload, st seat, series []int64, hours int64, plan flowPlan, like *around) around {
	a := around{w: w, hours: hours, plan: plan}
	users := decimal.NewFromInt(totalRequests(series))
	a.users = users
	a.requests = users.Mul(a.plan.EntryAttempts).Round(0)
	a.entry = users
	door := w.FrontDoor.Lambda
	if st.fleet {
		door = w.FrontDoor.Containers
	}
	if w.FrontDoor.CacheSizeGB != "" && door == RESTAPI {
		// Cache hits are answered by the REST API and never reach the function.
		a.entry = users.Mul(decimal.NewFromInt(100).Sub(w.FrontDoor.CacheHitPercent)).Shift(-2).Round(0)
	}
	a.entrySeries = scaleSeriesOf(series, users, a.entry)
	a.invocations = a.entry.Mul(a.plan.EntryAttempts).Round(0)
	for _, p := range a.plan.Steps {
		if p.Step.Kind == StepFunction {
			a.invocations = a.invocations.Add(a.entry.Mul(p.Invocations()).Round(0))
		}
	}
	if like != nil && like.entry.Equal(a.entry) {
		a.quantities = like.quantities
	} else {
		a.quantities = a.flowQuantities()
	}
	return a
}

// lambdaUsages is the Lambda usage of the flow's function steps and of the callers waiting
// for them, or why Lambda cannot run a step.
func (a around) lambdaUsages() ([]pricing.LambdaUsage, []string) {
	var out []pricing.LambdaUsage
	var reasons []string
	for _, p := range a.plan.Steps {
		if p.Step.Kind != StepFunction {
			continue
		}
		u, why := stepUsage(a.w, p, a.entry)
		if len(why) > 0 {
			reasons = append(reasons, why...)
			continue
		}
		out = append(out, u)
	}
	return append(out, waitUsage(a.w, a.plan, a.entry)...), reasons
}

// result describes the flow as priced on Lambda (lambda is its estimate, usages the entry's
// usage first, then the steps' and the waits' in lambdaUsages order).
func (a around) result(lambda Estimate, usages []pricing.LambdaUsage) *FlowResult {
	if a.w.SchedulesOnly {
		return nil
	}
	f := &FlowResult{Requests: a.users, APIRequests: a.requests, EntryRequests: a.entry, Invocations: a.invocations, NotPriced: a.notPriced()}
	if f.Requests.IsPositive() {
		f.InvocationsPerRequest = a.invocations.DivRound(f.Requests, CostPlaces)
	}
	q := a.quantities
	f.DeadLettered = q.deadLettered
	share := newShares(lambda, usages)
	entry := StepResult{Name: EntryStep, Kind: StepFunction, PerRequest: one, Invocations: a.entry.Mul(a.plan.EntryAttempts).Round(0)}
	entry.LambdaCost = share.function(0)
	f.Steps = append(f.Steps, entry)
	retried := []decimal.Decimal{retryShare(a.plan.EntryAttempts, one)}
	fn := 0
	for i, p := range a.plan.Steps {
		s := StepResult{Name: p.Step.Name, Kind: p.Step.Kind, From: p.Step.From, PerRequest: p.Triggered}
		switch p.Step.Kind {
		case StepFunction:
			fn++
			s.Invocations = a.entry.Mul(p.Invocations()).Round(0)
			s.LambdaCost = share.function(fn)
			retried = append(retried, retryShare(p.Attempts, p.Triggered))
		default:
			s.Invocations = q.units[i]
			s.LambdaCost = q.stepCost(lambda.LineItems, i)
		}
		if p.Step.Kind != StepFunction {
			retried = append(retried, decimal.Zero)
		}
		f.Steps = append(f.Steps, s)
	}
	// A caller is billed for waiting on its sync calls: that share goes to the caller.
	waits := 0
	for _, p := range a.plan.Steps {
		if p.Step.Kind != StepFunction || p.Step.Invoke != Sync {
			continue
		}
		caller := 0
		if p.Parent >= 0 {
			caller = p.Parent + 1
		}
		f.Steps[caller].LambdaCost = f.Steps[caller].LambdaCost.Add(share.function(fn + 1 + waits))
		waits++
	}
	// Retries add invocations at each function's own cost per invocation.
	for i, s := range f.Steps {
		if retried[i].IsPositive() {
			f.RetryInvocations = f.RetryInvocations.Add(s.Invocations.Mul(retried[i]).Round(0))
			f.RetryCost = f.RetryCost.Add(s.LambdaCost.Mul(retried[i]))
		}
	}
	return f
}

// retryShare is the share of a function's invocations that are retries: (attempts -
// triggered) / attempts.
func retryShare(attempts, triggered decimal.Decimal) decimal.Decimal {
	if !attempts.IsPositive() {
		return decimal.Zero
	}
	return attempts.Sub(triggered).DivRound(attempts, CostPlaces)
}

// notPriced names the services the file does not describe.
func (a around) notPriced() []string {
	var out []string
	w := a.w
	if w.FrontDoor.Lambda == "" {
		out = append(out, "front door and data transfer out (front_door)")
	}
	if w.Logs.RetentionDays == 0 {
		out = append(out, "CloudWatch Logs (logs)")
	}
	if w.Network.AvailabilityZones == 0 {
		out = append(out, "NAT gateways and public IPv4 addresses (network)")
	}
	for _, p := range pricers {
		if n, ok := p.(NotPricer); ok {
			out = append(out, n.NotPriced(w)...)
		}
	}
	return out
}

// shares splits a Lambda bill among the usages behind it: request lines by requests, the
// other lambda lines (duration tiers, the free tier's duration) by GB-seconds. Provisioned
// concurrency and ephemeral storage belong to the entry, the first usage.
type shares struct {
	usages                   []pricing.LambdaUsage
	requestCost, computeCost decimal.Decimal
	requests, gbSeconds      decimal.Decimal
	entryOnly                decimal.Decimal
}

func newShares(lambda Estimate, usages []pricing.LambdaUsage) shares {
	s := shares{usages: usages}
	for _, u := range usages {
		s.requests = s.requests.Add(u.Requests)
		s.gbSeconds = s.gbSeconds.Add(u.DurationGBSeconds)
	}
	for _, it := range lambda.LineItems {
		switch it.Kind {
		case pricing.KindLambdaRequests:
			s.requestCost = s.requestCost.Add(it.Cost)
		case pricing.KindLambdaDuration:
			s.computeCost = s.computeCost.Add(it.Cost)
		case pricing.KindLambdaOther:
			s.entryOnly = s.entryOnly.Add(it.Cost)
		}
	}
	return s
}

// function is the share of usage i (0: the entry, which also carries provisioned
// concurrency and ephemeral storage).
func (s shares) function(i int) decimal.Decimal {
	if i >= len(s.usages) {
		return decimal.Zero
	}
	u := s.usages[i]
	cost := decimal.Zero
	if s.requests.IsPositive() {
		cost = cost.Add(s.requestCost.Mul(u.Requests).DivRound(s.requests, CostPlaces))
	}
	if s.gbSeconds.IsPositive() {
		cost = cost.Add(s.computeCost.Mul(u.DurationGBSeconds).DivRound(s.gbSeconds, CostPlaces))
	}
	if i == 0 {
		cost = cost.Add(s.entryOnly)
	}
	return cost
}
