package tui

import (
	"fmt"
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/workloads"
	"github.com/charmbracelet/x/ansi"
)

// chooser is the c key's panel: which platforms every workload is shown on, a mark for each
// registered platform, as the --platforms flag chooses them for the commands. The explorer
// starts with each workload's own choice (its platforms key, or the flag); enter lays the
// marked ones over every workload, w goes back to their own.
type chooser struct {
	cursor int
	marks  []bool // by index in model.Platforms
}

// openChooser shows the panel, marked with what the explorer shows now.
func (m Model) openChooser() Model {
	shown := model.ShownOnAny(validResults(m.docs))
	if len(m.pr.platforms) > 0 {
		shown = m.pr.platforms
	}
	c := &chooser{marks: make([]bool, len(model.Platforms))}
	for i, p := range model.Platforms {
		c.marks[i] = slices.Contains(shown, p) || len(shown) == 0
	}
	m.choosing, m.mode = c, modeChoose
	return m
}

// chooseKey moves in the panel, marks a platform (space, or its number key), and applies
// the marks (enter), the workloads' own choice (w) or nothing (esc).
func (m Model) chooseKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	c := *m.choosing
	c.marks = slices.Clone(c.marks)
	m.choosing = &c
	switch k := msg.String(); {
	case k == "up" || k == "k":
		c.cursor = max(c.cursor-1, 0)
	case k == "down" || k == "j":
		c.cursor = min(c.cursor+1, len(c.marks)-1)
	case k == "space" || k == " ":
		c.marks[c.cursor] = !c.marks[c.cursor]
	case k == "a":
		for i := range c.marks {
			c.marks[i] = true
		}
	case k == "esc":
		m.mode, m.choosing, m.status = modeNormal, nil, "platforms unchanged"
	case k == "w":
		return m.choose(m.ownPlatforms)
	case k == "enter":
		var picked []model.Platform
		for i, on := range c.marks {
			if on {
				picked = append(picked, model.Platforms[i])
			}
		}
		if len(picked) == 0 {
			m.status = "mark at least one platform (space), or w for the workloads' own choice"
			return m, nil
		}
		return m.choose(picked)
	default:
		if p, ok := m.plats.byKey(k); ok {
			i := slices.Index(model.Platforms, p)
			c.marks[i], c.cursor = !c.marks[i], i
		}
	}
	return m, nil
}

// choose shows every workload on platforms (none: on each one's own choice), re-priced, the
// analyses worked out again in the background among them.
func (m Model) choose(platforms []model.Platform) (tea.Model, tea.Cmd) {
	m.mode, m.choosing = modeNormal, nil
	m.pr.platforms = platforms
	m.work.plan = nil // the portfolio's commitment is worked out again among them
	if len(platforms) > 0 && !slices.Contains(platforms, m.plat) {
		m.plat = platforms[0] // the breakdown and the A/B's line items show a shown one
	}
	for _, d := range m.docs {
		if !d.valid() {
			continue
		}
		d.result = m.pr.price(d.work)
		d.analysis, d.analysisFor = nil, nil
		if d.pinned != nil {
			if w, err := workloads.ParseKnown(d.src.Path, d.pinned.text, m.pr.known); err == nil {
				d.pinned.result = m.pr.price(w)
			}
		}
	}
	m.port = portfolio(m.docs, m.pr.cat)
	m.status = "showing " + m.shownText()
	return m, func() tea.Msg { return startAnalysesMsg{} }
}

// shownText names the platforms shown: the chosen ones, or "each workload's own choice".
func (m Model) shownText() string {
	if len(m.pr.platforms) == 0 {
		return "each workload's own choice of platforms"
	}
	return platformNames(m.pr.platforms)
}

// platformNames are ps's names, joined with commas.
func platformNames(ps []model.Platform) string {
	names := make([]string, len(ps))
	for i, p := range ps {
		names[i] = p.Name()
	}
	return strings.Join(names, ", ")
}

// chooserView is the panel: a line for each registered platform, marked when shown, its
// number key and colour.
func (m Model) chooserView(w int) string {
	c := m.choosing
	var b strings.Builder
	b.WriteString(m.st.bold.Render("Platforms shown") + "\n")
	b.WriteString(wrapText("Now: "+m.shownText()+".", w, "  ") + "\n\n")
	for i, l := range m.plats.looks {
		mark, box := "  ", "[ ]"
		if i == c.cursor {
			mark = "▸ "
		}
		if c.marks[i] {
			box = "[x]"
		}
		line := fmt.Sprintf("%s%s %-2s %s", mark, box, l.key, l.style.Render(l.name))
		if i == c.cursor {
			line = m.st.selected.Render(ansi.Strip(line))
		}
		b.WriteString(line + "\n")
	}
	b.WriteString("\n" + wrapText("space or a number marks a platform, a marks all; enter shows the marked ones on every workload (and exports them), w each workload's own choice (its platforms key or --platforms), esc leaves it as it is.", w, ""))
	return b.String()
}
