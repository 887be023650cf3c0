package analysis

import (
	"fmt"
	"math"
	"sync"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/model"
	"github.com/shopspring/decimal"
)

// pairSearch is the search of one pair of platforms, i and j, over the scanned values.
type pairSearch struct {
	s    *breakEvenSearch
	i, j int
	// asked holds the values this pair asked for beyond the scanned ones (scanned, read
	// only), which count against the pair's limit whoever priced them first.
	asked, scanned map[int64]bool
	// limit is the most values the pair may ask for; stopped says it reached it.
	limit   int
	stopped bool
	// place is where the pair's result goes among all the pairs'.
	place int
}

// pairs finds where every pair of platforms crosses over the scanned points, sharing the
// search's budget of values fairly: each pair is first searched within an equal share; the
// share of those that finish with values to spare is then split equally among those that
// stopped, which are searched again (from what is priced already) within their larger
// limits, until every pair finishes or the budget is spent. A pair's search depends only on
// its own limit, and the limits only on what each pair needed, so what is found, and where
// a pair stops, is the same at every run whether the pairs are searched side by side or one
// after another.
func (s *breakEvenSearch) pairs(points []int64, base int64) []BreakEven {
	n := len(model.Platforms)
	scanned := map[int64]bool{}
	for _, x := range points {
		scanned[x] = true
	}
	var searches []*pairSearch
	for i := range n {
		for j := i + 1; j < n; j++ {
			searches = append(searches, &pairSearch{s: s, i: i, j: j, scanned: scanned, place: len(searches)})
		}
	}
	out := make([]BreakEven, len(searches))
	share := s.budget / len(searches)
	for k := range searches {
		searches[k].limit = share
	}
	todo := searches
	for len(todo) > 0 {
		s.searchPairs(todo, out, points, base)
		var stopped []*pairSearch
		spent := 0
		for _, p := range searches {
			spent += len(p.asked)
			if p.stopped {
				stopped = append(stopped, p)
			}
		}
		more := 0
		if len(stopped) > 0 {
			more = (s.budget - spent) / len(stopped)
		}
		if more == 0 {
			break
		}
		for _, p := range stopped {
			p.limit += more
		}
		todo = stopped
	}
	return out
}

// searchPairs searches the pairs todo afresh within their limits, writing each one's result
// at its place in out: with several workers side by side, else one after another.
func (s *breakEvenSearch) searchPairs(todo []*pairSearch, out []BreakEven, points []int64, base int64) {
	search := func(p *pairSearch) {
		p.asked, p.stopped = map[int64]bool{}, false
		out[p.place] = p.run(points, base)
	}
	if s.workers <= 1 {
		for _, p := range todo {
			search(p)
		}
		return
	}
	var wg sync.WaitGroup
	for _, p := range todo {
		wg.Go(func() { search(p) })
	}
	wg.Wait()
}

// run finds where the pair crosses over the scanned points: each change of the cheaper
// between two neighbouring points is narrowed to one unit.
func (p *pairSearch) run(points []int64, base int64) BreakEven {
	s := p.s
	b := BreakEven{Variable: s.v, A: model.Platforms[p.i], B: model.Platforms[p.j],
		Base: decimal.NewFromInt(base), From: decimal.NewFromInt(points[0]), To: decimal.NewFromInt(points[len(points)-1])}
	b.CheaperAtFrom = p.cheaper(points[0])
	b.CheaperAtTo = p.cheaper(points[len(points)-1])
	b.Infeasible = p.infeasible(points)
	for k := 0; k+1 < len(points); k++ {
		p.explore(points[k], points[k+1], &b)
	}
	if p.stopped {
		b.Stopped = fmt.Sprintf("the search stopped after pricing %s values of %s for this pair: crossings it did not reach may be missing", humanize.Count(int64(p.limit)), s.v)
	}
	return b
}

// costs are the pair's costs at x (every platform's slot, those of i and j priced).
func (p *pairSearch) costs(x int64) platformCosts {
	if !p.scanned[x] {
		p.asked[x] = true
	}
	return p.s.pairAt(p.i, p.j, x)
}

// full says the pair has asked for its limit of values; from then on it refines nothing.
func (p *pairSearch) full() bool {
	if len(p.asked) >= p.limit {
		p.stopped = true
		return true
	}
	return false
}

// side says which of the pair is cheaper at x: -1 i, +1 j (no dearer), 0 when either cannot
// run.
func (p *pairSearch) side(x int64) int {
	c := p.costs(x)
	if !c[p.i].Feasible || !c[p.j].Feasible {
		return 0
	}
	if c[p.i].MonthlyCost.LessThan(c[p.j].MonthlyCost) {
		return -1
	}
	return 1
}

// explore finds every change of the cheaper of the pair between lo and hi, in rising order.
// A change between two values is narrowed to one unit; where the same platform is cheaper at
// both ends, the stretch is split until a bound proves it has no change: both bills never
// fall as the input rises, so if the dearer platform's bill at lo already exceeds the
// cheaper one's at hi, they cannot meet in between. (The cold-start estimate's INIT is the
// one line that can dip as traffic rises, by fractions of a cent.) A stretch where either
// platform cannot run is left out (BreakEven.Infeasible says where).
func (p *pairSearch) explore(lo, hi int64, b *BreakEven) {
	sl, sh := p.side(lo), p.side(hi)
	switch {
	case sl == 0 || sh == 0:
		return
	case hi-lo > 1 && p.full():
		return
	case sl != sh && hi-lo == 1:
		p.record(hi, sl, b)
	case sl != sh:
		trail := p.narrow(lo, hi)
		for k := 0; k+1 < len(trail); k++ {
			p.explore(trail[k], trail[k+1], b)
		}
	case hi-lo > 1 && !p.apart(lo, hi, sl) && !p.level(lo, hi):
		mid := lo + (hi-lo)/2
		p.explore(lo, mid, b)
		p.explore(mid, hi, b)
	}
}

// apart says the pair cannot trade places between lo and hi, where the same one (side sl) is
// cheaper at both ends: the dearer one's bill at lo is above the cheaper one's at hi
// (strictly, when j must become no dearer; or at least, when i must become cheaper). The
// bills are compared less what both have alike (the flow's services, an RDS Proxy): the
// difference of the two is the difference of what is left, each part of which only rises
// with the input, and the shared part, often the bulk of both, no longer hides it. Only bills
// that both carry the shared part are compared so: another provider's bill leaves the AWS
// services out, and taking them off the other bill alone would prove stretches apart that
// are not.
func (p *pairSearch) apart(lo, hi int64, sl int) bool {
	a, z := p.costs(lo), p.costs(hi)
	i, j := p.i, p.j
	containers := a[i].behindContainers && a[j].behindContainers
	// the shared part comes off both bills only when both carry it: a bill of another
	// provider leaves the AWS services out, so the two are compared whole
	alike := a[i].surrounded && a[j].surrounded && z[i].surrounded && z[j].surrounded
	own := func(c cost) decimal.Decimal {
		if !alike {
			return c.MonthlyCost
		}
		if containers {
			return c.ownContainer // Fargate and EC2 share more with each other
		}
		return c.own
	}
	if sl < 0 { // i cheaper: j no dearer somewhere needs j(lo) <= i(hi)
		return own(a[j]).GreaterThan(own(z[i]))
	}
	return own(a[i]).GreaterThanOrEqual(own(z[j])) // i cheaper somewhere needs i(lo) < j(hi)
}

// level says the two bills differ by exactly the same amount at lo and at hi, the same one
// cheaper at both: the stretch is taken to hold no change of the cheaper. Two bills that rise
// by the same rates over a stretch (Lambda's and Azure Consumption's requests, both inside
// their free compute) tie the bound forever: without this the search would split such a
// stretch down to single requests and spend its every value on one pair. A change of the
// cheaper inside would need the difference to move and come back to the cent's last digit.
func (p *pairSearch) level(lo, hi int64) bool {
	a, z := p.costs(lo), p.costs(hi)
	return a[p.i].MonthlyCost.Sub(a[p.j].MonthlyCost).Equal(z[p.i].MonthlyCost.Sub(z[p.j].MonthlyCost))
}

// record adds the change of the cheaper at x (sl the side just below it).
func (p *pairSearch) record(x int64, sl int, b *BreakEven) {
	c := p.costs(x)
	below, above := p.i, p.j
	if sl > 0 {
		below, above = p.j, p.i
	}
	b.Crossings = append(b.Crossings, Crossing{At: decimal.NewFromInt(x), PerSecond: p.s.perSecond(x),
		Below: model.Platforms[below], Above: model.Platforms[above], BelowCost: c[below].MonthlyCost, AboveCost: c[above].MonthlyCost})
}

// narrow closes in on a change of the cheaper of the pair between lo and hi (cheaper on
// different sides) until two values one unit apart straddle it, and returns every value it
// priced, in rising order from lo to hi: the stretches between them are then explored for
// further changes. Each step tries where the costs' straight line crosses zero (regula
// falsi: costs are close to linear in most inputs), falling back to halving when that fails
// to halve the interval. The guess is geometry (floats); every decision compares exact
// costs. It stops early where one of the platforms cannot run.
func (p *pairSearch) narrow(lo, hi int64) []int64 {
	left, right := []int64{lo}, []int64{hi}
	sl := p.side(lo)
	secant := true
	for hi-lo > 1 && !p.full() {
		width := hi - lo
		mid := lo + width/2
		if secant {
			dl, dh := p.gap(lo), p.gap(hi)
			if dl != dh {
				// where to look next (a float guess); the side taken is decided on exact costs
				guess := lo + int64(math.Round(float64(width)*dl/(dl-dh)))
				mid = min(max(guess, lo+1), hi-1)
			}
		}
		switch p.side(mid) {
		case sl:
			lo = mid
			left = append(left, mid)
		case -sl:
			hi = mid
			right = append(right, mid)
		default:
			left = append(left, mid)
			hi = lo // leave the loop: the stretch round mid is left out
		}
		secant = hi-lo <= width/2
	}
	for k := len(right) - 1; k >= 0; k-- {
		left = append(left, right[k])
	}
	return left
}

// gap is platform i's cost less platform j's at x, as a float to aim the next guess: it
// chooses only where to price next, never a crossing or an amount reported.
func (p *pairSearch) gap(x int64) float64 {
	c := p.costs(x)
	return c[p.i].MonthlyCost.Sub(c[p.j].MonthlyCost).InexactFloat64()
}

// cheaper names the cheaper of the pair at x, or the one that can run there.
func (p *pairSearch) cheaper(x int64) model.Platform {
	c := p.costs(x)
	i, j := p.i, p.j
	switch {
	case c[i].Feasible && c[j].Feasible && c[j].MonthlyCost.LessThan(c[i].MonthlyCost):
		return model.Platforms[j]
	case c[i].Feasible:
		return model.Platforms[i]
	case c[j].Feasible:
		return model.Platforms[j]
	}
	return ""
}

// infeasible describes the scanned stretches where platform i or j cannot run.
func (p *pairSearch) infeasible(points []int64) []string {
	var out []string
	for _, k := range []int{p.i, p.j} {
		first, last := int64(-1), int64(-1)
		for _, x := range points {
			if !p.costs(x)[k].Feasible {
				if first < 0 {
					first = x
				}
				last = x
			}
		}
		if first >= 0 {
			out = append(out, infeasibleText(model.Platforms[k], p.s.v, first, last, p.s.limitOf(k)))
		}
	}
	return out
}
