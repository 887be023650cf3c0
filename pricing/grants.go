package pricing

import "github.com/shopspring/decimal"

// grantPool gathers, across the uses of one account's bill, what each of a provider
// catalog's free allowances could cover, so that each allowance is granted once per account
// (Azure's subscription, Cloudflare's account) however many workloads draw on it: the usage of
// every eligible use is summed, and the credit is at most the allowance, at the price of the
// first rate that drew on it.
type grantPool struct {
	c     *ProviderCatalog
	order []string
	drawn map[string]decimal.Decimal
	rates map[string]Rate
}

func newGrantPool(c *ProviderCatalog) *grantPool {
	return &grantPool{c: c, drawn: map[string]decimal.Decimal{}, rates: map[string]Rate{}}
}

// draw records quantity, billed at rate, as usage allowance key may cover.
func (p *grantPool) draw(key string, quantity decimal.Decimal, rate Rate) {
	if _, seen := p.drawn[key]; !seen {
		p.order = append(p.order, key)
		p.rates[key] = rate
	}
	p.drawn[key] = p.drawn[key].Add(quantity)
}

// credits adds one credit line per allowance drawn on, in the order first drawn, named from
// names: the usage drawn, at most the catalog's allowance, taken off at its first rate's
// price. An allowance the catalog lacks gives no credit.
func (p *grantPool) credits(sink *lineSink, names map[string]string) {
	for _, key := range p.order {
		a, ok := p.c.Allowance(key)
		if !ok {
			continue
		}
		used := decimal.Min(a.Quantity, p.drawn[key])
		if used.IsPositive() {
			rate := p.rates[key]
			sink.credit(key, names[key], rate, used, rate.UnitPrice())
		}
	}
}
