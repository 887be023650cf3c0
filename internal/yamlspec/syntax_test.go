package yamlspec

import (
	"strings"
	"testing"
)

// The YAML library gives a syntax error a line (off by one for its parser's errors, absent on
// the first line) and never a column. Each position below is counted by hand on the text:
// lines from 1, columns from 1 in characters, at the character the note describes.
func TestSyntaxErrorPositions(t *testing.T) {
	for _, c := range []struct {
		name, src, want string
	}{
		// Line 3 starts with a tab: column 1.
		{"tab indentation", "name: a\ntraffic:\n\trequests_per_month: 5\n",
			"t.yaml:3:1: invalid YAML: found character that cannot start any token (a tab; YAML indents with spaces)"},
		// "  x: 1" ends in a plain value; line 4 starts with a tab, inside its indentation.
		{"tab under a plain value", "name: a\ntraffic:\n  x: 1\n\ty: 2\n",
			"t.yaml:4:1: invalid YAML: found a tab character that violates indentation (a tab; YAML indents with spaces)"},
		// "list: [1, 2": l-i-s-t-:-space are columns 1-6, the [ is column 7 of line 2. The
		// library says "line 1" (its parser counts lines from 0).
		{"unclosed flow sequence", "name: a\nlist: [1, 2\nother: 3\n",
			"t.yaml:2:7: invalid YAML: did not find expected ',' or ']' (the [ that starts here is not closed)"},
		// "m: {a: 1": the { is column 4 of line 2.
		{"unclosed flow mapping", "name: a\nm: {a: 1, b: 2\nother: 3\n",
			"t.yaml:2:4: invalid YAML: did not find expected ',' or '}' (the { that starts here is not closed)"},
		// On the first line the library gives no line at all: "a: [1, 2", [ at column 4.
		{"unclosed flow sequence on line 1", "a: [1, 2\n",
			"t.yaml:1:4: invalid YAML: did not find expected ',' or ']' (the [ that starts here is not closed)"},
		// "key: [a, b, {c: d]": [ at 6, { at 13, the ] that closes the { at 18.
		{"mismatched bracket", "key: [a, b, {c: d]\n",
			"t.yaml:1:18: invalid YAML: did not find expected ',' or '}' (this ] does not close the { at 1:13)"},
		// "x: *foo": the * is column 4 of line 2; the library names no line for this.
		{"unknown alias", "name: a\nx: *foo\n",
			"t.yaml:2:4: invalid YAML: unknown anchor 'foo' referenced (no &foo before this *foo)"},
		// &a is defined, *a is fine, *b on line 3 at column 4 is not.
		{"unknown alias after a known one", "&a a: 1\nb: *a\nc: *b\n",
			"t.yaml:3:4: invalid YAML: unknown anchor 'b' referenced (no &b before this *b)"},
		// "    a: 1" opens a level at column 5, "  b: 2" dedents to column 3, which is no
		// level (the root is at 1): the b.
		{"bad indentation", "name: a\ntraffic:\n    a: 1\n  b: 2\n",
			"t.yaml:4:3: invalid YAML: did not find expected key (this line's indentation matches none of the lines above it)"},
		// A list item indented one column less than the items above it: the - at 4:2.
		{"bad indentation in a list", "a:\n  - 1\n  - 2\n - 3\n",
			"t.yaml:4:2: invalid YAML: did not find expected key (this line's indentation matches none of the lines above it)"},
		// "    b: 2" goes on with the value 1 of "a: 1": its colon, column 6, starts nothing.
		{"key inside a value", "name: a\ntraffic:\n  a: 1\n    b: 2\n",
			"t.yaml:4:6: invalid YAML: mapping values are not allowed in this context (this line goes on with the value above it, which cannot hold a key)"},
		// "a: b: c": the second colon is column 5.
		{"two keys on a line", "a: b: c\n",
			"t.yaml:1:5: invalid YAML: mapping values are not allowed in this context (a second key on one line: put it on a line of its own)"},
		// A list item where the mapping wants a key: the - at 2:1.
		{"list item in a mapping", "a: 1\n- b\n",
			"t.yaml:2:1: invalid YAML: did not find expected key (a list item where a key is expected)"},
		// A key where the list wants an item: the c at 3:3.
		{"key in a list", "a:\n  - b\n  c: 1\n",
			"t.yaml:3:3: invalid YAML: did not find expected '-' indicator (a key where a list item (- ) is expected)"},
		// "a: - b": the - is column 4.
		{"list item after a colon", "a: - b\n",
			"t.yaml:1:4: invalid YAML: block sequence entries are not allowed in this context (a list item cannot start after a key's colon on the same line)"},
		// "b" on line 2 is a key without a colon; the library names its line (2) itself.
		{"key without a colon", "a: 1\nb\nc: 2\n",
			"t.yaml:2:1: invalid YAML: could not find expected ':' (a key without a colon)"},
		// The " opens at 1:4 and the file ends inside it.
		{"unclosed quote", "a: \"unterminated\nb: 2\n",
			"t.yaml:1:4: invalid YAML: found unexpected end of stream (the quoted string that starts here is not closed)"},
		// "a: \q": the backslash is column 5.
		{"unknown escape", "a: \"\\q\"\n",
			`t.yaml:1:5: invalid YAML: found unknown escape character (\q is not an escape YAML knows; write \\ for a backslash)`},
		// After the quoted value "b", the c at column 8.
		{"text after a quoted value", "a: \"b\" c\n",
			"t.yaml:1:8: invalid YAML: did not find expected key (more after a quoted value: quote all of it)"},
		// The quote opened on line 1 closes at the apostrophe of "it's" on line 2; "s x" is
		// then more after a complete value, and its colon (column 10) starts nothing.
		{"quote closed by an apostrophe", "a: 'unclosed\nb: it's x: y\n",
			"t.yaml:2:10: invalid YAML: mapping values are not allowed in this context (a key after a complete value on the same line)"},
		// "a: [1, 2]]": the second ] is column 10.
		{"stray bracket", "a: [1, 2]]\n",
			"t.yaml:1:10: invalid YAML: did not find expected key (more after a complete value)"},
		// "a: [1, , 2]": the second comma is column 8.
		{"empty flow entry", "a: [1, , 2]\n",
			"t.yaml:1:8: invalid YAML: did not find expected node content (an entry with nothing in it)"},
		// "a: @x": the @ is column 4.
		{"reserved indicator", "a: @x\n",
			"t.yaml:1:4: invalid YAML: found character that cannot start any token (@ is reserved: quote the value)"},
		// A block scalar's content line starting with a tab: 2:1.
		{"tab in a block scalar", "a: |\n\tx\n",
			"t.yaml:2:1: invalid YAML: found a tab character where an indentation space is expected (a tab where the block scalar's indentation should be spaces)"},
		// The control character U+0001 is column 4 of line 2; the library gives no place.
		{"control character", "a: 1\nb: \x01\n",
			"t.yaml:2:4: invalid YAML: control characters are not allowed (character U+0001 is not allowed in YAML)"},
		// Columns count characters: é is one, so the " is column 4.
		{"columns in characters", "é: \"x\n",
			"t.yaml:1:4: invalid YAML: found unexpected end of stream (the quoted string that starts here is not closed)"},
		// Windows line ends: the tab still starts line 2.
		{"CRLF", "a: 'x'\r\n\tb: 2\r\n",
			"t.yaml:2:1: invalid YAML: found character that cannot start any token (a tab; YAML indents with spaces)"},
	} {
		_, list := Decode("t.yaml", []byte(c.src), &Spec{Kind: String})
		if got := list.Error(); got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, got, c.want)
		}
	}
}

// When the scan finds nothing that explains the library's message (here a made-up one about
// a valid document), the error is at the first character of the line the message means: the
// parser's "line 1" is line 2, whose first character is in column 3.
func TestSyntaxErrorFallsBackToTheLine(t *testing.T) {
	data := []byte("a: 1\n  b\n")
	if faults := scanSyntax(data).faults; len(faults) != 0 {
		t.Fatalf("faults in a valid document: %v", faults)
	}
	e := syntaxError("t.yaml", data, errString("yaml: line 1: did not find expected key"))
	if e.Error() != "t.yaml:2:3: invalid YAML: did not find expected key" {
		t.Errorf("fallback: %s", e.Error())
	}
}

type errString string

func (e errString) Error() string { return string(e) }

// The scan never panics and stays linear on what a fuzzer or a careless editor produces.
func TestScanSyntaxOddInput(t *testing.T) {
	for _, src := range []string{"", "\n", "\"", "'", "[", "]", "{", "- - - - -", ":", "? ", "&", "*", "!", "|", ">",
		"\\", "\t", "---", "...", "%", "a: \"\\", "a: \"\\x", "\uFEFFa: [", strings.Repeat("[", 10000), strings.Repeat("- ", 10000) + "a: b"} {
		scanSyntax([]byte(src))
	}
}

// The library stops at the end of the file, on the line after the last, when a bracket is
// left open with nothing in it; the error goes to the bracket: "traffic: [", column 10.
func TestSyntaxErrorOpenBracketAtTheEnd(t *testing.T) {
	_, list := Decode("t.yaml", []byte("name: x\ntraffic: [\n"), &Spec{Kind: String})
	if want := "t.yaml:2:10: invalid YAML: did not find expected node content (the [ that starts here is not closed)"; list.Error() != want {
		t.Errorf("got %s\nwant %s", list.Error(), want)
	}
}
