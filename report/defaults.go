package report

import (
	"fmt"
	"strings"

	"github.com/breakeven/breakeven/model"
)

// tableDefaults lists the values the file left out: plain defaults on wrapped lines, choices
// the engine made with their reasons one per line.
func tableDefaults(b *strings.Builder, defaults []model.Default) {
	var plain []string
	var chosen []model.Default
	for _, d := range defaults {
		if d.Why == "default" {
			plain = append(plain, d.Key+"="+d.Value)
		} else {
			chosen = append(chosen, d)
		}
	}
	if len(plain) > 0 {
		writeWrap(b, "  Defaults: "+strings.Join(plain, ", "), "    ", itemsWidth)
	}
	for _, d := range chosen {
		writeWrap(b, fmt.Sprintf("  Assumed %s = %s: %s", d.Key, d.Value, d.Why), "    ", itemsWidth)
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
