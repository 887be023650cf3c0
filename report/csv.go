package report

import (
	"strings"

	"github.com/breakeven/breakeven/model"
)

var csvHeader = []string{"workload", "file", "region", "platform", "feasible", "id", "name",
	"quantity", "unit", "unit_price", "cost", "source", "as_of", "estimate"}

// csvRows are r's rows: one per line item, then a "total" row per estimate, with exact values
// for spreadsheets. An infeasible estimate is one row whose name gives the reasons. The
// document is csvHeader, then each workload's rows.
func csvRows(r model.WorkloadResult) [][]string {
	var rows [][]string
	wl := r.Workload
	for _, e := range r.Estimates {
		lead := []string{wl.Name, wl.File, wl.Region, string(e.Platform)}
		if !e.Feasible {
			rows = append(rows, append(append([]string{}, lead...), "false", "infeasible", strings.Join(e.Reasons, "; "), "", "", "", "", "", "", ""))
			continue
		}
		for _, it := range e.LineItems {
			rows = append(rows, append(append([]string{}, lead...), "true", it.ID, it.Name, it.Quantity.String(), it.Unit,
				it.UnitPrice.String(), it.Cost.String(), it.Source, it.AsOf, it.Estimate))
		}
		for _, u := range e.Unpriced {
			rows = append(rows, append(append([]string{}, lead...), "true", "unpriced", u.String(), "", "", "", "", "", "", ""))
		}
		total := "Monthly total"
		if !e.Complete() {
			total = "Monthly total, incomplete"
		}
		rows = append(rows, append(append([]string{}, lead...), "true", "total", total, "", "", "", e.MonthlyCost.String(), "", "", ""))
	}
	return rows
}
