package report

import (
	"fmt"
	"strings"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/analysis"
)

func tableComparison(b *strings.Builder, c analysis.Comparison) {
	wl := c.Base.Workload
	fmt.Fprintf(b, "%s  %s  %s\n", wl.Name, wl.Region, wl.File)
	writeWrap(b, "  Now: "+nowText(c.Base), "    ", itemsWidth)
	for _, note := range c.Notes {
		writeWrap(b, "  Note: "+note+".", "    ", itemsWidth)
	}
	sections := []func(*strings.Builder, analysis.Comparison){
		tableRecommendations, tableBreakEvens, tableCurve, tableSweepSummary, tableRightSizing,
		tableHybrid, tableGrowth, tableScenarios, tableSensitivity,
	}
	for _, section := range sections {
		var s strings.Builder
		section(&s, c)
		if s.Len() > 0 {
			b.WriteString("\n")
			b.WriteString(s.String())
		}
	}
}

// nowText is each shown platform's monthly cost as priced, the cheapest marked, then which
// platforms cannot run the workload and why (cannotRunText).
func nowText(r model.WorkloadResult) string {
	var parts []string
	for _, e := range r.ShownEstimates() {
		cost := "cannot run"
		if e.Feasible {
			cost = money(e.MonthlyCost)
		}
		mark := ""
		if e.Platform == r.Cheapest {
			mark = " (cheapest)"
		}
		parts = append(parts, fmt.Sprintf("%s %s%s", platformName(e.Platform), cost, mark))
	}
	text := strings.Join(parts, ", ") + " a month."
	if cannot := cannotRunText(newShownResult(r)); cannot != "" {
		text += " " + cannot
	}
	return text
}

// markdownComparison renders one workload's decision analyses as markdown, for proposals:
// its heading, then its sections, each written by the markdown function of its file.
func markdownComparison(b *strings.Builder, c analysis.Comparison) {
	wl := c.Base.Workload
	fmt.Fprintf(b, "\n## %s\n\n%s %s. Now: %s\n", cell(wl.Name), wl.Region, cell(wl.File), cell(nowText(c.Base)))
	for _, note := range c.Notes {
		fmt.Fprintf(b, "\n**Note:** %s.\n", cell(note))
	}
	markdownRecommendations(b, c)
	markdownBreakEvens(b, c)
	markdownCurve(b, c)
	markdownSweepSummary(b, c)
	b.WriteString("\n")
	markdownRightSizing(b, c)
	markdownHybrid(b, c)
	b.WriteString("\n")
	markdownGrowth(b, c)
	b.WriteString("\n")
	markdownScenarios(b, c)
	b.WriteString("\n")
	markdownSensitivity(b, c)
}

// comparisonCSV is one workload's rows of compare's CSV: workload, section, item, platform,
// metric, value, with exact values.
func comparisonCSV(c analysis.Comparison) [][]string {
	var rows [][]string
	rows = append(rows, csvBreakEvens(c)...)
	rows = append(rows, csvCurve(c)...)
	rows = append(rows, csvSweep(c)...)
	rows = append(rows, csvRightSizing(c)...)
	rows = append(rows, csvHybrid(c)...)
	rows = append(rows, csvGrowth(c)...)
	rows = append(rows, csvScenarios(c)...)
	rows = append(rows, csvSensitivity(c)...)
	rows = append(rows, csvRecommendations(c)...)
	for k, r := range rows {
		rows[k] = append([]string{c.Base.Workload.Name}, r...)
	}
	return rows
}

// commitmentCSV is the commitment's rows of compare's CSV: under the portfolio, no platform.
func commitmentCSV(plan analysis.CommitPlan) [][]string {
	var rows [][]string
	for _, r := range commitRows(plan) {
		rows = append(rows, []string{commitmentOwner, "commitment " + r[0], r[1], "", r[2], r[3]})
	}
	return rows
}

// platformCostsJSON writes the member k: each platform's monthly cost, null where it cannot
// run (null for no platform at all).
func platformCostsJSON(j *jsonWriter, k string, costs []model.PlatformCost) {
	if len(costs) == 0 {
		j.null(k)
		return
	}
	j.array(k)
	for _, pc := range costs {
		j.element()
		j.open('{')
		j.string("platform", string(pc.Platform))
		j.bool("feasible", pc.Feasible)
		if pc.Feasible {
			j.exact("monthly_cost", pc.MonthlyCost)
		} else {
			j.null("monthly_cost")
		}
		j.close('}')
	}
	j.close(']')
}

// commitmentOwner is the workload column of the commitment's CSV rows: the plan is the
// files' together.
const commitmentOwner = "(all workloads)"

// commitSectionTitle heads compare's commitment: the plan of the workloads together.
func commitSectionTitle(plan analysis.CommitPlan) string {
	of := "the workload"
	if n := len(plan.Usages); n > 1 {
		of = fmt.Sprintf("the %d workloads together", n)
	}
	return fmt.Sprintf("Commitment of %s: %s", of, commitTitle(plan))
}

// comparisonJSON writes one workload's analyses, each section by its own JSON function.
func comparisonJSON(j *jsonWriter, c analysis.Comparison) {
	j.open('{')
	j.string("workload", c.Base.Workload.Name)
	j.string("file", c.Base.Workload.File)
	j.string("cheapest", string(c.Base.Cheapest))
	var now []model.PlatformCost
	for _, e := range c.Base.PricedEstimates() {
		now = append(now, model.PlatformCost{Platform: e.Platform, Feasible: e.Feasible, MonthlyCost: e.MonthlyCost})
	}
	platformCostsJSON(j, "now", now)
	shown := c.Base.Shown()
	shownJSON(j, newShownResult(c.Base))
	recommendationsJSON(j, c.Recommendations)
	breakEvensJSON(j, PricedBreakEvens(c))
	curveJSON(j, shown, c.Curve)
	sweepSummaryJSON(j, c.Sweep)
	j.key("right_sizing")
	rightSizingJSON(j, c.RightSizing)
	asYouBuyJSON(j, c)
	hybridJSON(j, c.Hybrid)
	growthJSON(j, shown, c.Growth)
	scenariosJSON(j, shown, c.Scenarios)
	sensitivityJSON(j, shown, c.Sensitivity)
	j.strings("notes", c.Notes)
	j.close('}')
}
