package tui

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/report"
)

// abExport writes scenario A (the workload as opened, or as pinned: label) and B (as edited)
// side by side. Markdown: the header, a table of each platform's monthly cost on both sides
// and what B changes, then each side's bill as breakeven price writes it, under a heading
// naming its side. JSON: each side's price document with its label, and the changes as exact
// decimals. Each side is priced alone: A and B are two versions of one workload, not two
// workloads in one account, so no portfolio adds them up.
func abExport(out *strings.Builder, a, b model.Result, label string, f report.Format) error {
	labels := [2]string{"A: " + label, "B: as edited"}
	if f == report.JSON {
		return abJSON(out, a, b, labels)
	}
	name := a.Workloads[0].Workload.Name
	var docs [2]string
	for i, r := range []model.Result{a, b} {
		named := r.Workloads[0]
		named.Workload.Name = fmt.Sprintf("%s (%s)", name, labels[i])
		r.Workloads = []model.WorkloadResult{named}
		var doc strings.Builder
		if err := report.Write(&doc, r, f); err != nil {
			return err
		}
		docs[i] = doc.String()
	}
	// Each document is its title and header, then the workload from its "## " heading on.
	head, bodyA, _ := strings.Cut(docs[0], "\n## ")
	_, bodyB, _ := strings.Cut(docs[1], "\n## ")
	_, header, _ := strings.Cut(head, "\n")
	as := label
	if !strings.HasPrefix(as, "as ") {
		as = "as " + as
	}
	fmt.Fprintf(out, "# A/B comparison: %s\n\n%s\n\n", name, strings.TrimSpace(header))
	fmt.Fprintf(out, "A is %s %s, B is it as edited. Each is priced on its own: two versions of one workload, not two workloads in one account.\n\n", name, as)
	fmt.Fprintf(out, "| Platform | %s | %s | B - A |\n|---|---:|---:|---:|\n", labels[0], labels[1])
	for _, p := range model.ShownOnAny([]model.WorkloadResult{a.Workloads[0], b.Workloads[0]}) {
		ea, eb := a.Workloads[0].Estimate(p), b.Workloads[0].Estimate(p)
		fmt.Fprintf(out, "| %s | %s | %s | %s |\n", p.Name(), abCost(a.Workloads[0], ea), abCost(b.Workloads[0], eb), diffText(ea, eb))
	}
	fmt.Fprintf(out, "\n## %s\n## %s", bodyA, bodyB)
	return nil
}

// abCost is a platform's monthly cost in the A/B table, marked where it is the cheapest or
// lacks rates.
func abCost(r model.WorkloadResult, e model.Estimate) string {
	s := costOrNot(e)
	if e.Feasible && e.Platform == r.Cheapest {
		s += " (cheapest)"
	}
	if e.Feasible && !e.Complete() {
		s += " (incomplete)"
	}
	return s
}

// abDoc is the JSON of an A/B export. Amounts are exact decimal strings in USD, as in the
// price document.
type abDoc struct {
	A      abSide       `json:"a"`
	B      abSide       `json:"b"`
	Change []abPlatform `json:"b_minus_a"`
}

// abSide is one scenario: its label and its price document, as breakeven price --format
// json writes it.
type abSide struct {
	Label  string          `json:"label"`
	Result json.RawMessage `json:"result"`
}

// abPlatform is one platform's monthly cost on both sides and B's change; a side where the
// platform cannot run has no cost, and then there is no change.
type abPlatform struct {
	Platform string  `json:"platform"`
	A        *string `json:"a,omitempty"`
	B        *string `json:"b,omitempty"`
	Change   *string `json:"b_minus_a,omitempty"`
}

func abJSON(out *strings.Builder, a, b model.Result, labels [2]string) error {
	var doc abDoc
	for i, r := range []model.Result{a, b} {
		var raw strings.Builder
		if err := report.Write(&raw, r, report.JSON); err != nil {
			return err
		}
		side := abSide{Label: labels[i][3:], Result: json.RawMessage(raw.String())}
		if i == 0 {
			doc.A = side
		} else {
			doc.B = side
		}
	}
	for _, p := range model.ShownOnAny([]model.WorkloadResult{a.Workloads[0], b.Workloads[0]}) {
		ea, eb := a.Workloads[0].Estimate(p), b.Workloads[0].Estimate(p)
		row := abPlatform{Platform: string(p)}
		if ea.Feasible {
			row.A = ptr(ea.MonthlyCost.String())
		}
		if eb.Feasible {
			row.B = ptr(eb.MonthlyCost.String())
		}
		if ea.Feasible && eb.Feasible {
			row.Change = ptr(eb.MonthlyCost.Sub(ea.MonthlyCost).String())
		}
		doc.Change = append(doc.Change, row)
	}
	data, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return err
	}
	out.Write(data)
	out.WriteString("\n")
	return nil
}

func ptr(s string) *string { return &s }
