package yamlspec

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// yamlMessage splits an error of the YAML library: its optional line and what it says.
var yamlMessage = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(?:line (\d+): )?(.*)$`) })

// unknownAnchor is the library's message for an alias with no anchor before it.
var unknownAnchor = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^unknown anchor '(.*)' referenced$`) })

// parserMessages are the library's parser errors; every other one with a line comes from its
// scanner. They differ in the line given: the parser's counts from 0 (it names the line
// before), the scanner's from 1.
var parserMessages = []string{
	"did not find expected <stream-start>",
	"did not find expected <document start>",
	"did not find expected node content",
	"did not find expected '-' indicator",
	"did not find expected key",
	"did not find expected ',' or ']'",
	"did not find expected ',' or '}'",
	"found undefined tag handle",
	"found duplicate %YAML directive",
	"found incompatible YAML document",
	"found duplicate %TAG directive",
}

// messageFaults maps each of the library's messages (or their start) to the faults that
// cause it.
var messageFaults = []struct {
	prefix string
	kinds  []faultKind
}{
	{"found character that cannot start any token", []faultKind{faultTab, faultReserved}},
	{"found a tab character", []faultKind{faultTab}},
	{"found unexpected end of stream", []faultKind{faultUnclosedQuote}},
	{"found unexpected document indicator", []faultKind{faultDocInQuote}},
	{"found unknown escape character", []faultKind{faultEscape}},
	{"did not find expected hexdecimal number", []faultKind{faultEscape}},
	{"found invalid Unicode character escape code", []faultKind{faultEscape}},
	{"did not find expected ',' or", []faultKind{faultMismatchedFlow, faultUnclosedFlow}},
	{"did not find expected key", []faultKind{faultIndent, faultEntryInMapping, faultAfterValue, faultStrayCloser}},
	{"did not find expected '-' indicator", []faultKind{faultKeyInSequence, faultIndent, faultAfterValue}},
	{"did not find expected node content", []faultKind{faultStrayCloser, faultEmptyFlowEntry, faultMismatchedFlow, faultUnclosedFlow}},
	{"mapping values are not allowed", []faultKind{faultColon}},
	{"block sequence entries are not allowed", []faultKind{faultEntryInline}},
	{"mapping keys are not allowed", []faultKind{faultEntryInline}},
	{"could not find expected ':'", []faultKind{faultNoColon}},
	{"did not find expected alphabetic or numeric character", []faultKind{faultEmptyName}},
	{"did not find the expected '>'", []faultKind{faultTag}},
	{"found undefined tag handle", []faultKind{faultTag}},
	{"did not find expected whitespace or line break", []faultKind{faultTag, faultDirective}},
	{"found an indentation indicator equal to 0", []faultKind{faultBlockHeader}},
	{"did not find expected comment or line break", []faultKind{faultBlockHeader, faultDirective}},
	{"did not find expected <document start>", []faultKind{faultAfterDocEnd}},
	{"control characters are not allowed", []faultKind{faultBadChar}},
	{"invalid ", []faultKind{faultBadChar}}, // invalid leading/trailing UTF-8 octet, ...
	{"incomplete UTF-8 octet sequence", []faultKind{faultBadChar}},
	{"found duplicate %", []faultKind{faultDirective}},
	{"found incompatible YAML document", []faultKind{faultDirective}},
	{"found unknown directive name", []faultKind{faultDirective}},
	{"could not find expected directive name", []faultKind{faultDirective}},
	{"found unexpected non-alphabetical character", []faultKind{faultDirective}},
	{"did not find expected digit or '.' character", []faultKind{faultDirective}},
	{"found extremely long version number", []faultKind{faultDirective}},
	{"did not find expected version number", []faultKind{faultDirective}},
	{"did not find expected whitespace", []faultKind{faultDirective}},
}

// atStart says the position reported for a fault of kind k is where the construct the
// library was reading starts (its context), not where it stopped.
func atStart(k faultKind) bool {
	switch k {
	case faultUnclosedQuote, faultUnclosedFlow, faultNoColon, faultEmptyName, faultTag, faultBlockHeader:
		return true
	}
	return false
}

// syntaxError turns an error of the YAML library about data into an Error at the line and
// column of the fault, found by scanning data (see syntaxScan), with a note on what is there.
// When the scan finds no fault that fits the message, the Error is at the first character of
// the line the library's message means (the first line when it names none).
func syntaxError(file string, data []byte, err error) Error {
	m := yamlMessage().FindStringSubmatch(strings.TrimPrefix(err.Error(), "yaml: "))
	line, msg := 0, m[2]
	if m[1] != "" {
		line, _ = strconv.Atoi(m[1])
	}
	e := Error{File: file, Message: "invalid YAML: " + msg}
	scan := scanSyntax(data)
	if a := unknownAnchor().FindStringSubmatch(msg); a != nil {
		if r, ok := scan.unknownAlias(a[1]); ok {
			e.Line, e.Column = r.line, r.col
			e.Message += fmt.Sprintf(" (no &%s before this *%s)", a[1], a[1])
		}
		return e
	}
	// The library's line: the parser's counts from 0; without one, the problem and what it
	// is part of are both on the first line, unless the message never has a position.
	rule := lineRule{from: line, given: line > 0, any: noPosition(msg)}
	if slices.Contains(parserMessages, msg) && line > 0 {
		rule.from++
	}
	if !rule.given {
		rule.from = 1
	}
	if f, ok := scan.first(msg, rule); ok {
		e.Line, e.Column = f.line, f.col
		if f.note != "" {
			e.Message += " (" + f.note + ")"
		}
		return e
	}
	if !rule.any {
		e.Line, e.Column = rule.from, firstColumn(data, rule.from)
	}
	return e
}

// lineRule is what the library's message says of the line of a fault: from is the line it
// names (made 1-based), given says it named one (else the fault is on line 1), any says the
// message never has a position (the reader's and the composer's errors).
type lineRule struct {
	from       int
	given, any bool
}

// allows says a fault of kind k on line can be the one the message is about: the library
// names the line of the construct it was reading when that is not the first line, else the
// line where it stopped; a fault at the start of the construct is on that line or the first,
// one where it stopped is on it or later, and a quote or bracket left open is at it or before.
func (r lineRule) allows(k faultKind, line int) bool {
	switch {
	case r.any:
		return true
	case !r.given:
		return line == 1
	case k == faultUnclosedQuote || k == faultUnclosedFlow:
		return line <= r.from // there is one at most, before the end where the library stopped
	case atStart(k):
		return line == r.from || line == 1
	}
	return line >= r.from
}

// noPosition says the library's message comes without any position to go by (the reader's
// and the composer's errors), as opposed to one on the first line.
func noPosition(msg string) bool {
	for _, p := range []string{"control characters", "invalid ", "incomplete UTF-8", "document contains excessive aliasing"} {
		if strings.HasPrefix(msg, p) {
			return true
		}
	}
	return false
}

// first returns the first fault, by position, of a kind that causes msg and that rule
// allows.
func (s *syntaxScan) first(msg string, rule lineRule) (fault, bool) {
	var kinds []faultKind
	for _, mf := range messageFaults {
		if strings.HasPrefix(msg, mf.prefix) {
			kinds = mf.kinds
			break
		}
	}
	// "did not find expected ',' or ']'" is about a [, "... or '}'" about a {.
	var bracket rune
	if strings.HasPrefix(msg, "did not find expected ',' or ") {
		bracket = map[bool]rune{true: '[', false: '{'}[strings.HasSuffix(msg, "']'")]
	}
	faults := slices.Clone(s.faults)
	slices.SortStableFunc(faults, func(a, b fault) int {
		if a.line != b.line {
			return a.line - b.line
		}
		return a.col - b.col
	})
	for _, f := range faults {
		if slices.Contains(kinds, f.kind) && (bracket == 0 || f.opener == bracket) && rule.allows(f.kind, f.line) {
			return f, true
		}
	}
	return fault{}, false
}

// unknownAlias returns the first alias *name with no anchor &name before it.
func (s *syntaxScan) unknownAlias(name string) (ref, bool) {
	for _, r := range s.refs {
		if r.name != name {
			continue
		}
		if !r.alias {
			return ref{}, false // anchored first: the library stopped elsewhere
		}
		return r, true
	}
	return ref{}, false
}

// firstColumn is the column of the first character that is not a blank on line (1-based)
// of data, or 1.
func firstColumn(data []byte, line int) int {
	lines := strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
	if line < 1 || line > len(lines) {
		return 1
	}
	for i, c := range []rune(lines[line-1]) {
		if c != ' ' && c != '\t' {
			return i + 1
		}
	}
	return 1
}
