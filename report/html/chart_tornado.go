package html

import (
	"fmt"
	"strings"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/breakeven/breakeven/model/analysis"
	"github.com/breakeven/breakeven/report"
	"github.com/shopspring/decimal"
)

// The tornado's two sides: the input 20% down and 20% up.
var (
	lowStyle  = style{"#2b6cb0", "", "square", "hatch"}
	highStyle = style{"#c05621", "", "circle", "solid"}
)

// tornadoChart draws how far moving each input 20% down and up, the rest held, moves the
// cheapest platform's bill, largest swing first, with the table of the values and costs.
func tornadoChart(b *strings.Builder, id string, c analysis.Comparison) {
	rows := c.Sensitivity
	if len(rows) == 0 || rows[0].Platform == "" {
		return
	}
	base := rows[0].BaseCost
	platform := platformName(rows[0].Platform)
	ch := barChart{id: id, title: "Sensitivity: " + c.Base.Workload.Name,
		desc:           fmt.Sprintf("A tornado: for each input, a bar from %s bill as given (%s) to its bill with the input 20%% down (hatched) and 20%% up (solid), the rest held, largest swing first.", humanize.Possessive(platform), money(base)),
		legendStyles:   []style{lowStyle, highStyle},
		legendNames:    []string{"input 20% down", "input 20% up"},
		reference:      base.InexactFloat64(),
		referenceLabel: "as given " + money(base),
	}
	lo, hi := base, base
	for _, r := range rows {
		row := barRow{label: r.Input}
		for _, side := range []struct {
			vc    analysis.VariantCost
			st    style
			value decimal.Decimal
		}{{r.LowCost, lowStyle, r.Low}, {r.HighCost, highStyle, r.High}} {
			if !side.vc.Feasible {
				row.note += fmt.Sprintf("%s cannot run at %s: %s. ", platform, report.Shown(side.value), side.vc.Reason)
				continue
			}
			lo, hi = decimal.Min(lo, side.vc.Cost), decimal.Max(hi, side.vc.Cost)
			row.bars = append(row.bars, bar{base.InexactFloat64(), side.vc.Cost.InexactFloat64(), side.st, money(side.vc.Cost), side.vc.Cost.LessThan(base) || side.st == lowStyle && side.vc.Cost.Equal(base)})
		}
		if len(row.bars) == 2 && r.LowCost.Cost.Equal(base) && r.HighCost.Cost.Equal(base) {
			row.bars, row.note = nil, "moves nothing: "+money(base)+" at both"
		}
		if len(row.bars) < 2 && row.note != "" && len(row.bars) > 0 {
			row.label += " (" + strings.TrimSpace(row.note) + ")"
			row.note = ""
		}
		ch.rows = append(ch.rows, row)
	}
	ch.x.label = humanize.Possessive(platform) + " US dollars a month"
	ch.x.ticks, ch.x.lo, ch.x.hi = linearTicks(lo, hi, 6, compactMoney)
	figure(b, id, ch.svg(), "Each input moved 20% down and up, the rest held: "+humanize.Possessive(platform)+" bill", func(b *strings.Builder) {
		headRow(b, "Input", "As priced", "-20%", "+20%", "Bill at -20%", "Bill at +20%", "Swing")
		for _, r := range rows {
			numericRow(b, r.Input, report.Shown(r.Base), report.Shown(r.Low), report.Shown(r.High), variantCell(r.LowCost), variantCell(r.HighCost), money(r.Swing))
		}
		for _, r := range rows {
			if r.Note != "" {
				b.WriteString("<tr>")
				element(b, "td", `colspan="7" class="note"`, r.Input+": "+r.Note)
				b.WriteString("</tr>\n")
			}
		}
	})
}
