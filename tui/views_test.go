package tui

import (
	"testing"
)

// viewIndex is the index of the view titled title in m's bar.
func viewIndex(t testing.TB, m Model, title string) int {
	t.Helper()
	for i, v := range m.views {
		if v.title() == title {
			return i
		}
	}
	t.Fatalf("no view %q", title)
	return 0
}

// drawn is the shown view of the current workload drawn in w x h cells.
func drawn(m Model, w, h int) string {
	return m.shownView().setSize(w, h).view(m.scene(m.current()))
}
