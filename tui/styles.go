package tui

import (
	"charm.land/lipgloss/v2"
)

// styles are every style the explorer uses, built once. Colours are dropped by the renderer
// where the terminal has none or NO_COLOR is set; the text alone carries the meaning (the
// cheapest is also marked with "*", the selection with "▸", and the charts' lines by their
// markers and patterns: scene.mono).
type styles struct {
	title, dim, bold, selected, cheapest, bad, good, tab, activeTab, status, key lipgloss.Style
	// palette colours the charts' series in order: the platforms (platformTable), the
	// traffic's requests, the sweep's architectures; fallback colours any beyond it.
	palette  []lipgloss.Style
	fallback lipgloss.Style
}

func newStyles() styles {
	colour := func(hex string) lipgloss.Style { return lipgloss.NewStyle().Foreground(lipgloss.Color(hex)) }
	return styles{
		title:     lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("#7D56F4")),
		dim:       colour("#808080"),
		bold:      lipgloss.NewStyle().Bold(true),
		selected:  lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("#FFFFFF")).Background(lipgloss.Color("#5A4FCF")),
		cheapest:  lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("#3FB950")),
		bad:       colour("#F85149"),
		good:      colour("#3FB950"),
		tab:       colour("#9E9E9E"),
		activeTab: lipgloss.NewStyle().Bold(true).Underline(true).Foreground(lipgloss.Color("#7D56F4")),
		status:    colour("#E3B341"),
		key:       lipgloss.NewStyle().Bold(true),
		palette:   []lipgloss.Style{colour("#FF9900"), colour("#2F81F7"), colour("#3FB950"), colour("#BC8CFF"), colour("#F778BA"), colour("#39C5CF")},
		fallback:  colour("#C9D1D9"),
	}
}

// series is the i-th colour of the palette, or the fallback past its end.
func (s styles) series(i int) lipgloss.Style {
	if i >= 0 && i < len(s.palette) {
		return s.palette[i]
	}
	return s.fallback
}
