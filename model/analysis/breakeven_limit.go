package analysis

import (
	"fmt"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/model"
)

// limitStart is where a platform stops running as the input rises, found exactly: at
// Scanned, the first scanned value it cannot run at, and at At, the least value above the
// scanned one before it that it cannot run at (it runs at At less one). A platform states
// its limits (Workers' 30,000 ms of CPU time, Azure Functions' 10-minute timeout) in its
// reasons; the search finds where the bill stops, whatever the limit, so the break-evens say
// "from 30,001" rather than the next value scanned.
type limitStart struct {
	Scanned, At int64
}

// limitStarts finds, for each platform that can run at some scanned value and not at a later
// one, where it stops: the first scanned value it cannot run at, narrowed by halving
// between it and the scanned value before it, pricing that platform alone. A platform that
// cannot run at the first scanned value is left as scanned (zero).
func (s *breakEvenSearch) limitStarts(points []int64) []limitStart {
	starts := make([]limitStart, len(model.Platforms))
	for k := range model.Platforms {
		for n, x := range points {
			if s.at(x)[k].Feasible {
				continue
			}
			if n > 0 {
				starts[k] = limitStart{Scanned: x, At: s.limitBetween(k, points[n-1], x)}
			}
			break
		}
	}
	return starts
}

// limitBetween narrows where platform k stops running between lo, where it runs, and hi,
// where it cannot, to the least value it cannot run at with the one below runnable: a
// bisection, so at most 37 values over traffic's range.
func (s *breakEvenSearch) limitBetween(k int, lo, hi int64) int64 {
	alone := model.PlatformSet(0).With(k)
	for hi-lo > 1 {
		mid := lo + (hi-lo)/2
		if s.on(mid, alone)[k].Feasible {
			lo = mid
		} else {
			hi = mid
		}
	}
	return hi
}

// infeasibleText says where on the scanned values platform p cannot run: from first to last
// of them; when start is first's exact start (limitStart), from there, saying the value
// below it runs.
func infeasibleText(p model.Platform, v Variable, first, last int64, start limitStart) string {
	from := humanize.Count(first)
	if start.Scanned == first && start.At > 0 {
		first = start.At
		from = fmt.Sprintf("%s (it runs at %s)", humanize.Count(first), humanize.Count(first-1))
	}
	if first == last {
		return fmt.Sprintf("%s cannot run at %s %s", p, v, from)
	}
	return fmt.Sprintf("%s cannot run at %s from %s to %s (of the values scanned)", p, v, from, humanize.Count(last))
}

// limitOf is platform k's limitStart (zero when the search found none).
func (s *breakEvenSearch) limitOf(k int) limitStart {
	if k < len(s.limits) {
		return s.limits[k]
	}
	return limitStart{}
}
