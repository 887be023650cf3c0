package report

import (
	"fmt"
	"strings"

	"github.com/breakeven/breakeven/model"
)

// tableDefaults lists the values the file left out: plain defaults on wrapped lines, choices
// the engine made with their reasons one per line. The plain defaults' line is built once, to
// its length.
func tableDefaults(b *strings.Builder, defaults []model.Default) {
	const lead = "  Defaults: "
	size := 0
	for _, d := range defaults {
		if d.Why == "default" {
			size += len(d.Key) + len(d.Value) + len("=, ")
		}
	}
	if size > 0 {
		var plain strings.Builder
		plain.Grow(len(lead) + size)
		plain.WriteString(lead)
		sep := ""
		for _, d := range defaults {
			if d.Why != "default" {
				continue
			}
			plain.WriteString(sep)
			sep = ", "
			plain.WriteString(d.Key)
			plain.WriteByte('=')
			plain.WriteString(d.Value)
		}
		writeWrap(b, plain.String(), "    ", itemsWidth)
	}
	for _, d := range defaults {
		if d.Why != "default" {
			writeWrapped(b, "    ", itemsWidth, "  Assumed ", d.Key, " = ", d.Value, ": ", d.Why)
		}
	}
}

// markdownDefaults lists the values the file left out, each with how it was chosen.
func markdownDefaults(b *strings.Builder, defaults []model.Default) {
	if len(defaults) == 0 {
		return
	}
	b.WriteString("\nAssumed (not in the file):\n\n")
	for _, d := range defaults {
		fmt.Fprintf(b, "- `%s` = %s: %s\n", d.Key, d.Value, d.Why)
	}
}

// defaultsJSON writes "defaults": the values the file left out, each with how it was chosen.
func defaultsJSON(j *jsonWriter, defaults []model.Default) {
	j.array("defaults")
	for _, d := range defaults {
		j.element()
		j.open('{')
		j.string("key", d.Key)
		j.string("value", d.Value)
		j.string("why", d.Why)
		j.close('}')
	}
	j.close(']')
}
