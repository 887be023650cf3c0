package report

import (
	"fmt"
	"strings"

	"github.com/breakeven/breakeven/model"
)

// pricingJSON writes the document's "pricing": which catalog and month the figures use.
func pricingJSON(j *jsonWriter, res model.Result) {
	j.open('{')
	j.string("catalog", res.Catalog)
	j.string("as_of", res.AsOf)
	j.int("month_hours", res.MonthHours)
	j.string("month", res.Month.Name)
	j.int("months_ahead", res.MonthsAhead)
	j.string("currency", "USD")
	j.strings("overlays", res.Overlays)
	j.close('}')
}

// header says which prices and which month the figures use, and how many months ahead the
// traffic was projected (0: none).
func header(res model.Provenance, monthsAhead int64) string {
	s := fmt.Sprintf("Prices: catalog %s as of %s, USD. A month is %d hours.", res.Catalog, res.AsOf, res.MonthHours)
	if res.Month.Name != model.StandardMonthName {
		s = fmt.Sprintf("Prices: catalog %s as of %s, USD. The month is %s, %d hours.", res.Catalog, res.AsOf, res.Month.Name, res.MonthHours)
	}
	if len(res.Overlays) > 0 {
		s += " Overlaid: " + strings.Join(res.Overlays, ", ") + "."
	}
	if monthsAhead > 0 {
		s += fmt.Sprintf(" Traffic projected %d months ahead at each workload's growth.", monthsAhead)
	}
	return s
}
