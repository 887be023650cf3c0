package yamlspec

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/shopspring/decimal"
	"go.yaml.in/yaml/v3"
)

// Numbers are read from the scalar's literal text, never through a float, and only in plain
// decimal notation: 1e6, 0x10, 1_000, .inf and the like are refused, so that what a reader
// sees is exactly the number used. The patterns are compiled at first use (the checks of
// numbers do without them), so that a start pays for none.
var (
	plainInt     = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[-+]?[0-9]+$`) })
	plainDecimal = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[-+]?([0-9]+(\.[0-9]*)?|\.[0-9]+)$`) })
	exponent     = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^[-+]?([0-9]+(\.[0-9]*)?|\.[0-9]+)[eE]([-+]?[0-9]{1,3})$`)
	})
)

// maxShown bounds how much of a bad value a message repeats.
const maxShown = 40

func (d *decoder) scalar(v *Value) {
	n := v.node
	if n.Kind != yaml.ScalarNode {
		d.errorAt(v.at, v.path, "expected %s, found %s", describe(v.spec), found(n))
		return
	}
	if isNull(n) {
		d.errorAt(v.at, v.path, "no value; expected %s", describe(v.spec))
		return
	}
	var msg string
	switch v.spec.Kind {
	case String:
		msg = checkString(v.spec, n.Value)
	case Bool:
		msg = readBool(v, n)
	case Int, Decimal:
		msg = readNumber(v, n)
	}
	if msg != "" {
		d.errorAt(v.at, v.path, "%s", msg)
		return
	}
	v.ok = true
}

// checkString returns why s is not a value of spec, or "".
func checkString(spec *Spec, s string) string {
	if len(spec.Enum) > 0 {
		for _, e := range spec.Enum {
			if s == e {
				return ""
			}
		}
		return quote(s) + " is not one of " + strings.Join(spec.Enum, ", ") + hint(s, spec.Enum)
	}
	if spec.Pattern != "" && (spec.MaxLength > 0 && utf8.RuneCountInString(s) > spec.MaxLength || !compiled(spec.Pattern).MatchString(s)) {
		return quote(s) + " is not valid; expected " + spec.PatternDoc
	}
	return ""
}

func readBool(v *Value, n *yaml.Node) string {
	if n.Tag == "!!bool" && !isQuoted(n) {
		v.b = strings.EqualFold(n.Value, "true")
		return ""
	}
	if isQuoted(n) && (strings.EqualFold(n.Value, "true") || strings.EqualFold(n.Value, "false")) {
		return show(n) + " is text, not true or false (remove the quotes)"
	}
	return show(n) + " is not true or false"
}

func readNumber(v *Value, n *yaml.Node) string {
	s, text := v.spec, n.Value
	what := "a number"
	if s.Kind == Int {
		what = "a whole number"
	}
	quoted := isQuoted(n)
	switch {
	case quoted && s.Quotes == Unquoted:
		if isPlainDecimal(text) {
			return show(n) + " is text, not " + what + expected(s) + " (remove the quotes)"
		}
		return show(n) + " is not " + what + expected(s)
	case quoted && !strings.ContainsAny(text, "0123456789"):
		return show(n) + " is not " + what + expected(s)
	case !quoted && n.Tag != "!!int" && n.Tag != "!!float":
		return show(n) + " is not " + what + expected(s)
	case !quoted && s.Quotes == QuotesRequired:
		return show(n) + " must be quoted, as in " + quote(text) + ", so that no YAML reader takes it for a float"
	}
	if !isPlainDecimal(text) {
		msg := show(n) + " is not written in plain decimal digits" + expected(s)
		if m := exponent().FindStringSubmatch(text); m != nil {
			if e, _ := strconv.Atoi(m[3]); e >= -12 && e <= 18 {
				msg += " (write " + decimal.RequireFromString(text).String() + ")"
			}
		}
		return msg
	}
	if s.Kind == Int && !isPlainInt(text) {
		return show(n) + " is not " + what + expected(s)
	}
	unsigned := strings.TrimLeft(text, "+-")
	if whole, _, _ := strings.Cut(unsigned, "."); len(whole) > 1 && whole[0] == '0' {
		return show(n) + " has a leading zero, which some YAML readers take for octal; write " +
			decimal.RequireFromString(text).String()
	}
	val := decimal.RequireFromString(text)
	if lo, ok := decimalBound(s.Min); ok {
		if s.ExclusiveMin && val.Cmp(lo) <= 0 {
			return show(n) + " is not greater than " + s.Min + expected(s)
		}
		if val.Cmp(lo) < 0 {
			return show(n) + " is below the minimum of " + s.Min
		}
	}
	if hi, ok := decimalBound(s.Max); ok && val.Cmp(hi) > 0 {
		return show(n) + " is above the maximum of " + s.Max
	}
	if s.Kind == Decimal && s.MaxPlaces > 0 {
		_, frac, _ := strings.Cut(unsigned, ".")
		if places := len(strings.TrimRight(frac, "0")); places > int(s.MaxPlaces) {
			return show(n) + " has " + strconv.Itoa(places) + " decimal places; at most " +
				strconv.Itoa(int(s.MaxPlaces)) + " are allowed"
		}
	}
	if s.Kind == Int {
		i, err := strconv.ParseInt(strings.TrimPrefix(text, "+"), 10, 64)
		if err != nil {
			return show(n) + " is too large" + expected(s)
		}
		v.i = i
	}
	v.dec = val
	return ""
}

// expected ends a message about a number that is not one of s: "; expected " and what s
// expects, worked out only for a message.
func expected(s *Spec) string { return "; expected " + describe(s) }

// isPlainInt says text is a whole number in plain decimal digits, signed or not: what
// plainInt matches, without the regular expression's cost on every number of a file.
func isPlainInt(text string) bool {
	digits := withoutSign(text)
	return digits != "" && allDigits(digits)
}

// isPlainDecimal says text is a number in plain decimal digits, signed or not, with an
// optional fraction ("12", "-1.5", "3.", ".25"): what plainDecimal matches, without the
// regular expression's cost on every number of a file.
func isPlainDecimal(text string) bool {
	whole, frac, dot := strings.Cut(withoutSign(text), ".")
	if !allDigits(whole) || !allDigits(frac) {
		return false
	}
	return whole != "" || dot && frac != ""
}

// withoutSign is text without its one leading + or -, if any.
func withoutSign(text string) string {
	if text != "" && (text[0] == '+' || text[0] == '-') {
		return text[1:]
	}
	return text
}

// allDigits says every byte of s is an ASCII digit (true for "").
func allDigits(s string) bool {
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// isQuoted reports whether a scalar is text by the way it is written: quoted, a block
// scalar, or tagged !!str.
func isQuoted(n *yaml.Node) bool {
	return n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle|yaml.LiteralStyle|yaml.FoldedStyle) != 0 ||
		n.Tag == "!!str"
}

// show repeats a scalar in a message: text in double quotes, anything else as written.
func show(n *yaml.Node) string {
	if isQuoted(n) {
		return quote(n.Value)
	}
	return truncate(n.Value)
}

// quote double-quotes s for a message, shortened if long.
func quote(s string) string { return strconv.Quote(truncate(s)) }

func truncate(s string) string {
	if r := []rune(s); len(r) > maxShown {
		return string(r[:maxShown-1]) + "…"
	}
	return s
}

// found describes what a node is, for "expected X, found Y".
func found(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		if isNull(n) {
			return "nothing"
		}
		return show(n)
	}
	return "an alias"
}

// describe says in words what a spec expects: "an integer from 128 to 10240".
func describe(s *Spec) string {
	switch s.Kind {
	case Object, Map:
		return "a mapping"
	case List:
		return "a list"
	case String:
		if len(s.Enum) > 0 {
			return "one of " + strings.Join(s.Enum, ", ")
		}
		if s.PatternDoc != "" {
			return s.PatternDoc
		}
		return "text"
	case Bool:
		return "true or false"
	case Int:
		return "an integer" + describeRange(s)
	case Decimal:
		d := "a number" + describeRange(s)
		if s.MaxPlaces > 0 {
			if s.Min != "" || s.Max != "" {
				d += ","
			}
			d += " with at most " + strconv.Itoa(int(s.MaxPlaces)) + " decimal places"
		}
		return d
	}
	return s.Kind.String()
}

func describeRange(s *Spec) string {
	switch {
	case s.Min != "" && s.Max != "" && s.ExclusiveMin:
		return " greater than " + s.Min + " and at most " + s.Max
	case s.Min != "" && s.Max != "":
		return " from " + s.Min + " to " + s.Max
	case s.Min != "" && s.ExclusiveMin:
		return " greater than " + s.Min
	case s.Min != "":
		return " of at least " + s.Min
	case s.Max != "":
		return " of at most " + s.Max
	}
	return ""
}
