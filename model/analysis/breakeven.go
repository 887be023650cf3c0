package analysis

import (
	"math"
	"sort"
	"sync"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// Variable is the input a break-even moves while the rest of the workload is held.
type Variable string

// The inputs break-evens move.
const (
	// VaryTraffic moves the month's requests, keeping the traffic's shape.
	VaryTraffic Variable = "traffic"
	// VaryDuration moves function.duration_ms, in whole milliseconds (Lambda bills whole ms).
	VaryDuration Variable = "duration_ms"
	// VaryMemory moves function.memory_mb, in whole MB, holding the duration.
	VaryMemory Variable = "memory_mb"
)

// The ranges break-evens search and how densely they are scanned (the scan gives the cost
// curve its points; crossings are found exactly between them whatever the density). Traffic
// runs from a thousand requests a month to a hundred billion (about 38,000 a second);
// duration up to Lambda's 15-minute limit; memory over Lambda's sizes.
const (
	trafficFrom  = 1000
	trafficTo    = 100000000000
	durationFrom = 1
	durationTo   = pricing.LambdaMaxDurationMs
	memoryFrom   = pricing.LambdaMinMemoryMB
	memoryTo     = pricing.LambdaMaxMemoryMB
	// trafficPerDecade gives the cost curve two points a decade; duration and memory, whose
	// points draw nothing, are scanned at one.
	trafficPerDecade = 2
	otherPerDecade   = 1
	// rpsPlaces: an average rate is shown to three decimal places, truncated.
	rpsPlaces = 3
)

// BreakEven is where two platforms cost the same as one input moves, the rest held. Costs
// of containers and instances rise in steps (whole tasks and instances), so the platforms may
// cross several times where a step lifts one above the other again: every crossing found is
// listed, each exact to one unit of the input (a request a month, a millisecond, a megabyte).
type BreakEven struct {
	Variable Variable
	A, B     model.Platform
	// Base is the workload's own value of the input; From and To bound the range searched.
	Base, From, To decimal.Decimal
	// Crossings are where the cheaper of A and B changes, in rising order of the input.
	Crossings []Crossing
	// CheaperAtFrom and CheaperAtTo name the cheaper at each end of the range ("" when
	// neither can run there; when only one can, that one).
	CheaperAtFrom, CheaperAtTo model.Platform
	// Infeasible says where A or B cannot run within the range, if anywhere.
	Infeasible []string
	// Stopped, when not empty, says the search ran out of its prices (maxProbes) before it
	// had looked everywhere: crossings may be missing.
	Stopped string
}

// Crossing is one change of the cheaper of two platforms: at At, Above costs no more than
// Below; at At minus one unit, Below was strictly cheaper.
type Crossing struct {
	At decimal.Decimal
	// PerSecond is At as the month's average requests a second (traffic only).
	PerSecond    decimal.Decimal
	Below, Above model.Platform
	// BelowCost and AboveCost are their monthly costs at At.
	BelowCost, AboveCost decimal.Decimal
}

// Interval is the range of the input over which the two platforms trade places: from the
// first crossing to the last. A single crossing is an interval of one point.
func (b BreakEven) Interval() (from, to decimal.Decimal, ok bool) {
	if len(b.Crossings) == 0 {
		return decimal.Zero, decimal.Zero, false
	}
	return b.Crossings[0].At, b.Crossings[len(b.Crossings)-1].At, true
}

// CurvePoint is each platform's monthly cost at one traffic level, for charts.
type CurvePoint struct {
	RequestsPerMonth int64
	PerSecond        decimal.Decimal
	// Costs are in Platforms order; an infeasible platform is not Feasible.
	Costs []model.PlatformCost
}

// cost is one platform's cost at one value of the input, with what is left of it less what
// its bill has alike with the others', for the search's bound: own less what every
// platform's has, ownContainer less what the platforms behind the containers' front door
// have with each other (model.SharedCost). carriesShared says the bill has the part every
// platform has alike in it (another provider's leaves the AWS services out: none).
type cost struct {
	model.PlatformCost
	own, ownContainer decimal.Decimal
	behindContainers  bool
	// surrounded says the bill carries the services around the function (own is less
	// their shared part); another provider's does not, and its own is its whole bill.
	surrounded bool
}

// platformCosts are every platform's costs at one value of the input, in Platforms order.
type platformCosts []cost

// costsOf reads every platform's cost from a priced variant.
func costsOf(r model.WorkloadResult) platformCosts {
	c := make(platformCosts, len(model.Platforms))
	for i, p := range model.Platforms {
		e := r.Estimate(p)
		shared := e.Shared()
		c[i] = cost{PlatformCost: model.PlatformCost{Platform: p, Feasible: e.Feasible, MonthlyCost: e.MonthlyCost},
			own: e.MonthlyCost.Sub(shared.Every), ownContainer: e.MonthlyCost.Sub(shared.Containers),
			behindContainers: shared.BehindContainers, surrounded: shared.Surrounded}
	}
	return c
}

// costsAt are the platforms' costs alone, for the cost curve.
func (c platformCosts) costsAt() []model.PlatformCost {
	out := make([]model.PlatformCost, len(c))
	for k := range c {
		out[k] = c[k].PlatformCost
	}
	return out
}

// breakEvenSearch prices one workload as one input moves. The scanned values are priced on
// several goroutines, and the pairs searched side by side, sharing a budget of values
// (budget; see pairs) so that what each finds, and where it stops, is the same at every run
// whatever the goroutines do.
type breakEvenSearch struct {
	w     model.Workload
	v     Variable
	cat   *pricing.Catalog
	month model.Month
	mu    sync.Mutex
	cache map[int64]*probe
	// workers is how many goroutines price the scanned values.
	workers int
	// budget is the most values the pairs together may ask for beyond the scanned ones
	// (maxProbes); a pair that reaches its share says so (BreakEven.Stopped).
	budget int
	// opt prices each variant: the bills only, with the part every platform has alike, and
	// what the variants have alike worked out once.
	opt model.Options
	// limits are where each platform stops running, found exactly (limitStarts), in
	// Platforms order.
	limits []limitStart
}

// maxProbes bounds the values the search of one input prices beyond the scanned ones,
// whatever the workload, so that a compare is bounded: fleets whose bills rise in near-equal
// steps can trade places thousands of times, each crossing narrowed to one unit, and two
// bills that rise almost alike (Lambda's and Cloud Run's per request) can be proved apart
// only over stretches a few percent wide. The pairs share it fairly (pairs), so that one
// such pair does not leave the others unsearched. Of the built-in examples' pairs, a few
// need more (Lambda vs Cloud Run on chat-backend 9,535 values for 4 crossings, Fargate vs
// Workers on etl-step 4,377 for 217) and say they stopped; the rest take at most a few
// hundred.
const maxProbes = 3000

// probe is what the search knows at one value of the input: the costs of the platforms
// priced there so far. A platform's cost is written once, under the search's lock, before its
// bit is set in priced: a reader holding costs after the lock reads only platforms priced by
// then, so costs is shared without a copy.
type probe struct {
	costs  platformCosts
	priced model.PlatformSet
}

// at prices the workload with the input at x on every platform.
func (s *breakEvenSearch) at(x int64) platformCosts { return s.on(x, model.AllPlatforms()) }

// pairAt prices the workload with the input at x on platforms i and j.
func (s *breakEvenSearch) pairAt(i, j int, x int64) platformCosts {
	return s.on(x, model.PlatformSet(0).With(i).With(j))
}

// on prices the workload with the input at x on the platforms of need, each value and
// platform priced once (unless two goroutines ask for it at the same moment: pricing is
// pure, so they find the same).
func (s *breakEvenSearch) on(x int64, need model.PlatformSet) platformCosts {
	s.mu.Lock()
	p, ok := s.cache[x]
	if !ok {
		p = &probe{costs: make(platformCosts, len(model.Platforms))}
		s.cache[x] = p
	}
	c, missing := p.costs, need&^p.priced
	s.mu.Unlock()
	if missing == 0 {
		return c
	}
	opt := s.opt
	opt.Only = missing
	priced := costsOf(model.Price([]model.Workload{s.vary(x)}, s.cat, opt).Workloads[0])
	s.mu.Lock()
	for k := range model.Platforms {
		// written once: another goroutine may have priced it meanwhile, and be reading it
		if missing.Has(k) && !p.priced.Has(k) {
			p.costs[k] = priced[k]
		}
	}
	p.priced |= missing
	c = p.costs
	s.mu.Unlock()
	return c
}

// vary is the workload with the input set to x.
func (s *breakEvenSearch) vary(x int64) model.Workload {
	w := s.w
	switch s.v {
	case VaryTraffic:
		w.Traffic.PerSecond = false
		w.Traffic.RequestsPerMonth = x
	case VaryDuration:
		w.Function.DurationMs = decimal.NewFromInt(x)
	case VaryMemory:
		w.Function.MemoryMB = x
	}
	return w
}

// breakEvens finds where every pair of platforms crosses as traffic, duration and memory
// move, each with the rest of the workload held, and the cost curve over traffic, pricing the
// scanned values on workers goroutines. w is the workload as loaded (defaults unresolved), so
// each variant re-chooses what the file left out.
func breakEvens(w model.Workload, cat *pricing.Catalog, month model.Month, workers int) ([]BreakEven, []CurvePoint) {
	if w.SchedulesOnly {
		return nil, nil
	}
	// The three inputs' searches are independent: run them side by side, and join their
	// results in order.
	variables := []Variable{VaryTraffic, VaryDuration, VaryMemory}
	evens := make([][]BreakEven, len(variables))
	var curve []CurvePoint
	var wg sync.WaitGroup
	for k, v := range variables {
		search := func() {
			var points []CurvePoint
			evens[k], points = breakEvensOf(w, v, cat, month, workers)
			if v == VaryTraffic {
				curve = points
			}
		}
		if workers > 1 {
			wg.Go(search)
		} else {
			search()
		}
	}
	wg.Wait()
	var out []BreakEven
	for _, e := range evens {
		out = append(out, e...)
	}
	return out, curve
}

// breakEvensOf finds where every pair of platforms crosses as v moves, and each platform's
// cost at the values scanned.
func breakEvensOf(w model.Workload, v Variable, cat *pricing.Catalog, month model.Month, workers int) ([]BreakEven, []CurvePoint) {
	s := &breakEvenSearch{w: w, v: v, cat: cat, month: month, cache: map[int64]*probe{}, workers: max(workers, 1), budget: maxProbes,
		opt: model.Options{Month: month, BillsOnly: true, Shared: true}}
	// the shape and the flow move with none of the inputs: work them out once; the defaults
	// follow the function and the sizes, not the traffic
	s.w, s.opt.Prepared = model.Prepare(w, cat, month, v == VaryTraffic)
	base, from, to := s.bounds()
	perDecade := otherPerDecade
	if v == VaryTraffic {
		perDecade = trafficPerDecade
	}
	points := scanPoints(from, to, base, perDecade)
	s.priceEvery(points)
	s.limits = s.limitStarts(points)
	out := s.pairs(points, base)
	curve := make([]CurvePoint, 0, len(points))
	for _, x := range points {
		c := s.at(x)
		curve = append(curve, CurvePoint{RequestsPerMonth: x, PerSecond: s.perSecond(x), Costs: c.costsAt()})
	}
	return out, curve
}

// priceEvery prices the workload at every one of values on every platform, on the search's
// workers.
func (s *breakEvenSearch) priceEvery(values []int64) {
	next := make(chan int64)
	var wg sync.WaitGroup
	for range min(s.workers, len(values)) {
		wg.Go(func() {
			for x := range next {
				s.at(x)
			}
		})
	}
	for _, x := range values {
		next <- x
	}
	close(next)
	wg.Wait()
}

// bounds are the workload's own value of the input and the range searched.
func (s *breakEvenSearch) bounds() (base, from, to int64) {
	switch s.v {
	case VaryTraffic:
		return s.w.Traffic.MonthlyRequests(s.month.Hours), trafficFrom, trafficTo
	case VaryDuration:
		return pricing.LambdaBilledMs(s.w.Function.DurationMs).IntPart(), durationFrom, durationTo
	default:
		return s.w.Function.MemoryMB, memoryFrom, memoryTo
	}
}

// perSecond is x requests a month as an average rate, truncated to 0.001.
func (s *breakEvenSearch) perSecond(x int64) decimal.Decimal {
	if s.v != VaryTraffic {
		return decimal.Zero
	}
	return decimal.NewFromInt(x).DivRound(decimal.NewFromInt(s.month.Hours*secondsPerHour), ratePlaces).Truncate(rpsPlaces)
}

// scanPoints are log-spaced whole values, perDecade to a decade, from from to to, with base
// among them when it is in range. Where they fall is chart geometry (floats); each crossing
// between two of them is then solved exactly on whole values.
func scanPoints(from, to, base int64, perDecade int) []int64 {
	set := map[int64]bool{from: true, to: true}
	if base > from && base < to {
		set[base] = true
	}
	// Floats place the points on the log axis only (chart geometry); each point is a whole
	// value priced exactly, and no amount is computed in floats.
	lo, hi := math.Log10(float64(from)), math.Log10(float64(to))
	steps := int(math.Ceil((hi - lo) * float64(perDecade)))
	for i := 1; i < steps; i++ {
		set[int64(math.Round(math.Pow(10, lo+(hi-lo)*float64(i)/float64(steps))))] = true
	}
	points := make([]int64, 0, len(set))
	for x := range set {
		points = append(points, x)
	}
	sort.Slice(points, func(i, j int) bool { return points[i] < points[j] })
	return points
}
