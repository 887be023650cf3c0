package pricing

import (
	"github.com/shopspring/decimal"
)

// LambdaSum is the Lambda usage of one region and one architecture summed, as LambdaBill
// aggregates it before pricing: the free tier applies to the Eligible parts only.
type LambdaSum struct {
	Requests, EligibleRequests                   decimal.Decimal
	Duration, EligibleDuration                   decimal.Decimal
	Ephemeral, Provisioned, ProvisionedDuration  decimal.Decimal
	ColdStarts                                   int64
	InitMs                                       decimal.Decimal
	Init, EligibleInit, InitEphemeral            decimal.Decimal
	ThrottledRequests, EligibleThrottledRequests decimal.Decimal
	ThrottledDuration, EligibleThrottledDuration decimal.Decimal
	ThrottledEphemeral                           decimal.Decimal
}

// Add adds usage u to s (whatever its region and architecture: the caller keeps them apart).
// Most of a usage's parts are zero, and are skipped.
func (s *LambdaSum) Add(u LambdaUsage) {
	add := func(to *decimal.Decimal, d decimal.Decimal) {
		if !d.IsZero() {
			*to = to.Add(d)
		}
	}
	add(&s.Requests, u.Requests)
	add(&s.Duration, u.DurationGBSeconds)
	add(&s.Ephemeral, u.EphemeralGBSeconds)
	add(&s.Provisioned, u.ProvisionedGBSeconds)
	add(&s.ProvisionedDuration, u.ProvisionedDurationGBSeconds)
	s.ColdStarts += u.ColdStarts
	if u.InitGBSeconds.IsPositive() {
		// the INIT of one cold start, for the lines' text, when every usage has the same
		if s.Init.IsZero() {
			s.InitMs = u.InitMs
		} else if !s.InitMs.Equal(u.InitMs) {
			s.InitMs = decimal.Zero
		}
	}
	add(&s.Init, u.InitGBSeconds)
	add(&s.InitEphemeral, u.InitEphemeralGBSeconds)
	add(&s.ThrottledRequests, u.ThrottledRequests)
	add(&s.ThrottledDuration, u.ThrottledGBSeconds)
	add(&s.ThrottledEphemeral, u.ThrottledEphemeralGBSeconds)
	if u.FreeTierEligible {
		add(&s.EligibleRequests, u.Requests)
		add(&s.EligibleDuration, u.DurationGBSeconds)
		add(&s.EligibleInit, u.InitGBSeconds)
		add(&s.EligibleThrottledRequests, u.ThrottledRequests)
		add(&s.EligibleThrottledDuration, u.ThrottledGBSeconds)
	}
}

// Plus is s + k x o, part by part (ColdStarts and InitMs, which word the lines' text, are
// s's).
func (s LambdaSum) Plus(o LambdaSum, k decimal.Decimal) LambdaSum {
	ps, po := s.decimals(), o.decimals()
	for i, p := range ps {
		if !po[i].IsZero() {
			*p = p.Add(po[i].Mul(k))
		}
	}
	return s
}

// decimals points at the decimal parts of s that Total prices.
func (s *LambdaSum) decimals() [15]*decimal.Decimal {
	return [15]*decimal.Decimal{
		&s.Requests, &s.EligibleRequests, &s.Duration, &s.EligibleDuration, &s.Ephemeral, &s.Provisioned, &s.ProvisionedDuration,
		&s.Init, &s.EligibleInit, &s.InitEphemeral, &s.ThrottledRequests, &s.EligibleThrottledRequests,
		&s.ThrottledDuration, &s.EligibleThrottledDuration, &s.ThrottledEphemeral,
	}
}

// addRequests adds the request parts of o to s: requests are billed per region, whatever the
// architecture.
func (s *LambdaSum) addRequests(o LambdaSum) {
	s.Requests = s.Requests.Add(o.Requests)
	s.EligibleRequests = s.EligibleRequests.Add(o.EligibleRequests)
	s.ThrottledRequests = s.ThrottledRequests.Add(o.ThrottledRequests)
	s.EligibleThrottledRequests = s.EligibleThrottledRequests.Add(o.EligibleThrottledRequests)
}

// LambdaRates are the Lambda rates of one region and architecture, looked up once, for
// pricing many variants of one function quickly (a memory sweep prices 20,000). A rate the
// catalog lacks for ephemeral storage or provisioned concurrency matters only when a usage
// needs it, as in LambdaBill.
type LambdaRates struct {
	region                          string
	requests, duration              Rate
	ephemeral, provisioned, provDur rateOrError
	freeRequests, freeDuration      decimal.Decimal
}

// rateOrError is a rate, or why the catalog has none.
type rateOrError struct {
	key  string
	rate Rate
	err  error
}

// lambdaKeys are the rate keys of one architecture.
type lambdaKeys struct{ duration, provisioned, provisionedDuration string }

var lambdaKeysOf = func() map[string]lambdaKeys {
	m := map[string]lambdaKeys{}
	for _, a := range architectures {
		m[a] = lambdaKeys{lambdaDurationKeyPrefix + a, lambdaPCKeyPrefix + a, lambdaPCDurationKeyPrefix + a}
	}
	return m
}()

// lambdaArchKeys are architecture arch's rate keys (written out for any other).
func lambdaArchKeys(arch string) lambdaKeys {
	if k, ok := lambdaKeysOf[arch]; ok {
		return k
	}
	return lambdaKeys{lambdaDurationKeyPrefix + arch, lambdaPCKeyPrefix + arch, lambdaPCDurationKeyPrefix + arch}
}

// LambdaRates looks up the Lambda rates of region and architecture arch.
func (c *Catalog) LambdaRates(region, arch string) (*LambdaRates, error) {
	r := &LambdaRates{region: region}
	var err error
	if r.requests, err = c.Rate(region, lambdaRequestsKey); err != nil {
		return nil, err
	}
	keys := lambdaArchKeys(arch)
	if r.duration, err = c.Rate(region, keys.duration); err != nil {
		return nil, err
	}
	optional := func(key string) rateOrError {
		rate, err := c.Rate(region, key)
		return rateOrError{key, rate, err}
	}
	r.ephemeral = optional(lambdaEphemeralKey)
	r.provisioned = optional(keys.provisioned)
	r.provDur = optional(keys.provisionedDuration)
	if free, ok := c.Allowance(region, lambdaFreeRequestsKey); ok {
		r.freeRequests = free.Quantity
	}
	if free, ok := c.Allowance(region, lambdaFreeDurationKey); ok {
		r.freeDuration = free.Quantity
	}
	return r, nil
}

// Total is what LambdaBill's line items add up to for usage s of the rates' region and
// architecture alone (one workload on one architecture, the whole free tier available), by
// the same code without building the line items, and whether any of it was left unpriced.
func (r *LambdaRates) Total(s LambdaSum) (decimal.Decimal, bool) {
	sink := lineSink{}
	requestLines(&sink, r.requests, s, r.freeRequests)
	r.computeLines(&sink, s, r.freeDuration, archQualifier{})
	return sink.total, len(sink.unpriced) == 0
}
