package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"

	"github.com/breakeven/breakeven/model/analysis"
	"github.com/shopspring/decimal"
)

// WriteCommitment renders a commitment plan (breakeven commit) in format f: the optimum
// Compute Savings Plan commitment with its bill and saving, the curve, the usages and what
// the plan does not cover, the reservations, growth, risk and advice. JSON and CSV carry
// exact values.
func WriteCommitment(w io.Writer, p analysis.CommitPlan, f Format) error {
	switch f {
	case Table:
		return writeString(w, commitText(p, false))
	case Markdown:
		return writeString(w, commitText(p, true))
	case JSON:
		return writeCommitJSON(w, p)
	case CSV:
		return writeCommitCSV(w, p)
	}
	return fmt.Errorf("unknown format %q", f)
}

// writeString writes s to w.
func writeString(w io.Writer, s string) error {
	_, err := io.WriteString(w, s)
	return err
}

// commitmentText is a commitment in dollars an hour to 4 places, as a person reads it (the
// JSON and CSV carry it exactly): "$0.2622".
func commitmentText(d decimal.Decimal) string { return unitPrice(d.Round(4)) }

// percentText is a percentage to one place: "75.0%".
func percentText(d decimal.Decimal) string { return d.StringFixed(1) + "%" }

// commitText is the plan for a terminal (80 columns) or in markdown.
func commitText(p analysis.CommitPlan, md bool) string {
	var b strings.Builder
	title := commitTitle(p)
	if md {
		fmt.Fprintf(&b, "# %s\n\n%s Amounts are rounded to the cent.\n\n", title, header(p.Provenance, 0))
	} else {
		b.WriteString(wrap(header(p.Provenance, 0), "", itemsWidth) + "\n" + title + "\n")
	}
	commitBody(&b, p, md)
	return b.String()
}

// commitTitle names the plan: "Compute Savings Plan commitment (savings-plan-1y, no upfront)".
func commitTitle(p analysis.CommitPlan) string {
	return fmt.Sprintf("Compute Savings Plan commitment (%s, no upfront)", p.Purchase)
}

// commitBody writes the plan under its title: the optimum, the curve, the usages, the
// reservations, growth, risk, advice and assumptions.
func commitBody(b *strings.Builder, p analysis.CommitPlan, md bool) {
	para := func(text string) {
		if md {
			fmt.Fprintf(b, "%s\n\n", cell(text))
		} else {
			writeWrap(b, "  "+text, "    ", itemsWidth)
		}
	}
	o := p.Optimum
	para(CommitOptimumText(p))
	if p.OnDemand.IsPositive() {
		commitCurveText(b, p.Curve, o, md)
	}
	commitUsagesText(p.Usages, para)
	for _, r := range p.Reserved {
		para(ReservedText(r, o))
	}
	if g := p.Growth; g != nil {
		para(fmt.Sprintf("In %d months (at each workload's growth): the optimum is %s an hour, saving %s; today's %s an hour then bills %s, saving %s.",
			g.Months, commitmentText(g.Optimum.Commitment), money(g.Optimum.Saving), commitmentText(o.Commitment), money(g.AtToday.Bill), money(g.AtToday.Saving)))
	}
	if p.Risk != nil {
		para(CommitRiskText(p))
	}
	for _, a := range p.Advice {
		para("Advice: " + a)
	}
	for _, a := range p.Assumptions {
		para("Assumed: " + a)
	}
}

// CommitOptimumText is the plan's optimum in a sentence: the commitment, the month's bill of
// the usage it covers against on demand, the saving, utilisation and coverage.
func CommitOptimumText(p analysis.CommitPlan) string {
	o := p.Optimum
	if !p.OnDemand.IsPositive() {
		return "Nothing to commit: none of the usage is of a kind a Compute Savings Plan covers (EC2 instance-hours, Fargate vCPU and memory, Lambda duration), or its bill on demand is $0.00."
	}
	return fmt.Sprintf("Optimum: %s an hour. The month's bill of the usage the plan covers: %s against %s on demand, saving %s; utilisation %s, coverage %s.",
		commitmentText(o.Commitment), money(o.Bill), money(p.OnDemand), money(o.Saving), percentText(o.Utilisation), percentText(o.Coverage))
}

// CommitRiskText is the plan's risk in a sentence ("" without low scenarios): the bill at the
// optimum when traffic falls to the low scenarios, and the commitment left unused.
func CommitRiskText(p analysis.CommitPlan) string {
	r := p.Risk
	if r == nil {
		return ""
	}
	return fmt.Sprintf("If traffic falls to the low scenarios (%s): at %s an hour the bill is %s against %s on demand, %s of the commitment unused.",
		strings.Join(r.Scenarios, ", "), commitmentText(p.Optimum.Commitment), money(r.AtOptimum.Bill), money(r.OnDemand), money(r.Unused))
}

// commitCurveText writes the bill at each commitment of the curve.
func commitCurveText(b *strings.Builder, curve []analysis.CommitPoint, optimum analysis.CommitPoint, md bool) {
	if md {
		b.WriteString("| Commitment ($/h) | Bill | Saving | Utilisation | Coverage | |\n|---:|---:|---:|---:|---:|---|\n")
	} else {
		fmt.Fprintf(b, "  %-18s %12s %12s %12s %10s\n", "Commitment", "Bill", "Saving", "Utilisation", "Coverage")
	}
	for _, c := range curve {
		mark := ""
		if c.Commitment.Equal(optimum.Commitment) {
			mark = "optimum"
		}
		if md {
			fmt.Fprintf(b, "| %s | %s | %s | %s | %s | %s |\n", commitmentText(c.Commitment), money(c.Bill), money(c.Saving), percentText(c.Utilisation), percentText(c.Coverage), mark)
			continue
		}
		b.WriteString(strings.TrimRight(fmt.Sprintf("  %-18s %12s %12s %12s %10s  %s", commitmentText(c.Commitment)+"/h", money(c.Bill), money(c.Saving),
			percentText(c.Utilisation), percentText(c.Coverage), mark), " ") + "\n")
	}
	if md {
		b.WriteString("\n")
	}
}

// commitUsagesText writes each workload's usage: covered at its rates, or why not.
func commitUsagesText(usages []analysis.CommitUsage, para func(string)) {
	for _, u := range usages {
		para(CommitUsageText(u))
	}
}

// CommitUsageText is one workload's usage in a sentence: covered at its rates, or why not.
func CommitUsageText(u analysis.CommitUsage) string {
	on := ""
	if u.Platform != "" {
		on = " on " + platformName(u.Platform)
	}
	if !u.Covered {
		text := fmt.Sprintf("%s%s: not covered, %s", u.Workload, on, u.Reason)
		if u.StateWith != "" {
			text += "; state yours with " + u.StateWith
		}
		return text + "."
	}
	how := u.PlanRate.How
	if u.PlanRate.AsOf != "" {
		how += " " + u.PlanRate.AsOf
	}
	text := fmt.Sprintf("%s%s: %s at %s on demand, %s under the plan (%s); %s a month on demand.",
		u.Workload, on, u.Unit, unitPrice(u.OnDemandRate), unitPrice(u.PlanRate.Price), how, money(u.OnDemand))
	if u.Allocated {
		text += " Hourly figures allocated by requests."
	}
	return text
}

// ReservedText says how many instances a reservation pays for, or what rate it lacks; for
// Fargate, that it has no Reserved Instances and what share of its baseline the plan's
// optimum commitment (o) covers instead.
func ReservedText(r analysis.ReservedAdvice, o analysis.CommitPoint) string {
	switch {
	case r.NoReservations && r.PlanCovers:
		return fmt.Sprintf("Reserved capacity for %s on %s: %s has no Reserved Instances; the Compute Savings Plan at %s an hour covers %s of its task-hours (%s of %s a month on demand).",
			r.Workload, platformName(r.Platform), platformName(r.Platform), commitmentText(o.Commitment), percentText(r.PlanCoverage), money(r.PlanCovered), money(r.OnDemandMonth))
	case r.NoReservations:
		text := fmt.Sprintf("Reserved capacity for %s on %s: %s has no Reserved Instances, and the Compute Savings Plan does not cover it: %s", r.Workload,
			platformName(r.Platform), platformName(r.Platform), r.Reason)
		if r.StateWith != "" {
			text += "; state yours with " + r.StateWith
		}
		return text + "."
	case !r.Priced:
		return fmt.Sprintf("Reserved Instances for %s (%s %s): %s; state yours with %s.", r.Workload, r.InstanceType, r.Purchase, r.Reason, r.StateWith)
	}
	return fmt.Sprintf("Reserved Instances for %s: %s %s at %s (%s) against %s on demand pays in %s of the hours: reserve %d, saving %s a month.",
		r.Workload, r.InstanceType, r.Purchase, unitPrice(r.Rate.Price), r.Rate.How, unitPrice(r.OnDemand), percentText(r.BreakEvenPercent), r.Count, money(r.Saving))
}

// commitPointJSON writes one commitment's month.
func commitPointJSON(j *jsonWriter, c analysis.CommitPoint) {
	j.open('{')
	j.exact("commitment_per_hour", c.Commitment)
	j.exact("bill", c.Bill)
	j.exact("saving", c.Saving)
	j.exact("used", c.Used)
	j.exact("utilisation_percent", c.Utilisation)
	j.exact("coverage_percent", c.Coverage)
	j.close('}')
}

// writeCommitJSON writes the plan as one JSON document.
func writeCommitJSON(w io.Writer, p analysis.CommitPlan) error {
	j := marshalJSON()
	j.open('{')
	j.object("pricing")
	j.string("catalog", p.Catalog)
	j.string("as_of", p.AsOf)
	j.int("month_hours", p.MonthHours)
	j.string("month", p.Month.Name)
	j.string("currency", "USD")
	j.strings("overlays", p.Overlays)
	j.close('}')
	commitMembersJSON(j, p)
	j.close('}')
	_, err := w.Write(append(j.buf, '\n'))
	return err
}

// commitMembersJSON writes the plan's members after its pricing: breakeven commit's document
// and compare's commitment object alike.
func commitMembersJSON(j *jsonWriter, p analysis.CommitPlan) {
	j.string("purchase", string(p.Purchase))
	j.exact("on_demand", p.OnDemand)
	j.key("optimum")
	commitPointJSON(j, p.Optimum)
	j.array("curve")
	for _, c := range p.Curve {
		j.element()
		commitPointJSON(j, c)
	}
	j.close(']')
	j.array("usages")
	for _, u := range p.Usages {
		j.element()
		j.open('{')
		j.string("workload", u.Workload)
		j.string("platform", string(u.Platform))
		j.string("unit", u.Unit)
		j.bool("covered", u.Covered)
		if u.Covered {
			j.exact("on_demand_rate", u.OnDemandRate)
			j.exact("plan_rate", u.PlanRate.Price)
			j.string("plan_rate_how", u.PlanRate.How)
			j.bool("your_rate", u.PlanRate.Yours)
			j.exact("on_demand", u.OnDemand)
			j.exact("optimum_covers", u.PlanCovered)
			j.exact("optimum_coverage_percent", u.Coverage)
			j.bool("allocated", u.Allocated)
		} else {
			j.string("reason", u.Reason)
			if u.StateWith != "" {
				j.string("state_with", u.StateWith)
			}
		}
		j.close('}')
	}
	j.close(']')
	j.array("reserved")
	for _, r := range p.Reserved {
		j.element()
		j.open('{')
		j.string("workload", r.Workload)
		if r.NoReservations {
			reservedNoneJSON(j, r)
			continue
		}
		j.string("instance_type", r.InstanceType)
		j.string("purchase", string(r.Purchase))
		j.bool("priced", r.Priced)
		if r.Priced {
			j.exact("rate", r.Rate.Price)
			j.string("rate_how", r.Rate.How)
			j.exact("on_demand_rate", r.OnDemand)
			j.exact("break_even_percent", r.BreakEvenPercent)
			j.int("count", r.Count)
			j.exact("monthly_saving", r.Saving)
		} else {
			j.string("reason", r.Reason)
			j.string("state_with", r.StateWith)
		}
		j.close('}')
	}
	j.close(']')
	if g := p.Growth; g != nil {
		j.object("growth")
		j.int("months", g.Months)
		j.key("optimum")
		commitPointJSON(j, g.Optimum)
		j.key("at_today_commitment")
		commitPointJSON(j, g.AtToday)
		j.close('}')
	}
	if r := p.Risk; r != nil {
		j.object("risk")
		j.strings("scenarios", r.Scenarios)
		j.key("at_optimum")
		commitPointJSON(j, r.AtOptimum)
		j.exact("on_demand", r.OnDemand)
		j.exact("unused", r.Unused)
		j.close('}')
	}
	j.strings("advice", p.Advice)
	j.strings("assumptions", p.Assumptions)
}

// reservedNoneJSON writes the rest of a platform's entry that has no Reserved Instances
// (Fargate): the plan's coverage of its usage at the optimum, or why the plan does not cover it.
func reservedNoneJSON(j *jsonWriter, r analysis.ReservedAdvice) {
	j.string("platform", string(r.Platform))
	j.bool("reserved_instances", false)
	j.bool("plan_covers", r.PlanCovers)
	if r.PlanCovers {
		j.exact("on_demand", r.OnDemandMonth)
		j.exact("optimum_covers", r.PlanCovered)
		j.exact("optimum_coverage_percent", r.PlanCoverage)
	} else {
		j.string("reason", r.Reason)
		if r.StateWith != "" {
			j.string("state_with", r.StateWith)
		}
	}
	j.close('}')
}

// commitCSVHeader names the plan's CSV columns.
var commitCSVHeader = []string{"section", "item", "metric", "value"}

// writeCommitCSV writes the plan as rows of section, item, metric, value, exact.
func writeCommitCSV(w io.Writer, p analysis.CommitPlan) error {
	cw := csv.NewWriter(w)
	if err := cw.WriteAll(append([][]string{commitCSVHeader}, commitRows(p)...)); err != nil {
		return err
	}
	return cw.Error()
}

// commitRows are the plan's rows of section, item, metric, value, exact.
func commitRows(p analysis.CommitPlan) [][]string {
	rows := [][]string{{"plan", string(p.Purchase), "on_demand", p.OnDemand.String()}}
	point := func(section, item string, c analysis.CommitPoint) {
		for _, m := range []struct {
			name string
			v    decimal.Decimal
		}{{"commitment_per_hour", c.Commitment}, {"bill", c.Bill}, {"saving", c.Saving}, {"used", c.Used},
			{"utilisation_percent", c.Utilisation}, {"coverage_percent", c.Coverage}} {
			rows = append(rows, []string{section, item, m.name, m.v.String()})
		}
	}
	point("optimum", string(p.Purchase), p.Optimum)
	for _, c := range p.Curve {
		point("curve", c.Commitment.String(), c)
	}
	for _, u := range p.Usages {
		item := u.Workload + " on " + string(u.Platform)
		if !u.Covered {
			rows = append(rows, []string{"usage", item, "not_covered", strings.TrimSpace(u.Reason + " " + u.StateWith)})
			continue
		}
		rows = append(rows, []string{"usage", item, "on_demand_rate", u.OnDemandRate.String()},
			[]string{"usage", item, "plan_rate", u.PlanRate.Price.String() + " (" + u.PlanRate.How + ")"},
			[]string{"usage", item, "on_demand", u.OnDemand.String()},
			[]string{"usage", item, "optimum_covers", u.PlanCovered.String()},
			[]string{"usage", item, "optimum_coverage_percent", u.Coverage.String()})
	}
	for _, r := range p.Reserved {
		if r.NoReservations {
			rows = append(rows, reservedNoneRow(r))
			continue
		}
		item := r.Workload + " " + r.InstanceType
		if !r.Priced {
			rows = append(rows, []string{"reserved", item, "not_priced", r.Reason + "; state yours with " + r.StateWith})
			continue
		}
		rows = append(rows, []string{"reserved", item, "break_even_percent", r.BreakEvenPercent.String()},
			[]string{"reserved", item, "count", fmt.Sprint(r.Count)},
			[]string{"reserved", item, "monthly_saving", r.Saving.String()})
	}
	if g := p.Growth; g != nil {
		point("growth", fmt.Sprintf("optimum in %d months", g.Months), g.Optimum)
		point("growth", fmt.Sprintf("today's commitment in %d months", g.Months), g.AtToday)
	}
	if r := p.Risk; r != nil {
		point("risk", "at the optimum, low scenarios", r.AtOptimum)
		rows = append(rows, []string{"risk", "low scenarios", "on_demand", r.OnDemand.String()},
			[]string{"risk", "low scenarios", "unused", r.Unused.String()})
	}
	for _, a := range p.Advice {
		rows = append(rows, []string{"advice", "", "text", a})
	}
	return rows
}

// reservedNoneRow is a Fargate workload's row: no Reserved Instances, and the percent of its
// usage the optimum commitment covers (or why the plan does not).
func reservedNoneRow(r analysis.ReservedAdvice) []string {
	item := r.Workload + " on " + string(r.Platform)
	if !r.PlanCovers {
		return []string{"reserved", item, "no_reserved_instances", strings.TrimSpace(r.Reason + " " + r.StateWith)}
	}
	return []string{"reserved", item, "no_reserved_instances_plan_coverage_percent", r.PlanCoverage.String()}
}
