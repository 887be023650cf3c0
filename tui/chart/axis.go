package chart

import "math"

// Chart geometry is float64 throughout: positions on a screen, not money.

// limit bounds the values a chart accepts: beyond ±1e300 (or below 1e-300 on a log axis)
// a value is skipped like an infinity, so no span between two values can overflow.
const limit = 1e300

// maxTicks bounds the candidate tick sets tried, so a degenerate range cannot loop long.
const maxTicks = 200

// axis is one drawn axis: the range [lo, hi] (lo < hi; lo > 0 on a log axis) and the
// values that get a tick and a label.
type axis struct {
	log    bool
	lo, hi float64
	ticks  []float64
}

// pos returns where v falls on the axis: 0 at lo, 1 at hi.
func (a axis) pos(v float64) float64 {
	if a.log {
		l := math.Log10(a.lo)
		return (math.Log10(v) - l) / (math.Log10(a.hi) - l)
	}
	return (v - a.lo) / (a.hi - a.lo)
}

// usable reports whether v can be drawn on an axis (log or not).
func usable(v float64, log bool) bool {
	if math.IsNaN(v) || math.IsInf(v, 0) || math.Abs(v) > limit {
		return false
	}
	return !log || v >= 1/limit
}

// span is the data range an axis must show; ok is false when there is no data.
type span struct {
	lo, hi float64
	ok     bool
}

// add widens s to include v.
func (s *span) add(v float64) {
	if !s.ok {
		s.lo, s.hi, s.ok = v, v, true
		return
	}
	s.lo = math.Min(s.lo, v)
	s.hi = math.Max(s.hi, v)
}

// fitFunc reports whether a candidate axis's ticks can be labelled in the space available.
type fitFunc func(a axis) bool

// newAxis picks the drawn range and ticks for the data range s: the densest set of
// nice ticks (1, 2 or 5 x 10^n) that fit. Without data it shows [0, 1] (log: [1, 10]).
func newAxis(s span, log bool, fit fitFunc) axis {
	if !s.ok {
		if log {
			s = span{1, 10, true}
		} else {
			s = span{0, 1, true}
		}
	}
	if log {
		return logAxis(s.lo, s.hi, fit)
	}
	return linearAxis(s.lo, s.hi, fit)
}

// linearAxis tries steps 1, 2, 5 x 10^n from a hundredth of the span upwards; each
// candidate widens [lo, hi] to multiples of its step, so the ends carry ticks. The
// first candidate that fits wins. A single value v is shown as [v - |v|/2, v + |v|/2]
// (or [-1, 1] for 0), so no span is ever zero.
func linearAxis(lo, hi float64, fit fitFunc) axis {
	if lo == hi {
		pad := math.Abs(lo) / 2
		if pad == 0 {
			pad = 1
		}
		lo, hi = lo-pad, hi+pad
	}
	step := math.Pow10(int(math.Floor(math.Log10(hi-lo)))) / 100
	var last axis
	for range 40 {
		for _, m := range []float64{1, 2, 5} {
			s := m * step
			k0, k1 := math.Floor(lo/s), math.Ceil(hi/s)
			n := int(k1-k0) + 1
			if n > maxTicks || k0*s >= k1*s {
				continue
			}
			a := axis{lo: k0 * s, hi: k1 * s}
			for i := range n {
				a.ticks = append(a.ticks, (k0+float64(i))*s)
			}
			if fit(a) {
				return a
			}
			last = a
		}
		step *= 10
	}
	if last.ticks == nil {
		last = axis{lo: lo, hi: hi, ticks: []float64{lo, hi}}
	}
	return thin(last, fit)
}

// ladder is the 1-2-5 sequence: ladder(3e+i) = {1,2,5}[i] x 10^e.
func ladder(k int) float64 {
	e := k / 3
	i := k % 3
	if i < 0 {
		e--
		i += 3
	}
	return []float64{1, 2, 5}[i] * math.Pow10(e)
}

// ladderBelow is the largest k with ladder(k) <= v (within rounding).
func ladderBelow(v float64) int {
	e := int(math.Floor(math.Log10(v)))
	m := v / math.Pow10(e) * (1 + 1e-9)
	switch {
	case m >= 10:
		return 3*e + 3
	case m >= 5:
		return 3*e + 2
	case m >= 2:
		return 3*e + 1
	}
	return 3 * e
}

// logAxis widens [lo, hi] to the nearest 1-2-5 values around them, then tries as ticks
// every 1-2-5 value, then every decade, then every 2nd, 5th, 10th... decade; the first
// set that fits wins. A single value v is shown from the 1-2-5 value below it to the
// one above it.
func logAxis(lo, hi float64, fit fitFunc) axis {
	k0 := ladderBelow(lo)
	k1 := ladderBelow(hi)
	if ladder(k1) < hi*(1-1e-9) {
		k1++
	}
	if k0 == k1 {
		k0--
		k1++
	}
	a := axis{log: true, lo: ladder(k0), hi: ladder(k1)}
	var cands [][]float64
	if k1-k0+1 <= maxTicks {
		var all []float64
		for k := k0; k <= k1; k++ {
			all = append(all, ladder(k))
		}
		cands = append(cands, all)
	}
	e0, e1 := int(math.Ceil(float64(k0)/3)), int(math.Floor(float64(k1)/3))
	for _, every := range []int{1, 2, 5, 10, 20, 50, 100, 200} {
		var dec []float64
		for e := e0; e <= e1; e++ {
			if e%every == 0 {
				dec = append(dec, math.Pow10(e))
			}
		}
		if len(dec) > 0 && len(dec) <= maxTicks {
			cands = append(cands, dec)
		}
	}
	for _, c := range cands {
		a.ticks = c
		if fit(a) {
			return a
		}
	}
	a.ticks = []float64{a.lo, a.hi}
	return thin(a, fit)
}

// thin keeps, from first to last, each of a's ticks that still fits with those kept
// before it: the last resort when no candidate fits whole.
func thin(a axis, fit fitFunc) axis {
	all := a.ticks
	a.ticks = nil
	for _, t := range all {
		try := a
		try.ticks = append(a.ticks[:len(a.ticks):len(a.ticks)], t)
		if fit(try) {
			a = try
		}
	}
	return a
}
