package html

import (
	"strings"

	"github.com/breakeven/breakeven/model/analysis"
)

// assumptions writes what the figures assume beyond the file: what the file does not describe
// and is not priced, every value it left out and how it was chosen, the analyses' notes, and
// the assumptions of the sweep and of right-sizing.
func assumptions(b *strings.Builder, c analysis.Comparison) {
	b.WriteString(`<section class="assumptions"><h3>Not priced, assumptions and defaults</h3>` + "\n")
	if f := c.Base.Flow; f != nil && len(f.NotPriced) > 0 {
		list(b, "Not priced (the file does not describe them):", f.NotPriced)
	}
	var defaults []string
	for _, d := range c.Base.Workload.Defaulted {
		defaults = append(defaults, d.Key+" = "+d.Value+": "+d.Why)
	}
	list(b, "Assumed (not in the file):", defaults)
	list(b, "Notes of the analyses:", c.Notes)
	if c.Sweep != nil {
		list(b, "Assumed by the memory sweep:", c.Sweep.Assumptions)
	}
	list(b, "Assumed by right-sizing:", c.RightSizing.Assumptions)
	b.WriteString("</section>\n")
}

// list writes a lead and its items, nothing when there are none.
func list(b *strings.Builder, lead string, items []string) {
	if len(items) == 0 {
		return
	}
	element(b, "p", "", lead)
	b.WriteString("<ul>")
	for _, it := range items {
		element(b, "li", "", it)
	}
	b.WriteString("</ul>\n")
}
