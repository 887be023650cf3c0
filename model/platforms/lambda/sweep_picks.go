package lambda

import (
	"math/bits"
	"sync"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// keyedPicks are picks' choices for each architecture swept and over all of them (in the
// order swept), among the candidates of at least minMB, made on the rows' keys instead of
// their decimals: every cost in units of one 10^exp dollars, every duration in millionths of
// a millisecond, both exact, so that each comparison is of integers and the balanced values,
// weight x maxDuration x cost + (1 - weight) x maxCost x duration, are exact in 256 bits.
// ok is false when a figure does not fit (a negative cost, a weight of too many places, a
// product beyond 256 bits): picks decides then. TestSweepMatchesBruteForce holds them equal
// to picks on the decimals.
func keyedPicks(swept []archSweep, minMB int64, weight decimal.Decimal) (perArch [][]model.SweepPick, all []model.SweepPick, ok bool) {
	set := sweepSet(swept)
	stats := make([]pickStats, len(swept))
	total := pickStats{cost: noRow, speed: noRow}
	for g := range swept {
		if stats[g], ok = set.stats(g, minMB); !ok {
			return nil, nil, false
		}
		total = set.merge(total, stats[g])
	}
	perArch = make([][]model.SweepPick, len(swept))
	if total.cost == noRow {
		return perArch, nil, true
	}
	overall, ok := weightsOf(weight, total)
	if !ok {
		return nil, nil, false
	}
	// Each architecture's balanced picks, by its own weights and the overall ones, on a
	// goroutine of its own.
	best := make([][2]balancedAt, len(swept))
	fits := make([]bool, len(swept))
	var wg sync.WaitGroup
	for g, st := range stats {
		if st.cost == noRow {
			fits[g] = true
			continue
		}
		own, ok := weightsOf(weight, st)
		if !ok {
			return nil, nil, false
		}
		wg.Go(func() { best[g], fits[g] = set.balanced(g, minMB, [2]balanceWeights{own, overall}) })
	}
	wg.Wait()
	balanced := balancedAt{at: noRow}
	for g, st := range stats {
		if !fits[g] {
			return nil, nil, false
		}
		if st.cost == noRow {
			continue
		}
		perArch[g] = set.picks(st.cost, st.speed, best[g][0].at)
		if balanced.at == noRow || set.balancedBefore(best[g][1], balanced) {
			balanced = best[g][1]
		}
	}
	return perArch, set.picks(total.cost, total.speed, balanced.at), true
}

// sweepSet is the architectures swept, in order.
type sweepSet []archSweep

// rowAt is row i of architecture g.
type rowAt struct{ g, i int }

var noRow = rowAt{-1, -1}

func (s sweepSet) key(p rowAt) sweepKey { return s[p.g].keys[p.i] }

// picks are the cost, speed and balanced picks at the rows given.
func (s sweepSet) picks(cost, speed, balanced rowAt) []model.SweepPick {
	row := func(p rowAt) model.SweepRow { return s[p.g].rows[p.i] }
	return []model.SweepPick{{Strategy: model.StrategyCost, Row: row(cost)}, {Strategy: model.StrategySpeed, Row: row(speed)}, {Strategy: model.StrategyBalanced, Row: row(balanced)}}
}

// cheaper says a comes before b for the cost strategy: cheaper, or as cheap and faster.
func cheaper(a, b sweepKey) bool {
	c := a.cost.Cmp(b.cost)
	return c < 0 || c == 0 && a.micros.Cmp(b.micros) < 0
}

// faster says a comes before b for the speed strategy (and at an equal balanced value):
// faster, or as fast and cheaper.
func faster(a, b sweepKey) bool {
	c := a.micros.Cmp(b.micros)
	return c < 0 || c == 0 && a.cost.Cmp(b.cost) < 0
}

// pickStats is what one pass over candidates finds: the cost and speed picks (the first
// listed of equals) and the largest cost and duration.
type pickStats struct {
	cost, speed        rowAt
	maxCost, maxMicros pricing.Fixed
}

// stats passes over the candidates of architecture g; ok is false if a key is not exact
// or is negative.
func (s sweepSet) stats(g int, minMB int64) (pickStats, bool) {
	st := pickStats{cost: noRow, speed: noRow}
	a := s[g]
	for i, r := range a.rows {
		if !r.Feasible || r.MemoryMB < minMB {
			continue
		}
		k := a.keys[i]
		if !k.cost.Valid() || !k.micros.Valid() || k.cost.Sign() < 0 || k.micros.Sign() < 0 {
			return st, false
		}
		p := rowAt{g, i}
		if st.cost == noRow {
			st = pickStats{p, p, k.cost, k.micros}
			continue
		}
		if k.cost.Cmp(st.maxCost) > 0 {
			st.maxCost = k.cost
		}
		if k.micros.Cmp(st.maxMicros) > 0 {
			st.maxMicros = k.micros
		}
		if cheaper(k, a.keys[st.cost.i]) {
			st.cost = p
		}
		if faster(k, a.keys[st.speed.i]) {
			st.speed = p
		}
	}
	return st, true
}

// merge is the stats of the candidates of t and then those of u.
func (s sweepSet) merge(t, u pickStats) pickStats {
	switch {
	case u.cost == noRow:
		return t
	case t.cost == noRow:
		return u
	}
	if u.maxCost.Cmp(t.maxCost) > 0 {
		t.maxCost = u.maxCost
	}
	if u.maxMicros.Cmp(t.maxMicros) > 0 {
		t.maxMicros = u.maxMicros
	}
	if cheaper(s.key(u.cost), s.key(t.cost)) {
		t.cost = u.cost
	}
	if faster(s.key(u.speed), s.key(t.speed)) {
		t.speed = u.speed
	}
	return t
}

// balanceWeights are balancedWeights' factors of cost and duration in units: a row's value
// is cost x cost units + duration x duration units.
type balanceWeights struct{ cost, duration uint128 }

// weightsOf are the factors for the candidates of st: with weight w = n x 10^-places,
// n x maxDuration for the cost and (10^places - n) x maxCost for the duration, or, every
// cost being zero, none for the cost and (10^places - n) for the duration (balancedWeights
// multiplied through by 10^places and the units).
func weightsOf(weight decimal.Decimal, st pickStats) (balanceWeights, bool) {
	places := max(-weight.Exponent(), 0)
	w := pricing.FixedOf(weight, -places)
	rest := pricing.FixedInt(1).Scaled(places).Sub(w)
	costWeight, durationWeight := w.Mul(st.maxMicros), rest.Mul(st.maxCost)
	if st.maxCost.IsZero() {
		costWeight, durationWeight = pricing.FixedInt(0), rest
	}
	c, cOK := uint128Of(costWeight)
	d, dOK := uint128Of(durationWeight)
	return balanceWeights{c, d}, cOK && dOK
}

// balancedAt is a candidate with its balanced value.
type balancedAt struct {
	at    rowAt
	value u256
}

// balancedBefore says a comes before b for the balanced strategy: a lesser value, or an
// equal one and faster, or as fast and cheaper.
func (s sweepSet) balancedBefore(a, b balancedAt) bool {
	c := a.value.cmp(b.value)
	return c < 0 || c == 0 && faster(s.key(a.at), s.key(b.at))
}

// balanced is the balanced pick of architecture g's candidates under each of two sets of
// weights; ok is false if a value overflows 256 bits. Of candidates with one duration, the
// first of the cheapest comes before the others whatever the weights (its value is not
// greater; at an equal value it is as fast and cheaper, or as cheap and listed first): so of
// each run of candidates with one duration (the sizes beyond the CPU the code can use, say)
// only that one is valued.
func (s sweepSet) balanced(g int, minMB int64, weights [2]balanceWeights) ([2]balancedAt, bool) {
	best := [2]balancedAt{{at: noRow}, {at: noRow}}
	a := s[g]
	value := func(i int) bool {
		cost, _ := uint128Of(a.keys[i].cost) // exact and not negative: see stats
		micros, _ := uint128Of(a.keys[i].micros)
		for j, w := range weights {
			v, over := w.cost.times(cost).plus(w.duration.times(micros))
			if over {
				return false
			}
			b := balancedAt{rowAt{g, i}, v}
			if best[j].at == noRow || s.balancedBefore(b, best[j]) {
				best[j] = b
			}
		}
		return true
	}
	run := -1 // the cheapest candidate of the current run
	for i, r := range a.rows {
		if !r.Feasible || r.MemoryMB < minMB {
			continue
		}
		k := a.keys[i]
		if run >= 0 && k.micros.Cmp(a.keys[run].micros) == 0 {
			if k.cost.Cmp(a.keys[run].cost) < 0 {
				run = i
			}
			continue
		}
		if run >= 0 && !value(run) {
			return best, false
		}
		run = i
	}
	if run >= 0 && !value(run) {
		return best, false
	}
	return best, true
}

// uint128 is a non-negative integer below 2^128: hi x 2^64 + lo.
type uint128 struct{ hi, lo uint64 }

func uint128Of(f pricing.Fixed) (uint128, bool) {
	hi, lo, ok := f.Uint128()
	return uint128{hi, lo}, ok
}

// words are x's 64-bit words from the lowest, without the high one when it is zero.
func (x uint128) words() []uint64 {
	if x.hi == 0 {
		return []uint64{x.lo}
	}
	return []uint64{x.lo, x.hi}
}

// u256 is a non-negative integer below 2^256, its 64-bit words from the lowest.
type u256 [4]uint64

// times is the exact 256-bit product of x and y (the words that are zero skipped: a weight
// or a duration is usually below 2^64).
func (x uint128) times(y uint128) u256 {
	var r u256
	xs, ys := x.words(), y.words()
	for i, a := range xs {
		var carry uint64
		for j, b := range ys {
			hi, lo := bits.Mul64(a, b)
			var c1, c2 uint64
			r[i+j], c1 = bits.Add64(r[i+j], lo, 0)
			r[i+j], c2 = bits.Add64(r[i+j], carry, 0)
			carry = hi + c1 + c2 // a x b + r + carry is below 2^128: no overflow
		}
		r[i+len(ys)] = carry
	}
	return r
}

// plus is x + y, and whether it overflowed 256 bits.
func (x u256) plus(y u256) (u256, bool) {
	var carry uint64
	for i := range x {
		x[i], carry = bits.Add64(x[i], y[i], carry)
	}
	return x, carry != 0
}

// cmp is -1, 0 or 1 as x is less than, equal to or greater than y.
func (x u256) cmp(y u256) int {
	for i := len(x) - 1; i >= 0; i-- {
		switch {
		case x[i] < y[i]:
			return -1
		case x[i] > y[i]:
			return 1
		}
	}
	return 0
}
