package html

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/analysis"
	"github.com/breakeven/breakeven/report"
)

// topRecommendations is how many recommendations the summary shows, per workload and for the
// portfolio.
const topRecommendations = 3

// summary writes the decision at the top: per workload the recommended platform and purchase
// option, its monthly and yearly bill and the saving against each alternative (rows, each
// summaryRow's); for more than one workload, the portfolio p billed as one account and the
// three largest of all the recommendations (all); the commitment of the workloads together;
// then each workload's three largest recommendations with their evidence (lists, each
// summaryList's).
func summary(b *strings.Builder, rows, lists []string, all []namedRecommendation, commitment analysis.CommitPlan, p model.Portfolio) {
	b.WriteString(`<section class="summary" id="summary">` + "\n<h2>Summary</h2>\n")
	b.WriteString(`<table class="data summary-table">` + "\n")
	element(b, "caption", "", "The recommendation for each workload, at the month priced")
	b.WriteString("\n")
	headRow(b, "Workload", "Recommended", "Purchase option", "Monthly", "A year (12 months)", "Saving against the alternatives")
	for _, row := range rows {
		b.WriteString(row)
	}
	b.WriteString("</table>\n")
	if len(rows) > 1 {
		portfolioSummary(b, p, len(rows), all)
	}
	if o := commitment.Optimum; o.Commitment.IsPositive() {
		fmt.Fprintf(b, "<p>The Compute Savings Plan commitment of the workloads together (<a href=\"#commitment\">the plan</a>). %s</p>\n", esc(report.CommitOptimumText(commitment)))
	}
	for _, list := range lists {
		b.WriteString(list)
	}
	b.WriteString("</section>\n")
}

// summaryRow is the summary table's row of one workload: the recommended platform, how it
// is bought, its bill a month and a year, and the saving against each alternative.
func summaryRow(c analysis.Comparison) string {
	var b strings.Builder
	r := c.Base
	b.WriteString("<tr>")
	element(&b, "th", `scope="row"`, r.Workload.Name)
	if r.Cheapest == "" {
		element(&b, "td", `colspan="5"`, "no platform can run it")
		b.WriteString("</tr>\n")
		return b.String()
	}
	e := r.Estimate(r.Cheapest)
	element(&b, "td", "", platformName(r.Cheapest))
	element(&b, "td", "", purchaseText(c))
	element(&b, "td", `class="num"`, money(e.MonthlyCost)+incomplete(e))
	element(&b, "td", `class="num"`, money(yearly(e.MonthlyCost)))
	element(&b, "td", "", savingsText(r))
	b.WriteString("</tr>\n")
	return b.String()
}

// summaryList is the summary's heading of the workload whose section is id, and its three
// largest recommendations with their evidence.
func summaryList(id string, c analysis.Comparison) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<h3><a href="#%s">%s</a>: %s</h3>`+"\n", id, esc(c.Base.Workload.Name), largest(len(c.Recommendations)))
	recommendationList(&b, c.Recommendations, topRecommendations)
	return b.String()
}

// purchaseText says how the recommended platform's capacity is bought, as priced, and the
// purchase the analyses recommend for it (a purchase option or a Savings Plan commitment), if
// they recommend one.
func purchaseText(c analysis.Comparison) string {
	text := "on-demand rates"
	if o, ok := model.PlatformAs[model.InstanceOwner](c.Base.Cheapest); ok { // bought one way: EC2
		text = string(o.InstanceOf(c.Base.Workload).Purchase)
	}
	for _, r := range c.Recommendations {
		if (r.Finding == analysis.FindPurchase || r.Finding == analysis.FindCommitment) && r.Platform == c.Base.Cheapest {
			text += "; recommended: " + r.Action + " (saves " + money(r.MonthlySaving) + " a month)"
		}
	}
	return text
}

// savingsText is what the cheapest platform saves against each other feasible one, a month
// and a year.
func savingsText(r model.WorkloadResult) string {
	cheapest := r.Estimate(r.Cheapest)
	var parts []string
	for _, e := range r.ShownEstimates() {
		if e.Platform == r.Cheapest {
			continue
		}
		if !e.Feasible {
			parts = append(parts, platformName(e.Platform)+" cannot run it")
			continue
		}
		d := e.MonthlyCost.Sub(cheapest.MonthlyCost)
		parts = append(parts, fmt.Sprintf("%s a month (%s a year) against %s at %s", money(d), money(yearly(d)), platformName(e.Platform), money(e.MonthlyCost)))
	}
	if len(parts) == 0 {
		return "no alternative can run it"
	}
	return strings.Join(parts, "; ")
}

// recommendationList writes the first n of recs with their evidence.
func recommendationList(b *strings.Builder, recs []analysis.Recommendation, n int) {
	if len(recs) == 0 {
		b.WriteString("<p>No change saves money: it runs as it should.</p>\n")
		return
	}
	b.WriteString(`<ol class="recommendations">` + "\n")
	for _, r := range recs[:min(len(recs), n)] {
		recommendationItem(b, r, "")
	}
	b.WriteString("</ol>\n")
}

// recommendationItem writes one recommendation, what it saves a month and a year, and its
// evidence; named by its workload when of is not empty.
func recommendationItem(b *strings.Builder, r analysis.Recommendation, of string) {
	b.WriteString("<li>")
	if of != "" {
		element(b, "strong", "", of)
		b.WriteString(": ")
	}
	lead := r.Action
	if r.Conditional {
		lead += " (if it stays on " + platformName(r.Platform) + ")"
	}
	b.WriteString(esc(lead) + ": saves ")
	element(b, "strong", "", money(r.MonthlySaving)+" a month")
	b.WriteString(" (" + esc(money(yearly(r.MonthlySaving))) + " a year).\n<ul class=\"evidence\">")
	for _, ev := range r.Evidence {
		element(b, "li", "", ev)
	}
	b.WriteString("</ul></li>\n")
}

// namedRecommendation is a recommendation and the workload it is for.
type namedRecommendation struct {
	workload string
	analysis.Recommendation
}

// portfolioSummary writes the portfolio p, every one of the n workloads in one account: all
// on each platform and each on its cheapest, a month and a year, what the mix saves, and the
// three largest of all the workloads' recommendations (all, in the workloads' order).
func portfolioSummary(b *strings.Builder, p model.Portfolio, n int, all []namedRecommendation) {
	fmt.Fprintf(b, "<h3>Portfolio: all %d workloads in one account</h3>\n", n)
	b.WriteString("<p>Free tiers and tiers apply once for the account, as AWS bills one: Lambda's, and those of the services around the functions.</p>\n")
	b.WriteString(`<table class="data">` + "\n")
	element(b, "caption", "", "The portfolio's bill, a month and a year")
	b.WriteString("\n")
	headRow(b, "Running", "Monthly", "A year (12 months)", "Each on its cheapest saves a month", "Left out")
	for _, t := range p.Platforms {
		cost := money(t.MonthlyCost)
		if len(t.Unpriced) > 0 {
			cost += " (incomplete)"
		}
		numericRow(b, "All on "+platformName(t.Platform), cost, money(yearly(t.MonthlyCost)), money(t.MonthlyCost.Sub(p.CheapestMix)), strings.Join(t.Excluded, ", "))
	}
	mix := money(p.CheapestMix)
	if len(p.CheapestMixUnpriced) > 0 {
		mix += " (incomplete)"
	}
	numericRow(b, "Each on its cheapest (recommended)", mix, money(yearly(p.CheapestMix)), "", "")
	b.WriteString("</table>\n")
	for _, t := range p.Platforms {
		if len(t.Excluded) > 0 {
			b.WriteString("<p>A platform's total leaves out the workloads it cannot run (named under Left out), so it can be below the mix; the mix runs every workload.</p>\n")
			break
		}
	}
	all = slices.Clone(all)
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].Conditional != all[j].Conditional {
			return !all[i].Conditional
		}
		return all[i].MonthlySaving.GreaterThan(all[j].MonthlySaving)
	})
	fmt.Fprintf(b, "<h3>Portfolio: %s</h3>\n", largest(len(all)))
	if len(all) == 0 {
		b.WriteString("<p>No change saves money.</p>\n")
		return
	}
	b.WriteString(`<ol class="recommendations">` + "\n")
	for _, r := range all[:min(len(all), topRecommendations)] {
		recommendationItem(b, r.Recommendation, r.workload)
	}
	b.WriteString("</ol>\n")
}

// largest heads the list of the first topRecommendations of n recommendations.
func largest(n int) string {
	switch n = min(n, topRecommendations); n {
	case 0:
		return "recommendations"
	case 1:
		return "the recommendation"
	}
	return fmt.Sprintf("the %d largest recommendations", n)
}
