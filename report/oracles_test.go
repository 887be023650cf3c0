package report

import (
	"strings"

	"github.com/shopspring/decimal"
)

// The plain forms of what the writers append in place, for the tests to hold them to.

// ms is appendMs(v) as a string.
func ms(v float64) string {
	var space [32]byte
	return string(appendMs(space[:0], v))
}

// decimalText is appendDecimalText(d) as a string: d.String().
func decimalText(d decimal.Decimal) string {
	var space [40]byte
	return string(appendDecimalText(space[:0], d))
}

// apart joins two cells of a line, with a space between when neither brings one (what
// writeApart writes).
func apart(left, right string) string {
	if strings.HasSuffix(left, " ") || strings.HasPrefix(right, " ") {
		return left + right
	}
	return left + " " + right
}
