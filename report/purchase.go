package report

import (
	"fmt"
	"slices"
	"strings"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/analysis"
)

// purchasesJSON writes "purchase_options": each way to buy each platform's capacity, its
// rates and cost where priced (the buyer's marked), its upfront payment, spot's warning and
// date, its saving where compared, and the key that would price it where it is not.
func purchasesJSON(j *jsonWriter, list []analysis.PurchaseOption) {
	j.array("purchase_options")
	for _, o := range list {
		j.element()
		j.open('{')
		j.string("platform", string(o.Platform))
		if o.InstanceType != "" {
			j.string("instance_type", o.InstanceType)
		}
		j.bool("current_type", o.Current)
		j.bool("cheapest_type", o.Best)
		j.string("purchase", string(o.Purchase))
		j.int("term_months", o.TermMonths)
		j.bool("priced", o.Priced)
		if o.Reason != "" {
			j.string("reason", o.Reason)
		}
		if o.StateWith != "" {
			j.string("state_with", o.StateWith)
		}
		if o.Priced {
			purchaseRatesJSON(j, o)
			j.exact("monthly_cost", o.MonthlyCost)
		}
		if o.Commitment.IsPositive() {
			j.exact("commitment_per_hour", o.Commitment)
		}
		if o.Upfront.IsPositive() {
			j.exact("upfront", o.Upfront)
			j.bool("upfront_per_instance", o.UpfrontPerUnit)
		}
		if o.UpfrontUnstated {
			j.bool("upfront_unstated", true)
		}
		if o.Interruptible {
			j.string("interruption", spotWarning(o))
			if o.SpotAsOf != "" {
				j.string("spot_rate_as_of", o.SpotAsOf)
			}
		}
		if o.Compared {
			j.exact("monthly_saving", o.Saving)
			if o.TermMonths > 0 {
				j.exact("saving_over_term", o.TermSaving)
			}
		}
		j.close('}')
	}
	j.close(']')
}

// purchaseRatesJSON writes an option's hourly rate and its rates per unit.
func purchaseRatesJSON(j *jsonWriter, o analysis.PurchaseOption) {
	if !o.HourlyRate.IsZero() {
		j.exact("hourly_rate", o.HourlyRate)
	}
	j.bool("your_rate", o.Yours)
	if len(o.Rates) == 0 {
		return
	}
	j.array("rates")
	for _, r := range o.Rates {
		j.element()
		j.open('{')
		j.string("key", r.Key)
		j.string("unit", r.Unit)
		j.exact("price", r.Price)
		j.string("how", r.How)
		if r.AsOf != "" {
			j.string("as_of", r.AsOf)
		}
		j.close('}')
	}
	j.close(']')
}

// spotWarning is what spot capacity risks: "AWS may stop a task with two minutes' warning".
func spotWarning(o analysis.PurchaseOption) string {
	unit := "an instance"
	if o.Platform == model.PlatformFargate {
		unit = "a task"
	}
	return "AWS may stop " + unit + " with two minutes' warning"
}

// purchaseNotes are what goes with a priced option's figure: whose rate it is, its upfront
// payment, spot's warning and the date of its rate.
func purchaseNotes(o analysis.PurchaseOption) []string {
	var notes []string
	var hows []string
	for _, r := range o.Rates {
		if r.Yours && !slices.Contains(hows, r.How) {
			hows = append(hows, r.How)
		}
	}
	notes = append(notes, hows...)
	switch {
	case o.Upfront.IsPositive() && o.UpfrontPerUnit:
		notes = append(notes, money(o.Upfront)+" upfront per instance")
	case o.Upfront.IsPositive():
		notes = append(notes, fmt.Sprintf("%s upfront for a %s/h commitment", money(o.Upfront), unitPrice(o.Commitment.Round(4))))
	case o.UpfrontUnstated:
		notes = append(notes, "part upfront: the split is not stated (give upfront in purchase.rates)")
	case o.Commitment.IsPositive():
		notes = append(notes, fmt.Sprintf("a %s/h commitment", unitPrice(o.Commitment.Round(4))))
	}
	if o.Interruptible {
		w := spotWarning(o)
		if o.SpotAsOf != "" {
			w += "; Spot rate of " + o.SpotAsOf
		}
		notes = append(notes, w)
	}
	return notes
}

// purchaseOwner is what an option buys: the EC2 type, or the platform's name.
func purchaseOwner(o analysis.PurchaseOption) string {
	if o.InstanceType != "" {
		return o.InstanceType
	}
	return platformName(o.Platform)
}

// unpricedGroups joins the purchase options not priced, each owner's together, by why:
// "m7g.large spot, reserved-1y-partial-upfront (not priced: no published rate; state yours
// with purchase.discounts.ec2.OPTION or purchase.rates.ec2.m7g.large.OPTION)".
func unpricedGroups(list []analysis.PurchaseOption) []string {
	var reasons []string
	owners := map[string][]string{}
	options := map[string]map[string][]string{}
	for _, o := range list {
		if o.Priced {
			continue
		}
		owner := purchaseOwner(o)
		reason := strings.TrimPrefix(o.Reason, "not priced: ")
		if o.StateWith != "" {
			reason += "; state yours with " + strings.ReplaceAll(o.StateWith, string(o.Purchase), "OPTION")
		}
		if _, ok := options[reason]; !ok {
			reasons = append(reasons, reason)
			options[reason] = map[string][]string{}
		}
		if _, ok := options[reason][owner]; !ok {
			owners[reason] = append(owners[reason], owner)
		}
		options[reason][owner] = append(options[reason][owner], string(o.Purchase))
	}
	var out []string
	for _, r := range reasons {
		var parts []string
		for _, owner := range owners[r] {
			list := strings.Join(options[r][owner], ", ")
			if len(options[r][owner]) > manyOptions && unpricedOwnerOnce(owner, options) {
				list = "every option not listed above"
				parts = append(parts, owner+": "+list)
				continue
			}
			parts = append(parts, owner+" "+list)
		}
		out = append(out, strings.Join(parts, "; ")+" ("+r+")")
	}
	return out
}

// manyOptions is how many of an owner's options the table names before it says "every
// option not listed above" (the markdown, CSV and JSON name each with its key).
const manyOptions = 6

// unpricedOwnerOnce says every unpriced option of owner is not priced for one reason.
func unpricedOwnerOnce(owner string, options map[string]map[string][]string) bool {
	n := 0
	for _, byOwner := range options {
		if _, ok := byOwner[owner]; ok {
			n++
		}
	}
	return n == 1
}

// purchaseLabel names a purchase option: "m7g.large savings-plan-1y", "Lambda savings-plan-1y".
func purchaseLabel(o analysis.PurchaseOption) string {
	return purchaseOwner(o) + " " + string(o.Purchase)
}

// purchaseRole says whether a purchase option's type is the current one, the cheapest or both.
func purchaseRole(o analysis.PurchaseOption) string {
	switch {
	case o.Current && o.Best:
		return "current and cheapest type"
	case o.Current:
		return "current type"
	case o.Best:
		return "cheapest type"
	}
	return ""
}

// purchaseRate is an option's rate for its label: "$0.0599/h" an instance-hour, "$0.0157/task-h",
// "$0.0000147/GB-s" (Lambda's duration); "" on demand on Lambda.
func purchaseRate(o analysis.PurchaseOption) string {
	switch {
	case o.Platform == model.PlatformEC2:
		return unitPrice(o.HourlyRate) + "/h"
	case o.Platform == model.PlatformFargate && !o.HourlyRate.IsZero():
		return unitPrice(o.HourlyRate) + "/task-h"
	case len(o.Rates) > 0:
		return unitPrice(o.Rates[0].Price) + "/GB-s"
	}
	return ""
}

// termText is a saving over a commitment's term: "$1,140.55 over 12 months" ("" without one).
func termText(o analysis.PurchaseOption) string {
	if o.TermMonths == 0 || !o.Compared {
		return ""
	}
	return fmt.Sprintf("%s over %d months", money(o.TermSaving), o.TermMonths)
}

// purchaseHeading names an owner's group of options: "Lambda", "m7g.large (current type)".
func purchaseHeading(o analysis.PurchaseOption) string {
	if role := purchaseRole(o); role != "" {
		return purchaseOwner(o) + " (" + role + ")"
	}
	return purchaseOwner(o)
}

// purchaseLabelWidth is the table's option column: a longer option goes on a line of its own.
const purchaseLabelWidth = 40

// tablePurchases writes the priced ways to buy each platform's capacity, grouped by
// platform and instance type, each with its notes, then those not priced.
func tablePurchases(b *strings.Builder, list []analysis.PurchaseOption) {
	if len(list) == 0 {
		return
	}
	b.WriteString("    Buying the capacity (each platform's bill; saving against its current one)\n")
	header := false
	last := ""
	for _, o := range list {
		if !o.Priced {
			continue
		}
		if !header {
			fmt.Fprintf(b, "%-*s %10s %10s %14s\n", purchaseLabelWidth, "      Option", "Monthly", "Saving", "Over the term")
			header = true
		}
		if h := purchaseHeading(o); h != last {
			fmt.Fprintf(b, "      %s\n", h)
			last = h
		}
		saving, term := "", ""
		if o.Compared {
			saving = money(o.Saving)
			if o.TermMonths > 0 {
				term = money(o.TermSaving)
			}
		}
		notes := purchaseNotes(o)
		label := "        " + string(o.Purchase)
		if r := purchaseRate(o); r != "" && len(label)+2+len(r) <= purchaseLabelWidth {
			label += ", " + r
		} else if r != "" {
			label += ","
			notes = append([]string{r}, notes...)
		}
		if len(label) > purchaseLabelWidth {
			b.WriteString(label + "\n")
			label = ""
		}
		b.WriteString(strings.TrimRight(fmt.Sprintf("%-*s %10s %10s %14s", purchaseLabelWidth, label, money(o.MonthlyCost), saving, term), " ") + "\n")
		if len(notes) > 0 {
			writeWrap(b, "          "+strings.Join(notes, "; "), "          ", itemsWidth)
		}
	}
	for _, g := range unpricedGroups(list) {
		writeWrap(b, "      Not priced: "+g, "        ", itemsWidth)
	}
}

// markdownPurchases writes the ways to buy each platform's capacity in markdown, every
// option not priced on its own line with the exact key that would price it.
func markdownPurchases(b *strings.Builder, list []analysis.PurchaseOption) {
	if len(list) == 0 {
		return
	}
	b.WriteString("**Buying the capacity** (each platform's bill; saving against its current one):\n\n")
	b.WriteString("| Capacity | Option | Rate | Monthly | Saving | Over the term | Notes |\n|---|---|---:|---:|---:|---:|---|\n")
	for _, o := range list {
		if !o.Priced {
			continue
		}
		saving := ""
		if o.Compared {
			saving = money(o.Saving)
		}
		fmt.Fprintf(b, "| %s | %s | %s | %s | %s | %s | %s |\n", cell(purchaseHeading(o)), o.Purchase, purchaseRate(o), money(o.MonthlyCost), saving, termText(o), cell(strings.Join(purchaseNotes(o), "; ")))
	}
	b.WriteString("\n")
	for _, o := range list {
		if o.Priced {
			continue
		}
		line := purchaseLabel(o) + ": " + o.Reason
		if o.StateWith != "" {
			line += "; state yours with " + o.StateWith
		}
		fmt.Fprintf(b, "- Not priced: %s\n", cell(line))
	}
	b.WriteString("\n")
}

// csvPurchases gives the purchase options as rows of section, item, platform, metric, value.
func csvPurchases(section string, list []analysis.PurchaseOption) [][]string {
	var rows [][]string
	for _, o := range list {
		item, platform := "purchase: "+purchaseLabel(o), string(o.Platform)
		if !o.Priced {
			reason := o.Reason
			if o.StateWith != "" {
				reason += "; state yours with " + o.StateWith
			}
			rows = append(rows, []string{section, item, platform, "not_priced", reason})
			continue
		}
		if !o.HourlyRate.IsZero() {
			rows = append(rows, []string{section, item, platform, "hourly_rate", o.HourlyRate.String()})
		}
		for _, r := range o.Rates {
			rows = append(rows, []string{section, item, platform, "rate: " + r.Key, r.Price.String() + " (" + r.How + ")"})
		}
		rows = append(rows, []string{section, item, platform, "monthly_cost", o.MonthlyCost.String()})
		if o.Upfront.IsPositive() {
			rows = append(rows, []string{section, item, platform, "upfront", o.Upfront.String()})
		}
		if o.Commitment.IsPositive() {
			rows = append(rows, []string{section, item, platform, "commitment_per_hour", o.Commitment.String()})
		}
		if o.Interruptible {
			rows = append(rows, []string{section, item, platform, "interruption", spotWarning(o)})
			if o.SpotAsOf != "" {
				rows = append(rows, []string{section, item, platform, "spot_rate_as_of", o.SpotAsOf})
			}
		}
		if o.Compared {
			rows = append(rows, []string{section, item, platform, "monthly_saving", o.Saving.String()})
			if o.TermMonths > 0 {
				rows = append(rows, []string{section, item, platform, fmt.Sprintf("saving_over_%d_months", o.TermMonths), o.TermSaving.String()})
			}
		}
	}
	return rows
}

// AsYouBuy is one line saying what each platform costs bought as the workload's purchase
// section says, and which is cheapest so: "As you buy: Lambda savings-plan-1y $87.18;
// Fargate spot $22.71 (AWS may stop a task ...); cheapest so: Fargate." ("" without a
// purchase section naming an option).
func AsYouBuy(c analysis.Comparison) string {
	list := c.RightSizing.AsYouBuy(c.Base.Workload.Purchase)
	if len(list) == 0 {
		return ""
	}
	var parts []string
	for _, o := range list {
		part := purchaseLabel(o) + " "
		if o.Priced {
			part += money(o.MonthlyCost)
			if notes := purchaseNotes(o); len(notes) > 0 {
				part += " (" + strings.Join(notes, "; ") + ")"
			}
		} else {
			part += o.Reason
			if o.StateWith != "" {
				part += "; state yours with " + o.StateWith
			}
		}
		parts = append(parts, part)
	}
	line := "As you buy: " + strings.Join(parts, "; ")
	if best, ok := analysis.CheapestAsYouBuy(list); ok {
		line += "; cheapest so: " + platformName(best.Platform)
	}
	return line + "."
}

// asYouBuyJSON writes "as_you_buy": the options the purchase section buys, and the
// platform cheapest so.
func asYouBuyJSON(j *jsonWriter, c analysis.Comparison) {
	list := c.RightSizing.AsYouBuy(c.Base.Workload.Purchase)
	if len(list) == 0 {
		return
	}
	j.key("as_you_buy")
	j.open('{')
	purchasesJSON(j, list)
	if best, ok := analysis.CheapestAsYouBuy(list); ok {
		j.string("cheapest", string(best.Platform))
	}
	j.close('}')
}

// asYouBuyTable writes the as-you-buy line for a terminal, markdown or CSV (format "table",
// "markdown"); nothing without a purchase section naming an option.
func asYouBuyTable(b *strings.Builder, c analysis.Comparison, markdown bool) {
	line := AsYouBuy(c)
	switch {
	case line == "":
	case markdown:
		fmt.Fprintf(b, "%s\n\n", cell(line))
	default:
		writeWrap(b, "    "+line, "      ", itemsWidth)
	}
}

// csvAsYouBuy is the as-you-buy line as a row.
func csvAsYouBuy(section string, c analysis.Comparison) [][]string {
	if line := AsYouBuy(c); line != "" {
		return [][]string{{section, "as you buy", "", "text", line}}
	}
	return nil
}
