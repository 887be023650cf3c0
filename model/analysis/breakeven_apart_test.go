package analysis

import (
	"testing"

	"github.com/breakeven/breakeven/model"
)

// TestApartTakesOffOnlyWhatBothBillsHave: Lambda's bill has $6 of the flow's AWS services in
// it, another provider's none. At 10 Lambda costs $10 ($4 its own) and the other $15; at 20
// Lambda $20 ($14 its own), the other $25: Lambda is cheaper at both ends, yet the other's
// $15 at 10 is below Lambda's $20 at 20, so in between they may cross, and the stretch must
// be searched. Taking the $6 off Lambda's side alone ($15 > $14) would wrongly prove it free
// of a crossing. With the $6 on both bills, their own parts decide: $15 - $6 = $9 < $14.
func TestApartTakesOffOnlyWhatBothBillsHave(t *testing.T) {
	other := len(model.Platforms) - 1
	bill := func(total, own string, carries bool) cost {
		return cost{PlatformCost: model.PlatformCost{Feasible: true, MonthlyCost: dec(total)}, own: dec(own), ownContainer: dec(own), surrounded: carries}
	}
	search := func(lo, hi [2]cost) *pairSearch {
		s := &breakEvenSearch{cache: map[int64]*probe{}, budget: maxProbes}
		for x, c := range map[int64][2]cost{10: lo, 20: hi} {
			costs := make(platformCosts, len(model.Platforms))
			costs[0], costs[other] = c[0], c[1]
			s.cache[x] = &probe{costs: costs, priced: model.AllPlatforms()}
		}
		return &pairSearch{s: s, i: 0, j: other, asked: map[int64]bool{}, scanned: map[int64]bool{}, limit: maxProbes}
	}
	p := search([2]cost{bill("10", "4", true), bill("15", "15", false)}, [2]cost{bill("20", "14", true), bill("25", "25", false)})
	if p.apart(10, 20, -1) {
		t.Error("apart with $6 taken off Lambda's bill alone")
	}
	p = search([2]cost{bill("10", "4", true), bill("15", "9", true)}, [2]cost{bill("20", "14", true), bill("25", "19", true)})
	if p.apart(10, 20, -1) {
		t.Error("apart: the other's own $9 at 10 is below Lambda's own $14 at 20")
	}
	p = search([2]cost{bill("10", "4", true), bill("21", "15", true)}, [2]cost{bill("20", "14", true), bill("31", "25", true)})
	if !p.apart(10, 20, -1) {
		t.Error("not apart: the other's own $15 at 10 is above Lambda's own $14 at 20")
	}
}
