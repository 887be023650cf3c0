package html

import (
	"fmt"
	"strings"

	"github.com/breakeven/breakeven/model"
)

// provenanceText says which prices, overlays, month and version of breakeven the figures come
// from: it heads the document and every printed page.
func provenanceText(h Head) string {
	p := h.Provenance
	s := fmt.Sprintf("Prices: catalog %s as of %s, USD. A month is %d hours.", p.Catalog, p.AsOf, p.MonthHours)
	if p.Month.Name != model.StandardMonthName {
		s = fmt.Sprintf("Prices: catalog %s as of %s, USD. The month is %s, %d hours.", p.Catalog, p.AsOf, p.Month.Name, p.MonthHours)
	}
	if len(p.Overlays) > 0 {
		s += " Overlaid: " + strings.Join(p.Overlays, ", ") + "."
	}
	return s + " Worked out by " + h.Version + "."
}

// maxNamedWorkloads is how many workloads the title names; more are counted.
const maxNamedWorkloads = 3

// pageOpen writes the document's head (its styles, the provenance in every printed page's
// margin) and the top of its body: the title, naming the workloads, and the platforms shown
// for any of them, and the provenance.
func pageOpen(b *strings.Builder, h Head, names []string, shown []model.Platform) {
	subject := strings.Join(names, ", ")
	if len(names) > maxNamedWorkloads {
		subject = fmt.Sprintf("%d workloads", len(names))
	}
	title := "breakeven report: " + subject
	prov := provenanceText(h)
	b.WriteString("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
	b.WriteString(`<meta name="viewport" content="width=device-width, initial-scale=1">` + "\n")
	element(b, "title", "", title)
	b.WriteString("\n<style>\n" + styleSheet)
	fmt.Fprintf(b, "@page { @top-left { content: %s; } @bottom-right { content: \"page \" counter(page) \" of \" counter(pages); } }\n", cssString(prov))
	b.WriteString("</style>\n</head>\n<body>\n")
	element(b, "header", `class="provenance"`, prov)
	b.WriteString("\n<main>\n")
	var platforms []string
	for _, p := range shown {
		platforms = append(platforms, platformName(p))
	}
	choice := strings.Join(platforms, " or ")
	if n := len(platforms); n > 2 {
		choice = strings.Join(platforms[:n-1], ", ") + " or " + platforms[n-1]
	}
	element(b, "h1", "", "Where to run "+subject+": "+choice)
	b.WriteString("\n")
}

// pageClose writes the provenance again at the foot and closes the document.
func pageClose(b *strings.Builder, h Head) {
	b.WriteString("</main>\n")
	element(b, "footer", `class="provenance"`, provenanceText(h)+" Every amount is rounded half away from zero to the cent; each rate's source and date is on its line.")
	b.WriteString("\n</body>\n</html>\n")
}

// cssString writes s as a CSS string: quoted, with quotes, backslashes, control characters
// and everything beyond ASCII escaped as hexadecimal code points.
func cssString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		if r < 0x20 || r > 0x7e || r == '"' || r == '\\' || r == '<' || r == '>' {
			fmt.Fprintf(&b, "\\%06x", r)
			continue
		}
		b.WriteRune(r)
	}
	b.WriteByte('"')
	return b.String()
}

// styleSheet is the document's whole style: system fonts, no resource from anywhere. In
// print, the page's top margin carries the provenance and its bottom the page number; a chart
// is never cut, and its table starts on the chart's page (a long one runs on, its header
// repeated).
const styleSheet = `:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1a202c; background: #fff; margin: 0; font-size: 15px; line-height: 1.45; }
main { max-width: 1000px; margin: 0 auto; padding: 0 24px 24px; }
header.provenance, footer.provenance { font-size: 12px; color: #2d3748; background: #edf2f7; padding: 6px 24px; border-bottom: 1px solid #cbd5e0; }
footer.provenance { border-top: 1px solid #cbd5e0; border-bottom: 0; margin-top: 32px; }
h1 { font-size: 26px; margin: 18px 0 8px; }
h2 { font-size: 21px; margin: 28px 0 8px; border-bottom: 2px solid #2d3748; padding-bottom: 3px; }
h3 { font-size: 16px; margin: 20px 0 6px; }
a { color: #2b6cb0; }
table.data { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 12.5px; }
table.data caption { text-align: left; font-weight: 600; padding: 4px 0; }
table.data th, table.data td { border: 1px solid #cbd5e0; padding: 3px 6px; text-align: left; vertical-align: top; }
table.data thead th { background: #edf2f7; }
table.data .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.data tr.total th, table.data tr.total td { font-weight: 700; border-top: 2px solid #2d3748; }
table.data tr.estimate th { font-style: italic; }
.estimate-note { display: block; font-size: 11.5px; font-weight: 400; color: #4a5568; }
.estimate-note::before { content: "\2020  "; }
code { font-size: 11px; color: #4a5568; }
td a { word-break: break-all; }
.warning, .note { border-left: 4px solid #c05621; padding-left: 8px; }
ol.recommendations > li { margin-bottom: 6px; }
ul.evidence { font-size: 13px; color: #2d3748; margin: 2px 0; }
figure.chart-figure { margin: 18px 0; }
svg.chart { width: 100%; height: auto; display: block; font-family: inherit; }
svg.chart text { font-size: 12px; fill: #1a202c; }
svg.chart .chart-title { font-size: 15px; font-weight: 700; }
svg.chart .axis-label { font-size: 12.5px; font-weight: 600; }
svg.chart .tick { font-size: 11px; fill: #2d3748; }
svg.chart .grid line { stroke: #e2e8f0; stroke-width: 1; }
svg.chart .axis { stroke: #1a202c; stroke-width: 1.2; }
svg.chart .mark line { stroke: #4a5568; stroke-width: 1; stroke-dasharray: 3 3; }
svg.chart .mark text { font-size: 10.5px; fill: #2d3748; paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
svg.chart .mark.now line { stroke: #1a202c; stroke-width: 1.6; stroke-dasharray: none; }
svg.chart .mark.now text { font-weight: 700; fill: #1a202c; }
svg.chart .bar-label { font-weight: 600; }
svg.chart .bar-value.inside { fill: #fff; font-weight: 700; }
@media print {
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  header.provenance, footer.provenance { display: none; }
  @page { size: A4; margin: 16mm 12mm 14mm; }
  @page { @top-left { font-family: system-ui, Arial, sans-serif; font-size: 8pt; color: #2d3748; } @bottom-right { font-family: system-ui, Arial, sans-serif; font-size: 8pt; } }
  svg.chart, table.summary-table, tr { break-inside: avoid; }
  svg.chart { break-after: avoid; }
  h2, h3 { break-after: avoid; }
  section.workload { break-before: page; }
  a { color: inherit; }
}
`
