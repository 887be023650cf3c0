package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/breakeven/breakeven/model"
)

// writeMarkdown renders the comparison as GitHub-flavoured markdown, for proposals: the
// header; for more than one workload a summary table of their rows (see summaryRow); each
// workload's text, rendered by markdownWorkload; and for more than one the portfolio p.
func writeMarkdown(w io.Writer, head model.Result, rows [][]string, texts []string, p model.Portfolio) error {
	var b strings.Builder
	b.WriteString("# Monthly cost comparison\n\n")
	fmt.Fprintf(&b, "%s Amounts are rounded to the cent.\n", header(head))
	if len(texts) > 1 {
		b.WriteString("\n" + markdownHeader(platformHeader([]string{"Workload"}, "Cheapest"), platformAlign([]bool{false})))
		for _, row := range rows {
			fmt.Fprintf(&b, "| %s |", row[0])
			for _, cost := range row[1 : len(row)-1] {
				fmt.Fprintf(&b, " %s |", cost)
			}
			fmt.Fprintf(&b, " %s |\n", row[len(row)-1])
		}
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return err
	}
	for _, text := range texts {
		if _, err := io.WriteString(w, text); err != nil {
			return err
		}
	}
	if len(texts) < 2 {
		return nil
	}
	b.Reset()
	fmt.Fprintf(&b, "\n## Portfolio\n\nAll %d workloads in one account: free tiers and tiers apply once for the account, Lambda's and those of the services around the functions.\n\n", len(texts))
	b.WriteString("| Platform | Monthly | Priced one by one | Left out |\n|---|---:|---:|---|\n")
	for _, t := range p.Platforms {
		cost := money(t.MonthlyCost)
		if len(t.Unpriced) > 0 {
			cost += "*"
		}
		fmt.Fprintf(&b, "| All on %s | %s | %s | %s |\n", platformName(t.Platform), cost, money(t.StandaloneSum), cell(strings.Join(t.Excluded, ", ")))
	}
	mix := money(p.CheapestMix)
	if len(p.CheapestMixUnpriced) > 0 {
		mix += "*"
	}
	fmt.Fprintf(&b, "| Each on its cheapest | %s | | |\n", mix)
	if portfolioIncomplete(p) {
		b.WriteString("\n\\* incomplete: some of its lines have no rate in the catalog.\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// markdownWorkload renders one workload: its platforms, each platform's line items, its flow
// and schedules, and the values the file left out.
func markdownWorkload(b *strings.Builder, r model.WorkloadResult, monthHours int64) {
	wl := r.Workload
	fmt.Fprintf(b, "\n## %s\n\n", wl.Name)
	if wl.Description != "" {
		fmt.Fprintf(b, "%s\n\n", wl.Description)
	}
	fmt.Fprintf(b, "`%s`, %s: %s.\n\n", wl.File, wl.Region, serviceText(r, monthHours))
	b.WriteString("| Platform | Monthly | Configuration | Capacity |\n|---|---:|---|---|\n")
	for _, e := range r.Estimates {
		cost := "cannot run"
		if e.Feasible {
			cost = money(e.MonthlyCost)
			if e.Platform == r.Cheapest {
				cost = "**" + cost + "** (cheapest)"
			}
			if !e.Complete() {
				cost += " (incomplete: it may cost more and may not be the cheapest)"
			}
		}
		fmt.Fprintf(b, "| %s | %s | %s | %s |\n", platformName(e.Platform), cost, cell(e.Summary), cell(CapacityText(e)))
	}
	for _, e := range r.Estimates {
		fmt.Fprintf(b, "\n### %s\n\n", platformName(e.Platform))
		if !e.Feasible {
			for _, why := range e.Reasons {
				fmt.Fprintf(b, "- Cannot run: %s\n", cell(why))
			}
			continue
		}
		for _, warning := range e.Warnings {
			fmt.Fprintf(b, "**Warning:** %s.\n\n", cell(warning))
		}
		if th := e.Throttling; th != nil {
			fmt.Fprintf(b, "%s.\n\n", throttlingText(th))
		}
		if cs := e.ColdStarts; cs != nil {
			fmt.Fprintf(b, "%s. Assumptions of this estimate (docs/cold-starts.md):\n\n", coldStartText(cs, !r.Workload.Lambda.OmitColdStarts))
			for _, a := range cs.Assumptions {
				fmt.Fprintf(b, "- %s\n", cell(a))
			}
			b.WriteString("\n")
		}
		if wm := e.Warmer; wm != nil && e.ColdStarts != nil && e.ColdStarts.IdleRecycles > 0 {
			fmt.Fprintf(b, "%s.\n\n", warmerText(wm))
		}
		b.WriteString("| Line item | Quantity | Unit price | Cost |\n|---|---:|---:|---:|\n")
		for _, it := range e.LineItems {
			name := cell(it.Name)
			if it.Estimate != "" {
				name += " *(" + cell(it.Estimate) + ")*"
			}
			fmt.Fprintf(b, "| %s (`%s`) | %s %s | %s | %s |\n", name, it.ID, quantity(shown(it.Quantity)), it.Unit, unitPrice(it.UnitPrice), money(it.Cost))
		}
		total := "**Total**"
		if !e.Complete() {
			total = "**Total, incomplete**"
		}
		fmt.Fprintf(b, "| %s | | | **%s** |\n", total, money(e.MonthlyCost))
		if r.Flow != nil && r.Flow.Requests.IsPositive() {
			fmt.Fprintf(b, "\n%s per 1,000 requests.\n", fineMoney(e.CostPerThousandRequests))
		}
	}
	markdownMissingRates(b, r)
	markdownFlow(b, r)
	markdownSchedules(b, r)
	if len(wl.Defaulted) > 0 {
		b.WriteString("\nAssumed (not in the file):\n\n")
		for _, d := range wl.Defaulted {
			fmt.Fprintf(b, "- `%s` = %s: %s\n", d.Key, d.Value, d.Why)
		}
	}
}

// cell escapes text for a markdown table cell.
func cell(s string) string { return strings.ReplaceAll(s, "|", `\|`) }
