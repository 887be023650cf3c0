package report

import (
	"math/bits"
	"strconv"
	"strings"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/shopspring/decimal"
)

// numeral is a decimal's magnitude as its coefficient's digits, on the stack, with its sign
// and exponent, to be rounded and written with no math/big: digits[start:end] x 10^exp.
// Position 0 is never one of set's digits, for round's carry.
type numeral struct {
	space      [coefficientSpace + 1]byte
	start, end int
	exp        int32
	negative   bool
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

// set makes n the digits of d's coefficient. A coefficient of up to 18 digits is an int64;
// a larger one, a sum's or a division's, often with trailing zeros (0.400002 as 23 digits),
// is divided by wordChunk a word at a time on the stack rather than written by math/big (a
// string and its concatenations each). It is false past coefficientWords words.
func (n *numeral) set(d decimal.Decimal) bool {
	n.exp = d.Exponent()
	if d.NumDigits() <= 18 {
		c := d.CoefficientInt64()
		n.negative = c < 0
		if c < 0 {
			c = -c
		}
		n.start = 1
		n.end = 1 + len(strconv.AppendUint(n.space[1:1], uint64(c), 10))
		return true
	}
	c := d.Coefficient()
	words := c.Bits()
	if len(words) > coefficientWords {
		return false
	}
	var w [coefficientWords]uint
	for i, x := range words {
		w[i] = uint(x)
	}
	n.negative, n.end = c.Sign() < 0, len(n.space)
	at := len(n.space)
	for top := len(words); top > 0; {
		var r uint
		for i := top - 1; i >= 0; i-- {
			w[i], r = bits.Div(r, w[i], wordChunk)
		}
		for top > 0 && w[top-1] == 0 {
			top--
		}
		for k := 0; k < wordDigits && (top > 0 || r > 0); k++ { // the leading chunk unpadded
			at--
			n.space[at] = '0' + byte(r%10)
			r /= 10
		}
	}
	n.start = at
	return true
}

// round rounds n to places decimals as decimal's Round does: truncated to places + 1
// decimals, then half away from zero.
func (n *numeral) round(places int32) {
	drop := -int64(places) - int64(n.exp)
	if drop <= 0 { // as many decimals or fewer: exact
		return
	}
	n.exp = -places
	if drop > int64(n.end-n.start) { // every digit dropped, and the next below them a zero
		n.space[n.start], n.end = '0', n.start+1
		return
	}
	up := n.space[n.end-int(drop)] >= '5'
	n.end -= int(drop)
	if n.end == n.start { // nothing kept: 0, or 1 rounded up
		n.space[n.start], n.end = '0', n.start+1
		if up {
			n.space[n.start] = '1'
		}
		return
	}
	for i := n.end - 1; up && i >= n.start; i-- {
		if n.space[i] == '9' {
			n.space[i] = '0'
			continue
		}
		n.space[i]++
		up = false
	}
	if up { // 9.99 up to 10.0: a carry before the first digit
		n.start--
		n.space[n.start] = '1'
	}
}

// numberStyle is how a numeral is written.
type numberStyle struct {
	// trim drops the fraction's trailing zeros (decimal's String; else StringFixed's).
	trim bool
	// minPlaces adds zeros to make at least that many decimals.
	minPlaces int
	// group puts commas between thousands; dollars also "$" after the sign (and groups).
	group, dollars bool
}

// append appends n in style: the sign (none for zero), the integer part, then the fraction.
func (n *numeral) append(buf []byte, style numberStyle) []byte {
	digits := n.space[n.start:n.end]
	zero := len(digits) == 1 && digits[0] == '0'
	if n.negative && !zero {
		buf = append(buf, '-')
	}
	if style.dollars {
		buf = append(buf, '$')
	}
	intPart, leading, frac := digits, 0, []byte(nil)
	if n.exp < 0 {
		if places := -int(n.exp); len(digits) > places {
			intPart, frac = digits[:len(digits)-places], digits[len(digits)-places:]
		} else {
			intPart, leading, frac = []byte("0"), places-len(digits), digits
		}
	}
	zeros := 0 // the integer part's after its digits
	if n.exp > 0 && !zero {
		zeros = int(n.exp)
	}
	buf = appendGrouped(buf, intPart, zeros, style.group || style.dollars)
	if style.trim {
		for len(frac) > 0 && frac[len(frac)-1] == '0' {
			frac = frac[:len(frac)-1]
		}
		if len(frac) == 0 {
			leading = 0
		}
	}
	if places := leading + len(frac); places > 0 || style.minPlaces > 0 {
		buf = append(buf, '.')
		buf = appendZeros(buf, leading)
		buf = append(buf, frac...)
		buf = appendZeros(buf, style.minPlaces-places)
	}
	return buf
}

// appendGrouped appends digits then zeros zeros, a comma between thousands when group.
func appendGrouped(buf, digits []byte, zeros int, group bool) []byte {
	if !group {
		return appendZeros(append(buf, digits...), zeros)
	}
	total := len(digits) + zeros
	for i := range total {
		if i > 0 && (total-i)%3 == 0 {
			buf = append(buf, ',')
		}
		if i < len(digits) {
			buf = append(buf, digits[i])
		} else {
			buf = append(buf, '0')
		}
	}
	return buf
}

// appendZeros appends n zeros (none when n < 1).
func appendZeros(buf []byte, n int) []byte {
	for range n {
		buf = append(buf, '0')
	}
	return buf
}

// appendNumberString is appendNumber of a coefficient past a numeral's words, through
// decimal's own methods and package humanize.
func appendNumberString(buf []byte, d decimal.Decimal, places int32, style numberStyle) []byte {
	if places != allPlaces {
		d = d.Round(places)
	}
	text := d.String()
	if !style.trim {
		text = d.StringFixed(max(0, -d.Exponent()))
	}
	if i := strings.IndexByte(text, '.'); i < 0 && style.minPlaces > 0 {
		text += "." + strings.Repeat("0", style.minPlaces)
	} else if i >= 0 && len(text)-i-1 < style.minPlaces {
		text += strings.Repeat("0", style.minPlaces-(len(text)-i-1))
	}
	switch {
	case style.dollars:
		text = humanize.Dollars(text)
	case style.group:
		text = humanize.Group(text)
	}
	return append(buf, text...)
}
