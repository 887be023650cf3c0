package tui

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/breakeven/breakeven/report"
	"github.com/charmbracelet/x/ansi"
)

// breakdownView is one platform's line items: quantity, unit price, cost and source. The
// number keys open it on their platform.
type breakdownView struct{ frame }

func (breakdownView) title() string                     { return "Breakdown" }
func (breakdownView) shows() shows                      { return showsBill }
func (v breakdownView) opensOn() []key.Binding          { return []key.Binding{v.keys.Platform} }
func (v breakdownView) update(msg tea.KeyPressMsg) view { v.frame = v.scrolled(msg); return v }
func (v breakdownView) setSize(w, h int) view           { v.frame = v.sized(w, h); return v }
func (v breakdownView) shown() view                     { v.frame = v.top(); return v }

func (v breakdownView) view(sc scene) string {
	e, w := sc.d.result.Estimate(sc.plat), v.width
	var b strings.Builder
	b.WriteString(v.st.bold.Render(e.Platform.Name()) + "  " + e.Summary + v.st.dim.Render("   ("+v.plats.keyRange()+": platform)") + "\n")
	if r := sc.d.result; !r.Workload.PricedOn(sc.plat) {
		b.WriteString(wrapText("not priced: the workload is shown on "+platformNames(r.Shown())+
			" (its platforms key, --platforms or c chooses them)", w, "  ") + "\n")
		return v.clip(b.String())
	}
	if !e.Feasible {
		for _, why := range e.Reasons {
			b.WriteString(wrapText("cannot run: "+why, w, "  ") + "\n")
		}
		return v.clip(b.String())
	}
	total := "Total"
	if !e.Complete() {
		total = "Total, incomplete"
	}
	rows := [][]string{{"Item", "Quantity", "Unit price", "Cost"}}
	for _, it := range e.LineItems {
		rows = append(rows, []string{it.Name, quantityText(it.Quantity) + " " + it.Unit, report.UnitPrice(it.UnitPrice), money(it.Cost)})
	}
	rows = append(rows, []string{total, "", "", money(e.MonthlyCost)})
	lines := columns(rows, []bool{false, true, true, true})
	narrow := slices.ContainsFunc(lines, func(l string) bool { return ansi.StringWidth(l) > w })
	if narrow { // the costs kept in view: each item's quantity and unit price on a line of its own
		for i := range rows {
			rows[i] = []string{rows[i][0], rows[i][3]}
		}
		rows[0][1] = "Cost"
		lines = columns(rows, []bool{false, true})
	}
	for i, line := range lines {
		b.WriteString(line + "\n")
		if i == 0 || i > len(e.LineItems) {
			continue
		}
		it := e.LineItems[i-1]
		if narrow {
			b.WriteString(v.st.dim.Render(ansi.Truncate("  "+quantityText(it.Quantity)+" "+it.Unit+" at "+report.UnitPrice(it.UnitPrice), w, "…")) + "\n")
		}
		note := "  " + it.Source + " (" + it.AsOf + ")"
		switch {
		case it.Estimate != "":
			note = "  " + it.Estimate
		case it.Source == "" && it.AsOf == "":
			continue // a rate of no catalog (a test platform's) has no source to say
		}
		b.WriteString(v.st.dim.Render(ansi.Truncate(note, w, "…")) + "\n")
	}
	for _, u := range e.Unpriced {
		b.WriteString(wrapText("not priced, no rate: "+u.String(), w, "  ") + "\n")
	}
	return v.clip(b.String())
}
