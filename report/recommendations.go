package report

import (
	"fmt"
	"strings"

	"github.com/breakeven/breakeven/model/analysis"
)

// conditionText says a recommendation saves money only if the workload stays on a platform
// other than the cheapest.
func conditionText(r analysis.Recommendation) string {
	if !r.Conditional {
		return ""
	}
	return " if it stays on " + platformName(r.Platform)
}

func tableRecommendations(b *strings.Builder, c analysis.Comparison) {
	if len(c.Recommendations) == 0 {
		b.WriteString("  Recommendations: none saves money at this traffic.\n")
		return
	}
	b.WriteString("  Recommendations, largest monthly saving first\n")
	for i, r := range c.Recommendations {
		writeWrap(b, fmt.Sprintf("    %d. %s: saves %s a month%s.", i+1, r.Action, money(r.MonthlySaving), conditionText(r)), "       ", itemsWidth)
		for _, e := range r.Evidence {
			writeWrap(b, "       - "+e, "         ", itemsWidth)
		}
	}
}

func markdownRecommendations(b *strings.Builder, c analysis.Comparison) {
	b.WriteString("\n### Recommendations\n\n")
	if len(c.Recommendations) == 0 {
		b.WriteString("None saves money at this traffic.\n")
	}
	for i, r := range c.Recommendations {
		fmt.Fprintf(b, "%d. **%s**: saves %s a month%s.\n", i+1, r.Action, money(r.MonthlySaving), conditionText(r))
		for _, e := range r.Evidence {
			fmt.Fprintf(b, "   - %s\n", e)
		}
	}
}

func csvRecommendations(c analysis.Comparison) [][]string {
	var rows [][]string
	for i, r := range c.Recommendations {
		item := fmt.Sprint(i + 1)
		rows = append(rows, []string{"recommendation", item, string(r.Platform), string(r.Finding), r.MonthlySaving.String()})
		if changesDuration(r) {
			rows = append(rows, []string{"recommendation", item, string(r.Platform), "duration_now_ms", r.DurationNowMs.String()},
				[]string{"recommendation", item, string(r.Platform), "duration_after_ms", r.DurationAfterMs.String()})
		}
	}
	return rows
}

// changesDuration says a recommendation states the duration before and after (durations
// are never zero).
func changesDuration(r analysis.Recommendation) bool {
	return !r.DurationNowMs.IsZero() || !r.DurationAfterMs.IsZero()
}

// recommendationsJSON writes "recommendations", largest saving first.
func recommendationsJSON(j *jsonWriter, list []analysis.Recommendation) {
	j.array("recommendations")
	for _, r := range list {
		j.element()
		j.open('{')
		j.string("finding", string(r.Finding))
		j.string("action", r.Action)
		j.string("platform", string(r.Platform))
		j.bool("conditional", r.Conditional)
		j.exact("monthly_saving", r.MonthlySaving)
		if changesDuration(r) { // the average duration before and after (memory, arm64)
			j.exact("duration_now_ms", r.DurationNowMs)
			j.exact("duration_after_ms", r.DurationAfterMs)
		}
		j.strings("evidence", r.Evidence)
		j.close('}')
	}
	j.close(']')
}
