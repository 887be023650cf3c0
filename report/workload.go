package report

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/breakeven/breakeven/model"
)

var csvHeader = []string{"workload", "file", "region", "platform", "feasible", "id", "name",
	"quantity", "unit", "unit_price", "cost", "source", "as_of", "estimate"}

// csvRows are r's rows: one per line item, then a "total" row per estimate, with exact values
// for spreadsheets. An infeasible estimate is one row whose name gives the reasons. The
// document is csvHeader, then each workload's rows.
func csvRows(r *shownResult) [][]string {
	var rows [][]string
	wl := r.Workload
	for _, e := range r.PricedEstimates() {
		lead := []string{wl.Name, wl.File, wl.Region, string(e.Platform)}
		if !e.Feasible {
			rows = append(rows, append(append([]string{}, lead...), "false", "infeasible", strings.Join(e.Reasons, "; "), "", "", "", "", "", "", ""))
			continue
		}
		for _, it := range e.LineItems {
			rows = append(rows, append(append([]string{}, lead...), "true", it.ID, it.Name, it.Quantity.String(), it.Unit,
				it.UnitPrice.String(), it.Cost.String(), it.Source, it.AsOf, it.Estimate))
		}
		for _, u := range e.Unpriced {
			rows = append(rows, append(append([]string{}, lead...), "true", "unpriced", u.String(), "", "", "", "", "", "", ""))
		}
		total := "Monthly total"
		if !e.Complete() {
			total = "Monthly total, incomplete"
		}
		rows = append(rows, append(append([]string{}, lead...), "true", "total", total, "", "", "", e.MonthlyCost.String(), "", "", ""))
	}
	return rows
}

// markdownWorkload renders one workload: its platforms, each platform's line items, its flow
// and schedules, and the values the file left out.
func markdownWorkload(b *strings.Builder, r *shownResult, monthHours int64) {
	wl := r.Workload
	fmt.Fprintf(b, "\n## %s\n\n", wl.Name)
	if wl.Description != "" {
		fmt.Fprintf(b, "%s\n\n", wl.Description)
	}
	fmt.Fprintf(b, "`%s`, %s: %s.\n\n", wl.File, wl.Region, serviceText(r, monthHours))
	b.WriteString("| Platform | Monthly | Configuration | Capacity |\n|---|---:|---|---|\n")
	shown := r.ShownEstimates()
	for _, e := range shown {
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
	if cannot := cannotRunText(r); cannot != "" {
		fmt.Fprintf(b, "\n%s\n", cell(cannot))
	}
	for _, e := range shown {
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
		lambda := model.LambdaDetailOf(e)
		if th := lambda.Throttling; th != nil {
			fmt.Fprintf(b, "%s.\n\n", throttlingText(th))
		}
		if cs := model.ColdStartsOf(e); cs != nil {
			fmt.Fprintf(b, "%s. Assumptions of this estimate (docs/cold-starts.md):\n\n", coldStartLine(r, e))
			for _, a := range cs.Assumptions {
				fmt.Fprintf(b, "- %s\n", cell(a))
			}
			b.WriteString("\n")
		}
		if wm := lambda.Warmer; wm != nil && lambda.ColdStarts != nil && lambda.ColdStarts.IdleRecycles > 0 {
			fmt.Fprintf(b, "%s.\n\n", warmerText(wm))
		}
		markdownLineItems(b, e.LineItems)
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
	markdownDefaults(b, wl.Defaulted)
}

// workloadJSON writes one workload of the document's "workloads": its traffic, the values
// the file left out, each platform's estimate, its flow and its schedules.
func workloadJSON(j *jsonWriter, r *shownResult, monthHours int64) {
	wl := r.Workload
	j.open('{')
	j.string("name", wl.Name)
	if wl.Description != "" {
		j.string("description", wl.Description)
	}
	j.string("file", wl.File)
	j.string("region", wl.Region)
	j.int("requests_per_month", wl.Traffic.MonthlyRequests(monthHours))
	j.ints("requests_per_hour", r.Requests)
	j.string("cheapest", string(r.Cheapest))
	// cheapest_complete says the cheapest estimate is complete: when false it lacks rates
	// (its "unpriced") and may not be the cheapest.
	j.bool("cheapest_complete", r.Cheapest != "" && r.Estimate(r.Cheapest).Complete())
	shownJSON(j, r)
	defaultsJSON(j, wl.Defaulted)
	if len(r.Estimates) == 0 {
		j.null("estimates")
	} else {
		j.array("estimates")
		for _, e := range r.PricedEstimates() {
			j.element()
			estimateJSON(j, r, e)
		}
		j.close(']')
	}
	if r.Flow != nil {
		j.key("flow")
		flowJSON(j, r.Flow)
	}
	if len(r.Schedules) > 0 {
		schedulesJSON(j, pricedPlatforms(r), r.Schedules)
	}
	j.close('}')
}

// estimateJSON writes one platform's estimate of r: an infeasible one has no cost (null).
func estimateJSON(j *jsonWriter, r *shownResult, e model.Estimate) {
	j.open('{')
	j.string("platform", string(e.Platform))
	j.bool("feasible", e.Feasible)
	j.strings("reasons", e.Reasons)
	j.strings("warnings", e.Warnings)
	j.string("summary", e.Summary)
	if e.Feasible {
		j.decimal("monthly_cost", e.MonthlyCost)
	} else {
		j.null("monthly_cost")
	}
	j.bool("complete", e.Feasible && e.Complete())
	unpricedJSON(j, "unpriced", e.Unpriced)
	if e.Feasible && r.Flow != nil && r.Flow.Requests.IsPositive() {
		j.decimal("cost_per_1000_requests", e.CostPerThousandRequests)
	}
	if e.Capacity.Unit.Name != "" {
		j.key("capacity")
		capacityJSON(j, e.Capacity)
	}
	lambda := model.LambdaDetailOf(e)
	if cs := model.ColdStartsOf(e); cs != nil {
		j.key("cold_starts")
		coldStartsJSON(j, cs)
	}
	if th := lambda.Throttling; th != nil {
		j.key("throttling")
		throttlingJSON(j, th)
	}
	if wm := lambda.Warmer; wm != nil {
		j.key("warmer")
		warmerJSON(j, wm)
	}
	lineItemsJSON(j, e.LineItems)
	j.close('}')
}

// tableWorkload renders one workload: the platforms side by side with the cheapest marked,
// then each platform's line items, then the values the file left out.
func tableWorkload(b *strings.Builder, r *shownResult, monthHours int64) {
	wl := r.Workload
	for _, s := range []string{wl.Name, "  ", wl.Region, "  ", wl.File, "\n"} {
		b.WriteString(s)
	}
	if wl.Description != "" {
		b.WriteString("  ")
		b.WriteString(wl.Description)
		b.WriteByte('\n')
	}
	writeWrapped(b, "    ", itemsWidth, "  ", serviceText(r, monthHours))
	b.WriteString("\n")

	row := []string{""}
	costs := []string{"  Monthly"}
	shown := r.ShownEstimates()
	var platforms []model.Platform
	for _, e := range shown {
		platforms = append(platforms, e.Platform)
		row = append(row, platformName(e.Platform))
		costs = append(costs, costCell(r, e))
	}
	rows := [][]string{row, costs}
	if r.Flow != nil && r.Flow.Requests.IsPositive() && (len(r.Flow.Steps) > 1 || wl.FrontDoor.Lambda != "") {
		rows = append(rows, perThousandRow(r))
	}
	bandedColumns(b, rows, platformWidths(platforms, 11, 22))
	if note := incompleteNote(r); note != "" {
		writeWrap(b, "  * incomplete: "+note+" (listed after the platforms), so it may cost more, and may not be the cheapest", "    ", itemsWidth)
	}
	if cannot := cannotRunText(r); cannot != "" {
		writeWrapped(b, "    ", itemsWidth, "  ", cannot)
	}
	b.WriteString("\n")

	for _, e := range shown {
		tableEstimate(b, r, e)
	}
	tableMissingRates(b, r)
	tableFlow(b, r)
	tableSchedules(b, r)
	tableDefaults(b, wl.Defaulted)
}

// costCell is an estimate's monthly cost as the summary row shows it, starred when the
// estimate is incomplete.
func costCell(r *shownResult, e model.Estimate) string {
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

// incompleteNote says why the starred estimates of r are incomplete: the catalog lacks a
// rate for some of their lines, they leave out AWS services the file describes that their
// provider has no equivalent priced for (model.SurroundElsewhere), or both; empty when every
// feasible estimate is complete.
func incompleteNote(r *shownResult) string {
	var noRate, elsewhereAWS bool
	for _, e := range r.ShownEstimates() {
		if e.Feasible {
			n, a := unpricedKinds(e.Unpriced)
			noRate, elsewhereAWS = noRate || n, elsewhereAWS || a
		}
	}
	return eitherOr(noRate, elsewhereAWS, "the catalog lacks a rate for some of its lines",
		"it leaves out AWS services the file describes that its provider has no equivalent priced for")
}

func tableEstimate(b *strings.Builder, r *shownResult, e model.Estimate) {
	writeWrapped(b, "      ", itemsWidth, "  ", platformName(e.Platform), ": ", e.Summary)
	if !e.Feasible {
		for _, why := range e.Reasons {
			writeWrapped(b, "      ", itemsWidth, "    cannot run: ", why)
		}
		return
	}
	lambda := model.LambdaDetailOf(e)
	if c := capacityText(e.Capacity); c != "" && lambda.Throttling == nil {
		fmt.Fprintf(b, "    %s\n", c)
	}
	for _, warning := range e.Warnings {
		writeWrapped(b, "      ", itemsWidth, "    Warning: ", warning)
	}
	if th := lambda.Throttling; th != nil {
		writeWrapped(b, "      ", itemsWidth, "    ", throttlingText(th))
	}
	if line := coldStartLine(r, e); line != "" {
		writeWrapped(b, "      ", itemsWidth, "    ", line)
	}
	if wm := lambda.Warmer; wm != nil && lambda.ColdStarts != nil && lambda.ColdStarts.IdleRecycles > 0 {
		writeWrapped(b, "      ", itemsWidth, "    ", warmerText(wm))
	}
	writeItems(b, e.LineItems, "    ")
	total := "Total"
	if !e.Complete() {
		total = "Total, incomplete"
	}
	var space [32]byte
	cost := appendMoney(space[:0], e.MonthlyCost)
	b.WriteString("    ")
	b.WriteString(total) // as %-*s: padded to the column before the cost's
	writeSpaces(b, itemsWidth-len("    ")-costWidth-1-utf8.RuneCountInString(total))
	writeSpaces(b, 1+max(0, costWidth-utf8.RuneCount(cost))) // a space, then pad(cost, costWidth)
	b.Write(cost)
	b.WriteByte('\n')
}
