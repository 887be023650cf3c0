package tui

import (
	"charm.land/lipgloss/v2"
)

// styles are every style the explorer uses, built once. Colours are dropped by the renderer
// where the terminal has none or NO_COLOR is set; the text alone carries the meaning (the
// cheapest is also marked with "*", the selection with "▸", and the charts' lines by their
// markers and patterns: Model.mono).
type styles struct {
	title, dim, bold, selected, cheapest, bad, good, tab, activeTab, status, key lipgloss.Style
	platform                                                                     [3]lipgloss.Style
}

func newStyles() styles {
	return styles{
		title:     lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("#7D56F4")),
		dim:       lipgloss.NewStyle().Foreground(lipgloss.Color("#808080")),
		bold:      lipgloss.NewStyle().Bold(true),
		selected:  lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("#FFFFFF")).Background(lipgloss.Color("#5A4FCF")),
		cheapest:  lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("#3FB950")),
		bad:       lipgloss.NewStyle().Foreground(lipgloss.Color("#F85149")),
		good:      lipgloss.NewStyle().Foreground(lipgloss.Color("#3FB950")),
		tab:       lipgloss.NewStyle().Foreground(lipgloss.Color("#9E9E9E")),
		activeTab: lipgloss.NewStyle().Bold(true).Underline(true).Foreground(lipgloss.Color("#7D56F4")),
		status:    lipgloss.NewStyle().Foreground(lipgloss.Color("#E3B341")),
		key:       lipgloss.NewStyle().Bold(true),
		platform:  [3]lipgloss.Style{lipgloss.NewStyle().Foreground(lipgloss.Color("#FF9900")), lipgloss.NewStyle().Foreground(lipgloss.Color("#2F81F7")), lipgloss.NewStyle().Foreground(lipgloss.Color("#3FB950"))},
	}
}
