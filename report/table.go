package report

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// wrap breaks text at spaces into lines of at most width columns, indenting continuations.
// Spacing within a line is kept as written; a word longer than the width stays whole on its
// line, and the text after it wraps on. (The indent is spaces.)
func wrap(text, indent string, width int) string {
	var b strings.Builder
	writeWrap(&b, text, indent, width)
	return b.String()
}

// writeWrap writes wrap(text, indent, width) to b. Most text is one line, and nearly all of
// it ASCII, whose columns are its bytes: it is cut in place, with no copy of its runes (a
// table of 1,000 workloads wraps some 100,000 lines); other text goes through wrapRunes.
func writeWrap(b *strings.Builder, text, indent string, width int) {
	if len(text) <= width || utf8.RuneCountInString(text) <= width {
		b.WriteString(text) // most lines: one line
		b.WriteByte('\n')
		return
	}
	if !isASCII(text) {
		b.WriteString(wrapRunes(text, indent, width))
		return
	}
	// As wrapRunes does, a byte for a rune: each line is its prefix (none on the first, the
	// indent after) and text[start:]. The part of a line after the prefix starts with a word,
	// so trimming the line's spaces never reaches the prefix.
	prefix, start := "", 0
	for len(prefix)+len(text)-start > width {
		cut := width
		for cut > len(indent) && text[start+cut-len(prefix)] != ' ' {
			cut--
		}
		if cut <= len(indent) { // no space within the width: the line ends after the long word
			cut = width + 1
			for start+cut-len(prefix) < len(text) && text[start+cut-len(prefix)] != ' ' {
				cut++
			}
			if start+cut-len(prefix) == len(text) {
				break
			}
		}
		b.WriteString(prefix)
		b.WriteString(strings.TrimRight(text[start:start+cut-len(prefix)], " "))
		b.WriteByte('\n')
		start += cut - len(prefix)
		for start < len(text) && text[start] == ' ' {
			start++
		}
		prefix = indent
	}
	b.WriteString(prefix)
	b.WriteString(text[start:])
	b.WriteByte('\n')
}

// writeWrapped writes wrap of the parts joined, without joining them when they fit on one
// line (most do): the lines of a workload are a lead ("    Warning: ") and a text of its.
func writeWrapped(b *strings.Builder, indent string, width int, parts ...string) {
	size := 0
	for _, p := range parts {
		size += len(p)
	}
	if size > width {
		writeWrap(b, strings.Join(parts, ""), indent, width)
		return
	}
	for _, p := range parts {
		b.WriteString(p)
	}
	b.WriteByte('\n')
}

// isASCII says s is all ASCII: a column a byte.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// wrapRunes is wrap of text longer than width, counted in runes.
func wrapRunes(text, indent string, width int) string {
	runes := []rune(text)
	var b strings.Builder
	b.Grow(len(text) + len(text)/width*(len(indent)+1) + 1)
	// Each line is its prefix (none on the first, the indent after) and runes[start:].
	prefix, start := "", 0
	for len(prefix)+len(runes)-start > width {
		cut := width
		for cut > len(indent) && runes[start+cut-len(prefix)] != ' ' {
			cut--
		}
		if cut <= len(indent) { // no space within the width: the line ends after the long word
			cut = width + 1
			for start+cut-len(prefix) < len(runes) && runes[start+cut-len(prefix)] != ' ' {
				cut++
			}
			if start+cut-len(prefix) == len(runes) {
				break
			}
		}
		b.WriteString(strings.TrimRight(prefix+string(runes[start:start+cut-len(prefix)]), " ") + "\n")
		start += cut - len(prefix)
		for start < len(runes) && runes[start] == ' ' {
			start++
		}
		prefix = indent
	}
	b.WriteString(prefix + string(runes[start:]) + "\n")
	return b.String()
}

const (
	itemsWidth = 78
	costWidth  = 12
)

// pad right-aligns s in width columns.
func pad(s string, width int) string {
	n := utf8.RuneCountInString(s)
	if n >= width {
		return s
	}
	return strings.Repeat(" ", width-n) + s
}

// writeColumns writes rows of cells left-aligned in columns of the given widths, each line
// built on the stack and its trailing spaces trimmed there.
func writeColumns(b *strings.Builder, rows [][]string, widths []int) {
	var space [160]byte
	for _, row := range rows {
		line := space[:0]
		for i, cell := range row {
			line = append(line, cell...)
			if i == len(row)-1 {
				break
			}
			line = append(line, ' ')
			for n := widths[i] - utf8.RuneCountInString(cell); n > 1; n-- {
				line = append(line, ' ')
			}
		}
		b.Write(bytes.TrimRight(line, " "))
		b.WriteByte('\n')
	}
}
