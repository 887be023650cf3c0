package report

import (
	"fmt"
	"slices"
	"strings"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
)

// portfolioJSON writes the document's "portfolio": every workload billed as one account.
func portfolioJSON(j *jsonWriter, p model.Portfolio) {
	j.open('{')
	if len(p.Platforms) == 0 {
		j.null("platforms")
	} else {
		j.array("platforms")
		for _, t := range p.Platforms {
			if !slices.Contains(p.Priced, t.Platform) {
				continue
			}
			j.element()
			j.open('{')
			j.string("platform", string(t.Platform))
			j.decimal("monthly_cost", t.MonthlyCost)
			j.decimal("standalone_sum", t.StandaloneSum)
			j.int("workloads", int64(t.Workloads))
			j.strings("excluded", t.Excluded)
			j.bool("complete", len(t.Unpriced) == 0)
			unpricedJSON(j, "unpriced", t.Unpriced)
			lineItemsJSON(j, t.LineItems)
			j.close('}')
		}
		j.close(']')
	}
	j.decimal("cheapest_mix", p.CheapestMix)
	j.bool("cheapest_mix_complete", len(p.CheapestMixUnpriced) == 0)
	unpricedJSON(j, "cheapest_mix_unpriced", p.CheapestMixUnpriced)
	j.close('}')
}

// tablePortfolio writes the portfolio p of n workloads.
func tablePortfolio(b *strings.Builder, n int, p model.Portfolio) {
	fmt.Fprintf(b, "Portfolio: all %d workloads in one account\n", n)
	writeWrap(b, "  Free tiers and tiers apply once for the account, as AWS bills one: Lambda's, and those of the services around the functions.", "  ", itemsWidth)
	// the labels take the width of the longest ("  All on Azure Functions"), at least 20
	shown, width := shownTotals(p), len(cheapestLabel)
	for _, t := range shown {
		width = max(width, len(allOnLabel(t.Platform)))
	}
	for _, t := range shown {
		cost := money(t.MonthlyCost)
		if len(t.Unpriced) > 0 {
			cost += "*"
		}
		line := fmt.Sprintf("%-*s %12s", width, allOnLabel(t.Platform), cost)
		if !t.MonthlyCost.Equal(t.StandaloneSum) {
			line += fmt.Sprintf("  (%s priced one by one)", money(t.StandaloneSum))
		}
		if len(t.Excluded) > 0 {
			line += "  without " + strings.Join(t.Excluded, ", ")
		}
		writeWrap(b, line, strings.Repeat(" ", width+16), itemsWidth)
	}
	mix := money(p.CheapestMix)
	if len(p.CheapestMixUnpriced) > 0 {
		mix += "*"
	}
	fmt.Fprintf(b, "%-*s %12s\n", width, cheapestLabel, mix)
	if note := portfolioNote(p); note != "" {
		writeWrap(b, "  * incomplete: "+note, "    ", itemsWidth)
	}
}

// cheapestLabel labels the portfolio's cheapest mix in a table; padded to 20, it sets the
// labels' least width.
const cheapestLabel = "  Each on cheapest   "

// allOnLabel labels the portfolio's total on platform p in a table.
func allOnLabel(p model.Platform) string { return "  All on " + platformName(p) }

// markdownPortfolio writes the portfolio p of n workloads as a markdown table.
func markdownPortfolio(b *strings.Builder, n int, p model.Portfolio) {
	fmt.Fprintf(b, "\n## Portfolio\n\nAll %d workloads in one account: free tiers and tiers apply once for the account, Lambda's and those of the services around the functions.\n\n", n)
	b.WriteString("| Platform | Monthly | Priced one by one | Left out |\n|---|---:|---:|---|\n")
	for _, t := range shownTotals(p) {
		cost := money(t.MonthlyCost)
		if len(t.Unpriced) > 0 {
			cost += "*"
		}
		fmt.Fprintf(b, "| All on %s | %s | %s | %s |\n", platformName(t.Platform), cost, money(t.StandaloneSum), cell(strings.Join(t.Excluded, ", ")))
	}
	mix := money(p.CheapestMix)
	if len(p.CheapestMixUnpriced) > 0 {
		mix += "*"
	}
	fmt.Fprintf(b, "| Each on its cheapest | %s | | |\n", mix)
	if note := portfolioNote(p); note != "" {
		b.WriteString("\n\\* incomplete: " + note + ".\n")
	}
}

// portfolioNote says why some total of p is incomplete: some of its lines have no rate in
// the catalog, some are AWS services another provider has no equivalent priced for, or both;
// empty when every total is complete.
func portfolioNote(p model.Portfolio) string {
	lists := [][]pricing.Unpriced{p.CheapestMixUnpriced}
	for _, t := range shownTotals(p) {
		lists = append(lists, t.Unpriced)
	}
	var noRate, elsewhereAWS bool
	for _, list := range lists {
		n, a := unpricedKinds(list)
		noRate, elsewhereAWS = noRate || n, elsewhereAWS || a
	}
	return eitherOr(noRate, elsewhereAWS, "some of its lines have no rate in the catalog",
		"it leaves out AWS services the files describe that another provider has no equivalent priced for")
}

// shownTotals are the portfolio's totals on the platforms some workload is shown on
// (model.Portfolio.Shown), in order: a platform no workload chose has no row.
func shownTotals(p model.Portfolio) []model.PortfolioTotal {
	var out []model.PortfolioTotal
	for _, t := range p.Platforms {
		if slices.Contains(p.Shown, t.Platform) {
			out = append(out, t)
		}
	}
	return out
}
