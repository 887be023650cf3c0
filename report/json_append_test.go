package report

import (
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
// String, digit for digit, for the edge cases of TestDecimalTextIsDecimals and 20,000 random
// coefficients of up to 22 digits (past the 18 written in place) at exponents -25 to 5.
func TestAppendDecimalTextIsDecimals(t *testing.T) {
	var cases []decimal.Decimal
	for _, s := range []string{"0", "0.000", "-0.004", "0.005", "-0.005", "0.125", "-0.125", "1.5", "-2.5",
		"12345.6789", "999999999999999999", "-999999999999999999", "9999999999999999999", "123456789012345678901234",
		"0.00000000000000000001", "1e5", "-3e2", "0e3", "50e-1", "100", "0.0000166667", "3153600000"} {
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
