package pricing

import (
	"math/big"
	"math/rand"
	"testing"

	"github.com/shopspring/decimal"
)

// fixedBig is f as a big.Int, through its decimal at exponent 0.
func fixedBig(f Fixed) *big.Int { return f.Decimal(0).BigInt() }

// TestFixedMatchesBigInt checks every operation against math/big on operands of every size
// up to 128 bits, both signs: an exact result wherever it fits in a signed 128-bit integer,
// and overflow marked wherever it does not.
func TestFixedMatchesBigInt(t *testing.T) {
	rng := rand.New(rand.NewSource(12))
	limit := new(big.Int).Lsh(big.NewInt(1), 127) // |x| < 2^127 fits (and -2^127)
	fits := func(v *big.Int) bool {
		return v.CmpAbs(limit) < 0 || v.Cmp(new(big.Int).Neg(limit)) == 0
	}
	random := func() *big.Int {
		v := new(big.Int).Rand(rng, new(big.Int).Lsh(big.NewInt(1), uint(rng.Intn(128))))
		if rng.Intn(2) == 0 {
			v.Neg(v)
		}
		return v
	}
	for range 20000 {
		x, y := random(), random()
		a, b := FixedOf(decimal.NewFromBigInt(x, 0), 0), FixedOf(decimal.NewFromBigInt(y, 0), 0)
		if !a.Valid() || fixedBig(a).Cmp(x) != 0 {
			t.Fatalf("FixedOf(%s) = %s", x, fixedBig(a))
		}
		if got, want := a.Cmp(b), x.Cmp(y); got != want {
			t.Fatalf("Cmp(%s, %s) = %d, want %d", x, y, got, want)
		}
		if got, want := a.Sign(), x.Sign(); got != want {
			t.Fatalf("Sign(%s) = %d", x, got)
		}
		for _, op := range []struct {
			name string
			got  Fixed
			want *big.Int
		}{
			{"Add", a.Add(b), new(big.Int).Add(x, y)},
			{"Sub", a.Sub(b), new(big.Int).Sub(x, y)},
			{"Mul", a.Mul(b), new(big.Int).Mul(x, y)},
			{"Neg", a.Neg(), new(big.Int).Neg(x)},
			{"Scaled", a.Scaled(7), new(big.Int).Mul(x, big.NewInt(10000000))},
			{"Min", a.Min(b), map[bool]*big.Int{true: x, false: y}[x.Cmp(y) <= 0]},
			{"QuoRound", a.QuoRound(b), quoRound(x, y)},
		} {
			if op.want == nil || !fits(op.want) {
				if op.got.Valid() {
					t.Fatalf("%s(%s, %s) = %s, want overflow", op.name, x, y, fixedBig(op.got))
				}
				continue
			}
			if !op.got.Valid() || fixedBig(op.got).Cmp(op.want) != 0 {
				t.Fatalf("%s(%s, %s) = %s (valid %v), want %s", op.name, x, y, fixedBig(op.got), op.got.Valid(), op.want)
			}
		}
	}
}

// quoRound is x / y rounded half away from zero, as decimal's DivRound does, or nil where
// QuoRound refuses: y zero or beyond 64 bits.
func quoRound(x, y *big.Int) *big.Int {
	if y.Sign() == 0 || y.CmpAbs(new(big.Int).Lsh(big.NewInt(1), 64)) >= 0 {
		return nil
	}
	return decimal.NewFromBigInt(x, 0).DivRound(decimal.NewFromBigInt(y, 0), 0).BigInt()
}

// TestFixedEdges: the extremes of 128 bits, overflow carried through later operations, and
// decimals read at an exponent (trailing zeros divided out, a fraction refused).
func TestFixedEdges(t *testing.T) {
	d := decimal.RequireFromString
	max := FixedOf(d("170141183460469231731687303715884105727"), 0) // 2^127 - 1
	if !max.Valid() || max.Add(FixedInt(1)).Valid() || !max.Neg().Valid() || max.Neg().Sub(FixedInt(2)).Valid() {
		t.Error("2^127 - 1: its successor must overflow, its negation not")
	}
	over := max.Add(FixedInt(1))
	if over.Sub(FixedInt(5)).Valid() || over.Mul(FixedInt(0)).Valid() || over.Min(FixedInt(0)).Valid() {
		t.Error("an overflowed operand must overflow every result")
	}
	if FixedOf(d("170141183460469231731687303715884105728"), 0).Valid() {
		t.Error("2^127 does not fit")
	}
	for _, c := range []struct {
		in   string
		exp  int32
		want string
		ok   bool
	}{
		{"2.733975001274", -12, "2733975001274", true},
		{"2.733975001274", -20, "273397500127400000000", true},
		{"1500", 2, "15", true}, // 15 x 10^2
		{"1.5", 0, "", false},   // not a whole number of units
		{"-0.0000166667", -10, "-166667", true},
	} {
		f := FixedOf(d(c.in), c.exp)
		if f.Valid() != c.ok || c.ok && !f.Decimal(0).Equal(d(c.want)) {
			t.Errorf("FixedOf(%s, %d) = %s (valid %v), want %s", c.in, c.exp, f.Decimal(0), f.Valid(), c.want)
		}
		if c.ok && !f.Decimal(c.exp).Equal(d(c.in)) {
			t.Errorf("FixedOf(%s, %d).Decimal: %s", c.in, c.exp, f.Decimal(c.exp))
		}
	}
	if e := Finest(d("1.5000000"), d("2.25"), d("1200"), decimal.Zero); e != -2 {
		t.Errorf("Finest of 1.5000000, 2.25, 1200 and 0: %d, want -2 (trailing zeros do not count)", e)
	}
	if p := FixedProduct(-9223372036854775808, -9223372036854775808); !p.Valid() || !p.Decimal(0).Equal(d("85070591730234615865843651857942052864")) {
		t.Errorf("(-2^63)^2 = %s", p.Decimal(0))
	}
	if hi, lo, ok := FixedInt(-1).Uint128(); ok {
		t.Errorf("Uint128 of -1: %d %d", hi, lo)
	}
	if hi, lo, ok := FixedProduct(1<<62, 8).Uint128(); !ok || hi != 2 || lo != 0 {
		t.Errorf("Uint128 of 2^65: %d %d %v", hi, lo, ok)
	}
}
