package pricing

import (
	"math/big"
	"math/bits"

	"github.com/shopspring/decimal"
)

// Fixed is a signed 128-bit integer: with an exponent its user keeps, an exact fixed-point
// quantity or amount. It prices thousands of variants of one bill without a decimal
// operation each (LambdaScale). Arithmetic is exact or reports that it was not: a result
// beyond 128 bits is marked overflowed, and so is everything computed from it (Valid false),
// so that a caller falls back to decimals rather than use a wrapped-around figure.
type Fixed struct {
	hi       int64 // two's complement: hi is the sign and the upper 64 bits
	lo       uint64
	overflow bool
}

// FixedInt is n.
func FixedInt(n int64) Fixed { return Fixed{hi: n >> 63, lo: uint64(n)} }

// FixedProduct is a x b, exact (64 x 64 bits always fits in 128).
func FixedProduct(a, b int64) Fixed { return FixedInt(a).Mul(FixedInt(b)) }

// FixedOf is d as a coefficient of 10^exp, or not Valid when d is not a whole multiple of
// 10^exp or does not fit in 128 bits.
func FixedOf(d decimal.Decimal, exp int32) Fixed {
	if d.Exponent() < exp {
		// d may still be a multiple of 10^exp (trailing zeros): divide them out exactly
		q, r := new(big.Int).QuoRem(d.Coefficient(), pow10Big(int(exp-d.Exponent())), new(big.Int))
		if r.Sign() != 0 {
			return Fixed{overflow: true}
		}
		return fixedOfBig(q)
	}
	v := d.Coefficient()
	return fixedOfBig(v.Mul(v, pow10Big(int(d.Exponent()-exp))))
}

// Finest is the least exponent, and at most 0, at which every one of ds is a whole number:
// the exponent to read them all at with FixedOf.
func Finest(ds ...decimal.Decimal) int32 {
	e := int32(0)
	for _, d := range ds {
		if !d.IsZero() {
			e = min(e, d.Normalize().Exponent()) // without trailing zeros
		}
	}
	return e
}

func pow10Big(n int) *big.Int { return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil) }

// fixedOfBig is v in 128 bits, if it fits.
func fixedOfBig(v *big.Int) Fixed {
	if v.BitLen() > 127 {
		return Fixed{overflow: true}
	}
	abs := new(big.Int).Abs(v)
	lo := new(big.Int).And(abs, new(big.Int).SetUint64(^uint64(0))).Uint64()
	f := Fixed{hi: int64(abs.Rsh(abs, 64).Uint64()), lo: lo}
	if v.Sign() < 0 {
		f = f.Neg()
	}
	return f
}

// Valid reports whether f is exact: no operation that made it overflowed.
func (f Fixed) Valid() bool { return !f.overflow }

// Sign is -1, 0 or 1 as f is negative, zero or positive.
func (f Fixed) Sign() int {
	switch {
	case f.hi < 0:
		return -1
	case f.hi == 0 && f.lo == 0:
		return 0
	}
	return 1
}

// IsZero reports whether f is 0.
func (f Fixed) IsZero() bool { return f.hi == 0 && f.lo == 0 }

// Cmp is -1, 0 or 1 as f is less than, equal to or greater than g.
func (f Fixed) Cmp(g Fixed) int {
	switch {
	case f.hi < g.hi:
		return -1
	case f.hi > g.hi:
		return 1
	case f.lo < g.lo:
		return -1
	case f.lo > g.lo:
		return 1
	}
	return 0
}

// Add is f + g.
func (f Fixed) Add(g Fixed) Fixed {
	lo, carry := bits.Add64(f.lo, g.lo, 0)
	hi := f.hi + g.hi + int64(carry)
	// two numbers of one sign whose sum has the other sign wrapped around
	wrapped := (f.hi < 0) == (g.hi < 0) && (hi < 0) != (f.hi < 0)
	return Fixed{hi: hi, lo: lo, overflow: f.overflow || g.overflow || wrapped}
}

// Neg is -f.
func (f Fixed) Neg() Fixed {
	lo, borrow := bits.Sub64(0, f.lo, 0)
	hi := -f.hi - int64(borrow)
	// -2^127 has no positive counterpart
	return Fixed{hi: hi, lo: lo, overflow: f.overflow || f.hi < 0 && hi < 0}
}

// Sub is f - g.
func (f Fixed) Sub(g Fixed) Fixed { return f.Add(g.Neg()) }

// Mul is f x g.
func (f Fixed) Mul(g Fixed) Fixed {
	neg := (f.hi < 0) != (g.hi < 0)
	if f.fits64() && g.fits64() { // the usual case: one multiplication, below 2^126
		hi, lo := bits.Mul64(abs64(int64(f.lo)), abs64(int64(g.lo)))
		p := Fixed{hi: int64(hi), lo: lo, overflow: f.overflow || g.overflow}
		if neg {
			p = p.Neg()
		}
		return p
	}
	a, b := f.magnitude(), g.magnitude()
	if a[1] != 0 && b[1] != 0 {
		return Fixed{overflow: true}
	}
	if a[1] != 0 {
		a, b = b, a // a fits in 64 bits
	}
	h0, lo := bits.Mul64(a[0], b[0])
	h1, l1 := bits.Mul64(a[0], b[1])
	hi, carry := bits.Add64(h0, l1, 0)
	if h1 != 0 || carry != 0 || hi>>63 != 0 {
		return Fixed{overflow: true}
	}
	p := Fixed{hi: int64(hi), lo: lo, overflow: f.overflow || g.overflow}
	if neg {
		p = p.Neg()
	}
	return p
}

// QuoRound is f / g rounded half away from zero, as decimal's DivRound rounds; not Valid
// when g is zero or beyond 64 bits.
func (f Fixed) QuoRound(g Fixed) Fixed {
	a, b := f.magnitude(), g.magnitude()
	if b[1] != 0 || b[0] == 0 {
		return Fixed{overflow: true}
	}
	d := b[0]
	qhi, r := a[1]/d, a[1]%d
	qlo, r := bits.Div64(r, a[0], d)
	if r >= d-r { // twice the remainder reaches the divisor: away from zero
		var carry uint64
		qlo, carry = bits.Add64(qlo, 1, 0)
		qhi += carry
	}
	if qhi>>63 != 0 {
		return Fixed{overflow: true}
	}
	q := Fixed{hi: int64(qhi), lo: qlo, overflow: f.overflow || g.overflow}
	if (f.hi < 0) != (g.hi < 0) {
		q = q.Neg()
	}
	return q
}

// MulInt is f x n.
func (f Fixed) MulInt(n int64) Fixed { return f.Mul(FixedInt(n)) }

// Min is the lesser of f and g.
func (f Fixed) Min(g Fixed) Fixed {
	if g.Cmp(f) < 0 {
		g.overflow = g.overflow || f.overflow
		return g
	}
	f.overflow = f.overflow || g.overflow
	return f
}

// fits64 reports whether f fits in an int64.
func (f Fixed) fits64() bool { return f.hi == int64(f.lo)>>63 }

// abs64 is |n| (|-2^63| is 2^63).
func abs64(n int64) uint64 {
	if n < 0 {
		return -uint64(n)
	}
	return uint64(n)
}

// magnitude is |f| as two 64-bit words, low first (|-2^127| is 2^127 and fits).
func (f Fixed) magnitude() [2]uint64 {
	if f.hi >= 0 {
		return [2]uint64{f.lo, uint64(f.hi)}
	}
	lo, borrow := bits.Sub64(0, f.lo, 0)
	return [2]uint64{lo, uint64(-f.hi) - borrow}
}

// Uint128 is f's two 64-bit words, high first, when f is valid and not negative.
func (f Fixed) Uint128() (hi, lo uint64, ok bool) {
	return uint64(f.hi), f.lo, f.Valid() && f.hi >= 0
}

// Scaled is f x 10^n, for n >= 0.
func (f Fixed) Scaled(n int32) Fixed {
	for ; n > 0; n -= 18 {
		f = f.MulInt(pow10Int(min(n, 18)))
	}
	return f
}

// pow10Int is 10^n for 0 <= n <= 18.
func pow10Int(n int32) int64 {
	p := int64(1)
	for range n {
		p *= 10
	}
	return p
}

// Decimal is f x 10^exp (f must be Valid).
func (f Fixed) Decimal(exp int32) decimal.Decimal {
	var w FixedDecimals
	return w.Of(f, exp)
}

// FixedDecimals turns Fixed values into decimals reusing one scratch number, so that each
// decimal costs only its own copy: for the 20,000 of a sweep.
type FixedDecimals struct {
	v     big.Int
	words [4]big.Word
}

// Of is f x 10^exp (f must be Valid).
func (w *FixedDecimals) Of(f Fixed, exp int32) decimal.Decimal {
	if f.fits64() {
		return decimal.New(int64(f.lo), exp)
	}
	m := f.magnitude()
	words := w.words[:2]
	words[0], words[1] = big.Word(m[0]), big.Word(m[1])
	if bits.UintSize == 32 {
		words = w.words[:4]
		words[0], words[1], words[2], words[3] = big.Word(m[0]), big.Word(m[0]>>32), big.Word(m[1]), big.Word(m[1]>>32)
	}
	w.v.SetBits(words)
	if f.hi < 0 {
		w.v.Neg(&w.v)
	}
	return decimal.NewFromBigInt(&w.v, exp)
}
