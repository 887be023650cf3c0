package pricing

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/breakeven/breakeven/internal/humanize"
	"github.com/shopspring/decimal"
)

// nameFreePlaces is the precision a line's name gives the free quantity it includes: a name
// is read, and the exact figure is in the line's quantity and the free tier's credit.
const nameFreePlaces = 2

// Use is what one workload's services use in a month in one region, as quantities of a
// provider's meters.
type Use struct {
	Region string
	// Free says the quantities may draw on the account's free allowances: the workload asks
	// for the free tier.
	Free       bool
	Quantities []Quantity
}

// Quantity is an amount of one meter, in the meter's unit, already metered as the meter's
// service counts it (payloads in 64 KB chunks, partial hours as whole ones: metering.go).
type Quantity struct {
	Meter  string // the meter's ID
	Amount decimal.Decimal
	// Variant fills the %s of the meter's rate key and name (a REST API cache's size).
	Variant string
	// Always: the line is given even at a zero amount, the fixed hourly (or monthly) line of
	// a resource the caller asked to price (a load balancer's hours); otherwise a zero amount
	// gives no line.
	Always bool
	// Line and LineName, when Line is set, bill the amount on a line of its own purpose at
	// the meter's rate (the public IPv4 addresses of the NAT gateways, of a load balancer).
	// Lines of one purpose from several uses whose names differ are named for the purpose
	// alone, the name before its first ", ".
	Line, LineName string
}

// MeterBill prices uses on t's meters as one account is billed. Within a region the uses'
// quantities of a meter (and variant, and line) are summed, so a tiered meter tiers on the
// region's sum; each free allowance is granted once for the account across its regions (in
// name order) to the quantities of the uses that ask for the free tier. Lines come region by
// region, in the table's order of meters, a meter's variants and lines in the order the uses
// first give them, each meter's credit after its lines. A zero quantity gives no line unless
// it is Always. A rate the catalog lacks leaves its lines out and is listed in the
// bill's Unpriced. The error is for a quantity no bill can have: of a meter t does not have,
// or negative.
func (c *Catalog) MeterBill(t *MeterTable, uses []Use) (Bill, error) {
	// room for a line of each quantity (the uses' of one meter in a region share theirs: at
	// most a line a meter in one region) and a few more (a tiered meter bills a line a tier)
	lines := 0
	for _, u := range uses {
		lines += len(u.Quantities)
	}
	sink := lineSink{build: true, items: make([]LineItem, 0, min(lines, len(t.meters))+meterTierLines)}
	if err := c.meterLines(&sink, t, uses); err != nil {
		return Bill{}, err
	}
	return Bill{Items: sink.items, Unpriced: sink.unpriced}, nil
}

// meterTierLines is the room a meter bill keeps beyond a line a quantity, for the tiers a
// tiered meter bills on lines of their own.
const meterTierLines = 2

// metered is the sum of a region's quantities of one meter, variant and line.
type metered struct {
	meter                   int // the meter's place in its table
	variant, line, lineName string
	always                  bool
	amount, eligible        decimal.Decimal // eligible: what may draw on the free allowance
}

// meterLines adds the lines of uses on t's meters to sink.
func (c *Catalog) meterLines(sink *lineSink, t *MeterTable, uses []Use) error {
	byRegion := map[string][]metered{}
	var regions []string
	for _, u := range uses {
		list, seen := byRegion[u.Region]
		if !seen {
			regions = append(regions, u.Region)
		}
		for _, q := range u.Quantities {
			i, ok := t.index[q.Meter]
			if !ok {
				return fmt.Errorf("%s has no meter %s", t.Provider, q.Meter)
			}
			if q.Amount.IsNegative() {
				return fmt.Errorf("%s: quantity %s is negative", q.Meter, q.Amount)
			}
			list = addQuantity(list, i, q, u.Free)
		}
		byRegion[u.Region] = list
	}
	sort.Strings(regions)
	pool := c.newAllowancePool()
	for _, region := range regions {
		list := byRegion[region]
		slices.SortStableFunc(list, func(a, b metered) int { return cmp.Compare(a.meter, b.meter) })
		for _, e := range list {
			c.meteredLines(sink, t.meters[e.meter], region, e, pool)
		}
	}
	return nil
}

// addQuantity adds q, a quantity of the meter at index meter, to a region's list. A zero
// amount of a variant or a line still sets where that variant's or line's lines come and how
// they are named; any other zero amount that gives no line is left out.
func addQuantity(list []metered, meter int, q Quantity, free bool) []metered {
	if q.Amount.IsZero() && !q.Always && q.Line == "" && q.Variant == "" {
		return list
	}
	eligible := decimal.Zero
	if free {
		eligible = q.Amount
	}
	for i := range list {
		e := &list[i]
		if e.meter == meter && e.variant == q.Variant && e.line == q.Line {
			e.amount, e.eligible, e.always = e.amount.Add(q.Amount), e.eligible.Add(eligible), e.always || q.Always
			if e.lineName != q.LineName {
				e.lineName, _, _ = strings.Cut(e.lineName, ", ")
			}
			return list
		}
	}
	return append(list, metered{meter: meter, variant: q.Variant, line: q.Line, lineName: q.LineName, amount: q.Amount, eligible: eligible, always: q.Always})
}

// meteredLines adds the lines of e, a region's sum on meter m, and the credit of the free
// allowance it draws.
func (c *Catalog) meteredLines(sink *lineSink, m Meter, region string, e metered, pool *allowancePool) {
	if !e.amount.IsPositive() && !e.always {
		return
	}
	rate, ok := c.rate(sink, region, m.rateKey(e.variant), m.What)
	if !ok {
		return
	}
	id, name := m.ID, m.lineName(e.variant)
	if e.line != "" {
		id, name = e.line, e.lineName
	}
	if m.Free != nil && m.Free.BeforeTiers {
		freeFirstLines(sink, m, rate, region, e, pool)
		return
	}
	if m.Tiered {
		sink.ladder(id, name, rate, e.amount)
	} else {
		sink.charge(id, name, rate, e.amount)
	}
	if m.Free == nil {
		return
	}
	if used := pool.take(region, m.Free.Key, e.eligible); used.IsPositive() {
		sink.credit(m.Free.CreditID, m.Free.CreditName, rate, used, firstPrice(rate))
	}
}

// freeFirstLines adds the lines of a tiered meter whose free allowance is taken off before
// the tiers start, so that the first tier begins after the free quantity. To keep the free
// quantity visible, tier 1's line includes it and the credit takes it off at tier 1's price;
// the net is the tiers applied to the amount less the allowance.
func freeFirstLines(sink *lineSink, m Meter, rate Rate, region string, e metered, pool *allowancePool) {
	free := pool.take(region, m.Free.Key, e.eligible)
	part := lineSink{build: true}
	part.ladder(m.ID, m.Name, rate, e.amount.Sub(free))
	items := part.items
	if free.IsPositive() {
		if len(items) > 0 && items[0].ID == m.ID+".tier1" {
			items[0].Quantity = items[0].Quantity.Add(free)
			items[0].Cost = items[0].Quantity.Mul(items[0].UnitPrice)
		} else {
			// everything was free, or the free quantity starts a ladder whose rest is above
			// tier 1: tier 1 holds the free quantity
			first := lineSink{build: true}
			first.ladder(m.ID, m.Name, rate, free)
			items = append(first.items[:1], items...)
		}
		items[0].Name += ", after " + humanize.Approximate(free, nameFreePlaces) + " " + m.Unit + " free"
	}
	for _, it := range items {
		sink.add(it.ID, it.Name, rate, it.Quantity, it.UnitPrice, "")
	}
	if free.IsPositive() {
		sink.credit(m.Free.CreditID, m.Free.CreditName, rate, free, firstPrice(rate))
	}
}
