package report

import (
	"math"

	"github.com/shopspring/decimal"
)

// A bill's line has several decimals to write, and shopspring's methods go through big.Int for
// each: a division to round, a base conversion to print, and a string or two of their own.
// The functions here take the coefficient's digits onto the stack (numeral), round them there
// and write them where they go, to the same text as decimal's own methods
// (TestDecimalTextIsDecimals); a coefficient past a numeral's words is left to those methods.

// appendDecimalText appends d.String() to buf (every digit, the fraction's trailing zeros
// trimmed) without a string of its own.
func appendDecimalText(buf []byte, d decimal.Decimal) []byte {
	return appendNumber(buf, d, allPlaces, numberStyle{trim: true})
}

// appendNumber appends d rounded to places decimals as decimal's Round does (half away from
// zero; allPlaces: every digit) in style, without a string of its own: the text of money,
// quantity, unitPrice and the like.
func appendNumber(buf []byte, d decimal.Decimal, places int32, style numberStyle) []byte {
	var n numeral
	if !n.set(d) {
		return appendNumberString(buf, d, places, style)
	}
	if places != allPlaces {
		n.round(places)
	}
	return n.append(buf, style)
}

// allPlaces asks appendNumber for every digit, unrounded.
const allPlaces = math.MinInt32
