package analysis

import (
	"fmt"
	"strings"

	"github.com/breakeven/breakeven/model"
	"github.com/breakeven/breakeven/pricing"
	"github.com/shopspring/decimal"
)

// PurchaseOption is one way to buy a platform's capacity, priced for the workload where a
// rate for it is published in the catalog or stated by the buyer.
type PurchaseOption struct {
	Platform model.Platform
	// InstanceType is the EC2 type bought ("" for Lambda and Fargate); Current and Best say
	// whether it is the type priced now, the cheapest type on demand, or both.
	InstanceType  string
	Current, Best bool
	Purchase      model.Purchase
	// TermMonths is the commitment: 12 or 36 months for reserved and savings plans, 0 for
	// on-demand and spot.
	TermMonths int64
	// Priced says the option was priced; Reason says why not, when it was not, and StateWith
	// names the workload key that would price it, when a rate is what it lacks.
	Priced    bool
	Reason    string
	StateWith string
	// Rates are the rates the option is priced at, one per unit it bills (Fargate's vCPU and
	// memory, Lambda's duration, EC2's instance-hour); Yours says any of them is the buyer's.
	Rates []OptionRate
	Yours bool
	// HourlyRate is the effective price of one instance-hour (EC2) or task-hour (Fargate)
	// bought this way; zero for Lambda, whose rate is per GB-second (Rates).
	HourlyRate decimal.Decimal
	// MonthlyCost is the workload's whole bill on the platform with the capacity bought this
	// way, any upfront payment amortised over the term's hours.
	MonthlyCost decimal.Decimal
	// Upfront is what is paid at purchase for the term, when the option has an upfront
	// payment and its amount is known: per instance for a Reserved Instance (UpfrontPerUnit),
	// else for Commitment. UpfrontUnstated says the option has an upfront payment whose
	// amount is not known (a partial-upfront split the buyer has not stated).
	Upfront         decimal.Decimal
	UpfrontPerUnit  bool
	UpfrontUnstated bool
	// Commitment is a Savings Plan's commitment in dollars an hour that covers the month's
	// usage at its rates, spent evenly over the month's hours (zero for other options).
	Commitment decimal.Decimal
	// Interruptible says AWS may stop the capacity with two minutes' warning (spot); SpotAsOf
	// is the date of the published Spot rate ("" for the buyer's own).
	Interruptible bool
	SpotAsOf      string
	// Compared says the platform's current configuration is priced; Saving is then its
	// monthly cost less MonthlyCost (negative: dearer), and TermSaving is Saving over
	// TermMonths (the month priced, repeated).
	Compared   bool
	Saving     decimal.Decimal
	TermSaving decimal.Decimal
}

// OptionRate is one rate a purchase option is priced at: its catalog key, unit and price
// per unit, the date of the published rate, and How it was had: "published", "your rate"
// (the file's purchase.rates or a --pricing overlay) or "your 40% discount".
// A Reserved Instance's stated upfront payment is Upfront, per instance for the term:
// Price is then the effective hourly rate, the hourly charge plus Upfront over the term's
// hours, and the bill spreads Upfront exactly (quantity x Upfront / the term's hours).
type OptionRate struct {
	Key     string
	Unit    string
	Price   decimal.Decimal
	Upfront decimal.Decimal
	AsOf    string
	Yours   bool
	How     string
	// charge is the stated hourly charge without the upfront payment (Price when none).
	charge decimal.Decimal
	hours  decimal.Decimal
}

// cost is what quantity units cost at the rate, an upfront payment spread exactly.
func (r OptionRate) cost(quantity decimal.Decimal) decimal.Decimal {
	if !r.Upfront.IsPositive() {
		return quantity.Mul(r.Price)
	}
	return quantity.Mul(r.charge).Add(quantity.Mul(r.Upfront).DivRound(r.hours, amortisedPlaces))
}

// Why a purchase option is not priced.
const (
	// NoPublishedRate is the reason an option lacks a rate: neither the catalog nor the
	// buyer gives one; StateWith says how to give it.
	NoPublishedRate = "not priced: no published rate"
	// noDurationTierRate is why Lambda's plan is not priced beyond the first duration tier.
	noDurationTierRate = "not priced: the published Savings Plans rate is the first duration tier's, and the month reaches a higher tier"
)

// hoursPerYear is the hours of a Reserved Instance's or Savings Plan's year: "A year is
// defined as 31536000 seconds (365 days)" (EC2 User Guide, Reserved Instances,
// https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-reserved-instances.html); an
// upfront payment is spread over the term's hours.
const hoursPerYear = 8760

// amortisedPlaces is the precision of an upfront payment spread over the term's hours.
const amortisedPlaces = 10

// termMonths is the commitment of a purchase option in months (0: none).
func termMonths(p model.Purchase) int64 {
	_, years, _ := p.Commitment()
	return 12 * years
}

// termHours is the hours of a purchase option's term.
func termHours(p model.Purchase) decimal.Decimal {
	_, years, _ := p.Commitment()
	return decimal.NewFromInt(hoursPerYear * years)
}

// purchaseOptions prices every way AWS sells each platform's capacity for the workload:
// Lambda's and Fargate's from their estimates in base, EC2's for the current type and the
// cheapest type on demand.
func purchaseOptions(w model.Workload, base model.WorkloadResult, ec2 PlatformSizing, cat *pricing.Catalog, month model.Month) []PurchaseOption {
	var out []PurchaseOption
	if w.PricedOn(model.PlatformLambda) {
		out = append(out, lambdaPurchases(w, base.Estimate(model.PlatformLambda), cat, month.Hours)...)
	}
	if w.PricedOn(model.PlatformFargate) {
		out = append(out, fargatePurchases(w, base.Estimate(model.PlatformFargate), cat, month.Hours)...)
	}
	if !w.PricedOn(model.PlatformEC2) {
		return out
	}
	current := ec2.Current
	best, hasBest := ec2.Best()
	if _, ok := cat.InstanceTypes[current.Name]; ok {
		for _, o := range ec2Purchases(w, current, current, cat, month) {
			o.Current, o.Best = true, hasBest && best.Name == current.Name
			out = append(out, o)
		}
	}
	if hasBest && best.Name != current.Name {
		for _, o := range ec2Purchases(w, best, current, cat, month) {
			o.Best = true
			out = append(out, o)
		}
	}
	return out
}

// statedRate is the rate of catalog key for option p on platform: the buyer's stated rate
// (purchase.rates.KEY, an upfront payment spread over the term's hours), else the buyer's
// discount off onDemand (purchase.discounts.PLATFORM.OPTION), else the catalog's (the
// buyer's when a --pricing overlay gave it). The buyer's word comes first, as an overlay's
// rate replaces the embedded one.
func statedRate(w model.Workload, cat *pricing.Catalog, platform model.Platform, p model.Purchase, key string, onDemand decimal.Decimal) (OptionRate, bool) {
	if r, ok := w.Purchase.Rates[key]; ok {
		hours := termHours(p)
		price := r.Price
		if r.Upfront.IsPositive() {
			price = price.Add(r.Upfront.DivRound(hours, amortisedPlaces))
		}
		return OptionRate{Key: key, Price: price, Upfront: r.Upfront, Yours: true, How: "your rate", charge: r.Price, hours: hours}, true
	}
	if d, ok := w.Purchase.Discounts[discountKey(platform, p)]; ok {
		return discounted(key, onDemand, d), true
	}
	if r, err := cat.Rate(w.Region, key); err == nil && !r.Tiered() {
		o := OptionRate{Key: key, Unit: r.Unit, Price: r.UnitPrice(), AsOf: r.AsOf, How: "published"}
		if r.Origin != "" {
			o.Yours, o.How, o.AsOf = true, "your rate", ""
		}
		return o, true
	}
	return OptionRate{}, false
}

// discounted is onDemand less the buyer's discount of percent.
func discounted(key string, onDemand, percent decimal.Decimal) OptionRate {
	price := onDemand.Mul(decimal.NewFromInt(100).Sub(percent)).Shift(-2) // percent: exact
	return OptionRate{Key: key, Price: price, Yours: true, How: fmt.Sprintf("your %s%% discount", percent)}
}

// discountKey is the purchase.discounts key of option p on platform.
func discountKey(platform model.Platform, p model.Purchase) string {
	return string(platform) + "." + string(p)
}

// notPriced marks o as lacking a rate for keys, and says how to state one.
func notPriced(o PurchaseOption, keys ...string) PurchaseOption {
	o.Reason = NoPublishedRate
	var with []string
	for _, k := range keys {
		with = append(with, "purchase.rates."+k)
	}
	o.StateWith = "purchase.discounts." + discountKey(o.Platform, o.Purchase) + " or " + strings.Join(with, " and ")
	return o
}

// compared sets the option's saving against the platform's current bill.
func compared(o PurchaseOption, current model.Estimate) PurchaseOption {
	if current.Feasible {
		o.Compared = true
		o.Saving = current.MonthlyCost.Sub(o.MonthlyCost)
		o.TermSaving = o.Saving.Mul(decimal.NewFromInt(o.TermMonths))
	}
	return o
}

// withRates records the rates an option is priced at.
func withRates(o PurchaseOption, rates ...OptionRate) PurchaseOption {
	o.Priced, o.Rates = true, rates
	for _, r := range rates {
		o.Yours = o.Yours || r.Yours
	}
	return o
}

// savingsPlan sets a Savings Plan's commitment, the month's spend at its rates spent evenly
// over the month's hours, and its upfront payment: all upfront, the commitment times the
// term's hours; partial upfront, a split that is the buyer's (not stated, not derived).
func savingsPlan(o PurchaseOption, spend decimal.Decimal, monthHours int64) PurchaseOption {
	o.Commitment = spend.DivRound(decimal.NewFromInt(monthHours), amortisedPlaces)
	switch _, _, pay := o.Purchase.Commitment(); pay {
	case model.AllUpfront:
		o.Upfront = o.Commitment.Mul(termHours(o.Purchase))
	case model.PartialUpfront:
		o.UpfrontUnstated = true
	}
	return o
}

// rebill is an estimate's bill with the items billed at on-demand rates that an option
// covers re-priced at the option's rates.
type rebill struct {
	// cost is the whole bill; spend what the covered items cost at the option's rates.
	cost, spend decimal.Decimal
	rates       []OptionRate
	// missing are the option's rate keys that neither the catalog nor the buyer gives.
	missing []string
}

// rebilled re-prices e's items as option p on platform: each item whose rate key covers
// maps to an option rate key is priced at that key's rate (statedRate, its on-demand price
// the item's own).
func rebilled(w model.Workload, cat *pricing.Catalog, platform model.Platform, p model.Purchase, e model.Estimate, covers func(rateKey string) (string, bool)) rebill {
	b := rebill{cost: e.MonthlyCost}
	seen := map[string]bool{}
	gone := map[string]bool{}
	for _, it := range e.LineItems {
		key, ok := covers(it.RateKey)
		if !ok {
			continue
		}
		r, ok := statedRate(w, cat, platform, p, key, it.UnitPrice)
		if !ok {
			if !gone[key] {
				gone[key] = true
				b.missing = append(b.missing, key)
			}
			continue
		}
		if r.Unit == "" {
			r.Unit = it.Unit
		}
		if id := r.Key + " " + r.Price.String(); !seen[id] {
			seen[id] = true
			b.rates = append(b.rates, r)
		}
		c := r.cost(it.Quantity)
		b.cost = b.cost.Sub(it.Cost).Add(c)
		b.spend = b.spend.Add(c)
	}
	return b
}

// onDemandOption is the platform bought on demand: its estimate as it is.
func onDemandOption(platform model.Platform, e model.Estimate) PurchaseOption {
	o := PurchaseOption{Platform: platform, Purchase: model.OnDemand, Priced: true, MonthlyCost: e.MonthlyCost}
	return compared(o, e)
}

// purchaseFrom prices option p from a re-billed estimate, or says what rate it lacks.
func purchaseFrom(o PurchaseOption, b rebill, current model.Estimate, monthHours int64) PurchaseOption {
	if len(b.missing) > 0 {
		return notPriced(o, b.missing...)
	}
	o = withRates(o, b.rates...)
	o.MonthlyCost = b.cost
	if o.Purchase.IsSavingsPlan() {
		o = savingsPlan(o, b.spend, monthHours)
	}
	return compared(o, current)
}

// CheapestPurchase is the cheapest priced way to buy EC2 capacity among the options, if
// any is priced.
func (rs RightSizing) CheapestPurchase() (PurchaseOption, bool) {
	var best PurchaseOption
	found := false
	for _, o := range rs.Purchases {
		if o.Platform == model.PlatformEC2 && o.Priced && (!found || o.MonthlyCost.LessThan(best.MonthlyCost)) {
			best, found = o, true
		}
	}
	return best, found
}

// AsYouBuy is each platform's option as the workload's purchase section buys it (EC2's for
// the current type), in the options' order: how every platform is priced at the price the
// organisation pays. Empty when the section names no platform's option.
func (rs RightSizing) AsYouBuy(plan model.PurchasePlan) []PurchaseOption {
	if len(plan.Buy) == 0 {
		return nil
	}
	var out []PurchaseOption
	for _, o := range rs.Purchases {
		if o.Purchase == plan.BuyOn(o.Platform) && (o.Platform != model.PlatformEC2 || o.Current) {
			out = append(out, o)
		}
	}
	return out
}

// CheapestAsYouBuy is the cheapest priced option among those AsYouBuy gives, if any is
// priced (ties: the platform listed first).
func CheapestAsYouBuy(list []PurchaseOption) (PurchaseOption, bool) {
	var best PurchaseOption
	found := false
	for _, o := range list {
		if o.Priced && (!found || o.MonthlyCost.LessThan(best.MonthlyCost)) {
			best, found = o, true
		}
	}
	return best, found
}
