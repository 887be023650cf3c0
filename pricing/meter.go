package pricing

import (
	"regexp"
	"strings"
)

// A service line is data: a Meter says how one billed quantity becomes line items, and one
// function (MeterBill) bills every meter. A provider's meters are one table in a file of their
// own (aws_meters.go), registered in an init function; the catalog's rate and allowance keys,
// and the units they are quoted in, come from the registered tables, so a new meter needs no
// code elsewhere in pricing.

// Meter is one billed quantity of a provider's service.
type Meter struct {
	// ID is the line's id (a tiered meter's lines are ID.tier1, ID.tier2, ...) and the name a
	// Quantity gives to bill on the meter.
	ID string
	// Name is the line's name for people; What names the quantity in an Unpriced entry when
	// the catalog lacks the rate.
	Name, What string
	// Rate is the catalog's rate key. In Rate and Name, %s stands for the Quantity's Variant
	// (a REST API cache's size); Variant is the pattern a variant of the rate key matches,
	// for the catalog's key check.
	Rate, Variant string
	// Unit is what the quantity counts, the unit the catalog's rate must be quoted in.
	Unit string
	// Tiered: the rate is a ladder of tiers, counted from zero on the sum of the region's
	// uses (AWS tiers aggregate per account per region), one line per tier used.
	Tiered bool
	// Free, when set, is the free allowance the quantity draws on.
	Free *FreeAllowance
}

// FreeAllowance is a monthly free quantity a meter draws on. Each allowance is granted once
// per account, across its regions (in name order) and the meters that share it (in table
// order), to the quantities of uses that ask for the free tier (Use.Free); what is drawn is a
// credit line after the meter's lines, at the first tier's price. The 12-month free tiers of
// new accounts (API Gateway's, ALB's) are not in the catalog: they would need a condition here
// and a flag on Use.
type FreeAllowance struct {
	// Key is the catalog's allowance key, the pool the meter draws from; Unit what it
	// counts.
	Key, Unit string
	// CreditID and CreditName are the credit line's id and name.
	CreditID, CreditName string
	// BeforeTiers: the free quantity is the bottom of the ladder, taken off before the tiers
	// start (data transfer out's "first 10 TB beyond the global free tier"). Tier 1's line
	// then holds the free quantity too, named "after N UNIT free", and the credit takes it off.
	BeforeTiers bool
}

// MeterTable is one provider's meters, in the order their lines are billed.
type MeterTable struct {
	Provider string
	meters   []Meter
	index    map[string]int
}

// NewMeterTable makes provider's table of meters, billed in the order given.
func NewMeterTable(provider string, meters ...Meter) *MeterTable {
	t := &MeterTable{Provider: provider, meters: meters, index: make(map[string]int, len(meters))}
	for i, m := range meters {
		t.index[m.ID] = i
	}
	return t
}

// meterTables are the registered providers' tables, whose keys the catalog accepts.
var meterTables []*MeterTable

// registerMeters makes t's rate and allowance keys keys the catalog accepts. Call it from a
// provider's init function.
func registerMeters(t *MeterTable) { meterTables = append(meterTables, t) }

// rateKey is m's rate key for variant.
func (m Meter) rateKey(variant string) string { return strings.Replace(m.Rate, "%s", variant, 1) }

// lineName is m's line name for variant.
func (m Meter) lineName(variant string) string { return strings.Replace(m.Name, "%s", variant, 1) }

// ratePattern is the regexp m's rate keys match.
func (m Meter) ratePattern() string {
	before, after, found := strings.Cut(m.Rate, "%s")
	if !found {
		return regexp.QuoteMeta(m.Rate)
	}
	return regexp.QuoteMeta(before) + m.Variant + regexp.QuoteMeta(after)
}
