package html

import (
	"fmt"
	"strings"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/breakeven/breakeven/report"
)

// bills writes every platform's bill of a workload: each line item with its quantity, unit
// price, cost, source and date (a model estimate marked, with what it rests on), the total,
// what the catalog has no rate for, the cold-start estimate's assumptions, and why a platform
// cannot run it.
func bills(b *strings.Builder, r model.WorkloadResult) {
	for _, e := range r.ShownEstimates() {
		title := platformName(e.Platform) + " bill"
		if e.Platform == r.Cheapest {
			title += " (cheapest)"
		}
		fmt.Fprintf(b, `<section class="bill"><h3>%s</h3>`+"\n", esc(title))
		if !e.Feasible {
			b.WriteString(`<ul class="cannot">`)
			for _, why := range e.Reasons {
				element(b, "li", "", "Cannot run: "+why)
			}
			b.WriteString("</ul></section>\n")
			continue
		}
		if e.Summary != "" {
			element(b, "p", "", "Priced: "+e.Summary+".")
			b.WriteString("\n")
		}
		for _, w := range e.Warnings {
			element(b, "p", `class="warning"`, "Warning: "+w+".")
			b.WriteString("\n")
		}
		b.WriteString(`<table class="data bill-items">` + "\n")
		element(b, "caption", "", "Every line of the "+platformName(e.Platform)+" bill, a month († a quantity the model estimates, on what it says)")
		b.WriteString("\n")
		headRow(b, "Line item", "Quantity", "Unit price", "Cost", "Source and date")
		for _, it := range e.LineItems {
			lineItem(b, it)
		}
		total := "Monthly total"
		if !e.Complete() {
			total = "Monthly total, incomplete (it leaves out what is not priced below)"
		}
		b.WriteString(`<tr class="total">`)
		element(b, "th", `scope="row"`, total)
		element(b, "td", "", "")
		element(b, "td", "", "")
		element(b, "td", `class="num"`, money(e.MonthlyCost))
		element(b, "td", "", "")
		b.WriteString("</tr>\n</table>\n")
		if cs := model.ColdStartsOf(e); cs != nil {
			list(b, "Assumptions of the cold-start estimate (breakeven's docs/cold-starts.md gives their sources):", cs.Assumptions)
		}
		noRate, elsewhereAWS := report.SplitUnpriced(e.Unpriced)
		unpricedList(b, "Not priced, no rate in the catalog (left out of the total):", noRate)
		unpricedList(b, "Not priced on "+platformName(e.Platform)+": AWS services the file describes, no equivalent priced (left out of the total):", elsewhereAWS)
		b.WriteString("</section>\n")
	}
}

// unpricedList writes the quantities list leaves out of a bill under heading; nothing when
// list is empty.
func unpricedList(b *strings.Builder, heading string, list []pricing.Unpriced) {
	if len(list) == 0 {
		return
	}
	b.WriteString(`<p>` + esc(heading) + `</p><ul class="unpriced">`)
	for _, u := range list {
		element(b, "li", "", u.String())
	}
	b.WriteString("</ul>\n")
}

// lineItem writes one line of a bill; an estimated quantity is marked on its line, with what
// the estimate rests on.
func lineItem(b *strings.Builder, it pricing.LineItem) {
	class := ""
	if it.Estimate != "" {
		class = ` class="estimate"`
	}
	fmt.Fprintf(b, "<tr%s><th scope=\"row\">%s <code>%s</code>", class, esc(it.Name), esc(it.ID))
	if it.Estimate != "" {
		element(b, "span", `class="estimate-note"`, it.Estimate)
	}
	b.WriteString("</th>")
	element(b, "td", `class="num"`, report.Shown(it.Quantity)+" "+it.Unit)
	element(b, "td", `class="num"`, report.UnitPrice(it.UnitPrice))
	element(b, "td", `class="num"`, money(it.Cost))
	b.WriteString("<td>")
	source(b, it.Source)
	if it.AsOf != "" {
		b.WriteString(", as of " + esc(it.AsOf))
	}
	b.WriteString("</td></tr>\n")
}

// source writes where a rate comes from: a link to the page it cites (a navigation the
// reader may follow; the document loads nothing from it), or the text as it is.
func source(b *strings.Builder, s string) {
	if strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "http://") {
		fmt.Fprintf(b, `<a href="%s">%s</a>`, esc(s), esc(s))
		return
	}
	b.WriteString(esc(s))
}
