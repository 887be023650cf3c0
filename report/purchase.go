package report

import (
	"fmt"
	"strings"

	"github.com/breakeven/breakeven/model/analysis"
)

// purchasesJSON writes "purchase_options": each way to buy the capacity, its rate and cost
// where priced, its saving where compared.
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
		if o.Priced {
			j.exact("hourly_rate", o.HourlyRate)
			j.exact("monthly_cost", o.MonthlyCost)
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

// unpricedGroups joins the purchase options not priced for the same reason, each type's
// options together: "m7g.large reserved-1y, reserved-3y; Lambda savings-plan-1y (why)".
func unpricedGroups(list []analysis.PurchaseOption) []string {
	var reasons []string
	owners := map[string][]string{}
	options := map[string]map[string][]string{}
	for _, o := range list {
		if o.Priced {
			continue
		}
		owner := o.InstanceType
		if owner == "" {
			owner = platformName(o.Platform)
		}
		if _, ok := options[o.Reason]; !ok {
			reasons = append(reasons, o.Reason)
			options[o.Reason] = map[string][]string{}
		}
		if _, ok := options[o.Reason][owner]; !ok {
			owners[o.Reason] = append(owners[o.Reason], owner)
		}
		options[o.Reason][owner] = append(options[o.Reason][owner], string(o.Purchase))
	}
	var out []string
	for _, r := range reasons {
		var parts []string
		for _, owner := range owners[r] {
			parts = append(parts, owner+" "+strings.Join(options[r][owner], ", "))
		}
		out = append(out, strings.Join(parts, "; ")+" ("+r+")")
	}
	return out
}

// purchaseLabel names a purchase option: "m7g.large savings-plan-1y", "Lambda savings-plan-1y".
func purchaseLabel(o analysis.PurchaseOption) string {
	if o.InstanceType != "" {
		return o.InstanceType + " " + string(o.Purchase)
	}
	return platformName(o.Platform) + " " + string(o.Purchase)
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

// termText is a saving over a commitment's term: "$1,140.55 over 12 months" ("" without one).
func termText(o analysis.PurchaseOption) string {
	if o.TermMonths == 0 || !o.Compared {
		return ""
	}
	return fmt.Sprintf("%s over %d months", money(o.TermSaving), o.TermMonths)
}

// tablePurchases writes the priced ways to buy EC2 capacity, grouped by instance type,
// then those not priced.
func tablePurchases(b *strings.Builder, list []analysis.PurchaseOption) {
	if len(list) == 0 {
		return
	}
	b.WriteString("    Buying the capacity (the whole EC2 bill; saving against the current one)\n")
	header := false
	lastType := ""
	for _, o := range list {
		if !o.Priced {
			continue
		}
		if !header {
			fmt.Fprintf(b, "%-36s %12s %12s %14s\n", "      Option", "Monthly", "Saving", "Over the term")
			header = true
		}
		if o.InstanceType != lastType {
			fmt.Fprintf(b, "      %s (%s)\n", o.InstanceType, purchaseRole(o))
			lastType = o.InstanceType
		}
		saving, term := "", ""
		if o.Compared {
			saving = money(o.Saving)
			if o.TermMonths > 0 {
				term = money(o.TermSaving)
			}
		}
		label := fmt.Sprintf("        %s, %s/h", o.Purchase, unitPrice(o.HourlyRate))
		b.WriteString(strings.TrimRight(fmt.Sprintf("%-36s %12s %12s %14s", label, money(o.MonthlyCost), saving, term), " ") + "\n")
	}
	for _, g := range unpricedGroups(list) {
		b.WriteString(wrap("      Not priced: "+g, "        ", itemsWidth))
	}
}

// markdownPurchases writes the ways to buy EC2 capacity in markdown.
func markdownPurchases(b *strings.Builder, list []analysis.PurchaseOption) {
	if len(list) == 0 {
		return
	}
	b.WriteString("**Buying the capacity** (the whole EC2 bill; saving against the current one):\n\n")
	b.WriteString("| Instance type | Option | Hourly | Monthly | Saving | Over the term | Type |\n|---|---|---:|---:|---:|---:|---|\n")
	for _, o := range list {
		if !o.Priced {
			continue
		}
		saving := ""
		if o.Compared {
			saving = money(o.Saving)
		}
		fmt.Fprintf(b, "| %s | %s | %s | %s | %s | %s | %s |\n", o.InstanceType, o.Purchase, unitPrice(o.HourlyRate), money(o.MonthlyCost), saving, termText(o), purchaseRole(o))
	}
	b.WriteString("\n")
	for _, g := range unpricedGroups(list) {
		fmt.Fprintf(b, "- Not priced: %s\n", cell(g))
	}
	b.WriteString("\n")
}
