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
		palette:   paletteOf(colour),
		fallback:  colour("#C9D1D9"),
	}
}

// paletteColours are the series' colours in order, one for each of seven platforms: Lambda
// orange, Fargate blue and EC2 green as before, then violet, magenta, teal and olive. Each
// is a mid tone, readable on a dark and a light background alike (a contrast of at least 2:1
// against black and against white, TestPaletteReadsOnDarkAndLight), and each far from the
// others; without colour the text and the charts' markers tell them apart.
var paletteColours = []string{"#FF9900", "#2F81F7", "#3FB950", "#A371F7", "#DB61A2", "#1B9AAA", "#8A8A00"}

func paletteOf(colour func(string) lipgloss.Style) []lipgloss.Style {
	out := make([]lipgloss.Style, len(paletteColours))
	for i, hex := range paletteColours {
		out[i] = colour(hex)
	}
	return out
}

// series is the i-th colour of the palette, or the fallback past its end.
func (s styles) series(i int) lipgloss.Style {
	if i >= 0 && i < len(s.palette) {
		return s.palette[i]
	}
	return s.fallback
}
