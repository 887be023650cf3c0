package tui

import (
	"fmt"
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/model/analysis"
	"github.com/breakeven/breakeven/report"
	"github.com/breakeven/breakeven/tui/chart"
	"github.com/charmbracelet/x/ansi"
)

// buyingView is how the capacity is bought: each platform's purchase options for the open
// workload (rate, monthly bill, saving, upfront, the buyer's rates and what is not priced),
// the bill as the workload's purchase section buys it, and the portfolio's Compute Savings
// Plan commitment (breakeven commit's plan of every valid workload, worked out on the worker
// once their analyses are done) with its curve.
type buyingView struct{ frame }

func (buyingView) title() string                     { return "Buying" }
func (buyingView) shows() shows                      { return showsAnalyses }
func (v buyingView) update(msg tea.KeyPressMsg) view { v.frame = v.scrolled(msg); return v }
func (v buyingView) setSize(w, h int) view           { v.frame = v.sized(w, h); return v }
func (v buyingView) shown() view                     { v.frame = v.top(); return v }

func (v buyingView) view(sc scene) string {
	c, w := sc.analysis, v.width
	if c == nil {
		return v.clip(sc.waiting("the purchase options", w))
	}
	var b strings.Builder
	if line := report.AsYouBuy(*c); line != "" {
		b.WriteString(wrapText(line, w, "  ") + "\n\n")
	}
	purchases := shownPurchases(c.RightSizing.Purchases, sc.d.result.Shown())
	v.options(&b, purchases, w)
	b.WriteString("\n")
	if own := c.Commitment.Optimum; own.Commitment.IsPositive() {
		b.WriteString(wrapText(fmt.Sprintf("%s alone: commit %s an hour, saving %s a month.", sc.d.name(),
			report.UnitPrice(own.Commitment.Round(4)), money(own.Saving)), w, "  ") + "\n")
	}
	if sc.plan == nil {
		b.WriteString(wrapText("Working out the portfolio's commitment once every workload's analyses are done...", w, "") + "\n\n")
		v.unpriced(&b, purchases, w)
		return v.clip(b.String())
	}
	v.commitment(&b, *sc.plan, w, sc.mono)
	b.WriteString("\n")
	v.unpriced(&b, purchases, w)
	return v.clip(b.String())
}

// buyingRateWidth and buyingMoneyWidth are the options' columns: the rate, the month's bill
// and the saving.
const (
	buyingRateWidth  = 19
	buyingMoneyWidth = 10
)

// options writes the priced options grouped by what they buy (Lambda, Fargate, an EC2
// type), each on a line with its rate, month's bill and saving, its notes under it.
func (v buyingView) options(b *strings.Builder, list []analysis.PurchaseOption, w int) {
	label := max(w-buyingRateWidth-2*buyingMoneyWidth-3, 12)
	fmt.Fprintf(b, "%s\n", v.st.bold.Render(fmt.Sprintf("%-*s %*s %*s %*s", label, "Option", buyingRateWidth, "Rate", buyingMoneyWidth, "Monthly", buyingMoneyWidth, "Saving")))
	last := ""
	for _, o := range list {
		if !o.Priced {
			continue
		}
		if h := optionOwner(o); h != last {
			b.WriteString(v.st.bold.Render(h) + "\n")
			last = h
		}
		saving := ""
		if o.Compared {
			saving = money(o.Saving)
		}
		name := ansi.Truncate("  "+string(o.Purchase), label, "…")
		fmt.Fprintf(b, "%-*s %*s %*s %*s\n", label, name, buyingRateWidth, optionRate(o), buyingMoneyWidth, money(o.MonthlyCost), buyingMoneyWidth, saving)
		if notes := optionNotes(o); len(notes) > 0 {
			b.WriteString(v.st.dim.Render(wrapText("    "+strings.Join(notes, "; "), w, "    ")) + "\n")
		}
	}
}

// unpriced writes the options not priced, one line for each owner's alike (the same reason):
// their names, and the keys that price them with OPTION for each option's name.
func (v buyingView) unpriced(b *strings.Builder, list []analysis.PurchaseOption, w int) {
	type group struct {
		owner, reason, keys string
		options             []string
	}
	var groups []group
	for _, o := range list {
		if o.Priced {
			continue
		}
		keys := strings.ReplaceAll(o.StateWith, string(o.Purchase), "OPTION")
		g := group{owner: optionOwner(o), reason: o.Reason, keys: keys}
		if n := len(groups); n > 0 && groups[n-1].owner == g.owner && groups[n-1].reason == g.reason && groups[n-1].keys == g.keys {
			groups[n-1].options = append(groups[n-1].options, string(o.Purchase))
			continue
		}
		g.options = []string{string(o.Purchase)}
		groups = append(groups, g)
	}
	for _, g := range groups {
		text := fmt.Sprintf("%s %s: %s", g.owner, strings.Join(g.options, ", "), g.reason)
		if g.keys != "" {
			text += "; state yours with " + g.keys
		}
		b.WriteString(v.st.dim.Render(wrapText(text, w, "  ")) + "\n")
	}
}

// optionOwner names what an option buys: "Lambda", "Fargate", "EC2 m7g.large (current)".
func optionOwner(o analysis.PurchaseOption) string {
	if o.InstanceType == "" {
		return o.Platform.Name()
	}
	role := ""
	switch {
	case o.Current && o.Best:
		role = " (current, cheapest)"
	case o.Current:
		role = " (current)"
	case o.Best:
		role = " (cheapest)"
	}
	return o.Platform.Name() + " " + o.InstanceType + role
}

// optionRate is an option's effective rate: per instance-hour or task-hour, else its first
// rate per unit (Lambda's GB-second).
func optionRate(o analysis.PurchaseOption) string {
	switch {
	case o.HourlyRate.IsPositive() && o.InstanceType == "":
		return report.UnitPrice(o.HourlyRate) + "/task-h"
	case o.HourlyRate.IsPositive():
		return report.UnitPrice(o.HourlyRate) + "/h"
	case len(o.Rates) > 0:
		return report.UnitPrice(o.Rates[0].Price) + "/GB-s"
	}
	return ""
}

// optionNotes are what an option's line leaves out: the upfront payment, the term's saving,
// whose rate it is, and that spot may be stopped.
func optionNotes(o analysis.PurchaseOption) []string {
	var notes []string
	switch {
	case o.Upfront.IsPositive() && o.UpfrontPerUnit:
		notes = append(notes, "upfront "+money(o.Upfront)+" an instance")
	case o.Upfront.IsPositive():
		notes = append(notes, "upfront "+money(o.Upfront)+" for the term")
	case o.UpfrontUnstated:
		notes = append(notes, "upfront not stated")
	}
	if o.Compared && o.TermMonths > 0 {
		notes = append(notes, fmt.Sprintf("%s over %d months", savingText(o.TermSaving), o.TermMonths))
	}
	for _, r := range o.Rates {
		if r.Yours {
			notes = append(notes, r.How)
			break
		}
	}
	if o.Interruptible {
		spot := "AWS may stop it with two minutes' warning"
		if o.SpotAsOf != "" {
			spot = "Spot rate of " + o.SpotAsOf + "; " + spot
		}
		notes = append(notes, spot)
	}
	return notes
}

// commitment writes the portfolio's plan: the optimum, its curve as bars of the month's
// bill (the optimum marked), the reservations (Fargate's share the plan covers), the risk.
func (v buyingView) commitment(b *strings.Builder, p analysis.CommitPlan, w int, mono bool) {
	of := "the workload"
	if n := len(p.Usages); n > 1 {
		of = fmt.Sprintf("the %d workloads together", n)
	}
	_, years, _ := p.Purchase.Commitment()
	b.WriteString(v.st.bold.Render(wrapText(fmt.Sprintf("Commitment of %s (%d-year Compute Savings Plan, no upfront)", of, years), w, "  ")) + "\n")
	b.WriteString(wrapText("  "+report.CommitOptimumText(p), w, "    ") + "\n")
	if !p.OnDemand.IsPositive() {
		// nothing to draw: say why each workload's usage is not the plan's
		for _, u := range p.Usages {
			b.WriteString(wrapText("  "+report.CommitUsageText(u), w, "    ") + "\n")
		}
	} else {
		v.commitCurve(b, p, w, mono)
	}
	for _, r := range p.Reserved {
		b.WriteString(wrapText("  "+report.ReservedText(r, p.Optimum), w, "    ") + "\n")
	}
	if risk := report.CommitRiskText(p); risk != "" {
		b.WriteString(wrapText("  Risk: "+risk, w, "    ") + "\n")
	}
}

// commitCurve writes the month's bill at each commitment of the plan's curve as bars, the
// optimum marked.
func (v buyingView) commitCurve(b *strings.Builder, p analysis.CommitPlan, w int, mono bool) {
	var bars []chart.Bar
	for _, c := range p.Curve {
		text := fmt.Sprintf("%s, %s; use %s%%, cover %s%%", money(c.Bill), savingText(c.Saving), c.Utilisation.Round(0), c.Coverage.Round(0))
		style := v.st.dim
		if c.Commitment.Equal(p.Optimum.Commitment) {
			text += " *"
			style = v.st.good
		}
		if mono {
			style = v.st.bold
		}
		bars = append(bars, chart.Bar{Label: report.UnitPrice(c.Commitment.Round(4)) + "/h", Value: c.Bill.InexactFloat64(), Text: text, Style: style}) // bar length: geometry only
	}
	if len(bars) > 0 {
		b.WriteString("  The month's bill at each commitment (* the optimum):\n" + chart.Bars(bars, w) + "\n")
	}
}

// shownPurchases are the purchase options of the shown platforms, in order.
func shownPurchases(list []analysis.PurchaseOption, shown []model.Platform) []analysis.PurchaseOption {
	var out []analysis.PurchaseOption
	for _, o := range list {
		if slices.Contains(shown, o.Platform) {
			out = append(out, o)
		}
	}
	return out
}
