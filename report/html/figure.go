package html

import (
	"fmt"
	"strings"
)

// figure writes a chart and the table of its data under it: the svg, then a table captioned
// with what it holds, its rows written by table.
func figure(b *strings.Builder, id, svg, caption string, table func(*strings.Builder)) {
	fmt.Fprintf(b, `<figure class="chart-figure" id="%s">`+"\n", id)
	b.WriteString(svg)
	b.WriteString(`<table class="data">` + "\n")
	element(b, "caption", "", caption)
	b.WriteString("\n")
	table(b)
	b.WriteString("</table>\n</figure>\n")
}
