package report

import (
	"encoding/binary"
	"encoding/json"
	"math"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/breakeven/breakeven/model"
	"github.com/shopspring/decimal"
)

// The JSON documents are a contract: fields are only ever added. Amounts and quantities are
// exact decimal strings in USD, never rounded. The price document is one object, written a
// part at a time (see Writer): {"pricing": pricingJSON, "workloads": [workloadJSON...],
// "portfolio": portfolioJSON}; compare's and sweep's are written whole. Each section's JSON
// function, beside its table, markdown and CSV, writes its part from the model's values.

// jsonWriter appends a JSON document as encoding/json's Encoder indents it with two spaces,
// written straight from the model's values by each section's JSON function: no struct of
// the document's shape, no reflection, no indentation pass after. The price document
// (documentJSON) writes an array of numbers on one line, "[1, 2, 3]", so that the hourly
// series stay readable, and escapes no HTML; the other documents are json.MarshalIndent's
// (inline false, html true). Amounts and quantities are exact decimal strings.
//
// A section opens an object or array where a value goes, writes its members with the typed
// methods (each a key and its value) or its elements after element, and closes it. Members
// a section leaves out when empty (encoding/json's omitempty) it simply does not write.
type jsonWriter struct {
	buf   []byte
	depth int
	// first says the object or array last opened has no member yet.
	first bool
	// inline puts arrays of integers on one line.
	inline bool
	// html escapes <, > and & as \u003c, \u003e and \u0026.
	html bool
}

// documentJSON is a writer of the price document appending to buf, depth levels in.
func documentJSON(buf []byte, depth int) *jsonWriter {
	return &jsonWriter{buf: buf, depth: depth, inline: true}
}

// marshalJSON is a writer of a document as json.MarshalIndent(v, "", "  ") writes it.
func marshalJSON() *jsonWriter { return &jsonWriter{html: true} }

// newlines is a line break and the indent of up to 31 levels, for newline to copy at once.
const newlines = "\n                                                              "

// The methods append to a local slice and store j.buf once: a store of the buffer through j
// is a pointer's, with a write barrier while the collector marks, and a member written in
// three or four stores paid for them (a tenth of the JSON's CPU).

// appendNewline appends a line break and the indent of the current depth to buf.
func (j *jsonWriter) appendNewline(buf []byte) []byte {
	if n := 1 + 2*j.depth; n <= len(newlines) {
		return append(buf, newlines[:n]...)
	}
	buf = append(buf, '\n')
	for range j.depth {
		buf = append(buf, "  "...)
	}
	return buf
}

// appendNext appends to buf the start of the next member or element of the open object or
// array.
func (j *jsonWriter) appendNext(buf []byte) []byte {
	if !j.first {
		buf = append(buf, ',')
	}
	j.first = false
	return j.appendNewline(buf)
}

// appendKey appends to buf the start of the member k of the open object; its value comes
// next.
func (j *jsonWriter) appendKey(buf []byte, k string) []byte {
	return append(j.appendString(j.appendNext(buf), k), ": "...)
}

// key starts the member k of the open object; its value comes next.
func (j *jsonWriter) key(k string) { j.buf = j.appendKey(j.buf, k) }

// element starts the next element of the open array.
func (j *jsonWriter) element() { j.buf = j.appendNext(j.buf) }

// open opens an object ('{') or array ('[') where a value goes.
func (j *jsonWriter) open(c byte) {
	j.buf = append(j.buf, c)
	j.depth++
	j.first = true
}

// close closes the object ('}') or array (']') last opened: "{}" or "[]" when empty.
func (j *jsonWriter) close(c byte) {
	j.depth--
	buf := j.buf
	if !j.first {
		buf = j.appendNewline(buf)
	}
	j.buf = append(buf, c)
	j.first = false
}

// object opens the member k's object.
func (j *jsonWriter) object(k string) { j.openMember(k, '{') }

// array opens the member k's array.
func (j *jsonWriter) array(k string) { j.openMember(k, '[') }

// openMember opens the member k's object ('{') or array ('[').
func (j *jsonWriter) openMember(k string, c byte) {
	j.buf = append(j.appendKey(j.buf, k), c)
	j.depth++
	j.first = true
}

// string writes the member k, a string.
func (j *jsonWriter) string(k, v string) { j.buf = j.appendString(j.appendKey(j.buf, k), v) }

// decimal writes the member k, an exact decimal as a string (d.String(), whose digits, sign
// and point need no escaping), its digits written in place.
func (j *jsonWriter) decimal(k string, d decimal.Decimal) {
	j.buf = append(appendDecimalText(append(j.appendKey(j.buf, k), '"'), d), '"')
}

// exact writes the member k, an exact decimal as a string in decimal's own notation
// (Decimal.String: the analyses' documents).
func (j *jsonWriter) exact(k string, d decimal.Decimal) { j.string(k, d.String()) }

// int writes the member k, an integer.
func (j *jsonWriter) int(k string, n int64) { j.buf = strconv.AppendInt(j.appendKey(j.buf, k), n, 10) }

// bool writes the member k, true or false.
func (j *jsonWriter) bool(k string, v bool) { j.buf = strconv.AppendBool(j.appendKey(j.buf, k), v) }

// null writes the member k, null.
func (j *jsonWriter) null(k string) { j.buf = append(j.appendKey(j.buf, k), "null"...) }

// float writes the member k, a float in encoding/json's notation (a statistical estimate,
// never money).
func (j *jsonWriter) float(k string, f float64) { j.buf = appendFloat(j.appendKey(j.buf, k), f) }

// appendFloat appends f as encoding/json writes a float64 (its floatEncoder, rewritten here
// without the bytes of their own json.Marshal makes): the shortest digits that read back as
// f, in e-notation below 1e-6 and from 1e21, its exponent without a leading zero. A float
// the model computes is finite; one that is not is json.Marshal's error, and nothing written.
func appendFloat(buf []byte, f float64) []byte {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		b, _ := json.Marshal(f)
		return append(buf, b...)
	}
	format := byte('f')
	if a := math.Abs(f); a != 0 && (a < 1e-6 || a >= 1e21) {
		format = 'e'
	}
	buf = strconv.AppendFloat(buf, f, format, -1, 64)
	if n := len(buf); format == 'e' && n >= 4 && buf[n-4] == 'e' && buf[n-3] == '-' && buf[n-2] == '0' {
		buf[n-2] = buf[n-1] // e-09 as e-9
		buf = buf[:n-1]
	}
	return buf
}

// strings writes the member k, a list of strings: [] when there is none.
func (j *jsonWriter) strings(k string, list []string) {
	j.array(k)
	for _, s := range list {
		j.buf = j.appendString(j.appendNext(j.buf), s)
	}
	j.close(']')
}

// ints writes the member k, a list of integers, null when nil (as encoding/json writes a nil
// slice).
func (j *jsonWriter) ints(k string, list []int64) {
	if list == nil {
		j.null(k)
		return
	}
	j.series(k, model.HourlySeries(list))
}

// series writes the member k, the counts of s hour by hour: null for no series (as ints
// writes a nil list), without a slice of its own.
func (j *jsonWriter) series(k string, s model.HourSeries) {
	if s.Len() == 0 {
		if s.Values() == nil {
			j.null(k)
			return
		}
		j.buf = append(j.appendKey(j.buf, k), "[]"...)
		return
	}
	if !j.inline {
		j.array(k)
		for h := range s.Len() {
			j.buf = strconv.AppendInt(j.appendNext(j.buf), s.At(h), 10)
		}
		j.close(']')
		return
	}
	j.buf = appendInlineInts(j.appendKey(j.buf, k), s)
}

// appendInlineInts appends the counts of s on one line, "[1, 2, 3]". An hourly series repeats
// a few counts, most of them hours on end (the hours of one class have one count, a fleet a
// few sizes): a run of one count is its text written once and copied in spans that double;
// the text of each run's count, with the separator before it, is remembered (countTexts);
// the bytes are those of formatting each count afresh.
func appendInlineInts(buf []byte, s model.HourSeries) []byte {
	buf = append(buf, '[')
	var texts countTexts
	hours := s.Len()
	if hours == 0 {
		return append(buf, ']')
	}
	for h := 0; h < hours; {
		n, run := s.RunFrom(h)
		if h == 0 { // the first count has no separator
			buf = strconv.AppendInt(buf, n, 10)
			run--
			h++
		}
		h += run
		if run > 0 {
			at := len(buf)
			buf = texts.append(buf, n)
			buf = repeatTail(buf, at, run)
		}
	}
	return append(buf, ']')
}

// countTexts remembers the texts of the counts appendInlineInts wrote last, a separator
// and the digits, in a table of 64 by a hash of the count, each as the up to 16 bytes of
// two words written again with two stores.
type countTexts [64]struct {
	n    int64
	text [2]uint64 // the separator and digits, little-endian
	size int       // their length; 0: nothing remembered
}

// append appends ", n" to buf.
func (t *countTexts) append(buf []byte, n int64) []byte {
	w := &t[uint64(n)*0x9E3779B97F4A7C15>>58] // Fibonacci hashing: the top 6 bits
	if w.size == 0 || w.n != n {
		var space [24]byte
		text := strconv.AppendInt(append(space[:0], ", "...), n, 10)
		if len(text) > 16 { // 15 digits and more: written as they are
			return append(buf, text...)
		}
		w.n, w.size = n, len(text)
		w.text = [2]uint64{binary.LittleEndian.Uint64(space[:8]), binary.LittleEndian.Uint64(space[8:16])}
	}
	buf = slices.Grow(buf, 16)
	end := len(buf)
	binary.LittleEndian.PutUint64(buf[end:end+8], w.text[0])
	binary.LittleEndian.PutUint64(buf[end+8:end+16], w.text[1])
	return buf[:end+w.size]
}

// repeatTail makes buf[at:] appear times times in a row at the end of buf, copying what is
// written so far each time: a run of 730 counts is ten copies.
func repeatTail(buf []byte, at, times int) []byte {
	want := (len(buf) - at) * times
	buf = slices.Grow(buf, want-(len(buf)-at))
	for written := len(buf) - at; written < want; written = len(buf) - at {
		buf = append(buf, buf[at:at+min(written, want-written)]...)
	}
	return buf
}

// appendString appends s quoted as encoding/json quotes it (its appendString, rewritten
// here): printable ASCII but quotes and backslashes (and HTML's <, > and &, when escaped) as it
// is, control characters escaped, invalid UTF-8 as \ufffd, U+2028 and U+2029 escaped, other
// runes as they are. Most strings are copied whole; one with a non-ASCII letter (×, —, é in a
// reason or a name) is no longer handed to an Encoder.
func (j *jsonWriter) appendString(dst []byte, s string) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			if x := wordAt(s, i); plainWord(x) && !(j.html && htmlWord(x)) {
				i += 8
				continue
			}
		} else if len(s) >= 8 { // the last bytes, read as the string's last word
			if x := wordAt(s, len(s)-8); plainWord(x) && !(j.html && htmlWord(x)) {
				break
			}
		}
		if c := s[i]; c < utf8.RuneSelf {
			if plainJSON[c] && !(j.html && htmlJSON[c]) {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch c {
			case '\\', '"':
				dst = append(dst, '\\', c)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// plainWord says the 8 bytes of x, a word of a string (wordAt), are all plainJSON: a
// byte-wise test of the word finds any control character, quote, backslash or non-ASCII
// byte at once. htmlWord says one of them is HTML's <, > or &.
func plainWord(x uint64) bool {
	return (x|(x-ones*0x20)&^x|hasByte(x, '"')|hasByte(x, '\\'))&highs == 0
}

func htmlWord(x uint64) bool {
	return (hasByte(x, '<')|hasByte(x, '>')|hasByte(x, '&'))&highs != 0
}

const ones, highs = 0x0101010101010101, 0x8080808080808080

// hasByte has the high bit set of each byte of x equal to c (and perhaps of others, in a
// word that has one).
func hasByte(x, c uint64) uint64 { v := x ^ ones*c; return (v - ones) &^ v }

// wordAt is the 8 bytes of s from i, little-endian.
func wordAt(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// plainJSON marks the ASCII bytes a JSON string holds as they are: all but the control
// characters, the quote and the backslash. htmlJSON marks those escaped when HTML is.
var plainJSON, htmlJSON = func() (plain, html [utf8.RuneSelf]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		plain[c] = c != '"' && c != '\\'
	}
	html['<'], html['>'], html['&'] = true, true, true
	return plain, html
}()
