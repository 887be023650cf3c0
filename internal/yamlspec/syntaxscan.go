package yamlspec

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// The YAML library (go.yaml.in/yaml/v3) says what stopped it and, for most problems, a line,
// but never a column, and its line is off: a parser error names the line before (its marks
// count from 0), and a problem on the first line has none. syntaxScan reads the bytes once,
// with YAML's rules for the tokens that matter here, and notes every place where the library
// would stop (a fault); locate picks, among the faults of the kind the library's message
// names, the first one its line allows. The scan is not a YAML parser: it knows indentation,
// quotes, flow brackets, comments, block scalars, anchors and aliases, which is what the
// library's syntax errors are about.

// faultKind is what is wrong at a fault.
type faultKind int

const (
	faultTab            faultKind = iota // a tab where YAML wants indentation spaces
	faultReserved                        // @, ` or % starting a token
	faultUnclosedQuote                   // a quoted scalar that the file ends inside
	faultDocInQuote                      // --- or ... at the start of a line inside a quoted scalar
	faultEscape                          // a bad escape in a double-quoted scalar
	faultUnclosedFlow                    // a [ or { that is never closed
	faultMismatchedFlow                  // a ] or } closing the other kind of bracket
	faultStrayCloser                     // a ] or } outside any bracket
	faultEmptyFlowEntry                  // a , with no entry before it
	faultIndent                          // a line indented to no level of the lines above it
	faultEntryInMapping                  // "- " where a key is expected
	faultKeyInSequence                   // a key where "- " is expected
	faultAfterValue                      // more after a value that is complete
	faultColon                           // a ": " that can start no value
	faultEntryInline                     // "- " or "? " after ": " on one line
	faultNoColon                         // a key-like line without ":"
	faultEmptyName                       // & or * without a name
	faultTag                             // a tag (the library's tag errors are about one)
	faultBlockHeader                     // the | or > that starts a block scalar
	faultDirective                       // a %-directive line
	faultAfterDocEnd                     // content after ... without a new ---
	faultBadChar                         // a byte or character YAML does not allow
)

// fault is a place where the library would stop: line and column (1-based, in characters),
// and a note saying what the scan saw there. opener is the bracket a flow fault is about.
type fault struct {
	kind      faultKind
	line, col int
	opener    rune
	note      string
}

// ref is an anchor (&name) or an alias (*name), in document order.
type ref struct {
	alias     bool
	name      string
	line, col int
}

// level is an open block collection: the column of its entries (0-based) and whether it is a
// sequence; an indentless sequence sits at its key's column.
type level struct {
	col        int
	seq        bool
	indentless bool
}

// bracket is an open [ or { and where it is.
type bracket struct {
	ch        rune
	line, col int
}

// syntaxScan is a scan of one document: the faults and references found, and the state it
// carries from line to line.
type syntaxScan struct {
	faults []fault
	refs   []ref

	line int    // the line being scanned, 1-based
	text []rune // its characters

	flow   []bracket
	quote  *bracket // the quote a multi-line quoted scalar opened
	levels []level

	// A block scalar runs over the lines more indented than parent; content is its lines'
	// indentation, -1 until its first non-blank line.
	inBlock       bool
	blockParent   int
	blockContent  int
	pending       bool // the last line ended with "key:" or "-": a value may follow below
	pendingCol    int  // the column of that key or dash
	pendingKey    bool // ... and it was a key (an indentless sequence may follow at its column)
	prevPlain     bool // the last line ended inside a plain scalar, which may go on below
	prevComplete  bool // the last line ended with a complete value (quoted, bracketed, alias)
	docEnded      bool // after "...": only a directive or --- may follow
	colons        int  // value indicators on this line, outside brackets
	junk          bool // this line has text after a complete value: a colon after it starts nothing
	lastFlowToken rune // in brackets: the last of [ { , or 0 after an entry
}

// scanSyntax scans data and returns what it found.
func scanSyntax(data []byte) *syntaxScan {
	s := &syntaxScan{blockContent: -1}
	data = []byte(strings.TrimPrefix(string(data), "\uFEFF"))
	s.badBytes(data)
	text := strings.ReplaceAll(strings.ReplaceAll(string(data), "\r\n", "\n"), "\r", "\n")
	for i, line := range strings.Split(text, "\n") {
		s.line, s.text = i+1, []rune(line)
		s.scanLine()
	}
	if s.quote != nil {
		s.add(faultUnclosedQuote, s.quote.line, s.quote.col, 0, "the quoted string that starts here is not closed")
	}
	if n := len(s.flow); n > 0 {
		b := s.flow[n-1]
		s.add(faultUnclosedFlow, b.line, b.col, b.ch, fmt.Sprintf("the %c that starts here is not closed", b.ch))
	}
	return s
}

func (s *syntaxScan) add(k faultKind, line, col int, opener rune, note string) {
	s.faults = append(s.faults, fault{kind: k, line: line, col: col, opener: opener, note: note})
}

// at adds a fault at column i (0-based) of the current line.
func (s *syntaxScan) at(k faultKind, i int, note string) { s.add(k, s.line, i+1, 0, note) }

// badBytes notes the first byte that is not UTF-8 or a character YAML does not allow.
func (s *syntaxScan) badBytes(data []byte) {
	line, col := 1, 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			s.add(faultBadChar, line, col, 0, fmt.Sprintf("byte 0x%02X is not UTF-8", data[i]))
			return
		case !printable(r):
			s.add(faultBadChar, line, col, 0, fmt.Sprintf("character %U is not allowed in YAML", r))
			return
		case r == '\n':
			line, col = line+1, 1
		case r == '\r':
			if i+1 < len(data) && data[i+1] == '\n' {
				i++
			}
			line, col = line+1, 1
		default:
			col++
		}
		i += size
	}
}

// printable is YAML 1.1's set of characters a stream may hold.
func printable(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r' || r == 0x85:
		return true
	case r >= 0x20 && r <= 0x7E:
		return true
	case r >= 0xA0 && r <= 0xD7FF, r >= 0xE000 && r <= 0xFFFD, r >= 0x10000 && r <= 0x10FFFF:
		return true
	}
	return false
}

// top is the innermost open block collection, or one at column -1 when there is none.
func (s *syntaxScan) top() level {
	if len(s.levels) == 0 {
		return level{col: -1}
	}
	return s.levels[len(s.levels)-1]
}

func (s *syntaxScan) char(i int) rune {
	if i < 0 || i >= len(s.text) {
		return 0
	}
	return s.text[i]
}

// blankAt says column i is a space, a tab or the end of the line.
func (s *syntaxScan) blankAt(i int) bool {
	c := s.char(i)
	return c == 0 || c == ' ' || c == '\t'
}

func isAnchorChar(c rune) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '-'
}

func isFlowIndicator(c rune) bool { return c == ',' || c == '[' || c == ']' || c == '{' || c == '}' }

// scanLine scans one line, in whatever state the lines before left.
func (s *syntaxScan) scanLine() {
	s.colons, s.junk = 0, false
	switch {
	case s.quote != nil:
		if s.docMarker() {
			s.at(faultDocInQuote, 0, "the quoted string above is still open here")
		}
		end := s.quoted(0)
		if s.quote == nil && len(s.flow) == 0 {
			s.afterQuoted(end)
		}
		s.tokens(end)
	case len(s.flow) > 0:
		s.tokens(0)
	case s.inBlock && s.blockLine():
	default:
		s.blockStructure()
	}
}

// docMarker says the line starts with --- or ... as a document marker.
func (s *syntaxScan) docMarker() bool {
	m := string(s.text[:min(3, len(s.text))])
	return (m == "---" || m == "...") && s.blankAt(3)
}

// blockLine scans a line of a block scalar and says it was one (false: the scalar has ended
// and the line is to be scanned as usual).
func (s *syntaxScan) blockLine() bool {
	ind := 0
	for ind < len(s.text) && s.text[ind] == ' ' {
		ind++
	}
	if ind == len(s.text) {
		return true // blank
	}
	if s.text[ind] == '\t' && (s.blockContent < 0 || ind < s.blockContent) {
		if s.blockContent < 0 && strings.TrimSpace(string(s.text)) == "" {
			return true
		}
		s.at(faultTab, ind, "a tab where the block scalar's indentation should be spaces")
		return true
	}
	if s.blockContent < 0 && ind > s.blockParent {
		s.blockContent = ind
	}
	if s.blockContent >= 0 && ind >= s.blockContent {
		return true
	}
	s.inBlock, s.prevComplete = false, true
	return false
}

// blockStructure scans a line outside brackets, quotes and block scalars: its indentation
// against the open collections, then its tokens.
func (s *syntaxScan) blockStructure() {
	first := 0
	for first < len(s.text) && (s.text[first] == ' ' || s.text[first] == '\t') {
		first++
	}
	if tab := strings.IndexRune(string(s.text[:first]), '\t'); tab >= 0 {
		tabCol := len([]rune(string(s.text[:first])[:tab]))
		if !s.prevPlain || tabCol <= s.top().col {
			s.at(faultTab, tabCol, "a tab; YAML indents with spaces")
		}
	}
	if first == len(s.text) || s.text[first] == '#' {
		return // blank or a comment: the state carries over
	}
	if first == 0 && s.docMarker() {
		s.docEnded = s.text[0] == '.'
		s.levels, s.pending, s.prevPlain, s.prevComplete = nil, false, false, false
		s.tokens(3)
		return
	}
	if first == 0 && s.text[0] == '%' {
		s.at(faultDirective, 0, "")
		return
	}
	if s.docEnded {
		s.docEnded = false
		s.at(faultAfterDocEnd, first, "content after the end of the document (...) without a new ---")
	}
	entry := s.char(first) == '-' && s.blankAt(first+1)
	top := s.top()
	switch {
	case s.prevPlain && first > top.col && !s.pending:
		s.prevPlain = false
		s.continuation(first)
		return
	case s.pending && (first > s.pendingCol || first == s.pendingCol && entry && s.pendingKey):
		s.levels = append(s.levels, level{col: first, seq: entry, indentless: first == s.pendingCol})
	case len(s.levels) == 0:
		if entry || s.hasColon(first) {
			s.levels = append(s.levels, level{col: first, seq: entry})
		}
	case first > top.col:
		if s.prevComplete {
			s.at(faultAfterValue, first, "indented under a value that is already complete")
		}
		s.levels = append(s.levels, level{col: first, seq: entry})
	default:
		s.dedent(first, entry)
	}
	s.pending, s.prevPlain, s.prevComplete = false, false, false
	s.tokens(first)
}

// dedent closes the collections indented deeper than a line starting at column first, and
// checks the line against the one it belongs to.
func (s *syntaxScan) dedent(first int, entry bool) {
	for len(s.levels) > 0 && s.top().col > first {
		s.levels = s.levels[:len(s.levels)-1]
	}
	top := s.top()
	if top.col != first {
		s.at(faultIndent, first, "this line's indentation matches none of the lines above it")
		return
	}
	if top.seq && !entry && top.indentless {
		s.levels = s.levels[:len(s.levels)-1] // back to the mapping the sequence sat in
		top = s.top()
	}
	hasColon := s.hasColon(first)
	switch {
	case !top.seq && entry:
		s.at(faultEntryInMapping, first, "a list item where a key is expected")
	case top.seq && !entry && hasColon:
		s.at(faultKeyInSequence, first, "a key where a list item (- ) is expected")
	case !entry && !hasColon && !s.startsFlow(first):
		s.at(faultNoColon, first, "a key without a colon")
	}
}

// startsFlow says the token at column i opens brackets, which may be a key whose colon comes
// on a later line.
func (s *syntaxScan) startsFlow(i int) bool { c := s.char(i); return c == '[' || c == '{' }

// hasColon says the line from column i holds a value indicator outside quotes and brackets
// (a rough look, for the structure only).
func (s *syntaxScan) hasColon(i int) bool {
	var quote rune
	depth := 0
	for ; i < len(s.text); i++ {
		c := s.text[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			if i == 0 || s.blankAt(i-1) || s.char(i-1) == '[' || s.char(i-1) == '{' || s.char(i-1) == ',' {
				quote = c
			}
		case c == '#' && (i == 0 || s.blankAt(i-1)):
			return false
		case c == '[' || c == '{':
			depth++
		case c == ']' || c == '}':
			depth--
		case c == ':' && depth == 0 && s.blankAt(i+1):
			return true
		}
	}
	return false
}

// continuation scans a line that goes on with the plain scalar above: a ": " on it cannot
// start a value.
func (s *syntaxScan) continuation(first int) {
	for i := first; i < len(s.text); i++ {
		switch c := s.text[i]; {
		case c == '#' && s.blankAt(i-1):
			return
		case c == ':' && s.blankAt(i+1):
			s.at(faultColon, i, "this line goes on with the value above it, which cannot hold a key")
			return
		}
	}
	s.prevPlain = true
}

// tokens scans the line's tokens from column i.
func (s *syntaxScan) tokens(i int) {
	afterEntry := false // just after "- " at the start of the line (or of a nested entry)
	lineStart := i
	for i < len(s.text) {
		c := s.text[i]
		if c == ' ' || c == '\t' {
			i++
			continue
		}
		inFlow := len(s.flow) > 0
		switch {
		case c == '#' && (i == 0 || s.blankAt(i-1)):
			return
		case (c == '-' || c == '?') && s.blankAt(i+1) && !inFlow:
			if s.colons > 0 {
				what := "a list item"
				if c == '?' {
					what = "a complex key"
				}
				s.at(faultEntryInline, i, what+" cannot start after a key's colon on the same line")
			}
			if c == '-' && s.blankAt(i+1) && s.char(i+1) == '\t' {
				s.at(faultTab, i+1, "a tab after the dash; YAML indents with spaces")
			}
			if i != lineStart {
				s.levels = append(s.levels, level{col: i, seq: c == '-'})
			}
			s.pending, s.pendingCol, s.pendingKey = true, i, false
			afterEntry = true
			i++
			continue
		case c == '?' && inFlow:
			i++ // a key indicator, whatever follows it
			continue
		case afterEntry && !inFlow:
			afterEntry = false
			if s.hasColon(i) {
				s.levels = append(s.levels, level{col: i})
			}
			continue
		}
		s.pending = false
		i = s.token(i)
	}
}

// token scans the token starting at column i and returns the column after it.
func (s *syntaxScan) token(i int) int {
	c := s.text[i]
	inFlow := len(s.flow) > 0
	if s.prevComplete && !inFlow && c != ':' {
		s.at(faultAfterValue, i, "more after a complete value")
		s.junk = true
	}
	s.prevComplete = false
	switch {
	case c == '"' || c == '\'':
		s.quote = &bracket{ch: c, line: s.line, col: i + 1}
		s.flowEntry()
		end := s.quoted(i + 1)
		if s.quote == nil && !inFlow {
			s.afterQuoted(end)
		}
		return end
	case c == '[' || c == '{':
		s.flowEntry()
		s.flow = append(s.flow, bracket{ch: c, line: s.line, col: i + 1})
		s.lastFlowToken = c
		return i + 1
	case c == ']' || c == '}':
		s.closeFlow(i)
		return i + 1
	case c == ',' && inFlow:
		if s.lastFlowToken != 0 {
			s.at(faultEmptyFlowEntry, i, "an entry with nothing in it")
		}
		s.lastFlowToken = ','
		return i + 1
	case c == '&' || c == '*':
		// The library's names are letters, digits, _ and -, ended by a blank or one of ?:,]}%@`.
		end := i + 1
		for end < len(s.text) && isAnchorChar(s.text[end]) {
			end++
		}
		name := string(s.text[i+1 : end])
		if name == "" || !s.blankAt(end) && !strings.ContainsRune("?:,]}%@`", s.text[end]) {
			s.at(faultEmptyName, i, fmt.Sprintf("%c needs a name of letters, digits, _ and - right after it", c))
		}
		s.refs = append(s.refs, ref{alias: c == '*', name: name, line: s.line, col: i + 1})
		if c == '*' {
			s.flowEntry()
			s.prevComplete = !inFlow
		}
		return end
	case c == '!':
		s.at(faultTag, i, "")
		end := i + 1
		for end < len(s.text) && !s.blankAt(end) {
			end++
		}
		return end
	case (c == '|' || c == '>') && !inFlow:
		s.at(faultBlockHeader, i, "")
		s.inBlock, s.blockParent, s.blockContent = true, s.top().col, -1
		return len(s.text)
	case c == '@' || c == '`' || c == '%':
		s.at(faultReserved, i, fmt.Sprintf("%c is reserved: quote the value", c))
		return len(s.text)
	case c == ':' && (s.blankAt(i+1) || inFlow):
		s.valueIndicator(i)
		return i + 1
	}
	return s.plain(i)
}

// flowEntry notes an entry inside brackets.
func (s *syntaxScan) flowEntry() {
	if len(s.flow) > 0 {
		s.lastFlowToken = 0
	}
}

// closeFlow scans a ] or } at column i.
func (s *syntaxScan) closeFlow(i int) {
	c := s.text[i]
	n := len(s.flow)
	if n == 0 {
		s.at(faultStrayCloser, i, fmt.Sprintf("this %c closes nothing", c))
		return
	}
	open := s.flow[n-1]
	if (open.ch == '[') != (c == ']') {
		s.add(faultMismatchedFlow, s.line, i+1, open.ch,
			fmt.Sprintf("this %c does not close the %c at %d:%d", c, open.ch, open.line, open.col))
	}
	s.flow = s.flow[:n-1]
	s.lastFlowToken = 0
	if len(s.flow) == 0 {
		s.prevComplete = true
	}
}

// valueIndicator scans a ": " at column i: outside brackets, the first of a line starts a
// key's value and a second one cannot.
func (s *syntaxScan) valueIndicator(i int) {
	if len(s.flow) > 0 {
		return
	}
	s.colons++
	if s.junk {
		s.at(faultColon, i, "a key after a complete value on the same line")
		return
	}
	if s.colons > 1 {
		s.at(faultColon, i, "a second key on one line: put it on a line of its own")
		return
	}
	rest := strings.TrimSpace(string(s.text[i+1:]))
	if rest == "" || strings.HasPrefix(rest, "#") {
		s.pending, s.pendingCol, s.pendingKey = true, s.top().col, true
	}
}

// afterQuoted checks what follows a quoted scalar that closed at column end, outside
// brackets: a colon, a comment or nothing.
func (s *syntaxScan) afterQuoted(end int) {
	i := end
	for i < len(s.text) && (s.text[i] == ' ' || s.text[i] == '\t') {
		i++
	}
	switch {
	case i == len(s.text):
		s.prevComplete = true
	case s.text[i] == ':' || s.text[i] == '#' && i > end:
	default:
		s.at(faultAfterValue, i, "more after a quoted value: quote all of it")
		s.junk = true
	}
}

// plain scans a plain scalar from column i and returns the column after it.
func (s *syntaxScan) plain(i int) int {
	inFlow := len(s.flow) > 0
	s.flowEntry()
	for ; i < len(s.text); i++ {
		c := s.text[i]
		switch {
		case c == ':' && (s.blankAt(i+1) || inFlow && isFlowIndicator(s.char(i+1))):
			return i
		case c == '#' && s.blankAt(i-1):
			return i
		case inFlow && isFlowIndicator(c):
			return i
		}
	}
	s.prevPlain = !inFlow
	return i
}

// quoted scans the inside of the open quoted scalar from column i, to its closing quote
// (which closes s.quote) or the end of the line, and returns the column after it.
func (s *syntaxScan) quoted(i int) int {
	q := s.quote.ch
	for ; i < len(s.text); i++ {
		c := s.text[i]
		switch {
		case q == '\'' && c == '\'' && s.char(i+1) == '\'':
			i++
		case q == '"' && c == '\\':
			i = s.escape(i)
		case c == q:
			s.quote = nil
			return i + 1
		}
	}
	return i
}

// escape checks the escape at column i of a double-quoted scalar and returns the column of
// its last character.
func (s *syntaxScan) escape(i int) int {
	c := s.char(i + 1)
	digits := map[rune]int{'x': 2, 'u': 4, 'U': 8}[c]
	switch {
	case c == 0:
		return i // an escaped line break
	case digits > 0:
		for k := 1; k <= digits; k++ {
			if !strings.ContainsRune("0123456789abcdefABCDEF", s.char(i+1+k)) {
				s.at(faultEscape, i, fmt.Sprintf("\\%c needs %d hexadecimal digits", c, digits))
				return i + 1
			}
		}
		return i + 1 + digits
	case strings.ContainsRune("0abt\tnvfre \"/\\N_LP", c):
		return i + 1
	}
	s.at(faultEscape, i, fmt.Sprintf("\\%c is not an escape YAML knows; write \\\\ for a backslash", c))
	return i + 1
}
