package tui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/breakeven/breakeven/report"
)

// adviceView lists the recommendations, largest saving first, with their evidence.
type adviceView struct{ frame }

func (adviceView) title() string                     { return "Advice" }
func (adviceView) shows() shows                      { return showsAnalyses }
func (v adviceView) update(msg tea.KeyPressMsg) view { v.frame = v.scrolled(msg); return v }
func (v adviceView) setSize(w, h int) view           { v.frame = v.sized(w, h); return v }
func (v adviceView) shown() view                     { v.frame = v.top(); return v }

func (v adviceView) view(sc scene) string {
	c, w := sc.analysis, v.width
	if c == nil {
		return v.clip(sc.waiting("the recommendations", w))
	}
	var b strings.Builder
	if line := report.AsYouBuy(*c); line != "" {
		b.WriteString(wrapText(line, w, "  ") + "\n")
	}
	if len(c.Recommendations) == 0 {
		return v.clip(b.String() + "None saves money at this traffic.")
	}
	for i, r := range c.Recommendations {
		cond := ""
		if r.Conditional {
			cond = " if it stays on " + r.Platform.Name()
		}
		b.WriteString(wrapText(fmt.Sprintf("%d. %s: %s a month%s", i+1, r.Action, v.st.good.Render("saves "+money(r.MonthlySaving)), cond), w, "   ") + "\n")
		for _, e := range r.Evidence {
			b.WriteString(v.st.dim.Render(wrapText("   - "+e, w, "     ")) + "\n")
		}
	}
	return v.clip(b.String())
}
