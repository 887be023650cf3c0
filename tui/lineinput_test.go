package tui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// typed is l after each of msgs.
func typed(l lineInput, msgs ...tea.Msg) lineInput {
	for _, msg := range msgs {
		l, _ = l.Update(msg)
	}
	return l
}

// text is a key press typing s.
func text(s string) tea.KeyPressMsg { return tea.KeyPressMsg{Code: []rune(s)[0], Text: s} }

// ctrl and alt are a key pressed with the modifier; special is a key of its own.
func ctrl(r rune) tea.KeyPressMsg    { return tea.KeyPressMsg{Code: r, Mod: tea.ModCtrl} }
func alt(r rune) tea.KeyPressMsg     { return tea.KeyPressMsg{Code: r, Mod: tea.ModAlt} }
func special(r rune) tea.KeyPressMsg { return tea.KeyPressMsg{Code: r} }

// TestLineInputEditsAsTextinputDid: the keys of bubbles' textinput move the cursor and delete
// as they did there, worked out by hand for each.
func TestLineInputEditsAsTextinputDid(t *testing.T) {
	focused := func(value string, pos int) lineInput {
		return lineInput{prompt: "> ", value: []rune(value), pos: pos, focused: true}
	}
	cases := []struct {
		name      string
		from      lineInput
		msgs      []tea.Msg
		value     string
		pos       int
		wantView  string // the view without its styling; "" leaves it unchecked
		wantCells int
	}{
		{name: "typing inserts at the cursor", from: focused("ac", 1), msgs: []tea.Msg{text("b")}, value: "abc", pos: 2, wantView: "> abc"},
		{name: "text of several runes", from: focused("", 0), msgs: []tea.Msg{text("é1")}, value: "é1", pos: 2},
		{name: "left and right stop at the ends", from: focused("ab", 1), msgs: []tea.Msg{special(tea.KeyLeft), special(tea.KeyLeft), special(tea.KeyRight), special(tea.KeyRight), special(tea.KeyRight)}, value: "ab", pos: 2},
		{name: "ctrl+b and ctrl+f", from: focused("ab", 1), msgs: []tea.Msg{ctrl('b')}, value: "ab", pos: 0},
		{name: "home and end", from: focused("abc", 1), msgs: []tea.Msg{special(tea.KeyEnd)}, value: "abc", pos: 3},
		{name: "ctrl+a", from: focused("abc", 2), msgs: []tea.Msg{ctrl('a')}, value: "abc", pos: 0},
		{name: "backspace deletes before the cursor", from: focused("abc", 2), msgs: []tea.Msg{special(tea.KeyBackspace)}, value: "ac", pos: 1},
		{name: "backspace at the start does nothing", from: focused("abc", 0), msgs: []tea.Msg{special(tea.KeyBackspace)}, value: "abc", pos: 0},
		{name: "delete deletes under the cursor", from: focused("abc", 1), msgs: []tea.Msg{special(tea.KeyDelete)}, value: "ac", pos: 1},
		{name: "delete at the end does nothing", from: focused("abc", 3), msgs: []tea.Msg{ctrl('d')}, value: "abc", pos: 3},
		{name: "ctrl+w deletes the word before", from: focused("one two  three", 9), msgs: []tea.Msg{ctrl('w')}, value: "one three", pos: 4},
		{name: "alt+backspace", from: focused("one two", 7), msgs: []tea.Msg{alt(tea.KeyBackspace)}, value: "one ", pos: 4},
		{name: "alt+d deletes the word after", from: focused("one two three", 3), msgs: []tea.Msg{alt('d')}, value: "one three", pos: 3},
		{name: "alt+b and alt+f move by words", from: focused("one two three", 13), msgs: []tea.Msg{alt('b'), alt('b'), alt('f')}, value: "one two three", pos: 7},
		{name: "ctrl+k deletes to the end", from: focused("abcdef", 2), msgs: []tea.Msg{ctrl('k')}, value: "ab", pos: 2},
		{name: "ctrl+u deletes to the start", from: focused("abcdef", 2), msgs: []tea.Msg{ctrl('u')}, value: "cdef", pos: 0},
		{name: "a paste is typed on one line", from: focused("ab", 1), msgs: []tea.Msg{tea.PasteMsg{Content: "x\ty\r\nz\x07"}}, value: "ax y  zb", pos: 7},
		{name: "suggestion keys do nothing", from: focused("ab", 1), msgs: []tea.Msg{special(tea.KeyTab), special(tea.KeyUp), special(tea.KeyDown), ctrl('v')}, value: "ab", pos: 1},
		{name: "blurred, keys do nothing", from: lineInput{prompt: "/", value: []rune("ab"), pos: 2}, msgs: []tea.Msg{text("c"), special(tea.KeyBackspace)}, value: "ab", pos: 2, wantView: "/ab"},
		{name: "the cursor past the end is a space", from: focused("ab", 2), value: "ab", pos: 2, wantView: "> ab "},
	}
	for _, c := range cases {
		got := typed(c.from, c.msgs...)
		if got.Value() != c.value || got.pos != c.pos {
			t.Errorf("%s: value %q, cursor %d; want %q, %d", c.name, got.Value(), got.pos, c.value, c.pos)
		}
		if view := ansi.Strip(got.View()); c.wantView != "" && view != c.wantView {
			t.Errorf("%s: view %q, want %q", c.name, view, c.wantView)
		}
	}
}

// TestLineInputShowsTheCursorOnItsCell: focused, the cell under the cursor is drawn in
// reverse video and the text around it is unchanged.
func TestLineInputShowsTheCursorOnItsCell(t *testing.T) {
	l := lineInput{prompt: "> ", value: []rune("abc"), pos: 1, focused: true}
	if got, want := l.View(), "> a"+cursorStyle.Render("b")+"c"; got != want {
		t.Errorf("view %q, want %q", got, want)
	}
	if cursorStyle.Render("b") == "b" {
		t.Error("the cursor's style draws nothing")
	}
}

// TestLineInputSetValueKeepsTheCursorAsTextinputDid: the cursor stays where it was as far as
// the new text goes; an empty input with the cursor at its start puts it past the end.
func TestLineInputSetValueKeepsTheCursorAsTextinputDid(t *testing.T) {
	l := lineInput{}
	l.SetValue("abc")
	if l.pos != 3 {
		t.Errorf("empty input set to abc: cursor %d, want 3", l.pos)
	}
	l.pos = 1
	l.SetValue("xyz")
	if l.pos != 1 {
		t.Errorf("cursor 1 set to xyz: cursor %d, want 1", l.pos)
	}
	l.SetValue("")
	if l.pos != 0 || l.Value() != "" {
		t.Errorf("set to empty: %q, cursor %d", l.Value(), l.pos)
	}
	l.SetValue("a\tb")
	if l.Value() != "a b" {
		t.Errorf("a tab is set as %q, want a space", l.Value())
	}
}

// TestLineInputLeavesCopiesAlone: an edit makes new text, so an earlier copy of the model
// (bubbletea's models are values) keeps what it had.
func TestLineInputLeavesCopiesAlone(t *testing.T) {
	before := lineInput{value: []rune("abcdef"), pos: 3, focused: true}
	for _, msg := range []tea.Msg{text("x"), ctrl('w'), ctrl('k'), ctrl('u'), special(tea.KeyBackspace), special(tea.KeyDelete)} {
		typed(before, msg)
		if before.Value() != "abcdef" {
			t.Fatalf("after %v the earlier copy reads %q", msg, before.Value())
		}
	}
}
