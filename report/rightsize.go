package report

import (
	"fmt"
	"slices"
	"strings"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/analysis"
)

// rightSizeRows is how many ranked options the table shows per platform; markdown, CSV and
// JSON show them all.
const rightSizeRows = 5

// sizingLabel names a platform's options: "task sizes", "instance types".
func sizingLabel(p model.Platform) (heading, units, each string) {
	if p == model.PlatformFargate {
		return "Fargate task sizes", "Tasks", "rps/task"
	}
	return "EC2 instance types, on demand", "Instances", "rps/inst"
}

// unitsText is a fleet's size over the month: "11" or "2-5".
func unitsText(o analysis.SizeOption) string {
	if o.MinUnits == o.MaxUnits {
		return count(o.MaxUnits)
	}
	return count(o.MinUnits) + "-" + count(o.MaxUnits)
}

// isCurrent says whether a ranked option is the configuration priced now.
func isCurrent(p analysis.PlatformSizing, o analysis.SizeOption) bool {
	return o.Name == p.Current.Name && o.Purchase == p.Current.Purchase
}

// sizingVerdict compares the current configuration with the best option, in a sentence.
func sizingVerdict(p analysis.PlatformSizing) string {
	best, ok := p.Best()
	now := "Now " + p.Current.Name
	if p.Current.Name == "" {
		now = "The current configuration"
	}
	if p.Current.Purchase != "" && p.Current.Purchase != model.OnDemand {
		now += " " + string(p.Current.Purchase)
	}
	switch {
	case !ok:
		return "No option can run the workload."
	case !p.Compared:
		return fmt.Sprintf("%s cannot run the workload; the cheapest option is %s at %s.", now, best.Name, money(best.MonthlyCost))
	case p.Saving.IsPositive():
		return fmt.Sprintf("%s at %s; %s saves %s a month.", now, money(p.Current.MonthlyCost), best.Name, money(p.Saving))
	case p.Saving.IsNegative():
		return fmt.Sprintf("%s at %s is cheaper than any option ranked: the cheapest, %s, costs %s more.", now, money(p.Current.MonthlyCost), best.Name, money(p.Saving.Neg()))
	}
	return fmt.Sprintf("%s at %s is as cheap as any option.", now, money(p.Current.MonthlyCost))
}

// sharedWarnings are the warnings every ranked option carries (a schedule's, say, that no
// choice of size changes), said once for the platform rather than under each option; none
// when fewer than two options are ranked.
func sharedWarnings(ranked []analysis.SizeOption) []string {
	if len(ranked) < 2 {
		return nil
	}
	var shared []string
	for _, w := range ranked[0].Warnings {
		everywhere := true
		for _, o := range ranked[1:] {
			if !slices.Contains(o.Warnings, w) {
				everywhere = false
				break
			}
		}
		if everywhere && !slices.Contains(shared, w) {
			shared = append(shared, w)
		}
	}
	return shared
}

// optionNotes are an option's notes, then those of its warnings not shared by every option.
func optionNotes(o analysis.SizeOption, shared []string) []string {
	notes := append([]string{}, o.Notes...)
	for _, w := range o.Warnings {
		if !slices.Contains(shared, w) {
			notes = append(notes, w)
		}
	}
	return notes
}

// exclusionGroups joins the names left out for the same reason: "t3.large, t3.micro
// (burstable: ...)", in the order the reasons first appear.
func exclusionGroups(list []analysis.Exclusion) []string {
	var reasons []string
	names := map[string][]string{}
	for _, x := range list {
		if _, ok := names[x.Reason]; !ok {
			reasons = append(reasons, x.Reason)
		}
		names[x.Reason] = append(names[x.Reason], x.Name)
	}
	var out []string
	for _, r := range reasons {
		out = append(out, strings.Join(names[r], ", ")+" ("+r+")")
	}
	return out
}

// tableRightSizing writes the right-sizing of the alternatives for a terminal, in 80 columns.
func tableRightSizing(b *strings.Builder, c analysis.Comparison) {
	rs := c.RightSizing
	if rs.Skipped != "" {
		writeWrap(b, "  Right-sizing: not done, "+rs.Skipped+".", "    ", itemsWidth)
		return
	}
	b.WriteString("  Right-sizing\n")
	for _, p := range sizedPlatforms(rs) {
		tableSizing(b, p)
	}
	tablePurchases(b, rs.Purchases)
	asYouBuyTable(b, c, false)
	for _, a := range rs.Assumptions {
		writeWrap(b, "    Assumed: "+a, "      ", itemsWidth)
	}
}

// tableSizing writes one platform's ranked options.
func tableSizing(b *strings.Builder, p analysis.PlatformSizing) {
	heading, units, each := sizingLabel(p.Platform)
	if p.Platform == model.PlatformFargate && p.Current.Architecture != "" {
		heading += ", " + string(p.Current.Architecture)
	}
	writeWrap(b, fmt.Sprintf("    %s; throughput: %s", heading, p.Throughput), "      ", itemsWidth)
	writeWrap(b, "      "+sizingVerdict(p), "        ", itemsWidth)
	for _, note := range p.Current.Notes {
		writeWrap(b, "      Now: "+note, "        ", itemsWidth)
	}
	shared := sharedWarnings(p.Ranked)
	for _, warning := range shared {
		writeWrap(b, "      Every option: "+warning, "        ", itemsWidth)
	}
	if len(p.Ranked) > 0 {
		rows := [][]string{{"      Option", pad(each, 9), pad(units, 10), pad("Monthly", 12), ""}}
		b.WriteString(columnsLine(rows[0]))
		for i, o := range p.Ranked {
			if i == rightSizeRows {
				fmt.Fprintf(b, "      ... %s more ranked\n", count(int64(len(p.Ranked)-rightSizeRows)))
				break
			}
			mark := ""
			if isCurrent(p, o) {
				mark = "current"
			}
			b.WriteString(columnsLine([]string{"      " + o.Name, pad(quantity(o.RequestsPerSecondPerUnit), 9), pad(unitsText(o), 10), pad(money(o.MonthlyCost), 12), mark}))
			for _, note := range optionNotes(o, shared) {
				writeWrap(b, "        "+note, "          ", itemsWidth)
			}
		}
	}
	if n := len(p.Infeasible); n > 0 {
		writeWrap(b, fmt.Sprintf("      %d cannot run the workload, e.g. %s: %s", n, p.Infeasible[0].Name, strings.Join(p.Infeasible[0].Reasons, "; ")), "        ", itemsWidth)
	}
	for _, g := range exclusionGroups(p.Excluded) {
		writeWrap(b, "      Left out: "+g, "        ", itemsWidth)
	}
}

// columnsLine lays out an option row: name in 28 columns, then the right-aligned cells.
func columnsLine(cells []string) string {
	line := fmt.Sprintf("%-28s %s %s %s", cells[0], cells[1], cells[2], cells[3])
	if cells[4] != "" {
		line += "  " + cells[4]
	}
	return line + "\n"
}

// markdownRightSizing writes the right-sizing of the alternatives in markdown.
func markdownRightSizing(b *strings.Builder, c analysis.Comparison) {
	rs := c.RightSizing
	b.WriteString("\n### Right-sizing\n\n")
	if rs.Skipped != "" {
		fmt.Fprintf(b, "Not done: %s.\n", cell(rs.Skipped))
		return
	}
	for _, p := range sizedPlatforms(rs) {
		heading, units, each := sizingLabel(p.Platform)
		if p.Platform == model.PlatformFargate && p.Current.Architecture != "" {
			heading += ", " + string(p.Current.Architecture)
		}
		verdict := sizingVerdict(p)
		for _, note := range p.Current.Notes {
			verdict += " Now: " + note + "."
		}
		shared := sharedWarnings(p.Ranked)
		for _, warning := range shared {
			verdict += " Every option: " + warning + "."
		}
		fmt.Fprintf(b, "**%s** (throughput: %s). %s\n\n", heading, cell(p.Throughput), cell(verdict))
		if len(p.Ranked) > 0 {
			fmt.Fprintf(b, "| Rank | Option | %s | %s | Monthly | Notes |\n|---:|---|---:|---:|---:|---|\n", each, units)
			for i, o := range p.Ranked {
				notes := optionNotes(o, shared)
				if isCurrent(p, o) {
					notes = append([]string{"current"}, notes...)
				}
				fmt.Fprintf(b, "| %d | %s | %s | %s | %s | %s |\n", i+1, cell(o.Name), quantity(o.RequestsPerSecondPerUnit), unitsText(o), money(o.MonthlyCost), cell(strings.Join(notes, "; ")))
			}
			b.WriteString("\n")
		}
		for _, o := range p.Infeasible {
			fmt.Fprintf(b, "- %s cannot run the workload: %s\n", cell(o.Name), cell(strings.Join(o.Reasons, "; ")))
		}
		for _, g := range exclusionGroups(p.Excluded) {
			fmt.Fprintf(b, "- Left out: %s\n", cell(g))
		}
		if len(p.Infeasible)+len(p.Excluded) > 0 {
			b.WriteString("\n")
		}
	}
	markdownPurchases(b, rs.Purchases)
	asYouBuyTable(b, c, true)
	if len(rs.Assumptions) > 0 {
		b.WriteString("Assumed:\n\n")
		for _, a := range rs.Assumptions {
			fmt.Fprintf(b, "- %s\n", cell(a))
		}
	}
}

// csvRightSizing gives the right-sizing as rows of section, item, platform, metric, value,
// with exact values.
func csvRightSizing(c analysis.Comparison) [][]string {
	rs := c.RightSizing
	const section = "right-sizing"
	if rs.Skipped != "" {
		return [][]string{{section, "skipped", "", "reason", rs.Skipped}}
	}
	var rows [][]string
	for _, p := range sizedPlatforms(rs) {
		platform := string(p.Platform)
		rows = append(rows, []string{section, "throughput", platform, "basis", p.Throughput})
		rows = append(rows, csvOption(section, "current: "+p.Current.Name, platform, p.Current)...)
		for i, o := range p.Ranked {
			rows = append(rows, csvOption(section, fmt.Sprintf("rank %d: %s", i+1, o.Name), platform, o)...)
		}
		for _, o := range p.Infeasible {
			rows = append(rows, csvOption(section, "cannot run: "+o.Name, platform, o)...)
		}
		for _, x := range p.Excluded {
			rows = append(rows, []string{section, "left out: " + x.Name, platform, "reason", x.Reason})
		}
		if p.Compared {
			rows = append(rows, []string{section, "saving", platform, "monthly_saving", p.Saving.String()})
		}
	}
	rows = append(rows, csvPurchases(section, rs.Purchases)...)
	rows = append(rows, csvAsYouBuy(section, c)...)
	for _, a := range rs.Assumptions {
		rows = append(rows, []string{section, "assumption", "", "text", a})
	}
	return rows
}

// csvOption is one size option's rows.
func csvOption(section, item, platform string, o analysis.SizeOption) [][]string {
	if !o.Feasible {
		return [][]string{{section, item, platform, "cannot_run", strings.Join(o.Reasons, "; ")}}
	}
	rows := [][]string{
		{section, item, platform, "requests_per_second_per_unit", o.RequestsPerSecondPerUnit.String()},
		{section, item, platform, "min_units", fmt.Sprint(o.MinUnits)},
		{section, item, platform, "max_units", fmt.Sprint(o.MaxUnits)},
		{section, item, platform, "billed_unit_hours", o.BilledHours.String()},
		{section, item, platform, "monthly_cost", o.MonthlyCost.String()},
	}
	for _, n := range append(append([]string{}, o.Notes...), o.Warnings...) {
		rows = append(rows, []string{section, item, platform, "note", n})
	}
	return rows
}

// rightSizingJSON writes the right-sizing: each fleet platform's options ranked, the ways to
// buy EC2 capacity and what it assumes.
func rightSizingJSON(j *jsonWriter, rs analysis.RightSizing) {
	j.open('{')
	if rs.Skipped != "" {
		j.string("skipped", rs.Skipped)
	} else {
		for _, p := range []analysis.PlatformSizing{rs.Fargate, rs.EC2} {
			if p.Platform == "" { // not chosen
				continue
			}
			j.key(string(p.Platform))
			platformSizingJSON(j, p)
		}
	}
	purchasesJSON(j, rs.Purchases)
	j.strings("assumptions", rs.Assumptions)
	j.close('}')
}

// platformSizingJSON writes one platform's sizes: the current one, those ranked, those that
// cannot run and those left out; the saving when the current and the best both run.
func platformSizingJSON(j *jsonWriter, p analysis.PlatformSizing) {
	j.open('{')
	j.string("throughput", p.Throughput)
	j.key("current")
	sizeOptionJSON(j, p.Current)
	for _, list := range []struct {
		key     string
		options []analysis.SizeOption
	}{{"ranked", p.Ranked}, {"infeasible", p.Infeasible}} {
		j.array(list.key)
		for _, o := range list.options {
			j.element()
			sizeOptionJSON(j, o)
		}
		j.close(']')
	}
	j.array("excluded")
	for _, x := range p.Excluded {
		j.element()
		j.open('{')
		j.string("name", x.Name)
		j.string("reason", x.Reason)
		j.close('}')
	}
	j.close(']')
	if p.Compared {
		j.exact("monthly_saving", p.Saving)
	}
	j.close('}')
}

// sizeOptionJSON writes one task size or instance type as priced.
func sizeOptionJSON(j *jsonWriter, o analysis.SizeOption) {
	j.open('{')
	j.string("name", o.Name)
	j.exact("vcpu", o.VCPU)
	j.exact("memory_gb", o.MemoryGB)
	j.string("architecture", string(o.Architecture))
	j.exact("requests_per_second_per_unit", o.RequestsPerSecondPerUnit)
	if o.Purchase != "" {
		j.string("purchase", string(o.Purchase))
	}
	j.bool("feasible", o.Feasible)
	j.strings("reasons", o.Reasons)
	j.strings("warnings", o.Warnings)
	j.strings("notes", o.Notes)
	j.int("min_units", o.MinUnits)
	j.int("max_units", o.MaxUnits)
	j.exact("billed_unit_hours", o.BilledHours)
	j.exact("monthly_cost", o.MonthlyCost)
	j.close('}')
}

// sizedPlatforms are the fleet platforms right-sized: those the workload is priced on.
func sizedPlatforms(rs analysis.RightSizing) []analysis.PlatformSizing {
	var out []analysis.PlatformSizing
	for _, p := range []analysis.PlatformSizing{rs.Fargate, rs.EC2} {
		if p.Platform != "" {
			out = append(out, p)
		}
	}
	return out
}
