package report

import (
	"math/big"
	"math/rand"
	"testing"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/shopspring/decimal"
)

// TestDecimalTextIsDecimals checks the numerals' text against shopspring's own methods, and
// money, quantities, unit prices and durations against package humanize's rules, on decimals
// made to trip them: zero, halves and near-halves of both signs, nines that carry, rounding
// to nothing, coefficients of 1 to 60 digits (past int64, over several words), exponents from
// -25 to +5, and 20,000 random ones.
func TestDecimalTextIsDecimals(t *testing.T) {
	var cases []decimal.Decimal
	for _, s := range []string{"0", "0.000", "-0.004", "0.005", "-0.005", "0.0049999", "-0.0050001", "0.125", "-0.125",
		"1.5", "-2.5", "12345.6789", "999999999999999999", "-999999999999999999", "9999999999999999999",
		"123456789012345678901234", "0.00000000000000000001", "1e5", "-3e2", "50e-1", "0.12345", "871.4583333333",
		"0.0000166667", "3153600000", "1000000000000000", "9.995", "-9.995", "999.99995", "0.99999", "-0.00005",
		"0.0004", "99999999999999999999.995", "1234567.891", "-1234567.125", "0.400002000000000000000", "5e-30"} {
		cases = append(cases, decimal.RequireFromString(s))
	}
	huge := new(big.Int).Add(new(big.Int).Exp(big.NewInt(10), big.NewInt(170), nil), big.NewInt(123455)) // past a numeral
	cases = append(cases, decimal.NewFromBigInt(huge, -4), decimal.NewFromBigInt(new(big.Int).Neg(huge), -170))
	rng := rand.New(rand.NewSource(1234))
	for range 20000 {
		digits := 1 + rng.Intn(60)
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
		for _, places := range []int32{0, 1, 2, 4} {
			fixed := string(appendNumber(nil, d, places, numberStyle{minPlaces: int(places)}))
			if want := d.Round(places).StringFixed(places); fixed != want {
				t.Errorf("appendNumber(%s e%d, %d, fixed) = %q, want %q", d.Coefficient(), d.Exponent(), places, fixed, want)
			}
			trimmed := string(appendNumber(nil, d, places, numberStyle{trim: true}))
			if want := d.Round(places).String(); trimmed != want {
				t.Errorf("appendNumber(%s e%d, %d) = %q, want %q", d.Coefficient(), d.Exponent(), places, trimmed, want)
			}
		}
		if got, want := money(d), humanize.Money(d); got != want {
			t.Errorf("money(%s e%d) = %q, want %q", d.Coefficient(), d.Exponent(), got, want)
		}
		if got, want := quantity(d), humanize.Quantity(d); got != want {
			t.Errorf("quantity(%s e%d) = %q, want %q", d.Coefficient(), d.Exponent(), got, want)
		}
		want := humanize.Quantity(d)
		if d.Exponent() < -4 {
			want = humanize.Quantity(d.Round(4))
		}
		if got := shownQuantity(d); got != want {
			t.Errorf("shownQuantity(%s e%d) = %q, want %q", d.Coefficient(), d.Exponent(), got, want)
		}
		if got, want := unitPrice(d), humanize.UnitPrice(d); got != want {
			t.Errorf("unitPrice(%s e%d) = %q, want %q", d.Coefficient(), d.Exponent(), got, want)
		}
		if got, want := milliseconds(d), humanize.Milliseconds(d); got != want {
			t.Errorf("milliseconds(%s e%d) = %q, want %q", d.Coefficient(), d.Exponent(), got, want)
		}
	}
}
