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
			cut = width + 1
			for cut < len(line) && line[cut] != ' ' {
				cut++
			}
			if cut == len(line) {
				break
			}
		}
		b.WriteString(strings.TrimRight(string(line[:cut]), " ") + "\n")
		line = []rune(indent + strings.TrimLeft(string(line[cut:]), " "))
	}
	b.WriteString(string(line) + "\n")
	return b.String()
}

// TestWrapGoesOnAfterALongWord: a word longer than the width (a URL in a reason) has a line
// of its own and the words after it wrap as before, every line but the long word's within
// the width.
func TestWrapGoesOnAfterALongWord(t *testing.T) {
	got := wrap("Azure Functions (see https://learn.microsoft.com/azure/azure-functions/functions-scale#timeout), Workers (CPU time per invocation above the limit).", "    ", 30)
	want := "Azure Functions (see\n" +
		"    https://learn.microsoft.com/azure/azure-functions/functions-scale#timeout),\n" +
		"    Workers (CPU time per\n" +
		"    invocation above the\n" +
		"    limit).\n"
	if got != want {
		t.Errorf("wrap =\n%s\nwant\n%s", got, want)
	}
}

// TestWrapIsTheReference compares wrap with referenceWrap on 20,000 random texts: words of 1
// to 90 characters, runs of spaces (leading, doubled, trailing), non-ASCII letters, indents of
// 0 to 8 spaces, widths of 10 to 80; and on 20,000 of ASCII alone, which wrap cuts in place.
func TestWrapIsTheReference(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	for i := range 40000 {
		letters := []rune("abcdefghij×—é$0.,()")
		if i%2 == 1 {
			letters = []rune("abcdefghij$0.,()")
		}
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
