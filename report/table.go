package report

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
)

// writeTable renders the comparison for a terminal: the header; for more than one workload a
// summary, a line of each of their rows (see summaryRow); each workload's text, rendered by
// tableWorkload; and for more than one the portfolio p. It fits 80 columns for usual names.
func writeTable(w io.Writer, head model.Result, rows [][]string, texts []string, p model.Portfolio) error {
	var b strings.Builder
	b.WriteString(wrap(header(head), "", itemsWidth) + "\n")
	if len(texts) > 1 {
		tableSummary(&b, rows)
		b.WriteString("\n")
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return err
	}
	for i, text := range texts {
		if i > 0 {
			text = "\n" + text
		}
		if _, err := io.WriteString(w, text); err != nil {
			return err
		}
	}
	if len(texts) > 1 {
		b.Reset()
		b.WriteString("\n")
		tablePortfolio(&b, len(texts), p)
		_, err := io.WriteString(w, b.String())
		return err
	}
	return nil
}

// header says which prices and which month the figures use.
func header(res model.Result) string {
	s := fmt.Sprintf("Prices: catalog %s as of %s, USD. A month is %d hours.", res.Catalog, res.AsOf, res.MonthHours)
	if res.Month.Name != model.StandardMonthName {
		s = fmt.Sprintf("Prices: catalog %s as of %s, USD. The month is %s, %d hours.", res.Catalog, res.AsOf, res.Month.Name, res.MonthHours)
	}
	if len(res.Overlays) > 0 {
		s += " Overlaid: " + strings.Join(res.Overlays, ", ") + "."
	}
	if res.MonthsAhead > 0 {
		s += fmt.Sprintf(" Traffic projected %d months ahead at each workload's growth.", res.MonthsAhead)
	}
	return s
}

// tableWorkload renders one workload: the platforms side by side with the cheapest marked,
// then each platform's line items, then the values the file left out.
func tableWorkload(b *strings.Builder, r model.WorkloadResult, monthHours int64) {
	wl := r.Workload
	fmt.Fprintf(b, "%s  %s  %s\n", wl.Name, wl.Region, wl.File)
	if wl.Description != "" {
		fmt.Fprintf(b, "  %s\n", wl.Description)
	}
	b.WriteString(wrap("  "+serviceText(r, monthHours), "    ", itemsWidth))
	b.WriteString("\n")

	row := []string{""}
	costs := []string{"  Monthly"}
	for _, e := range r.Estimates {
		row = append(row, platformName(e.Platform))
		costs = append(costs, costCell(r, e))
	}
	rows := [][]string{row, costs}
	if r.Flow != nil && r.Flow.Requests.IsPositive() && (len(r.Flow.Steps) > 1 || wl.FrontDoor.Lambda != "") {
		rows = append(rows, perThousandRow(r))
	}
	writeColumns(b, rows, platformWidths(11, 22))
	if anyIncomplete(r) {
		b.WriteString(wrap("  * incomplete: the catalog lacks a rate for some of its lines (listed after the platforms), so it may cost more, and may not be the cheapest", "    ", itemsWidth))
	}
	b.WriteString("\n")

	for _, e := range r.Estimates {
		tableEstimate(b, r, e)
	}
	tableMissingRates(b, r)
	tableFlow(b, r)
	tableSchedules(b, r)
	writeDefaults(b, wl.Defaulted)
}

// writeDefaults lists the values the file left out: plain defaults on wrapped lines, choices
// the engine made with their reasons one per line.
func writeDefaults(b *strings.Builder, defaults []model.Default) {
	var plain []string
	var chosen []model.Default
	for _, d := range defaults {
		if d.Why == "default" {
			plain = append(plain, d.Key+"="+d.Value)
		} else {
			chosen = append(chosen, d)
		}
	}
	if len(plain) > 0 {
		b.WriteString(wrap("  Defaults: "+strings.Join(plain, ", "), "    ", itemsWidth))
	}
	for _, d := range chosen {
		b.WriteString(wrap(fmt.Sprintf("  Assumed %s = %s: %s", d.Key, d.Value, d.Why), "    ", itemsWidth))
	}
}

// wrap breaks text at spaces into lines of at most width columns, indenting continuations.
// Spacing within a line is kept as written; a word longer than the width stays whole. (The
// indent is spaces.)
func wrap(text, indent string, width int) string {
	if len(text) <= width || utf8.RuneCountInString(text) <= width {
		return text + "\n" // most lines: one line
	}
	runes := []rune(text)
	var b strings.Builder
	b.Grow(len(text) + len(text)/width*(len(indent)+1) + 1)
	// Each line is its prefix (none on the first, the indent after) and runes[start:].
	prefix, start := "", 0
	for len(prefix)+len(runes)-start > width {
		cut := width
		for cut > len(indent) && runes[start+cut-len(prefix)] != ' ' {
			cut--
		}
		if cut <= len(indent) {
			break
		}
		b.WriteString(strings.TrimRight(prefix+string(runes[start:start+cut-len(prefix)]), " ") + "\n")
		start += cut - len(prefix)
		for start < len(runes) && runes[start] == ' ' {
			start++
		}
		prefix = indent
	}
	b.WriteString(prefix + string(runes[start:]) + "\n")
	return b.String()
}

// costCell is an estimate's monthly cost as the summary row shows it, starred when the
// estimate is incomplete.
func costCell(r model.WorkloadResult, e model.Estimate) string {
	switch {
	case !e.Feasible:
		return "cannot run"
	case e.Platform == r.Cheapest:
		return costText(e) + " cheapest"
	}
	return costText(e)
}

// costText is a feasible estimate's cost, with a star when it is incomplete.
func costText(e model.Estimate) string {
	if !e.Complete() {
		return money(e.MonthlyCost) + "*"
	}
	return money(e.MonthlyCost)
}

// anyIncomplete says some feasible estimate of r is incomplete.
func anyIncomplete(r model.WorkloadResult) bool {
	for _, e := range r.Estimates {
		if e.Feasible && !e.Complete() {
			return true
		}
	}
	return false
}

func tableEstimate(b *strings.Builder, r model.WorkloadResult, e model.Estimate) {
	b.WriteString(wrap(fmt.Sprintf("  %s: %s", platformName(e.Platform), e.Summary), "      ", itemsWidth))
	if !e.Feasible {
		for _, why := range e.Reasons {
			b.WriteString(wrap("    cannot run: "+why, "      ", itemsWidth))
		}
		return
	}
	if c := capacityText(e.Capacity); c != "" && e.Throttling == nil {
		fmt.Fprintf(b, "    %s\n", c)
	}
	for _, warning := range e.Warnings {
		b.WriteString(wrap("    Warning: "+warning, "      ", itemsWidth))
	}
	if th := e.Throttling; th != nil {
		b.WriteString(wrap("    "+throttlingText(th), "      ", itemsWidth))
	}
	if cs := e.ColdStarts; cs != nil {
		b.WriteString(wrap("    "+coldStartText(cs, !r.Workload.Lambda.OmitColdStarts), "      ", itemsWidth))
	}
	if wm := e.Warmer; wm != nil && e.ColdStarts != nil && e.ColdStarts.IdleRecycles > 0 {
		b.WriteString(wrap("    "+warmerText(wm), "      ", itemsWidth))
	}
	writeItems(b, e.LineItems, "    ")
	total := "Total"
	if !e.Complete() {
		total = "Total, incomplete"
	}
	fmt.Fprintf(b, "    %-*s %s\n", itemsWidth-len("    ")-costWidth-1, total, pad(money(e.MonthlyCost), costWidth))
}

const (
	itemsWidth = 78
	costWidth  = 12
)

// writeItems writes line items as "name  quantity unit @ price  cost", aligned.
func writeItems(b *strings.Builder, items []pricing.LineItem, indent string) {
	for _, it := range items {
		left := it.Name
		mid := fmt.Sprintf("%s %s @ %s", quantity(shown(it.Quantity)), shortUnit(it.Unit), unitPrice(it.UnitPrice))
		cost := money(it.Cost)
		gap := itemsWidth - len(indent) - utf8.RuneCountInString(left) - len(mid) - costWidth - 2
		if gap < 1 {
			fmt.Fprintf(b, "%s%s\n%s  %s\n", indent, left, indent, apart(pad(mid, itemsWidth-len(indent)-costWidth-3), pad(cost, costWidth)))
		} else {
			fmt.Fprintf(b, "%s%s %s%s %s\n", indent, left, strings.Repeat(" ", gap), mid, pad(cost, costWidth))
		}
		if it.Estimate != "" {
			b.WriteString(wrap(indent+"  ("+it.Estimate+")", indent+"   ", itemsWidth))
		}
	}
}

// apart joins two cells of a line, with a space between when neither brings one: a cost
// wider than its column ($666,476,482.96) never runs into the unit price before it.
func apart(left, right string) string {
	if strings.HasSuffix(left, " ") || strings.HasPrefix(right, " ") {
		return left + right
	}
	return left + " " + right
}

// shortUnit abbreviates long unit names in the table.
func shortUnit(u string) string {
	switch u {
	case "GB-seconds":
		return "GB-s"
	case "requests":
		return "req"
	case "vCPU-hours":
		return "vCPU-h"
	case "GB-hours":
		return "GB-h"
	}
	return u
}

// pad right-aligns s in width columns.
func pad(s string, width int) string {
	n := utf8.RuneCountInString(s)
	if n >= width {
		return s
	}
	return strings.Repeat(" ", width-n) + s
}

// writeColumns writes rows of cells left-aligned in columns of the given widths.
func writeColumns(b *strings.Builder, rows [][]string, widths []int) {
	for _, row := range rows {
		var line strings.Builder
		for i, cell := range row {
			if i == len(row)-1 {
				line.WriteString(cell)
				break
			}
			line.WriteString(cell)
			if n := widths[i] - utf8.RuneCountInString(cell); n > 0 {
				line.WriteString(strings.Repeat(" ", n))
			} else {
				line.WriteString(" ")
			}
		}
		b.WriteString(strings.TrimRight(line.String(), " ") + "\n")
	}
}

// tableSummary lists every workload's monthly cost on each platform, one line each, from
// their summary rows (see summaryRow).
func tableSummary(b *strings.Builder, workloads [][]string) {
	rows := append([][]string{platformHeader([]string{"Workload"}, "Cheapest")}, workloads...)
	width := 8
	for _, row := range rows {
		width = max(width, utf8.RuneCountInString(row[0]))
	}
	for _, row := range rows {
		fmt.Fprintf(b, "%-*s", width, row[0])
		for _, cost := range row[1 : len(row)-1] {
			fmt.Fprintf(b, " %12s", cost)
		}
		fmt.Fprintf(b, "  %s\n", row[len(row)-1])
	}
}

// tablePortfolio writes the portfolio p of n workloads.
func tablePortfolio(b *strings.Builder, n int, p model.Portfolio) {
	fmt.Fprintf(b, "Portfolio: all %d workloads in one account\n", n)
	b.WriteString(wrap("  Free tiers and tiers apply once for the account, as AWS bills one: Lambda's, and those of the services around the functions.", "  ", itemsWidth))
	for _, t := range p.Platforms {
		cost := money(t.MonthlyCost)
		if len(t.Unpriced) > 0 {
			cost += "*"
		}
		line := fmt.Sprintf("%-20s %12s", "  All on "+platformName(t.Platform), cost)
		if !t.MonthlyCost.Equal(t.StandaloneSum) {
			line += fmt.Sprintf("  (%s priced one by one)", money(t.StandaloneSum))
		}
		if len(t.Excluded) > 0 {
			line += "  without " + strings.Join(t.Excluded, ", ")
		}
		b.WriteString(wrap(line, strings.Repeat(" ", 36), itemsWidth))
	}
	mix := money(p.CheapestMix)
	if len(p.CheapestMixUnpriced) > 0 {
		mix += "*"
	}
	fmt.Fprintf(b, "%-20s %12s\n", "  Each on cheapest", mix)
	if portfolioIncomplete(p) {
		b.WriteString("  * incomplete: some of its lines have no rate in the catalog\n")
	}
}

// portfolioIncomplete says some total of p leaves out what it has no rate for.
func portfolioIncomplete(p model.Portfolio) bool {
	for _, t := range p.Platforms {
		if len(t.Unpriced) > 0 {
			return true
		}
	}
	return len(p.CheapestMixUnpriced) > 0
}
