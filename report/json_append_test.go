package report

import (
	"encoding/json"
	"math"
	"math/big"
	"math/rand"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/breakeven/breakeven/model"
	"github.com/shopspring/decimal"
)

// TestInlineIntsAsFormatted: the series written from the table of counts already written are
// the bytes of each count formatted afresh, whatever repeats, collides in the table (1,000
// counts in 64 places, each seen again after others took its place), runs for hours on end or
// is negative, hour by hour or by class.
func TestInlineIntsAsFormatted(t *testing.T) {
	var list []int64
	for round := range 3 {
		for n := range int64(1000) {
			list = append(list, (n*7919+int64(round))%1000)
		}
	}
	list = append(list, 0, 0, -1, -1, math.MinInt64, math.MaxInt64, math.MinInt64, 5, 5, 5)
	for run := range 730 { // runs of every length up to a month's hours, the longest first
		for range 730 - run {
			list = append(list, int64(run%3)*123456)
		}
	}
	text := make([]string, len(list))
	for i, n := range list {
		text[i] = strconv.FormatInt(n, 10)
	}
	want := "x[" + strings.Join(text, ", ") + "]"
	if got := string(appendInlineInts([]byte("x"), model.HourlySeries(list))); got != want {
		t.Errorf("got %.200s...\nwant %.200s...", got, want)
	}
	of := make([]int32, len(list))
	for i := range of {
		of[i] = int32(i)
	}
	if got := string(appendInlineInts([]byte("x"), model.ClassSeries(of, list))); got != want {
		t.Errorf("by class: got %.200s...\nwant %.200s...", got, want)
	}
	if got := string(appendInlineInts(nil, model.HourlySeries([]int64{7, 7, 7, 2}))); got != "[7, 7, 7, 2]" {
		t.Errorf("a run first: %q", got)
	}
	if got := string(appendInlineInts(nil, model.HourlySeries([]int64{}))); got != "[]" {
		t.Errorf("empty: %q", got)
	}
}

// TestAppendDecimalTextIsDecimals: the JSON's decimals written in place are decimal's own
// String, digit for digit, for the edge cases of TestDecimalTextIsDecimals, coefficients of
// a word's digits and more, of every number of words written on the stack and past them, and
// 20,000 random coefficients of up to 60 digits (past the 18 of an int64) at exponents -25
// to 5.
func TestAppendDecimalTextIsDecimals(t *testing.T) {
	var cases []decimal.Decimal
	for _, s := range []string{"0", "0.000", "-0.004", "0.005", "-0.005", "0.125", "-0.125", "1.5", "-2.5",
		"12345.6789", "999999999999999999", "-999999999999999999", "9999999999999999999", "123456789012345678901234",
		"0.00000000000000000001", "1e5", "-3e2", "0e3", "50e-1", "100", "0.0000166667", "3153600000",
		"0.4000020000000000000000", "10000000000000000000", "18446744073709551615", "18446744073709551616",
		"-1000000000000000000000000000000000000001e-20", "9999999999999999999999999999999999999e3"} {
		cases = append(cases, decimal.RequireFromString(s))
	}
	for words := 1; words <= coefficientWords+2; words++ {
		most := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), uint(64*words)), big.NewInt(1))
		cases = append(cases, decimal.NewFromBigInt(most, -7), decimal.NewFromBigInt(new(big.Int).Neg(most), 3),
			decimal.NewFromBigInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(19*words)), nil), -30))
	}
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
		if got, want := string(appendDecimalText([]byte("x"), d)), "x"+d.String(); got != want {
			t.Errorf("appendDecimalText(%s e%d) = %q, want %q", d.Coefficient(), d.Exponent(), got, want)
		}
	}
}

// TestPlainWordIsEachBytes: a word is plain (plainWord, and not htmlWord with HTML's
// escapes) when each of its bytes is, for every byte at every place among plain ones and
// 100,000 random words (false would only cost speed, but the test is exact).
func TestPlainWordIsEachBytes(t *testing.T) {
	eachPlain := func(w []byte, html bool) bool {
		for _, c := range w {
			if c >= utf8.RuneSelf || !plainJSON[c] || html && htmlJSON[c] {
				return false
			}
		}
		return true
	}
	var words [][]byte
	for c := range 256 {
		for at := range 8 {
			w := []byte("abcdefgh")
			w[at] = byte(c)
			words = append(words, w)
		}
	}
	rng := rand.New(rand.NewSource(99))
	for range 100000 {
		w := make([]byte, 8)
		for i := range w {
			w[i] = byte(rng.Intn(256))
			if rng.Intn(3) > 0 {
				w[i] = byte(0x20 + rng.Intn(0x60))
			}
		}
		words = append(words, w)
	}
	for _, w := range words {
		for _, html := range []bool{false, true} {
			x := wordAt(string(w), 0)
			if got, want := plainWord(x) && !(html && htmlWord(x)), eachPlain(w, html); got != want {
				t.Fatalf("plainWord(%q) (html %v) = %v, want %v", w, html, got, want)
			}
		}
	}
}

// TestAppendFloatIsMarshals: floats are written as json.Marshal writes them, about the
// switches to e-notation (1e-6, 1e21), with one- and two-digit exponents either way, zero,
// negative zero, the extremes and 20,000 random floats of every magnitude.
func TestAppendFloatIsMarshals(t *testing.T) {
	cases := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 1e-6, 9.99999e-7, 1e-7, -1e-7, 1e-10, 1e21, 9.99e20,
		1e22, -1e100, 1e-100, math.MaxFloat64, math.SmallestNonzeroFloat64, 123456789.125, 0.1 + 0.2}
	rng := rand.New(rand.NewSource(7))
	for range 20000 {
		cases = append(cases, math.Float64frombits(rng.Uint64()))
	}
	for _, f := range cases {
		want, err := json.Marshal(f)
		if err != nil { // NaN and infinities: nothing, as the encoder refuses them
			want = nil
		}
		if got := appendFloat([]byte("x"), f); string(got) != "x"+string(want) {
			t.Errorf("appendFloat(%v) = %q, want %q", f, got[1:], want)
		}
	}
}
