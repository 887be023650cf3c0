package pricing

import (
	"github.com/shopspring/decimal"
)

// LambdaSum is the Lambda usage of one region and one architecture summed, as LambdaBill
// aggregates it before pricing: the free tier applies to the Eligible parts only.
type LambdaSum struct {
	Requests, EligibleRequests                  decimal.Decimal
	Duration, EligibleDuration                  decimal.Decimal
	Ephemeral, Provisioned, ProvisionedDuration decimal.Decimal
}

// Add adds usage u to s (whatever its region and architecture: the caller keeps them apart).
func (s *LambdaSum) Add(u LambdaUsage) {
	s.Requests = s.Requests.Add(u.Requests)
	s.Duration = s.Duration.Add(u.DurationGBSeconds)
	s.Ephemeral = s.Ephemeral.Add(u.EphemeralGBSeconds)
	s.Provisioned = s.Provisioned.Add(u.ProvisionedGBSeconds)
	s.ProvisionedDuration = s.ProvisionedDuration.Add(u.ProvisionedDurationGBSeconds)
	if u.FreeTierEligible {
		s.EligibleRequests = s.EligibleRequests.Add(u.Requests)
		s.EligibleDuration = s.EligibleDuration.Add(u.DurationGBSeconds)
	}
}

// LambdaRates are the Lambda rates of one region and architecture, looked up once, for
// pricing many variants of one function quickly (a memory sweep prices 20,000). A rate the
// catalog lacks is an error only when a usage needs it, as in LambdaBill.
type LambdaRates struct {
	requests, duration              Rate
	ephemeral, provisioned, provDur rateOrError
	freeRequests, freeDuration      decimal.Decimal
	hasFreeRequests                 bool
	// freeCredit is the whole free duration allowance at the first tier's price.
	freeCredit decimal.Decimal
}

// rateOrError is a rate, or why the catalog has none.
type rateOrError struct {
	rate Rate
	err  error
}

// cost prices a positive quantity, or says the rate is missing; zero costs nothing.
func (r rateOrError) cost(quantity decimal.Decimal) (decimal.Decimal, error) {
	if !quantity.IsPositive() {
		return decimal.Zero, nil
	}
	if r.err != nil {
		return decimal.Zero, r.err
	}
	return quantity.Mul(r.rate.UnitPrice()), nil
}

// LambdaRates looks up the Lambda rates of region and architecture arch.
func (c *Catalog) LambdaRates(region, arch string) (*LambdaRates, error) {
	r := &LambdaRates{}
	var err error
	if r.requests, err = c.Rate(region, lambdaRequestsKey); err != nil {
		return nil, err
	}
	if r.duration, err = c.Rate(region, lambdaDurationKeyPrefix+arch); err != nil {
		return nil, err
	}
	optional := func(key string) rateOrError {
		rate, err := c.Rate(region, key)
		return rateOrError{rate, err}
	}
	r.ephemeral = optional(lambdaEphemeralKey)
	r.provisioned = optional(lambdaPCKeyPrefix + arch)
	r.provDur = optional(lambdaPCDurationKeyPrefix + arch)
	if free, ok := c.Allowance(region, lambdaFreeRequestsKey); ok {
		r.freeRequests, r.hasFreeRequests = free.Quantity, true
	}
	if free, ok := c.Allowance(region, lambdaFreeDurationKey); ok {
		r.freeDuration = free.Quantity
		r.freeCredit = free.Quantity.Mul(firstPrice(r.duration))
	}
	return r, nil
}

// durationCost prices a positive quantity of on-demand duration on the tiers, as
// splitRate does, with a shortcut for a quantity within the first tier.
func (r *LambdaRates) durationCost(q decimal.Decimal) decimal.Decimal {
	if !r.duration.Tiered() {
		return q.Mul(r.duration.UnitPrice())
	}
	if t := r.duration.Tiers; len(t) > 1 && q.Cmp(t[0].UpTo) <= 0 {
		return q.Mul(t[0].Price)
	}
	cost := decimal.Zero
	for _, b := range splitRate(r.duration, decimal.Zero, q) {
		cost = cost.Add(b.Quantity.Mul(b.Price))
	}
	return cost
}

// Total is what LambdaBill's line items would add up to for usage s of the rates' region and
// architecture alone (one workload on one architecture), computed the same way (the same
// tiers, free tier and rates, exact decimals) without building the line items.
func (r *LambdaRates) Total(s LambdaSum) (decimal.Decimal, error) {
	total := decimal.Zero
	if s.Requests.IsPositive() {
		total = s.Requests.Mul(r.requests.UnitPrice())
	}
	if r.hasFreeRequests && s.EligibleRequests.IsPositive() {
		total = total.Sub(decimal.Min(r.freeRequests, s.EligibleRequests).Mul(r.requests.UnitPrice()))
	}
	if s.Duration.IsPositive() {
		total = total.Add(r.durationCost(s.Duration))
	}
	if r.freeDuration.IsPositive() && s.EligibleDuration.IsPositive() {
		if s.EligibleDuration.Cmp(r.freeDuration) >= 0 {
			total = total.Sub(r.freeCredit)
		} else {
			total = total.Sub(s.EligibleDuration.Mul(firstPrice(r.duration)))
		}
	}
	for _, part := range [...]struct {
		quantity decimal.Decimal
		rate     rateOrError
	}{{s.Ephemeral, r.ephemeral}, {s.Provisioned, r.provisioned}, {s.ProvisionedDuration, r.provDur}} {
		cost, err := part.rate.cost(part.quantity)
		if err != nil {
			return decimal.Zero, err
		}
		total = total.Add(cost)
	}
	return total, nil
}
