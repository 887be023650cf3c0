package report

import (
	"math/bits"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// A bill's line has several decimals to write, and shopspring's methods go through big.Int for
// each: a division to round, a base conversion to print. Nearly every amount and quantity has a
// coefficient of at most 18 digits, which the functions here round and write with int64
// arithmetic, to the same text as decimal's own methods (TestDecimalTextIsDecimals); a larger
// one is left to those methods.

// decimalText is d.String(): every digit, the fraction's trailing zeros trimmed.
func decimalText(d decimal.Decimal) string {
	var space [40]byte
	return string(appendDecimalText(space[:0], d))
}

// appendDecimalText appends decimalText(d), d.String(), to buf without a string of its own:
// the coefficient's digits (coefficientDigits) go through a buffer on the stack, the point
// and zeros placed as String places them.
func appendDecimalText(buf []byte, d decimal.Decimal) []byte {
	var space [coefficientSpace]byte
	digits, negative, ok := coefficientDigits(&space, d)
	if !ok {
		return append(buf, d.String()...)
	}
	if negative {
		buf = append(buf, '-')
	}
	exp := d.Exponent()
	if exp >= 0 {
		buf = append(buf, digits...)
		if string(digits) == "0" {
			return buf
		}
		for range exp {
			buf = append(buf, '0')
		}
		return buf
	}
	places := -int(exp)
	intPart, zeros, frac := []byte("0"), 0, digits
	if len(digits) > places {
		intPart, frac = digits[:len(digits)-places], digits[len(digits)-places:]
	} else {
		zeros = places - len(digits)
	}
	for len(frac) > 0 && frac[len(frac)-1] == '0' {
		frac = frac[:len(frac)-1]
	}
	buf = append(buf, intPart...)
	if len(frac) == 0 {
		return buf
	}
	buf = append(buf, '.')
	for range zeros {
		buf = append(buf, '0')
	}
	return append(buf, frac...)
}

// coefficientSpace holds the digits of a coefficient of up to coefficientWords words.
const (
	coefficientWords = 8
	coefficientSpace = coefficientWords*bits.UintSize*30103/100000 + 1 // log10(2) is 0.30103
	// wordDigits is the most decimal digits a word holds whole: 19 in 64 bits, 9 in 32.
	wordDigits = 9 + 10*(bits.UintSize/64)
)

// wordChunk is 10^wordDigits: a word's remainder by it is wordDigits digits.
var wordChunk = func() uint {
	c := uint(1)
	for range wordDigits {
		c *= 10
	}
	return c
}()

// coefficientDigits writes the digits of d's coefficient into space, without its sign
// (negative says it). A coefficient of up to 18 digits is an int64; a larger one, a sum's or
// a division's, often with trailing zeros (0.400002 as 23 digits), is divided by
// wordChunk a word at a time on the stack rather than written by math/big (a string and
// its concatenations each). ok is false past coefficientWords words.
func coefficientDigits(space *[coefficientSpace]byte, d decimal.Decimal) (digits []byte, negative, ok bool) {
	if d.NumDigits() <= 18 {
		c := d.CoefficientInt64()
		if c < 0 {
			return strconv.AppendUint(space[:0], uint64(-c), 10), true, true
		}
		return strconv.AppendUint(space[:0], uint64(c), 10), false, true
	}
	c := d.Coefficient()
	words := c.Bits()
	if len(words) > coefficientWords {
		return nil, false, false
	}
	var n [coefficientWords]uint
	for i, w := range words {
		n[i] = uint(w)
	}
	at := len(space)
	for top := len(words); top > 0; {
		var r uint
		for i := top - 1; i >= 0; i-- {
			n[i], r = bits.Div(r, n[i], wordChunk)
		}
		for top > 0 && n[top-1] == 0 {
			top--
		}
		for k := 0; k < wordDigits && (top > 0 || r > 0); k++ { // the leading chunk unpadded
			at--
			space[at] = '0' + byte(r%10)
			r /= 10
		}
	}
	return space[at:], c.Sign() < 0, true
}

// roundedText is d.Round(places) written with exactly places decimals (StringFixed) when
// fixed, else with the trailing zeros trimmed (String).
func roundedText(d decimal.Decimal, places int32, fixed bool) string {
	c, exp, ok := coefficient(d)
	if ok {
		c, exp, ok = roundCoefficient(c, exp, places)
	}
	if !ok {
		r := d.Round(places)
		if fixed {
			return r.StringFixed(places)
		}
		return r.String()
	}
	return coefficientText(c, exp, !fixed)
}

// rounded is d.Round(places), its coefficient and exponent the same.
func rounded(d decimal.Decimal, places int32) decimal.Decimal {
	c, exp, ok := coefficient(d)
	if ok {
		c, exp, ok = roundCoefficient(c, exp, places)
	}
	if !ok {
		return d.Round(places)
	}
	return decimal.New(c, exp)
}

// coefficient returns d as c x 10^exp when c has at most 18 digits.
func coefficient(d decimal.Decimal) (c int64, exp int32, ok bool) {
	if d.NumDigits() > 18 {
		return 0, 0, false
	}
	return d.CoefficientInt64(), d.Exponent(), true
}

var powersOfTen = func() [19]int64 {
	var p [19]int64
	p[0] = 1
	for i := 1; i < len(p); i++ {
		p[i] = p[i-1] * 10
	}
	return p
}()

// roundCoefficient rounds c x 10^exp to places decimals as decimal.Round does: truncated to
// places + 1 decimals, then half away from zero. ok is false when the result would not fit.
func roundCoefficient(c int64, exp, places int32) (int64, int32, bool) {
	switch drop := int64(-places) - int64(exp); {
	case drop == 0:
		return c, exp, true
	case drop < 0: // more decimals: exact
		k := -drop
		if k >= int64(len(powersOfTen)) || abs(c) > (1<<63-1)/powersOfTen[k] {
			return 0, 0, false
		}
		return c * powersOfTen[k], -places, true
	default:
		t := int64(0)
		if drop-1 < int64(len(powersOfTen)) {
			t = c / powersOfTen[drop-1]
		}
		if t < 0 {
			t -= 5
		} else {
			t += 5
		}
		return t / 10, -places, true
	}
}

func abs(c int64) int64 {
	if c < 0 {
		return -c
	}
	return c
}

// coefficientText writes c x 10^exp as decimal's String (trim) or StringFixed(-exp) does.
func coefficientText(c int64, exp int32, trim bool) string {
	if exp >= 0 {
		if c == 0 || exp == 0 {
			return strconv.FormatInt(c, 10)
		}
		return strconv.FormatInt(c, 10) + strings.Repeat("0", int(exp))
	}
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	digits := strconv.FormatInt(c, 10)
	places := int(-exp)
	intPart, zeros, frac := "0", "", digits
	if len(digits) > places {
		intPart, frac = digits[:len(digits)-places], digits[len(digits)-places:]
	} else {
		zeros = strings.Repeat("0", places-len(digits))
	}
	if trim {
		frac = strings.TrimRight(frac, "0")
		if frac == "" {
			zeros = ""
		}
	}
	if zeros == "" && frac == "" {
		return sign + intPart
	}
	return sign + intPart + "." + zeros + frac
}
