package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/charmbracelet/x/ansi"
	"github.com/shopspring/decimal"
)

// abView compares scenario A (the workload as opened, or as pinned) with it as edited (B):
// totals and the chosen platform's line items side by side, with the differences. Pinning
// opens it.
type abView struct{ frame }

func (abView) title() string                     { return "A/B" }
func (abView) shows() shows                      { return showsScenarios }
func (v abView) opensOn() []key.Binding          { return []key.Binding{v.keys.Pin} }
func (v abView) update(msg tea.KeyPressMsg) view { v.frame = v.scrolled(msg); return v }
func (v abView) setSize(w, h int) view           { v.frame = v.sized(w, h); return v }
func (v abView) shown() view                     { v.frame = v.top(); return v }

func (v abView) view(sc scene) string {
	d, w := sc.d, v.width
	if d.pinned == nil {
		return v.clip("Nothing to compare with.")
	}
	a, bRes := d.pinned.result, d.result
	var b strings.Builder
	b.WriteString(v.st.dim.Render(fmt.Sprintf("A: %s (p pins the current state)   B: as edited", d.pinned.label)) + "\n")
	rows := [][]string{{"", "A", "B", "B - A"}}
	for _, p := range model.ShownOnAny([]model.WorkloadResult{a, bRes}) {
		ea, eb := a.Estimate(p), bRes.Estimate(p)
		rows = append(rows, []string{p.Name(), costOrNot(ea), costOrNot(eb), diffText(ea, eb)})
	}
	for _, line := range columns(rows, []bool{false, true, true, true}) {
		b.WriteString(line + "\n")
	}
	p := sc.plat
	fmt.Fprintf(&b, "\n%s line items (%s: platform)\n", v.st.bold.Render(p.Name()), v.plats.keyRange())
	ia, ib := a.Estimate(p).LineItems, bRes.Estimate(p).LineItems
	items := [][]string{{"Item", "A", "B", "B - A"}}
	for _, id := range lineIDs(ia, ib) {
		ca, cb := itemCost(ia, id), itemCost(ib, id)
		items = append(items, []string{itemName(ia, ib, id), money(ca), money(cb), signed(cb.Sub(ca))})
	}
	for _, line := range columns(items, []bool{false, true, true, true}) {
		b.WriteString(ansi.Truncate(line, w, "…") + "\n")
	}
	return v.clip(b.String())
}

func costOrNot(e model.Estimate) string {
	if !e.Feasible {
		return "cannot run"
	}
	return money(e.MonthlyCost)
}

func diffText(a, b model.Estimate) string {
	if !a.Feasible || !b.Feasible {
		return "-"
	}
	return signed(b.MonthlyCost.Sub(a.MonthlyCost))
}

func signed(d decimal.Decimal) string {
	if d.IsPositive() {
		return "+" + money(d)
	}
	return money(d)
}

// lineIDs are the line items' ids of a then those only in b, in order.
func lineIDs(a, b []pricing.LineItem) []string {
	var ids []string
	seen := map[string]bool{}
	for _, list := range [][]pricing.LineItem{a, b} {
		for _, it := range list {
			if !seen[it.ID] {
				seen[it.ID] = true
				ids = append(ids, it.ID)
			}
		}
	}
	return ids
}

func itemCost(items []pricing.LineItem, id string) decimal.Decimal {
	for _, it := range items {
		if it.ID == id {
			return it.Cost
		}
	}
	return decimal.Zero
}

func itemName(a, b []pricing.LineItem, id string) string {
	for _, list := range [][]pricing.LineItem{b, a} {
		for _, it := range list {
			if it.ID == id {
				return it.Name
			}
		}
	}
	return id
}
