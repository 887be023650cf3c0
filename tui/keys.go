package tui

import "charm.land/bubbles/v2/key"

// keyMap holds every key binding, built once; the help line shows the focused pane's (and
// the shown view's: view.shortHelp).
type keyMap struct {
	Up, Down, Left, Right key.Binding
	Tab, ShiftTab         key.Binding
	Enter, Back           key.Binding
	Filter, Edit, Save    key.Binding
	Undo, Pin, Export     key.Binding
	Platform, Choose      key.Binding
	Help, Quit            key.Binding
	Yes, No               key.Binding
}

// newKeyMap is every binding; the number keys are the platforms' (platformTable).
func newKeyMap(plats platformTable) keyMap {
	return keyMap{
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Left:     key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←/h", "less")),
		Right:    key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→/l", "more")),
		Tab:      key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next pane")),
		ShiftTab: key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "previous pane")),
		Enter:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		Back:     key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Filter:   key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "filter")),
		Edit:     key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "edit")),
		Save:     key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "save")),
		Undo:     key.NewBinding(key.WithKeys("u"), key.WithHelp("u", "undo")),
		Pin:      key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "pin as A")),
		Export:   key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "export")),
		Platform: plats.binding(),
		Choose:   key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "platforms")),
		Help:     key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Quit:     key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
		Yes:      key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "yes")),
		No:       key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n", "no")),
	}
}
