package lambda

import (
	"encoding/binary"
	"maps"
	"slices"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/demand"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// sweepMonth is the function's month as a sweep prices it at each billed duration: what
// lambdaUsage counts at that duration (the requests provisioned environments serve, the
// cold starts whose INIT is billed, the requests throttled), worked out from the month's
// distinct hours rather than hour by hour. Memory changes none of these counts, only what
// they bill (pricing.LambdaCounts.Usage).
type sweepMonth struct {
	w          model.Workload
	series, pc []int64
	classes    *demand.HourClasses
	base       pricing.LambdaCounts // the counts that do not depend on the billed duration
	// byRequests are the hours of each request count; byLevel those of each request count
	// and provisioned level, for the hours with provisioned environments.
	byRequests, byLevel []hourClass
	// Cold starts: whether their INIT is billed, InitMs each; the warm pool's percentile;
	// the month's cold starts by the warm pool of each request count (see coldStarts).
	billInit  bool
	initMs    int64
	pool      [2]float64 // the percentile and its normal quantile
	cold      map[string]int64
	key       []byte
	limit     int64
	peak      *demand.PeakWindow
	throttled bool // throttled requests come off the bill (the quota is not raised)
}

// hourClass is how many hours of the month have requests requests with provisioned
// environments.
type hourClass struct {
	requests, provisioned, hours int64
}

// newSweepMonth reads the month of w (resolved, at the architecture swept) from hourly, the
// requests reaching its function each hour.
func newSweepMonth(w model.Workload, hourly model.Hourly) *sweepMonth {
	pc := provisionedSeries(configOf(w), hourly)
	s := &sweepMonth{w: w, series: hourly.Requests, pc: pc, cold: map[string]int64{}}
	s.classes = demand.ClassesOf(hourly.Classes, s.series)
	s.base = lambdaCounts(w, s.series, s.classes, pc, 1)
	s.base.OnDemand, s.base.OnProvisioned = 0, 0
	requests, levels := map[int64]int64{}, map[[2]int64]int64{}
	for h, n := range s.series {
		requests[n]++
		if pc != nil && pc[h] > 0 {
			levels[[2]int64{n, pc[h]}]++
		}
	}
	for _, n := range slices.Sorted(maps.Keys(requests)) {
		s.byRequests = append(s.byRequests, hourClass{requests: n, hours: requests[n]})
	}
	for _, k := range slices.SortedFunc(maps.Keys(levels), func(a, b [2]int64) int { return slices.Compare(a[:], b[:]) }) {
		s.byLevel = append(s.byLevel, hourClass{requests: k[0], provisioned: k[1], hours: levels[k]})
	}
	cfg := configOf(w).ColdStart
	cfg.MemoryMB, cfg.Architecture = w.Function.MemoryMB, configOf(w).Architecture
	p := resolveColdStart(cfg, decimal.Zero, false) // the settings alone: the sweep states its own assumptions
	init := pricing.LambdaBilledMs(p.initMs)
	s.billInit, s.initMs = !configOf(w).OmitColdStarts && init.IsPositive(), init.IntPart()
	s.pool = [2]float64{p.percentile, demand.NormalQuantile(p.percentile)}
	s.limit = concurrencyLimit(configOf(w).ConcurrencyLimit)
	s.peak = model.NewPeakWindow(w.Traffic.PeakPercentile, 1) // its percentile; the window is not used
	s.throttled = !configOf(w).QuotaRaised
	return s
}

// counts is lambdaUsage's counts of the month at a billed duration of ms.
func (s *sweepMonth) counts(ms int64) pricing.LambdaCounts {
	c := s.base
	c.BilledMs = ms
	for _, k := range s.byLevel { // provisionedServed, hours alike together
		c.OnProvisioned += k.hours * min(k.requests, k.provisioned*model.MsPerHour/ms)
	}
	c.OnDemand = c.Requests - c.OnProvisioned
	if s.billInit {
		if total := s.coldStarts(ms); total > 0 {
			c.ColdStarts, c.InitMs = total, s.initMs
		}
	}
	if turned := s.throttledRequests(ms); turned > 0 && s.throttled {
		c.Throttled = min(turned, c.OnDemand)
	}
	return c
}

// coldStarts is EstimateColdStarts' Total at a billed duration of ms. The duration changes
// the estimate only through the warm pool each request count needs (warmPool); the month's
// hours, their provisioned environments and the chance of an idle recycle do not change.
// So months whose pools are the same have the same cold starts, and each set of pools is
// estimated once.
func (s *sweepMonth) coldStarts(ms int64) int64 {
	s.key = s.key[:0]
	for _, k := range s.byRequests {
		if k.requests > 0 {
			s.key = binary.AppendUvarint(s.key, uint64(warmPool(k.requests, float64(ms), s.pool[0], s.pool[1])))
		}
	}
	if total, ok := s.cold[string(s.key)]; ok {
		return total
	}
	total := coldStarts(s.w, s.series, s.classes, s.pc, decimal.NewFromInt(ms), true).Total
	s.cold[string(s.key)] = total
	return total
}

// throttledRequests is lambdaThrottling's Requests at a billed duration of ms: the hours
// of each request count together.
func (s *sweepMonth) throttledRequests(ms int64) int64 {
	turned := int64(0)
	for _, k := range s.byRequests {
		load := float64(k.requests) * float64(ms) / model.MsPerHour // a statistical estimate
		if demand.PoissonQuantile(load, s.peak.P, s.peak.Z) > s.limit {
			turned += k.hours * turnedAway(k.requests, load, s.limit)
		}
	}
	return turned
}
