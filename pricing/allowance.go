package pricing

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// allowancePool is what is left of an account's monthly free allowances as bills draw on
// them. AWS grants each free allowance (Lambda's free tier, SQS's and SNS's million requests,
// Step Functions' 4,000 transitions, X-Ray's traces, 100 GB of data transfer out) once per
// account, across its regions: a bill of several regions or workloads draws every allowance
// from one pool. Each allowance's quantity is read from the first region that asks for it
// (every region of the catalog states the same). Only the usage of uses that
// ask for the free tier draws on it (MeterBill).
type allowancePool struct {
	c    *Catalog
	left map[string]decimal.Decimal
}

// newAllowancePool is a pool with every allowance of c whole.
func (c *Catalog) newAllowancePool() *allowancePool {
	return &allowancePool{c: c, left: map[string]decimal.Decimal{}}
}

// take draws up to eligible of allowance key, as region's catalog states it, and returns what
// it got.
func (p *allowancePool) take(region, key string, eligible decimal.Decimal) decimal.Decimal {
	if !eligible.IsPositive() {
		return decimal.Zero
	}
	left, ok := p.left[key]
	if !ok {
		a, found := p.c.Allowance(region, key)
		if !found {
			return decimal.Zero
		}
		left = a.Quantity
	}
	got := decimal.Min(left, eligible)
	p.left[key] = left.Sub(got)
	return got
}

// rate looks up key in region for sink, recording it as unpriced (what it would have billed)
// when the catalog has none.
func (c *Catalog) rate(sink *lineSink, region, key, what string) (Rate, bool) {
	r, err := c.Rate(region, key)
	if err != nil {
		sink.missing(region, key, what)
		return Rate{}, false
	}
	return r, true
}

// result is what a single-service bill returns: its lines, or an error naming the first rate
// the catalog lacks.
func (s *lineSink) result(c *Catalog) ([]LineItem, error) {
	if len(s.unpriced) > 0 {
		u := s.unpriced[0]
		return nil, fmt.Errorf("catalog %s has no %s rate in %s; add it with --pricing", c.Name, u.Key, u.Region)
	}
	return s.items, nil
}

// credit adds a free-tier line: quantity units taken off at price, citing rate.
func (s *lineSink) credit(id, name string, rate Rate, quantity, price decimal.Decimal) {
	s.add(id, name, rate, quantity.Neg(), price, "")
}

// charge adds quantity at rate's single price.
func (s *lineSink) charge(id, name string, rate Rate, quantity decimal.Decimal) {
	s.add(id, name, rate, quantity, rate.UnitPrice(), "")
}

// ladder adds a positive quantity on rate's tiers from zero, one line per tier (ID.tierN).
func (s *lineSink) ladder(id, name string, rate Rate, quantity decimal.Decimal) {
	if quantity.IsPositive() {
		s.tiers(id, name, rate, decimal.Zero, quantity, "")
	}
}
