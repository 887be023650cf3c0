package analysis

import (
	"math"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/demand"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// hybridScanUnits is the most baseline sizes tried one by one; above it the search narrows
// on the cost's valley (the overflow's cost falls ever more slowly as the baseline grows).
const hybridScanUnits = 128

// Hybrid is a baseline of tasks or instances running all month, with Lambda taking the
// requests above their capacity, hour by hour. A split leaves Lambda some requests: a
// baseline that takes every request is the platform alone, which Pure prices as the platform
// sizes itself. Its figures are the compute of the service's
// own requests on each side: what surrounds the function (front door, flow, logs, network,
// schedules, database) is left out of the hybrid and of the pure platforms it is compared
// with, as it differs little between them.
type Hybrid struct {
	// Baseline is the platform of the baseline (Fargate or EC2) and Units its size.
	Baseline model.Platform
	Units    int64
	// MinUnits is the fleet's floor (min_tasks or min_instances, which a baseline keeps too)
	// and PeakUnits the units the busiest hour needs: the baselines tried are none and
	// MinUnits to PeakUnits - 1 (none at all when MinUnits >= PeakUnits).
	MinUnits, PeakUnits int64
	// UnitSummary describes one unit, e.g. "0.5 vCPU / 1 GB arm64, 40 rps".
	UnitSummary string
	// PerUnitPerHour is the requests one unit takes in an hour: its requests a second at the
	// target utilisation x 3,600, rounded down.
	PerUnitPerHour int64
	// BaselineRequests and OverflowRequests split the month's requests; OverflowHours
	// counts the hours with overflow.
	BaselineRequests, OverflowRequests int64
	OverflowHours                      int64
	// BaselineCost is the units all month; OverflowCost Lambda's bill for the overflow.
	BaselineCost, OverflowCost, MonthlyCost decimal.Decimal
	// Pure is each platform's compute alone for the same requests (infeasible ones too).
	Pure []model.PlatformCost
	// Curve is the hybrid's cost at each baseline size tried, for charts.
	Curve []HybridPoint
}

// HybridPoint is the hybrid's monthly cost with one baseline size.
type HybridPoint struct {
	Units       int64
	MonthlyCost decimal.Decimal
}

// SavingOver is what the hybrid saves each month over platform p alone (negative: it costs
// more); false when p cannot run the workload.
func (h Hybrid) SavingOver(p model.Platform) (decimal.Decimal, bool) {
	for _, c := range h.Pure {
		if c.Platform == p && c.Feasible {
			return c.MonthlyCost.Sub(h.MonthlyCost), true
		}
	}
	return decimal.Zero, false
}

// CheapestOverall is the cheapest way to run the month's requests among the split and each
// platform alone: split true for the split (its cost, and Lambda as the platform when it has
// no baseline, since it is then Lambda alone), else the platform alone that costs less. A tie
// goes to the split.
func (h Hybrid) CheapestOverall() (best model.PlatformCost, split bool) {
	best, split = model.PlatformCost{Platform: h.Baseline, Feasible: true, MonthlyCost: h.MonthlyCost}, true
	if h.Units == 0 {
		best.Platform = model.PlatformLambda
	}
	for _, p := range h.Pure {
		if p.Feasible && p.MonthlyCost.LessThan(best.MonthlyCost) {
			best, split = p, false
		}
	}
	return best, split
}

// computeOnly is the workload without what surrounds the function.
func computeOnly(w model.Workload) model.Workload {
	w.Flow, w.Schedules, w.Database = nil, nil, nil
	w.FrontDoor, w.Logs, w.Network, w.Tracing, w.Retries = model.FrontDoor{}, model.Logs{}, model.Network{}, model.Tracing{}, model.Retries{}
	return w
}

// billsOf prices w alone in month through the engine's entry, its bills alone (opt's Only
// and Prepared as given).
func billsOf(w model.Workload, cat *pricing.Catalog, month model.Month, opt model.Options) model.WorkloadResult {
	opt.Month, opt.BillsOnly = month, true
	return model.Price([]model.Workload{w}, cat, opt).Workloads[0]
}

// sumRequests is the requests of every hour of series.
func sumRequests(series []int64) int64 {
	var n int64
	for _, r := range series {
		n += r
	}
	return n
}

// hybridSearch prices baselines of one platform with Lambda for the overflow.
type hybridSearch struct {
	w        model.Workload // resolved, compute only
	cat      *pricing.Catalog
	month    model.Month
	platform model.Platform
	owner    model.FleetOwner // the baseline's platform, whose fleet it moves
	series   []int64
	shape    *demand.HourWeights
	perUnit  int64
	minUnits int64           // the fleet's floor: a baseline has none or at least this many
	unitCost decimal.Decimal // one unit all month
	costs    map[int64]decimal.Decimal
	lambda   map[int64]decimal.Decimal // overflow's Lambda bill by units
	feasible bool
}

// PlanHybrid finds, for a Fargate baseline and an EC2 baseline, the number of units that
// minimises the month's compute with Lambda taking each hour's requests above the baseline's
// capacity, and returns the cheaper of the two; nil when the workload has no service, Lambda
// cannot run it, or no baseline can be priced. w is as loaded.
func PlanHybrid(w model.Workload, cat *pricing.Catalog, month model.Month) *Hybrid {
	if w.SchedulesOnly {
		return nil
	}
	w = computeOnly(w)
	pure := billsOf(w, cat, month, model.Options{})
	if !pure.Estimate(model.PlatformLambda).Feasible || len(pure.Requests) == 0 {
		return nil
	}
	sw, err := w.Traffic.Shape.SpreadOver(month)
	if err != nil {
		return nil
	}
	pureCosts := make([]model.PlatformCost, len(pure.Estimates))
	for i, e := range pure.Estimates {
		pureCosts[i] = model.PlatformCost{Platform: e.Platform, Feasible: e.Feasible, MonthlyCost: e.MonthlyCost}
	}
	var best *Hybrid
	for _, p := range model.Platforms { // each that runs a fleet (model.FleetOwner): Fargate, EC2
		s := newHybridSearch(pure, p, sw, cat, month)
		if !s.feasible {
			continue
		}
		h := s.best()
		h.Pure = pureCosts
		if best == nil || h.MonthlyCost.LessThan(best.MonthlyCost) {
			best = &h
		}
	}
	return best
}

func newHybridSearch(pure model.WorkloadResult, p model.Platform, sw *demand.HourWeights, cat *pricing.Catalog, month model.Month) *hybridSearch {
	w := pure.Workload
	s := &hybridSearch{w: w, cat: cat, month: month, platform: p, series: pure.Requests, shape: sw,
		costs: map[int64]decimal.Decimal{}, lambda: map[int64]decimal.Decimal{}}
	owner, ok := model.PlatformAs[model.FleetOwner](p)
	if !ok {
		return s
	}
	s.owner = owner
	fleet := owner.FleetOf(w)
	s.minUnits = max(fleet.Min, 1)
	util := fleet.TargetUtilizationPercent
	if util == 0 {
		util = model.DefaultTargetUtilizationPercent
	}
	// requests an hour = rps x utilisation% x 3,600, rounded down to whole requests; a
	// burstable type sized by its baseline serves what the baseline sustains
	rps := owner.SizingThroughput(w, cat)
	s.perUnit = rps.Mul(decimal.NewFromInt(util * model.SecondsPerHour)).Shift(-2).IntPart()
	e := pure.Estimate(p)
	if !e.Feasible || s.perUnit <= 0 {
		return s
	}
	one := w
	// one unit all month: a fixed fleet of one that never needs a second
	one.Traffic = model.Traffic{RequestsPerMonth: 0}
	one = owner.WithFleet(one, model.Fleet{RequestsPerSecondPerUnit: fleet.RequestsPerSecondPerUnit, Min: 1, Scaling: model.Fixed})
	u := billsOf(one, cat, month, model.Options{Only: model.SetOf(p)}).Estimate(p)
	if !u.Feasible {
		return s
	}
	s.unitCost, s.feasible = u.MonthlyCost, true
	return s
}

// overflow is each hour's requests above units' capacity.
func (s *hybridSearch) overflow(units int64) []int64 {
	out := make([]int64, len(s.series))
	for h, r := range s.series {
		out[h] = max(r-units*s.perUnit, 0)
	}
	return out
}

// cost is the hybrid's monthly compute with units in the baseline: the units all month (task-
// and instance-hours carry no tiers, so units cost units x one) and Lambda's bill for the
// overflow, priced as the workload with that traffic hour by hour.
func (s *hybridSearch) cost(units int64) decimal.Decimal {
	if c, ok := s.costs[units]; ok {
		return c
	}
	over := s.overflow(units)
	total := sumRequests(over)
	lambda := decimal.Zero
	if total > 0 {
		w := s.w
		w.Traffic.PerSecond, w.Traffic.RequestsPerMonth = false, total
		// the overflow series as weights: distributing its own total returns it exactly
		shape := model.PreparedSpread(s.shape.Reweighted(over))
		lambda = billsOf(w, s.cat, s.month, model.Options{Prepared: shape, Only: model.SetOf(model.PlatformLambda)}).Estimate(model.PlatformLambda).MonthlyCost
	}
	s.lambda[units] = lambda
	c := s.unitCost.Mul(decimal.NewFromInt(units)).Add(lambda)
	s.costs[units] = c
	return c
}

// best tries no baseline and every baseline that leaves Lambda some requests, from the
// fleet's floor (min_tasks or min_instances: the units the file keeps for availability,
// which a baseline keeps too) to one below the busiest hour's need, when that spans at most
// hybridScanUnits; otherwise it narrows on the valley of the cost by golden-section search
// over whole units, then tries the units around the valley one by one.
func (s *hybridSearch) best() Hybrid {
	peak := int64(0)
	for _, r := range s.series {
		peak = max(peak, model.CeilDiv(r, s.perUnit))
	}
	top := peak - 1 // the most units that leave Lambda some requests
	tried := []int64{0}
	switch {
	case top >= s.minUnits && top-s.minUnits <= hybridScanUnits:
		for n := s.minUnits; n <= top; n++ {
			tried = append(tried, n)
		}
	case top >= s.minUnits:
		tried = s.valley(top)
	}
	bestN := tried[0]
	for _, n := range tried {
		if s.cost(n).LessThan(s.cost(bestN)) {
			bestN = n
		}
	}
	h := s.result(bestN, tried)
	h.MinUnits, h.PeakUnits = s.minUnits, peak
	return h
}

// valley narrows [minUnits, top] to the lowest cost's neighbourhood by golden-section search
// (the cost falls, then rises, as the baseline grows), and returns the units tried there,
// with no baseline, the floor and the top.
func (s *hybridSearch) valley(top int64) []int64 {
	lo, hi := s.minUnits, top
	ratio := (math.Sqrt(5) - 1) / 2 // geometry of the search, not an amount
	for hi-lo > 8 {
		a := hi - int64(math.Round(float64(hi-lo)*ratio))
		b := lo + int64(math.Round(float64(hi-lo)*ratio))
		if a >= b {
			b = a + 1
		}
		if s.cost(a).LessThan(s.cost(b)) {
			hi = b
		} else {
			lo = a
		}
	}
	tried := []int64{0, s.minUnits}
	for n := lo; n <= hi; n++ {
		if n > s.minUnits && n < top {
			tried = append(tried, n)
		}
	}
	return append(tried, top)
}

// result describes the hybrid with units in the baseline, with the cost of each size tried.
func (s *hybridSearch) result(units int64, tried []int64) Hybrid {
	over := s.overflow(units)
	h := Hybrid{Baseline: s.platform, Units: units, PerUnitPerHour: s.perUnit,
		BaselineCost: s.unitCost.Mul(decimal.NewFromInt(units)), OverflowCost: s.lambda[units], MonthlyCost: s.cost(units)}
	h.UnitSummary = s.unitSummary()
	for hr, o := range over {
		h.OverflowRequests += o
		h.BaselineRequests += s.series[hr] - o
		if o > 0 {
			h.OverflowHours++
		}
	}
	for _, n := range tried {
		h.Curve = append(h.Curve, HybridPoint{Units: n, MonthlyCost: s.cost(n)})
	}
	return h
}

func (s *hybridSearch) unitSummary() string {
	return s.owner.UnitSummary(s.w)
}
