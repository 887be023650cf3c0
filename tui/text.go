package tui

import (
	"strings"

	"github.com/breakeven/breakeven/report"
	"github.com/charmbracelet/x/ansi"
	"github.com/shopspring/decimal"
)

// money writes an amount as the reports do.
func money(d decimal.Decimal) string { return report.Money(d) }

// fineMoney shows small amounts to a hundredth of a cent, as the reports do.
func fineMoney(d decimal.Decimal) string { return report.FineMoney(d) }

// quantityText writes a quantity as the reports do.
func quantityText(q decimal.Decimal) string { return report.Shown(q) }

// savingText says what a change saves a month, or what it costs more.
func savingText(d decimal.Decimal) string {
	if d.IsNegative() {
		return money(d.Neg()) + " more"
	}
	return "saves " + money(d)
}

// wrapText breaks text at spaces into lines of at most w cells, continuations indented.
func wrapText(text string, w int, indent string) string {
	words := strings.Fields(text)
	lead := text[:len(text)-len(strings.TrimLeft(text, " "))]
	var lines []string
	line := lead
	for _, word := range words {
		if ansi.StringWidth(line)+1+ansi.StringWidth(word) > w && strings.TrimSpace(line) != "" {
			lines = append(lines, line)
			line = indent + word
			continue
		}
		if strings.TrimSpace(line) == "" {
			line += word
		} else {
			line += " " + word
		}
	}
	return strings.Join(append(lines, line), "\n")
}
