package workloads

import (
	"regexp"
	"strings"
	"sync"

	"github.com/breakeven/breakeven/internal/yamlspec"
	"github.com/breakeven/breakeven/model"
	"github.com/shopspring/decimal"
)

// The option parts of the purchase section's keys, as the catalog's rate keys spell them
// (docs/pricing-format.md, "Purchase options").
const (
	savingsPlanOption = `savings-plan-(1y|3y)(-partial-upfront|-all-upfront)?`
	ec2Commitment     = `(reserved|convertible|instance-savings-plan|savings-plan)-(1y|3y)(-partial-upfront|-all-upfront)?`
	// reservedUpfront is a Reserved Instance bought with an upfront payment: the only option
	// whose stated rate has an upfront part.
	reservedUpfrontKey = `^ec2\.[a-z][a-z0-9-]*\.[a-z0-9]+\.(reserved|convertible)-(1y|3y)-(partial|all)-upfront$`
)

var reservedUpfront = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(reservedUpfrontKey) })

// discountKeys are the purchase.discounts keys: PLATFORM.OPTION for every option beyond
// on-demand that AWS sells on the platform.
const discountKeys = `^(lambda\.` + savingsPlanOption + `|fargate\.(spot|` + savingsPlanOption + `)|ec2\.(spot|` + ec2Commitment + `))$`

// rateKeys are the purchase.rates keys: the catalog's rate keys of the purchase options.
const rateKeys = `^(fargate\.(vcpu|memory)\.(x86_64|arm64)\.(spot|` + savingsPlanOption + `)|lambda\.duration\.(x86_64|arm64)\.` +
	savingsPlanOption + `|ec2\.[a-z][a-z0-9-]*\.[a-z0-9]+\.(spot|` + ec2Commitment + `))$`

// purchaseNames lists the options of platform p as the spec's enum.
func purchaseNames(p model.Platform) []string {
	var out []string
	for _, o := range model.PurchasesOn(p) {
		out = append(out, string(o))
	}
	return out
}

// purchaseSpec is the purchase section: how the organisation buys each platform, and the
// buyer's own rates for the options the catalog has no published rate for.
var purchaseSpec = &yamlspec.Spec{Kind: yamlspec.Object,
	Doc: "How the organisation buys compute: the purchase option each platform is priced at in compare, and your own rates or discounts for options the catalog has no published rate for (the output marks them \"your rate\").",
	Fields: []yamlspec.Field{
		{Key: "lambda", Spec: &yamlspec.Spec{Kind: yamlspec.String, Enum: purchaseNames(model.PlatformLambda),
			Doc: "How Lambda is bought: on-demand or a Compute Savings Plan (it discounts duration only)."}},
		{Key: "fargate", Spec: &yamlspec.Spec{Kind: yamlspec.String, Enum: purchaseNames(model.PlatformFargate),
			Doc: "How Fargate is bought: on-demand, spot or a Compute Savings Plan."}},
		{Key: "ec2", Spec: &yamlspec.Spec{Kind: yamlspec.String, Enum: purchaseNames(model.PlatformEC2),
			Doc: "How EC2 is bought: on-demand, spot, a Compute or EC2 Instance Savings Plan, a Standard (reserved) or Convertible Reserved Instance, by term and payment."}},
		{Key: "discounts", Spec: &yamlspec.Spec{Kind: yamlspec.Map, KeyPattern: discountKeys,
			KeyDoc: "PLATFORM.OPTION, such as ec2.reserved-1y-all-upfront or fargate.savings-plan-3y",
			Doc:    "Your discount off on-demand in percent, by platform and purchase option.",
			Elem:   &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", Max: "100", MaxPlaces: 3, Doc: "A discount in percent."}}},
		{Key: "rates", Spec: &yamlspec.Spec{Kind: yamlspec.Map, KeyPattern: rateKeys,
			KeyDoc: "a purchase option's rate key from docs/pricing-format.md, such as ec2.m7g.large.reserved-1y-partial-upfront or fargate.memory.x86_64.savings-plan-1y-all-upfront",
			Doc:    "Your rates in USD, by rate key.",
			Elem: &yamlspec.Spec{Kind: yamlspec.Object, Doc: "A rate: price per unit (a Reserved Instance's hourly charge) and, for a Reserved Instance with an upfront payment, the upfront payment per instance.",
				Fields: []yamlspec.Field{
					{Key: "price", Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", Quotes: yamlspec.QuotesAllowed,
						Doc: "USD per unit of the key (an instance-hour, vCPU-hour, GB-hour or GB-second)."}},
					{Key: "upfront", Spec: &yamlspec.Spec{Kind: yamlspec.Decimal, Min: "0", Quotes: yamlspec.QuotesAllowed,
						Doc: "A Reserved Instance's upfront payment per instance for the term, in USD (partial and all upfront only)."}},
				}}}},
	}}

// buildPurchase reads the purchase section, if there is one.
func buildPurchase(v *yamlspec.Value) (model.PurchasePlan, yamlspec.ErrorList) {
	var plan model.PurchasePlan
	if v == nil {
		return plan, nil
	}
	var errs yamlspec.ErrorList
	for _, p := range []model.Platform{model.PlatformLambda, model.PlatformFargate, model.PlatformEC2} {
		if b := v.Get(string(p)); b != nil {
			if plan.Buy == nil {
				plan.Buy = map[model.Platform]model.Purchase{}
			}
			plan.Buy[p] = model.Purchase(b.Str())
		}
	}
	if d := v.Get("discounts"); d != nil {
		plan.Discounts = map[string]decimal.Decimal{}
		for _, k := range d.Keys() {
			plan.Discounts[k] = d.Get(k).Decimal()
		}
	}
	if r := v.Get("rates"); r != nil {
		plan.Rates = map[string]model.StatedRate{}
		for _, k := range r.Keys() {
			rate, problems := statedRate(k, r.Get(k))
			plan.Rates[k] = rate
			errs = append(errs, problems...)
		}
	}
	return plan, errs
}

// statedRate reads one of the buyer's rates: a price, and an upfront payment only where AWS
// sells the option with one (a Reserved Instance, partial or all upfront; an all-upfront
// reservation has no hourly charge, a partial-upfront one has both).
func statedRate(key string, v *yamlspec.Value) (model.StatedRate, yamlspec.ErrorList) {
	price, upfront := v.Get("price"), v.Get("upfront")
	rate := model.StatedRate{Price: price.Decimal(), Upfront: upfront.Decimal()}
	if !v.Valid() {
		return rate, nil
	}
	reserved := reservedUpfront().MatchString(key)
	_, _, pay := model.Purchase(key[strings.LastIndex(key, ".")+1:]).Commitment()
	var errs yamlspec.ErrorList
	switch {
	case upfront != nil && !reserved:
		errs = append(errs, upfront.Errorf("an upfront payment goes with a Reserved Instance bought partial or all upfront; %s is priced by price alone", key))
	case reserved && upfront == nil:
		errs = append(errs, v.Errorf("give upfront: the reservation's payment per instance for the term"))
	case reserved && pay == model.AllUpfront && price != nil:
		errs = append(errs, price.Errorf("an all-upfront reservation has no hourly charge: give upfront alone"))
	case reserved && pay == model.PartialUpfront && price == nil:
		errs = append(errs, v.Errorf("give price: the partial-upfront reservation's hourly charge"))
	case !reserved && price == nil:
		errs = append(errs, v.Errorf("give price: USD per unit of %s", key))
	}
	return rate, errs
}
