package report

import (
	"bytes"
	"encoding/json"
)

// appendJSON appends v as the JSON document writes it: marshalled as encoding/json does (HTML
// characters left as they are), indented two spaces a level from depth levels in, as
// json.Indent would, except that an array of numbers goes on one line, "[1, 2, 3]": the hourly
// series stay readable. One pass over the compact text, no regular expression: the document
// of 10,000 workloads is 250 MB.
func appendJSON(dst []byte, v any, depth int) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return dst, err
	}
	return indentJSON(dst, bytes.TrimSuffix(buf.Bytes(), []byte("\n")), depth), nil
}

// indentJSON appends compact JSON src indented from depth levels in, each array of numbers
// on one line.
func indentJSON(dst, src []byte, depth int) []byte {
	newline := func() {
		dst = append(dst, '\n')
		for range depth {
			dst = append(dst, "  "...)
		}
	}
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch c {
		case '"':
			end := stringEnd(src, i)
			dst = append(dst, src[i:end]...)
			i = end - 1
		case '[', '{':
			if end := numbersEnd(src, i); end > 0 {
				dst = append(dst, '[')
				dst = append(dst, bytes.ReplaceAll(src[i+1:end], []byte(","), []byte(", "))...)
				dst = append(dst, ']')
				i = end
				continue
			}
			if i+1 < len(src) && (src[i+1] == ']' || src[i+1] == '}') {
				dst = append(dst, c, src[i+1]) // empty: [] or {}
				i++
				continue
			}
			dst = append(dst, c)
			depth++
			newline()
		case ']', '}':
			depth--
			newline()
			dst = append(dst, c)
		case ',':
			dst = append(dst, c)
			newline()
		case ':':
			dst = append(dst, ": "...)
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

// stringEnd returns the index just past the JSON string that starts at src[start].
func stringEnd(src []byte, start int) int {
	for i := start + 1; i < len(src); i++ {
		switch src[i] {
		case '\\':
			i++ // the escaped character, a quote perhaps
		case '"':
			return i + 1
		}
	}
	return len(src)
}

// numbersEnd returns the index of the "]" closing the array of numbers that starts at
// src[start], or 0 when none does: not an array, empty, or holding anything but numbers.
func numbersEnd(src []byte, start int) int {
	if src[start] != '[' {
		return 0
	}
	for i := start + 1; i < len(src); i++ {
		switch c := src[i]; {
		case c == ']':
			if i == start+1 {
				return 0
			}
			return i
		case '0' <= c && c <= '9', c == '-', c == '+', c == '.', c == 'e', c == ',':
		default:
			return 0
		}
	}
	return 0
}
