package report

import (
	"fmt"
	"slices"
	"strings"

	"github.com/breakeven/breakeven/pricing"
)

// A quantity the catalog has no rate for is usually missing on every platform (a NAT
// gateway's hours in a region without the rate), so the table and markdown say each once per
// workload, with the platforms whose totals leave it out, rather than under every platform.
// A platform of another provider than AWS leaves out a second kind: the AWS services the file
// describes around the function (its queues, logs, X-Ray), which model.SurroundElsewhere
// lists in the estimate's Unpriced named "WHAT (AWS; no PROVIDER equivalent priced)". Those
// are said apart, under a heading per provider: the catalog is not missing a rate for them.
// JSON and CSV keep each estimate's own list.

// missingRate is one quantity without a rate and the platforms whose bills lack it. Provider
// is empty for a rate the catalog lacks; for an AWS service another provider's platform does
// not price it is that provider ("Google Cloud") and Service the service's own name.
type missingRate struct {
	pricing.Unpriced
	Platforms         []string
	Provider, Service string
}

// The two ends model.SurroundElsewhere puts around the provider in an AWS service's What.
const (
	elsewhereOpen  = " (AWS; no "
	elsewhereClose = " equivalent priced)"
)

// elsewhere splits what into the AWS service and the provider that has no equivalent priced
// for it; ok is false when what is not such a quantity.
func elsewhere(what string) (service, provider string, ok bool) {
	rest, found := strings.CutSuffix(what, elsewhereClose)
	if !found {
		return "", "", false
	}
	i := strings.LastIndex(rest, elsewhereOpen)
	if i < 0 {
		return "", "", false
	}
	return rest[:i], rest[i+len(elsewhereOpen):], true
}

// eitherOr is the reason of the kinds an incomplete total leaves out: noRate's, aws's, or
// both joined by "or"; empty for neither.
func eitherOr(noRate, aws bool, noRateText, awsText string) string {
	switch {
	case noRate && aws:
		return noRateText + ", or " + awsText
	case noRate:
		return noRateText
	case aws:
		return awsText
	}
	return ""
}

// SplitUnpriced splits list into the rates the catalog lacks and the AWS services the file
// describes that a platform of another provider has no equivalent priced for
// (model.SurroundElsewhere), each in list's order.
func SplitUnpriced(list []pricing.Unpriced) (noRate, elsewhereAWS []pricing.Unpriced) {
	for _, u := range list {
		if _, _, ok := elsewhere(u.What); ok {
			elsewhereAWS = append(elsewhereAWS, u)
		} else {
			noRate = append(noRate, u)
		}
	}
	return noRate, elsewhereAWS
}

// unpricedKinds says which kinds list holds: rates the catalog lacks, AWS services another
// provider has no equivalent priced for.
func unpricedKinds(list []pricing.Unpriced) (noRate, elsewhereAWS bool) {
	n, a := SplitUnpriced(list)
	return len(n) > 0, len(a) > 0
}

// missingRates lists what the feasible estimates of r could not price, each quantity once,
// in the order the estimates first name it.
func missingRates(r *shownResult) []missingRate {
	var out []missingRate
	for _, e := range r.ShownEstimates() {
		if !e.Feasible {
			continue
		}
		for _, u := range e.Unpriced {
			i := indexOfRate(out, u)
			if i < 0 {
				m := missingRate{Unpriced: u}
				m.Service, m.Provider, _ = elsewhere(u.What)
				out = append(out, m)
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
func platformsText(r *shownResult, names []string) string {
	feasible := 0
	for _, e := range r.ShownEstimates() {
		if e.Feasible {
			feasible++
		}
	}
	if len(names) > 1 && len(names) == feasible {
		return "every platform"
	}
	return joinAnd(names)
}

// missingGroup is the missing rates said under one heading: those the catalog lacks
// (Provider empty), or the AWS services one other provider's platforms leave out.
type missingGroup struct {
	Provider  string
	Platforms []string // the platforms of the group's rates, in the order they are named
	Rates     []missingRate
}

// missingGroups splits r's missing rates into the catalog's, first, then one group a
// provider, in the order the estimates first name them.
func missingGroups(r *shownResult) []missingGroup {
	var out []missingGroup
	add := func(m missingRate) {
		i := slices.IndexFunc(out, func(g missingGroup) bool { return g.Provider == m.Provider })
		if i < 0 {
			out = append(out, missingGroup{Provider: m.Provider})
			i = len(out) - 1
		}
		g := &out[i]
		g.Rates = append(g.Rates, m)
		for _, p := range m.Platforms {
			if !slices.Contains(g.Platforms, p) {
				g.Platforms = append(g.Platforms, p)
			}
		}
	}
	rates := missingRates(r)
	for _, m := range rates {
		if m.Provider == "" {
			add(m)
		}
	}
	for _, m := range rates {
		if m.Provider != "" {
			add(m)
		}
	}
	return out
}

// elsewhereHeading is the heading of another provider's group, without markup: "Not priced
// on Cloud Run (Google Cloud): AWS services the file describes, no equivalent priced".
func (g missingGroup) elsewhereHeading() string {
	on := joinAnd(g.Platforms)
	if on != g.Provider {
		on += " (" + g.Provider + ")"
	}
	return "Not priced on " + on + ": AWS services the file describes, no equivalent priced"
}

// leftOutOf is where a group's rates are left out: "its incomplete total" for one platform.
func (g missingGroup) leftOutOf() string {
	if len(g.Platforms) == 1 {
		return "left out of its incomplete total"
	}
	return "left out of their incomplete totals"
}

// platformsOf names the platforms that leave m out, after a colon: always in the catalog's
// group ("every platform" when all do), in another provider's only when they are not all
// the group's.
func (g missingGroup) platformsOf(r *shownResult, m missingRate) string {
	switch {
	case g.Provider == "":
		return ": " + platformsText(r, m.Platforms)
	case !slices.Equal(m.Platforms, g.Platforms):
		return ": " + joinAnd(m.Platforms)
	}
	return ""
}

// name is m as its group lists it: the catalog's What, or the AWS service's own name.
func (g missingGroup) name(m missingRate) string {
	if g.Provider == "" {
		return m.What
	}
	return m.Service
}

// joinAnd joins names as a sentence does: "A", "A and B", "A, B and C".
func joinAnd(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// tableMissingRates writes what the workload's estimates could not price, each once: the
// rates the catalog lacks, then each other provider's AWS services.
func tableMissingRates(b *strings.Builder, r *shownResult) {
	for _, g := range missingGroups(r) {
		if g.Provider == "" {
			b.WriteString("  Not priced, no rate in the catalog (left out of the incomplete totals):\n")
		} else {
			writeWrapped(b, "    ", itemsWidth, "  ", g.elsewhereHeading(), " (", g.leftOutOf(), "):")
		}
		for _, m := range g.Rates {
			writeWrapped(b, "      ", itemsWidth, "    ", g.name(m), " (", m.Key, " in ", m.Region, ")", g.platformsOf(r, m))
		}
	}
}

// markdownMissingRates writes what the workload's estimates could not price, each once: the
// rates the catalog lacks, then each other provider's AWS services.
func markdownMissingRates(b *strings.Builder, r *shownResult) {
	for _, g := range missingGroups(r) {
		if g.Provider == "" {
			b.WriteString("\n**Not priced, no rate in the catalog** (left out of the incomplete totals):\n\n")
		} else {
			fmt.Fprintf(b, "\n**%s** (%s):\n\n", cell(g.elsewhereHeading()), g.leftOutOf())
		}
		for _, m := range g.Rates {
			fmt.Fprintf(b, "- %s (`%s` in %s)%s\n", cell(g.name(m)), m.Key, m.Region, g.platformsOf(r, m))
		}
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
