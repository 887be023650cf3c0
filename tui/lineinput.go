package tui

import (
	"strings"
	"unicode"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// lineInput is one line of text being typed: the filter and the value being edited. It keeps
// the keys of bubbles' textinput, which it replaces: that component reads the system
// clipboard for ctrl+v through a package whose initialisation looks for a clipboard program
// along PATH at every start of the binary, batch runs included (6% of `price one.yaml`).
// A terminal's own paste (bracketed paste) arrives as text and is typed in as it is.
type lineInput struct {
	prompt  string
	value   []rune
	pos     int // the cursor: the index in value of the rune it is on, len(value) past the end
	focused bool
}

// cursorStyle shows the cursor as the cell it is on, in reverse video.
var cursorStyle = lipgloss.NewStyle().Reverse(true)

// Value is the text typed.
func (l lineInput) Value() string { return string(l.value) }

// SetValue replaces the text. The cursor stays where it was as far as the new text goes, or
// goes past its end when the text was empty with the cursor at its start, as in bubbles'
// textinput.
func (l *lineInput) SetValue(s string) {
	was := len(l.value)
	l.value = []rune(sanitizeLine(s))
	if (l.pos == 0 && was == 0) || l.pos > len(l.value) {
		l.pos = len(l.value)
	}
}

// CursorEnd moves the cursor past the end of the text.
func (l *lineInput) CursorEnd() { l.pos = len(l.value) }

// Focus shows the cursor and lets Update type: it needs no command (the cursor does not
// blink).
func (l *lineInput) Focus() tea.Cmd {
	l.focused = true
	return nil
}

// Blur hides the cursor; Update then ignores every key.
func (l *lineInput) Blur() { l.focused = false }

// Update types what msg says into the text when focused: text and pastes are inserted at
// the cursor, and the editing keys move it or delete.
func (l lineInput) Update(msg tea.Msg) (lineInput, tea.Cmd) {
	if !l.focused {
		return l, nil
	}
	switch msg := msg.(type) {
	case tea.PasteMsg:
		l.insert(msg.Content)
	case tea.KeyPressMsg:
		l.key(msg)
	}
	return l, nil
}

// key applies one key press, as bubbles' textinput binds them. Its keys for suggestions (tab,
// up, down, ctrl+n, ctrl+p) do nothing, as there with none to offer, and so does ctrl+v.
func (l *lineInput) key(msg tea.KeyPressMsg) {
	switch msg.String() {
	case "right", "ctrl+f":
		l.pos = min(l.pos+1, len(l.value))
	case "left", "ctrl+b":
		l.pos = max(l.pos-1, 0)
	case "alt+right", "ctrl+right", "alt+f":
		l.pos = l.wordEnd()
	case "alt+left", "ctrl+left", "alt+b":
		l.pos = l.wordStart()
	case "alt+backspace", "ctrl+w", "ctrl+backspace":
		l.replace(l.wordStart(), l.pos, nil)
	case "alt+delete", "alt+d", "ctrl+delete":
		l.replace(l.pos, l.wordEnd(), nil)
	case "ctrl+k":
		l.replace(l.pos, len(l.value), nil)
	case "ctrl+u":
		l.replace(0, l.pos, nil)
	case "backspace", "ctrl+h":
		l.replace(max(l.pos-1, 0), l.pos, nil)
	case "delete", "ctrl+d":
		l.replace(l.pos, min(l.pos+1, len(l.value)), nil)
	case "home", "ctrl+a":
		l.pos = 0
	case "end", "ctrl+e":
		l.pos = len(l.value)
	case "tab", "up", "down", "ctrl+n", "ctrl+p", "ctrl+v":
	default:
		l.insert(msg.Text)
	}
}

// insert types text in at the cursor, tabs and line breaks as spaces.
func (l *lineInput) insert(text string) {
	l.replace(l.pos, l.pos, []rune(sanitizeLine(text)))
}

// replace puts add in place of value[from:to] in a new slice (a copy of the explorer's model
// may hold the old one), the cursor after it.
func (l *lineInput) replace(from, to int, add []rune) {
	next := make([]rune, 0, len(l.value)-(to-from)+len(add))
	next = append(append(append(next, l.value[:from]...), add...), l.value[to:]...)
	l.value, l.pos = next, from+len(add)
}

// sanitizeLine is s on one line, as bubbles' textinput takes it: each tab, carriage return
// and line break a space, other control characters and invalid UTF-8 left out.
func sanitizeLine(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\r' || r == '\n':
			return ' '
		case r == utf8.RuneError || unicode.IsControl(r):
			return -1
		}
		return r
	}, s)
}

// wordStart is where the word before the cursor starts: back over spaces, then over the
// word.
func (l lineInput) wordStart() int {
	i := l.pos
	for i > 0 && unicode.IsSpace(l.value[i-1]) {
		i--
	}
	for i > 0 && !unicode.IsSpace(l.value[i-1]) {
		i--
	}
	return i
}

// wordEnd is where the word after the cursor ends: on over spaces, then over the word.
func (l lineInput) wordEnd() int {
	i := l.pos
	for i < len(l.value) && unicode.IsSpace(l.value[i]) {
		i++
	}
	for i < len(l.value) && !unicode.IsSpace(l.value[i]) {
		i++
	}
	return i
}

// View is the prompt and the text, with the cursor on its cell when focused (a space past
// the end).
func (l lineInput) View() string {
	if !l.focused {
		return l.prompt + string(l.value)
	}
	under, after := " ", ""
	if l.pos < len(l.value) {
		under, after = string(l.value[l.pos]), string(l.value[l.pos+1:])
	}
	return l.prompt + string(l.value[:l.pos]) + cursorStyle.Render(under) + after
}
