package pricing

import "github.com/shopspring/decimal"

// Bucket is the part of a usage that falls in one tier.
type Bucket struct {
	Tier     int // 1-based
	Quantity decimal.Decimal
	Price    decimal.Decimal
}

// SplitTiers divides quantity among tiers, given that `before` units were already used this
// month by other usage billed on the same ladder (tiers aggregate per account). Buckets with
// nothing in them are left out; the quantities always sum to quantity.
//
// Lambda x86_64 duration, for example, is $0.0000166667 per GB-second for the first 6 billion,
// $0.0000150000 for the next 9 billion and $0.0000133334 above 15 billion. 7 billion GB-seconds
// with nothing before split into 6 billion in tier 1 and 1 billion in tier 2; the same 7 billion
// after 5.5 billion used elsewhere split into 0.5 billion in tier 1 and 6.5 billion in tier 2.
func SplitTiers(tiers []Tier, before, quantity decimal.Decimal) []Bucket {
	var out []Bucket
	lower := decimal.Zero
	start := before
	end := before.Add(quantity)
	for i, t := range tiers {
		last := i == len(tiers)-1
		upper := t.UpTo
		// the part of [start, end) inside [lower, upper)
		from := decimal.Max(start, lower)
		to := end
		if !last {
			to = decimal.Min(end, upper)
		}
		if to.GreaterThan(from) {
			out = append(out, Bucket{Tier: i + 1, Quantity: to.Sub(from), Price: t.Price})
		}
		if last || !end.GreaterThan(upper) {
			break
		}
		lower = upper
	}
	return out
}
