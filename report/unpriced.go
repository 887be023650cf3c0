package report

import (
	"fmt"
	"strings"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
)

// A quantity the catalog has no rate for is usually missing on every platform (a NAT
// gateway's hours in a region without the rate), so the table and markdown say each once per
// workload, with the platforms whose totals leave it out, rather than under every platform.
// JSON and CSV keep each estimate's own list.

// missingRate is one quantity without a rate and the platforms whose bills lack it.
type missingRate struct {
	pricing.Unpriced
	Platforms []string
}

// missingRates lists what the feasible estimates of r could not price, each quantity once,
// in the order the estimates first name it.
func missingRates(r model.WorkloadResult) []missingRate {
	var out []missingRate
	for _, e := range r.ShownEstimates() {
		if !e.Feasible {
			continue
		}
		for _, u := range e.Unpriced {
			i := indexOfRate(out, u)
			if i < 0 {
				out = append(out, missingRate{Unpriced: u})
				i = len(out) - 1
			}
			name := platformName(e.Platform)
			if p := out[i].Platforms; len(p) == 0 || p[len(p)-1] != name {
				out[i].Platforms = append(out[i].Platforms, name)
			}
		}
	}
	return out
}

func indexOfRate(list []missingRate, u pricing.Unpriced) int {
	for i, m := range list {
		if m.Unpriced == u {
			return i
		}
	}
	return -1
}

// platformsText names the platforms a missing rate leaves incomplete: "Fargate and EC2", or
// "every platform" when it is all of the feasible ones of r and they are more than one.
func platformsText(r model.WorkloadResult, names []string) string {
	feasible := 0
	for _, e := range r.ShownEstimates() {
		if e.Feasible {
			feasible++
		}
	}
	switch {
	case len(names) > 1 && len(names) == feasible:
		return "every platform"
	case len(names) < 2:
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// tableMissingRates writes what the workload's estimates could not price, each once.
func tableMissingRates(b *strings.Builder, r model.WorkloadResult) {
	list := missingRates(r)
	if len(list) == 0 {
		return
	}
	b.WriteString("  Not priced, no rate in the catalog (left out of the incomplete totals):\n")
	for _, m := range list {
		b.WriteString(wrap(fmt.Sprintf("    %s (%s in %s): %s", m.What, m.Key, m.Region, platformsText(r, m.Platforms)), "      ", itemsWidth))
	}
}

// markdownMissingRates writes what the workload's estimates could not price, each once.
func markdownMissingRates(b *strings.Builder, r model.WorkloadResult) {
	list := missingRates(r)
	if len(list) == 0 {
		return
	}
	b.WriteString("\n**Not priced, no rate in the catalog** (left out of the incomplete totals):\n\n")
	for _, m := range list {
		fmt.Fprintf(b, "- %s (`%s` in %s): %s\n", cell(m.What), m.Key, m.Region, platformsText(r, m.Platforms))
	}
}

// unpricedJSON writes the member k: the quantities left unpriced for want of a rate.
func unpricedJSON(j *jsonWriter, k string, list []pricing.Unpriced) {
	j.array(k)
	for _, u := range list {
		j.element()
		j.open('{')
		j.string("rate", u.Key)
		j.string("region", u.Region)
		j.string("what", u.What)
		j.close('}')
	}
	j.close(']')
}
