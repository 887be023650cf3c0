package report

import (
	"math/rand"
	"strings"
	"testing"
)

// referenceWrap is wrap as it was written first, rebuilding the rest of the text after every
// line: the reference the faster one must match.
func referenceWrap(text, indent string, width int) string {
	var b strings.Builder
	line := []rune(text)
	for len(line) > width {
		cut := width
		for cut > len(indent) && line[cut] != ' ' {
			cut--
		}
		if cut <= len(indent) {
			break
		}
		b.WriteString(strings.TrimRight(string(line[:cut]), " ") + "\n")
		line = []rune(indent + strings.TrimLeft(string(line[cut:]), " "))
	}
	b.WriteString(string(line) + "\n")
	return b.String()
}

// TestWrapIsTheReference compares wrap with referenceWrap on 20,000 random texts: words of 1
// to 90 characters, runs of spaces (leading, doubled, trailing), non-ASCII letters, indents of
// 0 to 8 spaces, widths of 10 to 80.
func TestWrapIsTheReference(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	letters := []rune("abcdefghij×—é$0.,()")
	for range 20000 {
		var text strings.Builder
		for range rng.Intn(30) {
			text.WriteString(strings.Repeat(" ", rng.Intn(3)))
			for range 1 + rng.Intn(90)*rng.Intn(2) + rng.Intn(8) {
				text.WriteRune(letters[rng.Intn(len(letters))])
			}
		}
		indent := strings.Repeat(" ", rng.Intn(9))
		width := 10 + rng.Intn(71)
		if got, want := wrap(text.String(), indent, width), referenceWrap(text.String(), indent, width); got != want {
			t.Fatalf("wrap(%q, %q, %d) =\n%q\nwant\n%q", text.String(), indent, width, got, want)
		}
	}
}
