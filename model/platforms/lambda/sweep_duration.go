package lambda

import (
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// sweepDuration is a modelled duration as durationModel.at gives it, in millionths of a
// millisecond (micros, valid when it fits) for comparing without decimals, and the whole
// milliseconds Lambda bills for it.
type sweepDuration struct {
	ms       decimal.Decimal
	micros   pricing.Fixed
	billedMs int64
}

// newSweepDuration is the duration ms, micros millionths of a millisecond when valid.
func newSweepDuration(ms decimal.Decimal, micros pricing.Fixed) sweepDuration {
	d := sweepDuration{ms: ms, micros: micros}
	if hi, lo, ok := micros.Uint128(); ok && hi == 0 && lo < 1<<62 {
		d.billedMs = model.CeilDiv(int64(lo), 1000000) // rounded up to the millisecond
	} else {
		d.billedMs = billedMs(ms)
	}
	return d
}

// sweepDurations gives the duration at every size from 128 MB to flat MB (at most 10,240)
// on architecture a,
// each equal to dm.at. Between the sizes where the curve's formula changes (its points, the
// CPU limit) durationCurve.rational is a ratio of two affine functions of memory,
// (n0 + n1 (m - m0)) / (d0 + d1 (m - m0)), rounded half away from zero to durationPlaces; its
// coefficients are read from rational at the first two sizes of the stretch (and checked at
// the last), and each size is then one 128-bit division. A size whose division does not fit,
// or a stretch of one size, is worked out by at.
func sweepDurations(dm durationModel, a model.Architecture, flat int64) []sweepDuration {
	flat = min(flat, pricing.LambdaMaxMemoryMB)
	c := dm.curves[a]
	base := c
	for base.scaleFrom != nil {
		base = base.scaleFrom
	}
	out := make([]sweepDuration, 0, flat-pricing.LambdaMinMemoryMB+1)
	var decimals pricing.FixedDecimals
	at := func(m int64) sweepDuration {
		d := dm.at(m, a)
		return newSweepDuration(d, pricing.FixedOf(d, -durationPlaces))
	}
	for m0 := int64(pricing.LambdaMinMemoryMB); m0 <= flat; {
		m1 := min(stretchEnd(base, m0), flat)
		if m1 == m0 {
			out = append(out, at(m0))
			m0++
			continue
		}
		n0, d0 := c.rational(m0)
		na, da := c.rational(m0 + 1)
		n1, d1 := na.Sub(n0), da.Sub(d0)
		en, ed := pricing.Finest(n0, n1), pricing.Finest(d0, d1)
		num := [2]pricing.Fixed{pricing.FixedOf(n0, en), pricing.FixedOf(n1, en)}
		den := [2]pricing.Fixed{pricing.FixedOf(d0, ed), pricing.FixedOf(d1, ed)}
		// the quotient is num x 10^en / (den x 10^ed), wanted in units of 10^-durationPlaces
		shiftNum, shiftDen := int32(0), int32(0)
		if k := en - ed + durationPlaces; k >= 0 {
			shiftNum = k
		} else {
			shiftDen = -k
		}
		ratio := func(m int64) pricing.Fixed {
			x := m - m0
			return num[0].Add(num[1].MulInt(x)).Scaled(shiftNum).QuoRound(den[0].Add(den[1].MulInt(x)).Scaled(shiftDen))
		}
		// the stretch is affine in memory: its last size as rational gives it
		nz, dz := c.rational(m1)
		affine := nz.Equal(n0.Add(n1.Mul(decimal.NewFromInt(m1-m0)))) && dz.Equal(d0.Add(d1.Mul(decimal.NewFromInt(m1-m0))))
		for m := m0; m <= m1; m++ {
			q := ratio(m)
			if !affine || !q.Valid() {
				out = append(out, at(m))
				continue
			}
			out = append(out, newSweepDuration(decimals.Of(q, -durationPlaces), q))
		}
		m0 = m1 + 1
	}
	return out
}

// stretchEnd is the last size from m on whose duration the same formula of rational gives:
// a point's own size is a stretch of one; between two points, or beyond the outermost, the
// formula holds up to the next point, and changes where more memory stops adding CPU.
func stretchEnd(c *durationCurve, m int64) int64 {
	end := int64(pricing.LambdaMaxMemoryMB)
	for _, p := range c.points {
		if p.memoryMB == m {
			return m
		}
		if p.memoryMB > m {
			end = min(end, p.memoryMB-1)
			break
		}
	}
	if m <= c.cpuLimitMB {
		end = min(end, c.cpuLimitMB)
	}
	return end
}
