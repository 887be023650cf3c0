package report

import (
	"math/big"
	"math/rand"
	"testing"

	"github.com/shopspring/decimal"
)

// TestDecimalTextIsDecimals checks the int64 formatting against shopspring's own methods on
// decimals made to trip it: zero, halves and near-halves of both signs, coefficients of 1 to
// 22 digits (past int64), exponents from -25 to +5, and 20,000 random ones.
func TestDecimalTextIsDecimals(t *testing.T) {
	var cases []decimal.Decimal
	for _, s := range []string{"0", "0.000", "-0.004", "0.005", "-0.005", "0.0049999", "-0.0050001", "0.125", "-0.125",
		"1.5", "-2.5", "12345.6789", "999999999999999999", "-999999999999999999", "9999999999999999999",
		"123456789012345678901234", "0.00000000000000000001", "1e5", "-3e2", "50e-1", "0.12345", "871.4583333333",
		"0.0000166667", "3153600000", "1000000000000000"} {
		cases = append(cases, decimal.RequireFromString(s))
	}
	rng := rand.New(rand.NewSource(1234))
	for range 20000 {
		digits := 1 + rng.Intn(22)
		c := new(big.Int).Rand(rng, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(digits)), nil))
		if rng.Intn(2) == 0 {
			c.Neg(c)
		}
		cases = append(cases, decimal.NewFromBigInt(c, int32(rng.Intn(31)-25)))
	}
	for _, d := range cases {
		if got, want := decimalText(d), d.String(); got != want {
			t.Errorf("decimalText(%s e%d) = %q, want %q", d.Coefficient(), d.Exponent(), got, want)
		}
		for _, places := range []int32{0, 2, 4} {
			if got, want := roundedText(d, places, true), d.Round(places).StringFixed(places); got != want {
				t.Errorf("roundedText(%s e%d, %d, fixed) = %q, want %q", d.Coefficient(), d.Exponent(), places, got, want)
			}
			if got, want := roundedText(d, places, false), d.Round(places).String(); got != want {
				t.Errorf("roundedText(%s e%d, %d) = %q, want %q", d.Coefficient(), d.Exponent(), places, got, want)
			}
			got, want := rounded(d, places), d.Round(places)
			if got.Exponent() != want.Exponent() || got.Coefficient().Cmp(want.Coefficient()) != 0 {
				t.Errorf("rounded(%s e%d, %d) = %s e%d, want %s e%d", d.Coefficient(), d.Exponent(), places,
					got.Coefficient(), got.Exponent(), want.Coefficient(), want.Exponent())
			}
		}
	}
}
