package report

import "github.com/breakeven/breakeven/model"

// purchasesJSON writes "purchase_options": each way to buy the capacity, its rate and cost
// where priced, its saving where compared.
func purchasesJSON(j *jsonWriter, list []model.PurchaseOption) {
	j.array("purchase_options")
	for _, o := range list {
		j.element()
		j.open('{')
		j.string("platform", string(o.Platform))
		if o.InstanceType != "" {
			j.string("instance_type", o.InstanceType)
		}
		j.bool("current_type", o.Current)
		j.bool("cheapest_type", o.Best)
		j.string("purchase", string(o.Purchase))
		j.int("term_months", o.TermMonths)
		j.bool("priced", o.Priced)
		if o.Reason != "" {
			j.string("reason", o.Reason)
		}
		if o.Priced {
			j.exact("hourly_rate", o.HourlyRate)
			j.exact("monthly_cost", o.MonthlyCost)
		}
		if o.Compared {
			j.exact("monthly_saving", o.Saving)
			if o.TermMonths > 0 {
				j.exact("saving_over_term", o.TermSaving)
			}
		}
		j.close('}')
	}
	j.close(']')
}
